import type { TFunction } from 'i18next';
import type { Plan, PlanAction } from '../../../../api/channels/plans';
import type { Language } from '../../i18n';
import { formatAmount } from '../../lib/amount';
import { pickName } from '../../lib/format';

/** The badge colour of each state of a plan (the badge also says it in words). */
export const PLAN_STATUS_COLOURS: Record<Plan['status'], string> = {
  draft: 'gray',
  submitted: 'blue',
  adopted: 'teal',
  in_execution: 'green',
  closed: 'dark',
};
export const ACTION_STATUS_COLOURS: Record<PlanAction['status'], string> = {
  planned: 'blue',
  in_progress: 'yellow',
  done: 'green',
  cancelled: 'gray',
};

/** A plan that was adopted changes only with a note, each change making its next version. */
export const needsChangeNote = (plan: Pick<Plan, 'status'>): boolean => plan.status === 'adopted' || plan.status === 'in_execution';

/** The months an action is planned in: its month, or the three months of its quarter. */
export function monthsOf(a: Pick<PlanAction, 'periodKind' | 'periodValue'>): number[] {
  if (a.periodKind === 'month') return [a.periodValue];
  const first = (a.periodValue - 1) * 3 + 1;
  return [first, first + 1, first + 2];
}

/** "mars" or "T2": the period said short, in the given translation. */
export const periodLabel = (
  a: Pick<PlanAction, 'periodKind' | 'periodValue'>,
  t: TFunction | ((key: string, o?: object) => string),
): string => (a.periodKind === 'month' ? t(`plans.monthsLong.${a.periodValue}`) : t('plans.quarter', { n: a.periodValue }));

/** An action's name: its own title, else its course's. */
export function actionName(a: PlanAction, lang: Language): string {
  return pickName(a.titleFr, a.titleAr, lang) || pickName(a.courseTitleFr, a.courseTitleAr, lang) || a.courseCode || a.code;
}

/** A plan's name: its title, else "Plan 2026". */
export const planName = (p: Pick<Plan, 'titleFr' | 'titleAr' | 'year'>, lang: Language, t: TFunction): string =>
  pickName(p.titleFr, p.titleAr, lang) || t('plans.untitled', { year: p.year });

/** Dirhams as the lists write them (12 500,00). */
export const mad = (centimes: number): string => formatAmount(centimes);
/** The same amount in euros at the plan's rate, whole euros (12 500 MAD at 10,8 → 1 157). */
export const eur = (centimes: number, rate: number): string =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(rate > 0 ? centimes / 100 / rate : 0);

export const percent = (share: number | null, lang: Language): string =>
  share === null
    ? '–'
    : new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : 'fr-FR', {
        style: 'percent',
        maximumFractionDigits: 0,
        numberingSystem: 'latn',
      }).format(share);

/** The funders an action's cost lines name, in the interface language ("Not assigned" for lines without one). */
export function actionFunders(a: PlanAction, plan: Plan, lang: Language, t: TFunction): string[] {
  const ids = [...new Set(a.costs.map((c) => c.funderId))];
  return ids.map((id) => {
    const f = plan.funders.find((x) => x.id === id);
    return f ? pickName(f.nameFr, f.nameAr, lang) : t('plans.actions.noFunder');
  });
}

export const EXPORT_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;
