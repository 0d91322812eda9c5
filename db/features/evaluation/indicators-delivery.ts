/**
 * Sessions, costs and needs of the year's indicators.
 *
 * - Sessions delivered: with a slot in the year, in state delivered, evaluated or closed.
 * - Costs: every actual cost of the sessions with a slot in the year, whatever their state. A
 *   cancelled session usually carries none and adds nothing; when it does carry some (a room paid
 *   for, a trainer's travel), that money was spent on training that year, and leaving it out
 *   would make the cost per trainee-hour look better than it was. A session across New Year
 *   counts its costs in both years (the "sessions with a slot in Y"); this is rare.
 * - Needs: the register as it stands (it keeps no history of states, so a past year cannot be
 *   rebuilt): planned or fulfilled among those neither rejected nor deferred. Archived needs are
 *   left out: archiving takes a need out of the register (a duplicate, a person gone).
 */
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { sessionCosts, trainingNeeds, trainingSessions } from '../../schema';
import { named } from '../sessions/sql-names';
import { YEAR_SESSIONS } from './indicator-sql';

const S = named(trainingSessions, 's');
const C = named(sessionCosts, 'c');
const N = named(trainingNeeds, 'n');

export const DELIVERED_STATES = ['delivered', 'evaluated', 'closed'] as const;
export const COVERED_NEED_STATES = ['planned', 'fulfilled'] as const;
export const SET_ASIDE_NEED_STATES = ['rejected', 'deferred'] as const;
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

const DELIVERY = `SELECT
    (SELECT count(*) FROM ${S.from} WHERE ${S.c('id')} IN (${YEAR_SESSIONS}) AND ${S.c('status')} IN (${list(DELIVERED_STATES)})) AS sessionsDelivered,
    (SELECT coalesce(sum(${C.c('amountCentimes')}), 0) FROM ${C.from} WHERE ${C.c('sessionId')} IN (${YEAR_SESSIONS})) AS costCentimes,
    (SELECT count(*) FROM ${N.from} WHERE ${N.c('archivedAt')} IS NULL AND ${N.c('state')} IN (${list(COVERED_NEED_STATES)})) AS needsCovered,
    (SELECT count(*) FROM ${N.from} WHERE ${N.c('archivedAt')} IS NULL AND ${N.c('state')} NOT IN (${list(SET_ASIDE_NEED_STATES)})) AS needsConsidered`;

export interface DeliveryFigures {
  sessionsDelivered: number;
  costCentimes: number;
  needsCovered: number;
  needsConsidered: number;
}

export const deliveryFigures = (ctx: DataContext, bounds: { first: string; next: string }): DeliveryFigures =>
  stmt(ctx, DELIVERY).get(bounds) as DeliveryFigures;
