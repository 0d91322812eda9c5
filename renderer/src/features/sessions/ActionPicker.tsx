import { Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanAction } from '../../../../api/channels/plans';
import { useCall } from '../../bridge/queries';
import { ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { actionName } from '../plans/plan-format';
import { planLabel } from './plan-label';

/**
 * The plan action a session delivers: a plan, then one of its actions. Without one the session
 * is outside the plan, and the form says so in words.
 */
export function ActionPicker({
  planId,
  actionId,
  onPlan,
  onAction,
}: {
  planId: string | null;
  actionId: string | null;
  onPlan: (id: string | null) => void;
  onAction: (a: PlanAction | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const plans = useCall('plans.list', {});
  const plan = useCall('plans.get', { id: planId ?? '' }, { enabled: Boolean(planId) });
  const actions = plan.data?.actionList ?? [];
  return (
    <div>
      <Group grow align="flex-start">
        <Select
          label={t('sessions.form.plan')}
          clearable
          searchable
          placeholder={t('sessions.form.noPlan')}
          data={(plans.data ?? []).map((p) => ({ value: p.id, label: planLabel(p, lang) }))}
          value={planId}
          onChange={onPlan}
        />
        <Select
          label={t('sessions.form.action')}
          clearable
          searchable
          disabled={!planId}
          placeholder={t('sessions.form.noAction')}
          data={actions.map((a) => ({ value: a.id, label: `${ltr(a.code)} ${actionName(a, lang)}` }))}
          value={actionId}
          onChange={(v) => onAction(actions.find((a) => a.id === v) ?? null)}
        />
      </Group>
      {!actionId && (
        <Text size="sm" c="orange.9" mt={4} data-testid="outside-plan">
          {t('sessions.form.outsidePlanHint')}
        </Text>
      )}
    </div>
  );
}
