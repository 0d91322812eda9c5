import { Button, Checkbox, Group, Loader, Modal, Select, Stack, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, STAFF_STATUSES, type StaffMember, staffCreate } from '../../../../api/channels/staff';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { ltr } from '../../components/Ltr';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { formatDate, pickName } from '../../lib/format';
import { parseTypedDate, todayIso } from '../../lib/typed-date';
import { unitOptions } from '../../lib/unit-tree';
import { StaffCompetencies } from '../gaps/StaffCompetencies';
import { InternalTrainerBadge } from '../catalogue/InternalTrainerBadge';
import { GradeField } from './GradeField';
import { PassportSection } from '../passport/PassportSection';
import { renderUnitOption } from '../../components/UnitOption';

/**
 * Opens the drawer for a staff member (`id`) or a new one (`null`). A saved member's drawer has
 * three tabs: the record, the competencies (the history, the gaps to the job, the reviews), and
 * the trainings (the training passport: sessions followed and given, attestations).
 */
export function StaffForm({
  id,
  onClose,
  tab = 'record',
}: {
  id: string | null;
  onClose: () => void;
  tab?: 'record' | 'competencies' | 'trainings';
}) {
  const { t } = useTranslation();
  const member = useCall('staff.get', { id: id ?? '' }, { enabled: Boolean(id) });
  const body = () => {
    if (id && !member.data) return <Loader aria-label={t('common.loading')} />;
    if (!member.data) return <StaffFields member={null} onClose={onClose} />;
    return (
      <Tabs defaultValue={tab} keepMounted={false}>
        <InternalTrainerBadge staffId={member.data.id} />
        <Tabs.List mb="md">
          <Tabs.Tab value="record">{t('staff.tabs.record')}</Tabs.Tab>
          <Tabs.Tab value="competencies">{t('staff.tabs.competencies')}</Tabs.Tab>
          <Tabs.Tab value="trainings">{t('passport.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="record">
          <StaffFields member={member.data} onClose={onClose} />
        </Tabs.Panel>
        <Tabs.Panel value="competencies">
          <StaffCompetencies staffId={member.data.id} />
        </Tabs.Panel>
        <Tabs.Panel value="trainings">
          <PassportSection staffId={member.data.id} />
        </Tabs.Panel>
      </Tabs>
    );
  };
  return (
    <FormDialog kind="drawer" size="xl" title={id ? t('staff.edit') : t('staff.new')} onClose={onClose}>
      {body()}
    </FormDialog>
  );
}

function StaffFields({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const units = useCall('units.list', { includeArchived: false });
  const jobs = useCall('jobs.list', { includeArchived: false });
  const form = useRecordForm(
    staffCreate,
    {
      matricule: member?.matricule ?? '',
      firstNameFr: member?.firstNameFr ?? '',
      lastNameFr: member?.lastNameFr ?? '',
      firstNameAr: member?.firstNameAr ?? '',
      lastNameAr: member?.lastNameAr ?? '',
      gender: member?.gender ?? (undefined as unknown as 'f'),
      gradeId: member?.gradeId ?? null,
      unitId: member?.unitId ?? null,
      jobId: member?.jobId ?? null,
      isManager: member?.isManager ?? false,
      hireDate: member?.hireDate ?? null,
      status: member?.status ?? 'active',
      leftDate: member?.leftDate ?? null,
      phone: member?.phone ?? '',
      email: member?.email ?? '',
      notes: member?.notes ?? '',
    },
    {
      save: (input) => (member ? invoke('staff.update', { id: member.id, ...input }) : invoke('staff.create', input)),
      onSaved: onClose,
      // A hire date after today is most often a typing slip: saving it needs a yes first.
      hold: (): boolean => {
        const hire: string | null | undefined = form.values.hireDate;
        const future = Boolean(hire && parseTypedDate(hire) === hire && hire > todayIso());
        if (future) setAskFuture(true);
        return future;
      },
    },
  );
  const [askFuture, setAskFuture] = useState(false);
  const { values, set, errors } = form;
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  const text = (key: 'matricule' | 'phone' | 'email', label: string, extra: object = {}) => (
    <TextInput
      label={label}
      name={key}
      value={values[key] ?? ''}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={err(key)}
      {...extra}
    />
  );

  const name = member ? pickName(`${member.lastNameFr} ${member.firstNameFr}`, `${member.lastNameAr} ${member.firstNameAr}`, lang) : '';

  const saveAnyway = async () => {
    setAskFuture(false);
    if (await form.run()) onClose();
  };

  return (
    <RecordForm
      form={form}
      name={name}
      remove={member && { title: t('staff.delete'), run: (archiveInstead) => invoke('staff.delete', { id: member.id, archiveInstead }) }}
    >
      <FutureHireDate
        opened={askFuture}
        date={formatDate(values.hireDate)}
        onKeep={() => setAskFuture(false)}
        onSave={() => void saveAnyway()}
      />
      <Group grow align="flex-start">
        {text('matricule', t('staff.matricule'), { withAsterisk: true, dir: 'ltr' })}
        <Select
          label={t('staff.gender')}
          name="gender"
          withAsterisk
          data={GENDERS.map((g) => ({ value: g, label: t(`staff.genders.${g}`) }))}
          value={values.gender ?? null}
          onChange={(v) => v && set('gender', v as 'f' | 'm')}
          error={err('gender')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('staff.lastNameFr')}
          name="lastNameFr"
          dir="ltr"
          value={values.lastNameFr}
          onChange={(e) => set('lastNameFr', e.currentTarget.value)}
          error={err('lastNameFr')}
        />
        <TextInput
          label={t('staff.firstNameFr')}
          name="firstNameFr"
          dir="ltr"
          value={values.firstNameFr}
          onChange={(e) => set('firstNameFr', e.currentTarget.value)}
          error={err('firstNameFr')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('staff.lastNameAr')}
          name="lastNameAr"
          dir="rtl"
          lang="ar"
          value={values.lastNameAr}
          onChange={(e) => set('lastNameAr', e.currentTarget.value)}
          error={err('lastNameAr')}
        />
        <TextInput
          label={t('staff.firstNameAr')}
          name="firstNameAr"
          dir="rtl"
          lang="ar"
          value={values.firstNameAr}
          onChange={(e) => set('firstNameAr', e.currentTarget.value)}
          error={err('firstNameAr')}
        />
      </Group>
      <Select
        label={t('staff.unit')}
        name="unitId"
        data={unitOptions(units.data ?? [], lang)}
        renderOption={renderUnitOption}
        value={values.unitId ?? null}
        onChange={(v) => set('unitId', v)}
        clearable
        searchable
        error={err('unitId')}
      />
      <Group grow align="flex-start">
        <Select
          label={t('staff.job')}
          name="jobId"
          data={(jobs.data ?? []).map((j) => ({ value: j.id, label: `${ltr(j.code)} — ${pickName(j.titleFr, j.titleAr, lang)}` }))}
          value={values.jobId ?? null}
          onChange={(v) => set('jobId', v)}
          clearable
          searchable
          error={err('jobId')}
        />
        <GradeField value={values.gradeId ?? null} onChange={(v) => set('gradeId', v)} error={err('gradeId')} />
      </Group>
      <Checkbox
        label={t('staff.isManager')}
        checked={values.isManager ?? false}
        onChange={(e) => set('isManager', e.currentTarget.checked)}
      />
      <Group grow align="flex-start">
        <DateField
          label={t('staff.hireDate')}
          name="hireDate"
          value={values.hireDate}
          onChange={(v) => set('hireDate', v)}
          error={errors.hireDate}
        />
        <Select
          label={t('staff.status')}
          name="status"
          data={STAFF_STATUSES.map((s) => ({ value: s, label: t(`staff.statuses.${s}`) }))}
          value={values.status ?? 'active'}
          onChange={(v) => v && set('status', v as 'active' | 'left')}
          allowDeselect={false}
        />
        <DateField
          label={t('staff.leftDate')}
          name="leftDate"
          value={values.leftDate}
          onChange={(v) => set('leftDate', v)}
          error={errors.leftDate}
          disabled={values.status !== 'left' && !values.leftDate}
        />
      </Group>
      <Group grow align="flex-start">
        {text('phone', t('staff.phone'), { dir: 'ltr', type: 'tel' })}
        {text('email', t('staff.email'), { dir: 'ltr', type: 'email' })}
      </Group>
      <Textarea
        label={t('staff.notes')}
        name="notes"
        autosize
        minRows={2}
        value={values.notes ?? ''}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={err('notes')}
      />
    </RecordForm>
  );
}

/** "The hire date is in the future: save it anyway?" */
function FutureHireDate({ opened, date, onKeep, onSave }: { opened: boolean; date: string; onKeep: () => void; onSave: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onKeep} title={t('staff.futureHire.title')} centered>
      <Stack>
        <Text>{t('staff.futureHire.text', { date })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onKeep} data-autofocus>
            {t('staff.futureHire.fix')}
          </Button>
          <Button onClick={onSave}>{t('staff.futureHire.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
