import { Group, NumberInput, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Plan } from '../../../../../api/channels/plans';
import { type ResultIndicator, resultIndicatorCreate } from '../../../../../api/channels/results';
import { invoke } from '../../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../../components/BilingualInput';
import { DateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { RecordForm } from '../../../components/RecordForm';
import { useRecordForm } from '../../../components/useRecordForm';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';
import type { NumberError } from '../../../lib/typed-number';
import { actionName } from '../plan-format';
import { TypedNumberInput } from './TypedNumberInput';

type Values = z.input<typeof resultIndicatorCreate>;

/** A result indicator (level 4): its name and unit, what it is attached to, baseline, target and the share attributed to training. */
export function ResultForm({ plan, indicator, onClose }: { plan: Plan; indicator: ResultIndicator | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog title={indicator ? t('plans.results.edit') : t('plans.results.new')} size="lg" onClose={onClose}>
      <ResultFields plan={plan} indicator={indicator} onClose={onClose} />
    </FormDialog>
  );
}

function ResultFields({ plan, indicator: r, onClose }: { plan: Plan; indicator: ResultIndicator | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [problems, setProblems] = useState<Record<string, NumberError | null>>({});
  const initial: Values = {
    planId: plan.id,
    axisId: r?.axisId ?? null,
    actionId: r?.actionId ?? null,
    nameFr: r?.nameFr ?? '',
    nameAr: r?.nameAr ?? '',
    unitFr: r?.unitFr ?? '',
    unitAr: r?.unitAr ?? '',
    baseline: r?.baseline ?? null,
    baselineDate: r?.baselineDate ?? null,
    target: r?.target ?? null,
    attributedShare: r?.attributedShare ?? 1,
  };
  const form = useRecordForm(resultIndicatorCreate, initial, {
    save: (input) => (r ? invoke('results.update', { ...input, id: r.id }) : invoke('results.create', input)),
    onSaved: onClose,
    hold: () => Object.values(problems).some(Boolean),
  });
  const { values, set, errors } = form;
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);
  const problem = (k: string) => (p: NumberError | null) => setProblems((all) => ({ ...all, [k]: p }));

  const attached = values.actionId ? `action:${values.actionId}` : values.axisId ? `axis:${values.axisId}` : 'plan';
  const choices = [
    { value: 'plan', label: t('plans.results.ofPlan') },
    ...plan.axes.map((a) => ({
      value: `axis:${a.id}`,
      label: t('plans.results.ofAxis', { code: a.code, name: pickName(a.titleFr, a.titleAr, lang) }),
    })),
    ...plan.actionList.map((a) => ({
      value: `action:${a.id}`,
      label: t('plans.results.ofAction', { code: a.code, name: actionName(a, lang) }),
    })),
  ];
  const attach = (v: string | null) => {
    const [kind, id] = (v ?? 'plan').split(':');
    set('axisId', kind === 'axis' ? id! : null);
    set('actionId', kind === 'action' ? id! : null);
  };

  return (
    <RecordForm
      form={form}
      name={r ? pickName(r.nameFr, r.nameAr, lang) : ''}
      remove={
        r
          ? {
              title: t('plans.results.delete'),
              run: async () => {
                const res = await invoke('results.delete', { id: r.id });
                return res.ok ? { ok: true, value: { deleted: true, archived: false } } : res;
              },
            }
          : null
      }
    >
      <BilingualInput label={t('plans.results.name')} required {...bilingualField(form, 'name')} />
      <Select
        label={t('plans.results.attachedTo')}
        data={choices}
        value={attached}
        onChange={attach}
        allowDeselect={false}
        searchable
        error={err('axisId') ?? err('actionId')}
      />
      <BilingualInput label={t('plans.results.unit')} {...bilingualField(form, 'unit')} />
      <Group grow align="flex-start">
        <TypedNumberInput
          label={t('plans.results.baseline')}
          value={values.baseline}
          onChange={(v) => set('baseline', v)}
          onProblem={problem('baseline')}
          error={errors.baseline}
        />
        <DateField
          label={t('plans.results.baselineDate')}
          value={values.baselineDate}
          onChange={(v) => set('baselineDate', v)}
          error={errors.baselineDate}
        />
        <TypedNumberInput
          label={t('plans.results.target')}
          value={values.target}
          onChange={(v) => set('target', v)}
          onProblem={problem('target')}
          error={errors.target}
        />
      </Group>
      <NumberInput
        label={t('plans.results.attributedShare')}
        description={t('plans.results.attributedShareHint')}
        suffix=" %"
        min={0}
        max={100}
        decimalScale={0}
        allowNegative={false}
        w={260}
        value={Math.round((values.attributedShare ?? 1) * 100)}
        onChange={(v) => set('attributedShare', (typeof v === 'number' ? v : Number(v) || 0) / 100)}
        error={err('attributedShare')}
      />
    </RecordForm>
  );
}
