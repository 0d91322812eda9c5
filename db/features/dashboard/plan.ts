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
import { courses, planActionCosts, planActions, planFunders, sessionCosts, trainingPlans, trainingSessions } from '../../schema';
import { named } from '../sessions/sql-names';
import type { Scope } from './quality';
import { type RecordSet, SESSION_COLUMNS, titleLabels } from './record-sql';

const DELIVERED = DELIVERED_STATES.map((s) => `'${s}'`).join(', ');
const ADOPTED = `'adopted', 'in_execution', 'closed'`;

const PL = named(trainingPlans, 'pl');
const A = named(planActions, 'a');
const S = named(trainingSessions, 's');
const DS = named(trainingSessions, 'ds');
const AC = named(planActionCosts, 'k');
const SC = named(sessionCosts, 'k');
const F = named(planFunders, 'f');
const C = named(courses, 'c');

/** The plan the dashboard shows, or null. */
export const shownPlanId = (ctx: DataContext, year: number, planId: string | null): string | null =>
  planId ??
  (plucked(
    ctx,
    `SELECT ${PL.c('id')} FROM ${PL.from} WHERE ${PL.c('year')} = ?
     ORDER BY CASE WHEN ${PL.c('status')} IN (${ADOPTED}) THEN 0 WHEN ${PL.c('status')} = 'submitted' THEN 1 ELSE 2 END,
       CASE ${PL.c('audience')} WHEN 'both' THEN 0 WHEN 'staff' THEN 1 ELSE 2 END, ${PL.c('createdAt')}, ${PL.c('id')} LIMIT 1`,
  ).get(year) as string | undefined) ??
  null;

const LIVE_ACTIONS = `SELECT ${A.c('id')} FROM ${A.from} WHERE ${A.c('planId')} = @planId AND ${A.c('status')} <> 'cancelled'`;
/** The action in `column` has a session delivered, evaluated or closed. */
const DONE = (column: string) =>
  `EXISTS (SELECT 1 FROM ${DS.from} WHERE ${DS.c('actionId')} = ${column} AND ${DS.c('status')} IN (${DELIVERED}))`;
const PLAN_SESSIONS = `SELECT ${S.c('id')} FROM ${S.from} JOIN ${A.from} ON ${A.c('id')} = ${S.c('actionId')} WHERE ${A.c('planId')} = @planId`;
const planned = (where: string) =>
  `(SELECT coalesce(sum(${AC.c('amountCentimes')}), 0) FROM ${AC.from} WHERE ${AC.c('actionId')} IN (${LIVE_ACTIONS}) ${where})`;
const executed = (where: string) =>
  `(SELECT coalesce(sum(${SC.c('amountCentimes')}), 0) FROM ${SC.from} WHERE ${SC.c('sessionId')} IN (${PLAN_SESSIONS}) ${where})`;

export function planExecution(ctx: DataContext, planId: string | null): Dashboard['plan'] {
  if (!planId) return null;
  const p = stmt(
    ctx,
    `SELECT ${PL.c('id')} AS id, ${PL.c('titleFr')} AS nameFr, coalesce(nullif(${PL.c('titleAr')}, ''), ${PL.c('titleFr')}) AS nameAr,
       ${PL.c('year')} AS year,
       (SELECT count(*) FROM (${LIVE_ACTIONS})) AS actions,
       (SELECT count(*) FROM (${LIVE_ACTIONS}) live WHERE ${DONE('live.id')}) AS actionsDone,
       ${planned('')} AS budgetPlannedCentimes, ${executed('')} AS budgetExecutedCentimes
     FROM ${PL.from} WHERE ${PL.c('id')} = @planId`,
  ).get({ planId }) as Omit<NonNullable<Dashboard['plan']>, 'budgetExecution' | 'byFunder'>;
  const byFunder = stmt(
    ctx,
    `SELECT ${F.c('id')} AS id, ${F.c('nameFr')} AS nameFr, coalesce(nullif(${F.c('nameAr')}, ''), ${F.c('nameFr')}) AS nameAr,
       ${planned(`AND ${AC.c('funderId')} = ${F.c('id')}`)} AS plannedCentimes,
       ${executed(`AND ${SC.c('funderId')} = ${F.c('id')}`)} AS executedCentimes
     FROM ${F.from} WHERE ${F.c('planId')} = @planId ORDER BY ${F.c('position')}, ${F.c('nameFr')}, ${F.c('id')}`,
  ).all({ planId }) as NonNullable<Dashboard['plan']>['byFunder'];
  return { ...p, budgetExecution: ratio(p.budgetExecutedCentimes, p.budgetPlannedCentimes), byFunder };
}

/** The actions of the plan shown, not cancelled, with no session delivered yet. */
export const actionsNotDone = (planId: string | null): RecordSet => ({
  kind: 'action',
  sql: `SELECT ${A.c('id')} AS id,
      ${titleLabels(
        `coalesce(nullif(${A.c('titleFr')}, ''), ${C.c('titleFr')}, ${A.c('code')})`,
        // The action's own title in either script before its course's: the two labels name the same thing.
        `coalesce(nullif(${A.c('titleAr')}, ''), nullif(${A.c('titleFr')}, ''), ${C.c('titleAr')})`,
      )},
      ${A.c('code')} AS detail, NULL AS date, NULL AS hours, ${A.c('planId')} AS parentId, printf('%08d', ${A.c('position')}) || ${A.c('code')} AS sortKey
    FROM ${A.from} LEFT JOIN ${C.from} ON ${C.c('id')} = ${A.c('courseId')}
    WHERE ${A.c('id')} IN (${LIVE_ACTIONS}) AND NOT ${DONE(A.c('id'))}`,
  params: { planId },
});

/** Sessions of the year kept by the filters, neither cancelled nor still a draft (not yet a session anyone was told of); `s` is the session. */
const SESSIONS_OF_YEAR = (s: Scope) =>
  `${S.c('id')} IN (${yearSessions(s.r)}) AND ${S.c('status')} NOT IN ('cancelled', 'draft') AND ${attendedByKept(s.r, S.c('id'))}`;

const sessionSet = (s: Scope, where: string): RecordSet => ({
  kind: 'session',
  sql: `SELECT ${SESSION_COLUMNS} WHERE ${where}`,
  params: { ...s.r.params, ...s.bounds },
});

export const sessionsOfYear = (s: Scope) => sessionSet(s, SESSIONS_OF_YEAR(s));
export const sessionsOutsidePlan = (s: Scope) => sessionSet(s, `${SESSIONS_OF_YEAR(s)} AND ${S.c('actionId')} IS NULL`);
/** The records of indicators.sessionsDelivered (indicators-delivery's definition, row by row). */
export const sessionsDelivered = (s: Scope) =>
  sessionSet(s, `${S.c('id')} IN (${yearSessions(s.r)}) AND ${S.c('status')} IN (${DELIVERED}) AND ${attendedByKept(s.r, S.c('id'))}`);

export function sessionsSection(ctx: DataContext, s: Scope): Dashboard['sessions'] {
  // Both counts in one pass over sessionsOfYear's rows (the people filter's subquery is read once).
  const { ofYear, outsidePlan } = stmt(
    ctx,
    `SELECT count(*) AS ofYear, coalesce(sum(actionId IS NULL), 0) AS outsidePlan
     FROM (SELECT ${S.c('actionId')} AS actionId FROM ${S.from} WHERE ${SESSIONS_OF_YEAR(s)})`,
  ).get({ ...s.r.params, ...s.bounds }) as { ofYear: number; outsidePlan: number };
  return { ofYear, outsidePlan, outsidePlanShare: ratio(outsidePlan, ofYear) };
}
