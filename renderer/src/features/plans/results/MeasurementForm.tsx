import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ResultIndicator, measurementAdd } from '../../../../../api/channels/results';
import { invoke } from '../../../bridge/bridge';
import { DateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { RecordForm } from '../../../components/RecordForm';
import { useRecordForm } from '../../../components/useRecordForm';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';
import type { NumberError } from '../../../lib/typed-number';
import { TypedNumberInput } from './TypedNumberInput';

/** A new measurement of a result indicator: its date, the value measured, and where the figure comes from. */
export function MeasurementForm({ indicator, onClose }: { indicator: ResultIndicator; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const name = pickName(indicator.nameFr, indicator.nameAr, i18n.language as Language);
  return (
    <FormDialog title={t('plans.results.addMeasurementOf', { name })} size="md" onClose={onClose}>
      <MeasurementFields indicator={indicator} onClose={onClose} />
    </FormDialog>
  );
}

function MeasurementFields({ indicator, onClose }: { indicator: ResultIndicator; onClose: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<NumberError | null>(null);
  const form = useRecordForm(
    measurementAdd,
    { indicatorId: indicator.id, date: new Date().toISOString().slice(0, 10), value: undefined as unknown as number, source: '' },
    { save: (input) => invoke('results.addMeasurement', input), onSaved: onClose, hold: () => problem !== null },
  );
  const { values, set, errors } = form;
  return (
    <RecordForm form={form}>
      <Group grow align="flex-start">
        <DateField
          label={t('plans.results.date')}
          withAsterisk
          value={values.date}
          onChange={(v) => set('date', v ?? '')}
          error={errors.date}
        />
        <TypedNumberInput
          label={t('plans.results.value')}
          withAsterisk
          value={values.value}
          onChange={(v) => set('value', v as number)}
          onProblem={setProblem}
          // The core's reason when it gave one (a share outside 0–100 %); else the value is missing.
          error={errors.value ? (errors.value.startsWith('errors.') ? errors.value : 'plans.results.valueNeeded') : undefined}
        />
      </Group>
      <TextInput
        label={t('plans.results.source')}
        withAsterisk
        description={t('plans.results.sourceHint')}
        value={values.source}
        onChange={(e) => set('source', e.currentTarget.value)}
        error={errors.source ? t(errors.source) : undefined}
      />
    </RecordForm>
  );
}
