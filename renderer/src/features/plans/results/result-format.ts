import i18n from 'i18next';
import type { TFunction } from 'i18next';
import type { Plan } from '../../../../../api/channels/plans';
import type { ResultIndicator } from '../../../../../api/channels/results';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';
import { formatTypedNumber } from '../../../lib/typed-number';
import { actionName } from '../plan-format';

/** What an indicator is attached to: the whole plan, one of its axes, or one of its actions. */
export function attachedTo(indicator: Pick<ResultIndicator, 'axisId' | 'actionId'>, plan: Plan, lang: Language, t: TFunction): string {
  const action = indicator.actionId ? plan.actionList.find((a) => a.id === indicator.actionId) : null;
  if (action) return t('plans.results.ofAction', { code: action.code, name: actionName(action, lang) });
  const axis = indicator.axisId ? plan.axes.find((a) => a.id === indicator.axisId) : null;
  if (axis) return t('plans.results.ofAxis', { code: axis.code, name: pickName(axis.titleFr, axis.titleAr, lang) });
  return t('plans.results.ofPlan');
}

/** A value with the indicator's unit ("42 %", "12 dossiers"); "—" when there is none. */
export function withUnit(value: number | null, indicator: Pick<ResultIndicator, 'unitFr' | 'unitAr'>, lang: Language): string {
  if (value === null) return '—';
  const unit = pickName(indicator.unitFr, indicator.unitAr, lang);
  return unit ? `${formatTypedNumber(value)} ${unit}` : formatTypedNumber(value);
}

/** A change, signed (+3, −2); between two shares in per cent, in points (35 % → 51 % is +16 points, not +16 %). */
export function signed(value: number | null, indicator: Pick<ResultIndicator, 'unitFr' | 'unitAr'>, lang: Language): string {
  if (value === null) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  if (indicator.unitFr.trim() === '%' || indicator.unitAr.trim() === '%')
    return `${sign}${i18n.getFixedT(lang)('plans.results.points', { count: Math.abs(value), value: formatTypedNumber(Math.abs(value)) })}`;
  return `${sign}${withUnit(Math.abs(value), indicator, lang)}`;
}
