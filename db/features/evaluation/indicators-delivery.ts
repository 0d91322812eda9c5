/**
 * Sessions, costs and needs of the year's indicators.
 *
 * - Sessions delivered: with a slot in the year, in state delivered, evaluated or closed.
 * - Costs: every actual cost of the sessions with a slot in the year, whatever their state. A
 *   cancelled session usually carries none and adds nothing; when it does carry some (a room paid
 *   for, a trainer's travel), that money was spent on training that year, and leaving it out
 *   would make the cost per trainee-hour look better than it was. A session across New Year
 *   counts its costs in both years (the "sessions with a slot in Y"); this is rare.
 * - Under a people filter (the dashboards): sessions delivered are those where a kept person
 *   attended in the year, and costs are shared out by hours (deliveryFigures).
 * - Needs: the register as it stands (it keeps no history of states, so a past year cannot be
 *   rebuilt): planned or fulfilled among those neither rejected nor deferred. Archived needs are
 *   left out: archiving takes a need out of the register (a duplicate, a person gone).
 */
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { sessionCosts, trainingNeeds, trainingSessions } from '../../schema';
import { named } from '../sessions/sql-names';
import { ATTENDED_WHERE, SLOT_MARKS, X, attendedByKept, yearSessions } from './indicator-sql';
import { EVERYONE, type Restriction } from './indicator-scope';
import { type MarksRow, hoursOf } from './indicators-people';

const S = named(trainingSessions, 's');
const C = named(sessionCosts, 'c');
const N = named(trainingNeeds, 'n');

export const DELIVERED_STATES = ['delivered', 'evaluated', 'closed'] as const;
export const COVERED_NEED_STATES = ['planned', 'fulfilled'] as const;
export const SET_ASIDE_NEED_STATES = ['rejected', 'deferred'] as const;
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

const deliverySql = (r: Restriction) => `SELECT
    (SELECT count(*) FROM ${S.from} WHERE ${S.c('id')} IN (${yearSessions(r)}) AND ${S.c('status')} IN (${list(DELIVERED_STATES)})
      AND ${attendedByKept(r, S.c('id'))}) AS sessionsDelivered,
    (SELECT coalesce(sum(${C.c('amountCentimes')}), 0) FROM ${C.from} WHERE ${C.c('sessionId')} IN (${yearSessions(r)})) AS costCentimes,
    (SELECT count(*) FROM ${N.from} WHERE ${N.c('archivedAt')} IS NULL AND ${N.c('state')} IN (${list(COVERED_NEED_STATES)})
      AND ${r.need('n')} AND ${r.coveredNeed('n')}) AS needsCovered,
    (SELECT count(*) FROM ${N.from} WHERE ${N.c('archivedAt')} IS NULL AND ${N.c('state')} NOT IN (${list(SET_ASIDE_NEED_STATES)})
      AND ${r.need('n')}) AS needsConsidered`;

/** Each session's actual costs, for sharing them out under a people filter. */
const costsBySessionSql = (r: Restriction) => `SELECT ${C.c('sessionId')} AS sessionId, sum(${C.c('amountCentimes')}) AS centimes
  FROM ${C.from} WHERE ${C.c('sessionId')} IN (${yearSessions(r)}) GROUP BY ${C.c('sessionId')}`;

/** Everyone's attended marks in the year per session and slot length (the whole of which a share is taken). */
const HOURS_BY_SESSION = `SELECT ${X.c('sessionId')} AS sessionId, ${X.c('startTime')} AS startTime, ${X.c('endTime')} AS endTime, count(*) AS marks
  FROM ${SLOT_MARKS} WHERE ${ATTENDED_WHERE} GROUP BY ${X.c('sessionId')}, ${X.c('startTime')}, ${X.c('endTime')}`;

export interface DeliveryFigures {
  sessionsDelivered: number;
  costCentimes: number;
  needsCovered: number;
  needsConsidered: number;
}

const hoursBySession = (rows: readonly Pick<MarksRow, 'sessionId' | 'startTime' | 'endTime' | 'marks'>[]) => {
  const by = new Map<string, number>();
  for (const m of rows) by.set(m.sessionId, (by.get(m.sessionId) ?? 0) + hoursOf(m));
  return by;
};

/**
 * `marks`: the restricted people's attended marks of the year (indicators-people). Under a people
 * filter a session's costs are shared out in proportion to the hours its kept participants
 * attended in the year (all of them when nobody is filtered out), so the cost per trainee-hour of
 * a unit is that of the trainings its people had, not of whole sessions they sat in with others.
 */
export function deliveryFigures(
  ctx: DataContext,
  bounds: { first: string; next: string },
  r: Restriction = EVERYONE,
  marks: readonly MarksRow[] = [],
): DeliveryFigures {
  const params = { ...r.params, ...bounds };
  const figures = stmt(ctx, deliverySql(r)).get(params) as DeliveryFigures;
  if (!r.people) return figures;
  const kept = hoursBySession(marks);
  const everyone = hoursBySession(stmt(ctx, HOURS_BY_SESSION).all(bounds) as MarksRow[]);
  let centimes = 0;
  for (const c of stmt(ctx, costsBySessionSql(r)).all(params) as { sessionId: string; centimes: number }[]) {
    const whole = everyone.get(c.sessionId) ?? 0;
    if (whole > 0) centimes += (c.centimes * (kept.get(c.sessionId) ?? 0)) / whole;
  }
  return { ...figures, costCentimes: centimes };
}
