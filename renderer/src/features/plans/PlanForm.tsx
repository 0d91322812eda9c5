import { ActionIcon, Button, Group, NumberInput, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Plan, planCreate } from '../../../../api/channels/plans';
import { AUDIENCES } from '../../../../api/channels/training-enums';
import type { Result } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { AmountInput } from '../../components/AmountInput';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import type { AmountError } from '../../lib/amount';
import { useChangeNote } from './ChangeNote';
import { eur, planName } from './plan-format';

interface Props {
  /** The plan to change, or null for a new one. */
  plan: Plan | null;
  onClose: () => void;
  onCreated?: (id: string) => void;
  /** After the plan was deleted (a draft). */
  onDeleted?: () => void;
}

/** A plan's form: year, public, titles, period, budget in MAD with its EUR rate, context, evaluation, and its funders. */
export function PlanForm({ plan, onClose, onCreated, onDeleted }: Props) {
  const { t } = useTranslation();
  return (
    <FormDialog kind="drawer" size="xl" title={plan ? t('plans.editPlan') : t('plans.newPlan')} onClose={onClose}>
      <PlanFields plan={plan} onClose={onClose} onCreated={onCreated} onDeleted={onDeleted} />
    </FormDialog>
  );
}

function PlanFields({ plan, onClose, onCreated, onDeleted }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const year = new Date().getFullYear();
  const [problems, setProblems] = useState<Record<string, AmountError | null>>({});
  const save = (input: typeof planCreate._output) =>
    plan ? invoke('plans.update', { ...input, id: plan.id }) : invoke('plans.create', input);
  const onSaved = (saved: Plan) => (plan ? onClose() : onCreated?.(saved.id));
  const form = useRecordForm(
    planCreate,
    {
      year: plan?.year ?? year,
      audience: plan?.audience ?? 'staff',
      titleFr: plan?.titleFr ?? '',
      titleAr: plan?.titleAr ?? '',
      contextFr: plan?.contextFr ?? '',
      contextAr: plan?.contextAr ?? '',
      periodStart: plan?.periodStart ?? `${year}-01-01`,
      periodEnd: plan?.periodEnd ?? `${year}-12-31`,
      budgetCentimes: plan?.budgetCentimes ?? 0,
      eurRate: plan?.eurRate ?? 10.8,
      evaluationFr: plan?.evaluationFr ?? '',
      evaluationAr: plan?.evaluationAr ?? '',
      funders: (plan?.funders ?? []).map((f) => ({ id: f.id, nameFr: f.nameFr, nameAr: f.nameAr, amountCentimes: f.amountCentimes })),
      changeNote: '',
    },
    {
      save,
      onSaved,
      hold: (): boolean => Object.values(problems).some(Boolean) || note.hold(),
    },
  );
  const note = useChangeNote(plan, (changeNote) => form.run((input) => save({ ...input, changeNote })), onSaved);
  const { values, set, errors } = form;
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  const funders = values.funders ?? [];
  const setFunder = (i: number, patch: Partial<(typeof funders)[number]>) =>
    set(
      'funders',
      funders.map((f, j) => (j === i ? { ...f, ...patch } : f)),
    );

  return (
    <>
      <RecordForm
        form={form}
        name={plan ? planName(plan, lang, t) : ''}
        remove={
          plan?.status === 'draft'
            ? {
                title: t('plans.deletePlan'),
                run: async (): Promise<Result<{ deleted: boolean; archived: boolean }>> => {
                  const r = await invoke('plans.delete', { id: plan.id });
                  return r.ok ? { ...r, value: { deleted: true, archived: false } } : r;
                },
                onDone: onDeleted,
              }
            : null
        }
      >
        <Group align="flex-start" grow>
          <NumberInput
            label={t('plans.fields.year')}
            name="year"
            withAsterisk
            dir="ltr"
            min={2000}
            max={2100}
            allowDecimal={false}
            value={values.year}
            onChange={(v) => set('year', typeof v === 'number' ? v : Number(v) || 0)}
            error={err('year')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="plan-audience">
              {t('plans.fields.audience')}
            </Text>
            <SegmentedControl
              aria-labelledby="plan-audience"
              value={values.audience ?? 'staff'}
              onChange={(v) => set('audience', v as (typeof AUDIENCES)[number])}
              data={AUDIENCES.map((a) => ({ value: a, label: t(`plans.audiences.${a}`) }))}
            />
          </Stack>
        </Group>
        <BilingualInput label={t('plans.fields.title')} required {...bilingualField(form, 'title')} />
        <Group grow align="flex-start">
          <DateField
            label={t('plans.fields.periodStart')}
            name="periodStart"
            withAsterisk
            clearable={false}
            value={values.periodStart}
            onChange={(v) => set('periodStart', v ?? '')}
            error={errors.periodStart}
          />
          <DateField
            label={t('plans.fields.periodEnd')}
            name="periodEnd"
            withAsterisk
            clearable={false}
            value={values.periodEnd}
            onChange={(v) => set('periodEnd', v ?? '')}
            error={errors.periodEnd}
          />
        </Group>
        <Group grow align="flex-start">
          <AmountInput
            label={t('plans.fields.budget')}
            name="budget"
            centimes={values.budgetCentimes}
            onChange={(c) => set('budgetCentimes', c)}
            onProblem={(p) => setProblems((all) => ({ ...all, budget: p }))}
            error={errors.budgetCentimes}
          />
          <NumberInput
            label={t('plans.fields.eurRate')}
            name="eurRate"
            dir="ltr"
            decimalSeparator=","
            decimalScale={4}
            min={0}
            value={values.eurRate}
            onChange={(v) => set('eurRate', typeof v === 'number' ? v : Number(String(v).replace(',', '.')) || 0)}
            error={err('eurRate')}
            description={t('plans.fields.eurEquivalent', { amount: eur(values.budgetCentimes ?? 0, values.eurRate ?? 0) })}
          />
        </Group>
        <BilingualInput label={t('plans.fields.context')} multiline {...bilingualField(form, 'context')} />
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('plans.fields.funders')}
          </Text>
          {funders.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('plans.fields.noFunder')}
            </Text>
          )}
          {funders.map((f, i) => (
            <Paper key={f.id ?? `new-${i}`} withBorder p="xs">
              <Group align="flex-start" wrap="nowrap" gap="sm">
                <TextInput
                  label={t('plans.fields.funderNameFr')}
                  dir="ltr"
                  lang="fr"
                  style={{ flex: 1 }}
                  value={f.nameFr}
                  onChange={(e) => setFunder(i, { nameFr: e.currentTarget.value })}
                  error={err(`funders.${i}.nameFr`)}
                />
                <TextInput
                  label={t('plans.fields.funderNameAr')}
                  dir="rtl"
                  lang="ar"
                  style={{ flex: 1 }}
                  value={f.nameAr}
                  onChange={(e) => setFunder(i, { nameAr: e.currentTarget.value })}
                />
                <div style={{ width: 190 }}>
                  <AmountInput
                    label={t('plans.fields.funderAmount')}
                    name={`funder-${i}`}
                    centimes={f.amountCentimes}
                    onChange={(c) => setFunder(i, { amountCentimes: c })}
                    onProblem={(p) => setProblems((all) => ({ ...all, [`funder-${i}`]: p }))}
                  />
                </div>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  aria-label={t('plans.fields.removeFunder')}
                  title={t('plans.fields.removeFunder')}
                  onClick={() =>
                    set(
                      'funders',
                      funders.filter((_, j) => j !== i),
                    )
                  }
                >
                  ×
                </ActionIcon>
              </Group>
            </Paper>
          ))}
          <Group>
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => set('funders', [...funders, { id: null, nameFr: '', nameAr: '', amountCentimes: 0 }])}
            >
              {t('plans.fields.addFunder')}
            </Button>
          </Group>
        </Stack>
        <BilingualInput label={t('plans.fields.evaluation')} multiline {...bilingualField(form, 'evaluation')} />
      </RecordForm>
      {note.dialog}
    </>
  );
}
