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
  ).all(organizationId) as CheckRow[];
  return rows.map((r) => checkState(r, today));
}

type CheckRow = Omit<CheckState, 'valid' | 'met'> & { met: number | null; validityMonths: number | null };

function checkState({ validityMonths, ...r }: CheckRow, today: string): CheckState {
  const expires = r.checkedOn && validityMonths ? addMonths(r.checkedOn, validityMonths) : null;
  return { ...r, met: r.met === null ? null : Boolean(r.met), valid: Boolean(r.met) && (!expires || expires > today) };
}

/**
 * The quality scores of a list's page in two queries (the criteria, the page's checks) instead of
 * one per organisation: a page of 50 spent most of its time there.
 */
export function qualityScores(
  ctx: DataContext,
  organizationIds: string[],
  today = new Date().toISOString().slice(0, 10),
): Map<string, number | null> {
  const criteria = stmt(
    ctx,
    `SELECT id AS criterionId, name_fr AS nameFr, name_ar AS nameAr, weight, validity_months AS validityMonths
     FROM quality_criteria WHERE archived_at IS NULL ORDER BY position, code`,
  ).all() as Omit<CheckRow, 'met' | 'checkedOn' | 'note'>[];
  const checks = stmt(
    ctx,
    `SELECT organization_id AS org, criterion_id AS criterionId, met, checked_on AS checkedOn, coalesce(note, '') AS note
     FROM organization_checks WHERE organization_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(organizationIds)) as {
    org: string;
    criterionId: string;
    met: number | null;
    checkedOn: string | null;
    note: string;
  }[];
  const byKey = new Map(checks.map((c) => [`${c.org}\u0000${c.criterionId}`, c]));
  return new Map(
    organizationIds.map((org) => [
      org,
      scoreOf(
        criteria.map((q) => {
          const c = byKey.get(`${org}\u0000${q.criterionId}`);
          return checkState({ ...q, met: c?.met ?? null, checkedOn: c?.checkedOn ?? null, note: c?.note ?? '' }, today);
        }),
      ),
    ]),
  );
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
