import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUBSIDY_STATUSES, subsidyCreate } from '../../../../../api/channels/directory-records';
import type { Output } from '../../../../../api/contract';
import { invoke } from '../../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../../components/BilingualInput';
import { RecordForm } from '../../../components/RecordForm';
import { useRecordForm } from '../../../components/useRecordForm';
import { toCentimes } from '../money';

type Subsidy = Output<'subsidies.create'>;
type Status = (typeof SUBSIDY_STATUSES)[number];

/** One subsidy: year, programme, purpose, amounts in MAD (stored in centimes), decision and report. */
export function SubsidyForm({ organizationId, row, onDone }: { organizationId: string; row: Subsidy | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useRecordForm(
    subsidyCreate,
    {
      organizationId,
      year: row?.year ?? new Date().getFullYear(),
      programmeFr: row?.programmeFr ?? '',
      programmeAr: row?.programmeAr ?? '',
      purposeFr: row?.purposeFr ?? '',
      purposeAr: row?.purposeAr ?? '',
      requestedCentimes: row?.requestedCentimes ?? 0,
      grantedCentimes: row?.grantedCentimes ?? 0,
      status: row?.status ?? 'requested',
      decisionDate: row?.decisionDate ?? null,
      deliberationRef: row?.deliberationRef ?? '',
      reportDueDate: row?.reportDueDate ?? null,
    },
    {
      save: (input) => (row ? invoke('subsidies.update', { id: row.id, ...input }) : invoke('subsidies.create', input)),
      onSaved: onDone,
    },
  );
  const { values, set, errors } = form;
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);
  const mad = (key: 'requestedCentimes' | 'grantedCentimes', label: string) => (
    <NumberInput
      label={label}
      suffix=" MAD"
      min={0}
      decimalScale={2}
      thousandSeparator=" "
      dir="ltr"
      value={(values[key] ?? 0) / 100}
      onChange={(v) => set(key, toCentimes(v))}
      error={err(key)}
    />
  );
  return (
    <RecordForm form={form} onCancel={onDone} gap="sm">
      <Group grow align="flex-start">
        <NumberInput
          label={t('directory.subsidies.year')}
          withAsterisk
          min={1990}
          max={2100}
          allowDecimal={false}
          thousandSeparator=""
          value={values.year}
          onChange={(v) => set('year', typeof v === 'number' ? v : Number(v))}
          error={err('year')}
        />
        <Select
          label={t('directory.subsidies.status')}
          data={SUBSIDY_STATUSES.map((s) => ({ value: s, label: t(`directory.subsidies.statuses.${s}`) }))}
          value={values.status ?? 'requested'}
          onChange={(v) => v && set('status', v as Status)}
          allowDeselect={false}
        />
      </Group>
      <BilingualInput label={t('directory.subsidies.programme')} {...bilingualField(form, 'programme')} />
      <BilingualInput label={t('directory.subsidies.purpose')} multiline {...bilingualField(form, 'purpose')} />
      <Group grow align="flex-start">
        {mad('requestedCentimes', t('directory.subsidies.requested'))}
        {mad('grantedCentimes', t('directory.subsidies.granted'))}
      </Group>
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('directory.subsidies.decisionDate')}
          value={values.decisionDate ?? ''}
          onChange={(e) => set('decisionDate', e.currentTarget.value || null)}
          error={err('decisionDate')}
        />
        <TextInput
          label={t('directory.subsidies.deliberationRef')}
          dir="ltr"
          value={values.deliberationRef ?? ''}
          onChange={(e) => set('deliberationRef', e.currentTarget.value)}
          error={err('deliberationRef')}
        />
        <TextInput
          type="date"
          label={t('directory.subsidies.reportDueDate')}
          value={values.reportDueDate ?? ''}
          onChange={(e) => set('reportDueDate', e.currentTarget.value || null)}
          error={err('reportDueDate')}
        />
      </Group>
    </RecordForm>
  );
}
