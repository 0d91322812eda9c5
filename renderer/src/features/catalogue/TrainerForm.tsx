import { Alert, Checkbox, Group, Loader, MultiSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Trainer, trainerCreate, trainerUpdate } from '../../../../api/channels/catalogue';
import { TRAINER_KINDS } from '../../../../api/channels/training-enums';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { AmountInput } from '../../components/AmountInput';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import type { AmountError } from '../../lib/amount';
import { pickName } from '../../lib/format';
import { OrganizationPicker, StaffPicker } from '../gaps/pickers';
import { choices, competencyOptions, languageChoices } from './options';

/** A trainer, new (`id` null) or saved. */
export function TrainerForm({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const trainer = useCall('trainers.get', { id: id ?? '' }, { enabled: Boolean(id) });
  const title = trainer.data
    ? t('catalogue.editTrainer', { name: pickName(trainer.data.nameFr, trainer.data.nameAr, lang) })
    : t('catalogue.newTrainer');
  return (
    <FormDialog kind="drawer" size="xl" title={title} onClose={onClose}>
      {id && !trainer.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <TrainerFields trainer={trainer.data ?? null} onClose={onClose} />
      )}
    </FormDialog>
  );
}

function TrainerFields({ trainer, onClose }: { trainer: Trainer | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const framework = useCall('framework.get', { includeArchived: true });
  const [rateProblem, setRateProblem] = useState<AmountError | null>(null);
  // A trainer imported from another commune: a kind that has a link, but no link here.
  const imported = Boolean(trainer && trainer.kind !== 'external' && !trainer.staffId && !trainer.organizationId);
  const form = useRecordForm(
    trainer ? trainerUpdate : trainerCreate,
    {
      ...(trainer ? { id: trainer.id } : {}),
      kind: trainer?.kind ?? 'external',
      staffId: trainer?.staffId ?? null,
      organizationId: trainer?.organizationId ?? null,
      nameFr: trainer?.ownNameFr ?? '',
      nameAr: trainer?.ownNameAr ?? '',
      bioFr: trainer?.bioFr ?? '',
      bioAr: trainer?.bioAr ?? '',
      languages: trainer?.languages ?? ['ar', 'fr'],
      dailyRateCentimes: trainer?.dailyRateCentimes ?? 0,
      phone: trainer?.phone ?? '',
      email: trainer?.email ?? '',
      shareConsent: trainer?.shareConsent ?? false,
      consentDate: trainer?.consentDate ?? null,
      allowDoubleBooking: trainer?.allowDoubleBooking ?? false,
      expertise: trainer?.expertise.map((e) => e.competencyId) ?? [],
    } as never,
    {
      save: (input) => (trainer ? invoke('trainers.update', { ...input, id: trainer.id }) : invoke('trainers.create', input)),
      onSaved: onClose,
      hold: () => Boolean(rateProblem),
    },
  );
  const values = form.values as Record<string, unknown> & { kind: Trainer['kind']; languages: string[]; expertise: string[] };
  const set = form.set as (k: string, v: unknown) => void;
  const { errors } = form;
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  const showNames = values.kind === 'external' || (imported && values.kind === trainer?.kind && !values.staffId && !values.organizationId);
  const current =
    trainer && (trainer.staffId || trainer.organizationId)
      ? { value: (trainer.staffId ?? trainer.organizationId)!, label: pickName(trainer.nameFr, trainer.nameAr, lang) }
      : null;

  return (
    <RecordForm
      form={form as never}
      name={trainer ? pickName(trainer.nameFr, trainer.nameAr, lang) : ''}
      remove={
        trainer && {
          title: t('catalogue.deleteTrainer'),
          run: (archiveInstead) => invoke('trainers.delete', { id: trainer.id, archiveInstead }),
        }
      }
      archive={
        trainer && {
          archived: Boolean(trainer.archivedAt),
          run: () => void invoke('trainers.setArchived', { id: trainer.id, archived: !trainer.archivedAt }),
        }
      }
    >
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('catalogue.fields.kind')}
        </Text>
        <SegmentedControl
          aria-label={t('catalogue.fields.kind')}
          data={choices(t, 'kinds', TRAINER_KINDS)}
          value={values.kind}
          onChange={(v) => set('kind', v)}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      {imported && <Alert color="blue">{t('catalogue.importedTrainer')}</Alert>}
      {values.kind === 'internal' && (
        <StaffPicker
          label={t('catalogue.fields.staff')}
          value={(values.staffId as string | null) ?? null}
          onChange={(v) => set('staffId', v)}
          error={err('staffId')}
          current={trainer?.staffId ? current : null}
        />
      )}
      {values.kind === 'organisation' && (
        <OrganizationPicker
          label={t('catalogue.fields.organization')}
          value={(values.organizationId as string | null) ?? null}
          onChange={(v) => set('organizationId', v)}
          error={err('organizationId')}
          current={trainer?.organizationId ? current : null}
        />
      )}
      {values.kind !== 'external' && !showNames && (
        <Text size="xs" c="dimmed">
          {t('catalogue.namesFromLink')}
        </Text>
      )}
      {showNames && <BilingualInput label={t('catalogue.fields.name')} required {...bilingualField(form as never, 'name')} />}
      <MultiSelect
        label={t('catalogue.fields.expertise')}
        data={competencyOptions(framework.data, new Set(values.expertise), lang, t('common.archived'))}
        value={values.expertise}
        onChange={(v) => set('expertise', v)}
        searchable
        error={err('expertise')}
      />
      <MultiSelect
        label={t('catalogue.fields.languages')}
        data={languageChoices(t)}
        value={values.languages}
        onChange={(v) => set('languages', v)}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('catalogue.fields.phone')}
          name="phone"
          dir="ltr"
          value={values.phone as string}
          onChange={(e) => set('phone', e.currentTarget.value)}
          error={err('phone')}
        />
        <TextInput
          label={t('catalogue.fields.email')}
          name="email"
          dir="ltr"
          value={values.email as string}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={err('email')}
        />
      </Group>
      <AmountInput
        label={t('catalogue.fields.dailyRate')}
        name="dailyRateCentimes"
        centimes={values.dailyRateCentimes as number}
        onChange={(c) => set('dailyRateCentimes', c)}
        onProblem={setRateProblem}
        error={rateProblem ? `errors.amount.${rateProblem}` : errors.dailyRateCentimes}
      />
      <Group align="flex-end" gap="lg">
        <Checkbox
          label={t('catalogue.fields.shareConsent')}
          checked={Boolean(values.shareConsent)}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            set('shareConsent', on);
            if (on && !values.consentDate) set('consentDate', new Date().toISOString().slice(0, 10));
            if (!on) set('consentDate', null);
          }}
          mb={8}
        />
        {Boolean(values.shareConsent) && (
          <DateField
            label={t('catalogue.fields.consentDate')}
            name="consentDate"
            withAsterisk
            value={(values.consentDate as string | null) ?? null}
            onChange={(v) => set('consentDate', v)}
            error={errors.consentDate}
          />
        )}
      </Group>
      <Checkbox
        label={t('catalogue.fields.allowDoubleBooking')}
        checked={Boolean(values.allowDoubleBooking)}
        onChange={(e) => set('allowDoubleBooking', e.currentTarget.checked)}
      />
      <BilingualInput label={t('catalogue.fields.bio')} multiline {...bilingualField(form as never, 'bio')} />
    </RecordForm>
  );
}
