import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Roi, roiSave } from '../../../../../api/channels/results';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { AmountInput } from '../../../components/AmountInput';
import { EditableFields, useReadOnly } from '../../../components/Editable';
import { FormError } from '../../../components/FormError';
import { useRecordForm } from '../../../components/useRecordForm';
import type { Language } from '../../../i18n';
import type { AmountError } from '../../../lib/amount';
import { mad, percent } from '../plan-format';

/**
 * "Return on investment" of a plan action (Phillips), on the plan's level-4 tab beside the result
 * indicators (`choose` picks the action): the benefits the Service estimates and the
 * participants' time in dirhams, against the full cost the core computes (the actual costs of
 * the action's sessions, else its planned costs, plus that time); ratio and ROI shown as saved.
 */
export function RoiSection({ actionId, choose }: { actionId: string; choose?: ReactNode }) {
  const roi = useCall('roi.get', { actionId });
  if (!roi.data) return null;
  // Keyed by what was saved: once saved (or changed elsewhere) the form starts again from it, so it
  // holds no unsaved edits and the drawer closes without asking.
  return (
    <RoiForm
      key={`${roi.data.actionId}-${roi.data.benefitsCentimes}-${roi.data.participantTimeCentimes}-${roi.data.notes}`}
      roi={roi.data}
      choose={choose}
    />
  );
}

function RoiForm({ roi, choose }: { roi: Roi; choose?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const readOnly = useReadOnly();
  const [problems, setProblems] = useState<Record<string, AmountError | null>>({});
  const form = useRecordForm(
    roiSave,
    {
      actionId: roi.actionId,
      benefitsCentimes: roi.benefitsCentimes,
      participantTimeCentimes: roi.participantTimeCentimes,
      notes: roi.notes,
    },
    { save: (input) => invoke('roi.save', input), onSaved: () => {}, hold: () => Object.values(problems).some(Boolean) },
  );
  const { values, set, errors } = form;
  const ratio =
    roi.benefitCostRatio === null ? '—' : new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(roi.benefitCostRatio);
  const figure = (label: string, value: string, testId?: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} size="sm" data-testid={testId}>
        <span dir="ltr">{value}</span>
      </Text>
    </div>
  );
  return (
    <Paper withBorder p="md" mt="lg" component="section" aria-labelledby="roi-title">
      <Title order={4} id="roi-title" mb="xs">
        {t('plans.roi.title')}
      </Title>
      {choose}
      <form onSubmit={(e) => void form.submit(e)} noValidate>
        <Stack gap="sm">
          <EditableFields>
            <Group grow align="flex-start">
              <AmountInput
                label={t('plans.roi.benefits')}
                name="benefitsCentimes"
                centimes={values.benefitsCentimes}
                onChange={(c) => set('benefitsCentimes', c)}
                onProblem={(p) => setProblems((all) => ({ ...all, benefits: p }))}
                error={errors.benefitsCentimes}
              />
              <AmountInput
                label={t('plans.roi.participantTime')}
                name="participantTimeCentimes"
                centimes={values.participantTimeCentimes}
                onChange={(c) => set('participantTimeCentimes', c)}
                onProblem={(p) => setProblems((all) => ({ ...all, time: p }))}
                error={errors.participantTimeCentimes}
              />
            </Group>
            <Textarea
              label={t('plans.roi.notes')}
              autosize
              minRows={2}
              value={values.notes}
              onChange={(e) => set('notes', e.currentTarget.value)}
              error={errors.notes ? t(errors.notes) : undefined}
            />
          </EditableFields>
          <SimpleGrid cols={5} spacing="sm">
            {figure(t('plans.roi.planned'), `${mad(roi.plannedCentimes)} ${t('common.currency')}`)}
            {figure(t('plans.roi.actual'), `${mad(roi.actualCentimes)} ${t('common.currency')}`)}
            {figure(t('plans.roi.fullCost'), `${mad(roi.fullCostCentimes)} ${t('common.currency')}`)}
            {figure(t('plans.roi.ratio'), ratio, 'roi-ratio')}
            {figure(t('plans.roi.roi'), roi.roi === null ? '—' : percent(roi.roi, lang), 'roi-percent')}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {roi.fullCostCentimes > 0 ? t('plans.roi.formula') : t('plans.roi.noCost')}
          </Text>
          {!roi.actualCentimes && roi.plannedCentimes > 0 && (
            <Text size="xs" c="dimmed">
              {t('plans.roi.plannedUsed')}
            </Text>
          )}
          <FormError error={form.formError} />
          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              <Button type="submit" variant="default" loading={form.busy}>
                {t('plans.roi.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
