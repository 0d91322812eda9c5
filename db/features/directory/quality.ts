import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';

/** One criterion as it stands for an organisation: its latest check and whether it still counts. */
export interface CheckState {
  criterionId: string;
  nameFr: string;
  nameAr: string;
  weight: number;
  met: boolean | null;
  checkedOn: string | null;
  valid: boolean;
  note: string;
}

/**
 * The checklist of an organisation against the current (non-archived) criteria. A met check
 * counts while it is younger than the criterion's validity ("general assembly held this year").
 */
export function checksOf(ctx: DataContext, organizationId: string, today = new Date().toISOString().slice(0, 10)): CheckState[] {
  const rows = stmt(
    ctx,
    `SELECT q.id AS criterionId, q.name_fr AS nameFr, q.name_ar AS nameAr, q.weight, q.validity_months AS validityMonths,
              c.met, c.checked_on AS checkedOn, coalesce(c.note, '') AS note
       FROM quality_criteria q LEFT JOIN organization_checks c ON c.criterion_id = q.id AND c.organization_id = ?
       WHERE q.archived_at IS NULL ORDER BY q.position, q.code`,
  ).all(organizationId) as (Omit<CheckState, 'valid' | 'met'> & { met: number | null; validityMonths: number | null })[];
  return rows.map(({ validityMonths, ...r }) => {
    const expires = r.checkedOn && validityMonths ? addMonths(r.checkedOn, validityMonths) : null;
    return { ...r, met: r.met === null ? null : Boolean(r.met), valid: Boolean(r.met) && (!expires || expires > today) };
  });
}

const addMonths = (date: string, months: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** Percent of the criteria's total weight met and still valid; null when there are no criteria. */
export function scoreOf(checks: CheckState[]): number | null {
  const total = checks.reduce((s, c) => s + c.weight, 0);
  if (!total) return null;
  return Math.round((100 * checks.filter((c) => c.valid).reduce((s, c) => s + c.weight, 0)) / total);
}

export const qualityScore = (ctx: DataContext, organizationId: string): number | null => scoreOf(checksOf(ctx, organizationId));
