import { Badge, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GENDERS } from '../../../../api/channels/staff';
import { type Trainee, traineeCreate } from '../../../../api/channels/trainees';
import { TRAINEE_FUNCTIONS } from '../../../../api/channels/training-enums';
import { invoke } from '../../bridge/bridge';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { OrganizationPicker } from '../gaps/pickers';

type TraineeFunction = (typeof TRAINEE_FUNCTIONS)[number];

export const traineeName = (t: Pick<Trainee, 'firstNameFr' | 'lastNameFr' | 'firstNameAr' | 'lastNameAr'>, lang: Language): string =>
  pickName(`${t.lastNameFr} ${t.firstNameFr}`.trim(), `${t.lastNameAr} ${t.firstNameAr}`.trim(), lang);

/**
 * An association trainee, new or saved. From an organisation's page the organisation is set
 * and not asked; from the list of all trainees it is chosen. A phone or an e-mail asks for the
 * date of the person's consent (the contract refuses them without it, beside that field).
 */
export function TraineeDialog({
  trainee,
  organizationId,
  onClose,
}: {
  trainee: Trainee | null;
  /** The organisation whose page opened the form: preset, not asked. */
  organizationId?: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const form = useRecordForm(
    traineeCreate,
    {
      organizationId: trainee?.organizationId ?? organizationId ?? (undefined as unknown as string),
      firstNameFr: trainee?.firstNameFr ?? '',
      lastNameFr: trainee?.lastNameFr ?? '',
      firstNameAr: trainee?.firstNameAr ?? '',
      lastNameAr: trainee?.lastNameAr ?? '',
      gender: trainee?.gender ?? (undefined as unknown as 'f'),
      function: trainee?.function ?? 'social_worker',
      phone: trainee?.phone ?? '',
      email: trainee?.email ?? '',
      consentDate: trainee?.consentDate ?? null,
      consentScope: trainee?.consentScope ?? '',
    },
    {
      save: (input) => (trainee ? invoke('trainees.update', { id: trainee.id, ...input }) : invoke('trainees.create', input)),
      onSaved: onClose,
    },
  );
  const { values, set, errors } = form;
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  const name = trainee ? traineeName(trainee, lang) : '';
  const askConsent = Boolean(values.phone?.trim() || values.email?.trim());
  const input = (key: 'lastNameFr' | 'firstNameFr' | 'lastNameAr' | 'firstNameAr', dir: 'ltr' | 'rtl') => (
    <TextInput
      label={t(`trainees.${key}`)}
      name={key}
      dir={dir}
      lang={dir === 'rtl' ? 'ar' : 'fr'}
      value={values[key] ?? ''}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={err(key)}
    />
  );

  return (
    <FormDialog kind="drawer" size="lg" title={trainee ? t('trainees.edit', { name }) : t('trainees.new')} onClose={onClose}>
      <RecordForm
        form={form}
        name={name}
        remove={
          trainee && { title: t('trainees.delete'), run: (archiveInstead) => invoke('trainees.delete', { id: trainee.id, archiveInstead }) }
        }
        archive={
          trainee && {
            archived: Boolean(trainee.archivedAt),
            run: () => void invoke('trainees.setArchived', { id: trainee.id, archived: !trainee.archivedAt }).then(onClose),
          }
        }
      >
        {trainee?.archivedAt && (
          <Group>
            <Badge color="gray">{t('trainees.archived')}</Badge>
          </Group>
        )}
        {!organizationId && (
          <OrganizationPicker
            label={t('trainees.organization')}
            value={values.organizationId ?? null}
            onChange={(v) => set('organizationId', v as string)}
            error={err('organizationId')}
            current={
              trainee
                ? { value: trainee.organizationId, label: pickName(trainee.organizationNameFr, trainee.organizationNameAr, lang) }
                : null
            }
          />
        )}
        <Group grow align="flex-start">
          {input('lastNameFr', 'ltr')}
          {input('firstNameFr', 'ltr')}
        </Group>
        <Group grow align="flex-start">
          {input('lastNameAr', 'rtl')}
          {input('firstNameAr', 'rtl')}
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('trainees.gender')}
            name="gender"
            withAsterisk
            data={GENDERS.map((g) => ({ value: g, label: t(`trainees.genders.${g}`) }))}
            value={values.gender ?? null}
            onChange={(v) => v && set('gender', v as 'f' | 'm')}
            error={err('gender')}
          />
          <Select
            label={t('trainees.function')}
            name="function"
            withAsterisk
            allowDeselect={false}
            data={TRAINEE_FUNCTIONS.map((f) => ({ value: f, label: t(`trainees.functions.${f}`) }))}
            value={values.function ?? 'social_worker'}
            onChange={(v) => v && set('function', v as TraineeFunction)}
            error={err('function')}
          />
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('trainees.contacts')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('trainees.contactsHint')}
          </Text>
        </Stack>
        <Group grow align="flex-start">
          <TextInput
            label={t('trainees.phone')}
            name="phone"
            dir="ltr"
            type="tel"
            value={values.phone ?? ''}
            onChange={(e) => set('phone', e.currentTarget.value)}
            error={err('phone')}
          />
          <TextInput
            label={t('trainees.email')}
            name="email"
            dir="ltr"
            type="email"
            value={values.email ?? ''}
            onChange={(e) => set('email', e.currentTarget.value)}
            error={err('email')}
          />
        </Group>
        <Group grow align="flex-start">
          <DateField
            label={t('trainees.consentDate')}
            name="consentDate"
            withAsterisk={askConsent}
            value={values.consentDate}
            onChange={(v) => set('consentDate', v)}
            error={errors.consentDate}
          />
          <TextInput
            label={t('trainees.consentScope')}
            name="consentScope"
            placeholder={t('trainees.consentScopePlaceholder')}
            value={values.consentScope ?? ''}
            onChange={(e) => set('consentScope', e.currentTarget.value)}
            error={err('consentScope')}
          />
        </Group>
      </RecordForm>
    </FormDialog>
  );
}
