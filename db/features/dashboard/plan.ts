/**
 * Plan execution and the year's sessions on the dashboard.
 *
 * - The plan shown: the filter's, else the plan of the year (an adopted one first — adopted, in
 *   execution or closed —, then submitted, then draft; a joint plan before a staff plan before an
 *   associations plan). Actions: those not cancelled; done: with at least one session delivered,
 *   evaluated or closed (any year); budget planned: their planned costs; executed: the actual
 *   costs of every session of the plan's actions; per funder, the same split by the cost lines'
 *   funder (lines without one are in the totals only). The plan's figures ignore the people filters.
 * - Sessions of the year: with a slot in it, not cancelled, kept by the filters (a plan's; under a
 *   people filter, those where a kept person attended, as sessionsDelivered); outside the plan:
 *   those not attached to an action. Share = outside / of the year.
 */
import type { Dashboard } from '../../../api/channels/dashboard';
import type { DataContext } from '../../core/context';
import { plucked, stmt } from '../../core/statements';
import { ratio } from '../evaluation/indicator-math';
import { DELIVERED_STATES } from '../evaluation/indicators-delivery';
import { attendedByKept, yearSessions } from '../evaluation/indicator-sql';
import type { Scope } from './quality';
import { type RecordSet, SESSION_COLUMNS, titleLabels } from './record-sql';

const DELIVERED = DELIVERED_STATES.map((s) => `'${s}'`).join(', ');
const ADOPTED = `'adopted', 'in_execution', 'closed'`;

/** The plan the dashboard shows, or null. */
export const shownPlanId = (ctx: DataContext, year: number, planId: string | null): string | null =>
  planId ??
  (plucked(
    ctx,
    `SELECT id FROM training_plans WHERE year = ?
     ORDER BY CASE WHEN status IN (${ADOPTED}) THEN 0 WHEN status = 'submitted' THEN 1 ELSE 2 END,
       CASE audience WHEN 'both' THEN 0 WHEN 'staff' THEN 1 ELSE 2 END, created_at, id LIMIT 1`,
  ).get(year) as string | undefined) ??
  null;

const LIVE_ACTIONS = `SELECT a.id FROM plan_actions a WHERE a.plan_id = @planId AND a.status <> 'cancelled'`;
const DONE = (a: string) => `EXISTS (SELECT 1 FROM training_sessions s WHERE s.action_id = ${a} AND s.status IN (${DELIVERED}))`;
const PLAN_SESSIONS = `SELECT s.id FROM training_sessions s JOIN plan_actions a ON a.id = s.action_id WHERE a.plan_id = @planId`;

export function planExecution(ctx: DataContext, planId: string | null): Dashboard['plan'] {
  if (!planId) return null;
  const p = stmt(
    ctx,
    `SELECT p.id, p.title_fr AS nameFr, coalesce(nullif(p.title_ar, ''), p.title_fr) AS nameAr, p.year,
       (SELECT count(*) FROM plan_actions a WHERE a.id IN (${LIVE_ACTIONS})) AS actions,
       (SELECT count(*) FROM plan_actions a WHERE a.id IN (${LIVE_ACTIONS}) AND ${DONE('a.id')}) AS actionsDone,
       (SELECT coalesce(sum(k.amount_centimes), 0) FROM plan_action_costs k WHERE k.action_id IN (${LIVE_ACTIONS})) AS budgetPlannedCentimes,
       (SELECT coalesce(sum(k.amount_centimes), 0) FROM session_costs k WHERE k.session_id IN (${PLAN_SESSIONS})) AS budgetExecutedCentimes
     FROM training_plans p WHERE p.id = @planId`,
  ).get({ planId }) as Omit<NonNullable<Dashboard['plan']>, 'budgetExecution' | 'byFunder'>;
  const byFunder = stmt(
    ctx,
    `SELECT f.id, f.name_fr AS nameFr, coalesce(nullif(f.name_ar, ''), f.name_fr) AS nameAr,
       (SELECT coalesce(sum(k.amount_centimes), 0) FROM plan_action_costs k WHERE k.funder_id = f.id AND k.action_id IN (${LIVE_ACTIONS})) AS plannedCentimes,
       (SELECT coalesce(sum(k.amount_centimes), 0) FROM session_costs k WHERE k.funder_id = f.id AND k.session_id IN (${PLAN_SESSIONS})) AS executedCentimes
     FROM plan_funders f WHERE f.plan_id = @planId ORDER BY f.position, f.name_fr, f.id`,
  ).all({ planId }) as NonNullable<Dashboard['plan']>['byFunder'];
  return { ...p, budgetExecution: ratio(p.budgetExecutedCentimes, p.budgetPlannedCentimes), byFunder };
}

/** The actions of the plan shown, not cancelled, with no session delivered yet. */
export const actionsNotDone = (planId: string | null): RecordSet => ({
  kind: 'action',
  sql: `SELECT a.id AS id,
      ${titleLabels(
        "coalesce(nullif(a.title_fr, ''), c.title_fr, a.code)",
        // The action's own title in either script before its course's: the two labels name the same thing.
        "coalesce(nullif(a.title_ar, ''), nullif(a.title_fr, ''), c.title_ar)",
      )},
      a.code AS detail, a.plan_id AS parentId, printf('%08d', a.position) || a.code AS sortKey
    FROM plan_actions a LEFT JOIN courses c ON c.id = a.course_id WHERE a.id IN (${LIVE_ACTIONS}) AND NOT ${DONE('a.id')}`,
  params: { planId },
});

const SESSIONS_OF_YEAR = (s: Scope) => `s.id IN (${yearSessions(s.r)}) AND s.status <> 'cancelled' AND ${attendedByKept(s.r, 's.id')}`;

const sessionSet = (s: Scope, where: string): RecordSet => ({
  kind: 'session',
  sql: `SELECT ${SESSION_COLUMNS} WHERE ${where}`,
  params: { ...s.r.params, ...s.bounds },
});

export const sessionsOfYear = (s: Scope) => sessionSet(s, SESSIONS_OF_YEAR(s));
export const sessionsOutsidePlan = (s: Scope) => sessionSet(s, `${SESSIONS_OF_YEAR(s)} AND s.action_id IS NULL`);
/** The records of indicators.sessionsDelivered (indicators-delivery's definition, row by row). */
export const sessionsDelivered = (s: Scope) =>
  sessionSet(s, `s.id IN (${yearSessions(s.r)}) AND s.status IN (${DELIVERED}) AND ${attendedByKept(s.r, 's.id')}`);

export function sessionsSection(ctx: DataContext, s: Scope): Dashboard['sessions'] {
  // Both counts in one pass over sessionsOfYear's rows (the people filter's subquery is read once).
  const { ofYear, outsidePlan } = stmt(
    ctx,
    `SELECT count(*) AS ofYear, coalesce(sum(actionId IS NULL), 0) AS outsidePlan
     FROM (SELECT s.action_id AS actionId FROM training_sessions s WHERE ${SESSIONS_OF_YEAR(s)})`,
  ).get({ ...s.r.params, ...s.bounds }) as { ofYear: number; outsidePlan: number };
  return { ofYear, outsidePlan, outsidePlanShare: ratio(outsidePlan, ofYear) };
}
