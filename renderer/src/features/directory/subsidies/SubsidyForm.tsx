import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBSIDY_STATUSES, subsidyCreate } from '../../../../../api/channels/directory-records';
import type { Output } from '../../../../../api/contract';
import { invoke } from '../../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../../components/BilingualInput';
import { DateField } from '../../../components/DateField';
import { RecordForm } from '../../../components/RecordForm';
import { useRecordForm } from '../../../components/useRecordForm';
import { AmountInput } from '../../../components/AmountInput';
import type { Language } from '../../../i18n';
import type { AmountError } from '../../../lib/amount';
import { formatMad } from '../money';

type Subsidy = Output<'subsidies.create'>;
type Status = (typeof SUBSIDY_STATUSES)[number];
type AmountKey = 'requestedCentimes' | 'grantedCentimes';

/** One subsidy: year, programme, purpose, amounts in MAD (stored in centimes), decision and report. */
export function SubsidyForm({ organizationId, row, onDone }: { organizationId: string; row: Subsidy | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  // What the amount fields could not read: saving waits until they can (AmountInput says why).
  const [problems, setProblems] = useState<Partial<Record<AmountKey, AmountError | null>>>({});
  const [tried, setTried] = useState(false);
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
      hold: () => {
        const unread = Object.values(problems).some(Boolean);
        if (unread) setTried(true);
        return unread;
      },
    },
  );
  const { values, set, errors } = form;
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);
  const requested = values.requestedCentimes ?? 0;
  const granted = values.grantedCentimes ?? 0;
  const mad = (key: AmountKey, label: string, warning?: string) => (
    <AmountInput
      label={label}
      name={key}
      centimes={values[key]}
      onChange={(c) => set(key, c)}
      onProblem={(p) => setProblems((all) => ({ ...all, [key]: p }))}
      error={tried && problems[key] ? `errors.amount.${problems[key]}` : errors[key]}
      warning={warning}
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
        {mad(
          'grantedCentimes',
          t('directory.subsidies.granted'),
          requested > 0 && granted > requested
            ? t('directory.subsidies.grantedAbove', { requested: formatMad(requested, lang) })
            : undefined,
        )}
      </Group>
      <Group grow align="flex-start">
        <DateField
          label={t('directory.subsidies.decisionDate')}
          value={values.decisionDate}
          onChange={(v) => set('decisionDate', v)}
          error={errors.decisionDate}
        />
        <TextInput
          label={t('directory.subsidies.deliberationRef')}
          dir="ltr"
          value={values.deliberationRef ?? ''}
          onChange={(e) => set('deliberationRef', e.currentTarget.value)}
          error={err('deliberationRef')}
        />
        <DateField
          label={t('directory.subsidies.reportDueDate')}
          value={values.reportDueDate}
          onChange={(v) => set('reportDueDate', v)}
          error={errors.reportDueDate}
        />
      </Group>
    </RecordForm>
  );
}
