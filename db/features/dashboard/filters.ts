/**
 * The dashboard's filters as a restriction of the year's indicators (evaluation/indicator-scope),
 * checked first: a unit, plan or campaign that does not exist is refused with its own message
 * rather than read as "nobody" (the figures would be zeros that look true).
 *
 * What each filter keeps:
 * - `unitId`: the staff of that unit and of every unit below it (their unit now: staff records
 *   keep no history of units); association trainees are left out (they belong to no unit).
 * - `gender`: staff and association trainees of that gender.
 * - `population`: `staff` leaves association trainees out, `associations` leaves staff out.
 * - `planId`: the sessions of that plan's actions, and what hangs on them (sheets, follow-ups, costs).
 * The people filters (the first three) also drop anonymous end-of-session sheets, which belong to
 * nobody. needsCoverage follows them where a need says whom it is for: a staff member's need by
 * that person, a unit's need by the unit (and not under a gender filter), an association's need
 * only when association trainees are kept with no unit or gender filter; under a plan filter only
 * the needs the plan's actions answer count as covered (the denominator stays the register's).
 */
import type { DashboardFilters } from '../../../api/channels/dashboard';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { plucked, stmt } from '../../core/statements';
import { planActionNeeds, planActions, trainingNeeds, trainingSessions } from '../../schema';
import { EVERYONE, type Restriction } from '../evaluation/indicator-scope';
import { UNIT_BRANCH } from '../reviews/people';
import { named } from '../sessions/sql-names';

const S = named(trainingSessions, 'fs');
const PA = named(planActions, 'fa');
const PN = named(planActionNeeds, 'fn');

/** The sessions of the plan `@planId`'s actions. */
export const PLAN_SESSIONS = `SELECT ${S.c('id')} FROM ${S.from} JOIN ${PA.from} ON ${PA.c('id')} = ${S.c('actionId')} WHERE ${PA.c('planId')} = @planId`;
const PLAN_NEEDS = `SELECT ${PN.c('needId')} FROM ${PN.from} JOIN ${PA.from} ON ${PA.c('id')} = ${PN.c('actionId')} WHERE ${PA.c('planId')} = @planId`;
const UNITS = `(SELECT value FROM json_each(@units))`;

const refuse = (path: string, messageKey: string) => new DomainError('not_found', messageKey, { issues: [{ path, message: messageKey }] });

/** Refuses filters naming what does not exist, and a campaign pair given by half. */
export function checkFilters(ctx: DataContext, f: DashboardFilters): void {
  if (f.unitId && !stmt(ctx, 'SELECT 1 FROM org_units WHERE id = ?').get(f.unitId)) throw refuse('unitId', 'errors.unitUnknown');
  if (f.planId && !stmt(ctx, 'SELECT 1 FROM training_plans WHERE id = ?').get(f.planId))
    throw refuse('planId', 'errors.dashboard.planUnknown');
  for (const field of ['campaignBefore', 'campaignAfter'] as const) {
    const id = f[field];
    if (id && !stmt(ctx, 'SELECT 1 FROM review_campaigns WHERE id = ?').get(id)) throw refuse(field, 'errors.dashboard.campaignUnknown');
  }
  if (Boolean(f.campaignBefore) !== Boolean(f.campaignAfter)) {
    const missing = f.campaignBefore ? 'campaignAfter' : 'campaignBefore';
    throw new DomainError('invalid_input', 'errors.dashboard.campaignPair', {
      issues: [{ path: missing, message: 'errors.dashboard.campaignPair' }],
    });
  }
  if (f.campaignBefore && f.campaignBefore === f.campaignAfter)
    throw new DomainError('invalid_input', 'errors.dashboard.campaignPair', {
      issues: [{ path: 'campaignAfter', message: 'errors.dashboard.campaignPair' }],
    });
}

/** A unit and every unit below it. */
export const unitBranch = (ctx: DataContext, unitId: string): string[] => plucked(ctx, UNIT_BRANCH).all(unitId) as string[];

/** Whether a filter narrows the people counted. */
export const peopleFiltered = (f: DashboardFilters): boolean => Boolean(f.unitId || f.gender || f.population !== 'all');

/** The restriction the filters make (EVERYONE itself without a filter, so the figures are indicators.year's). */
export function restrictionOf(ctx: DataContext, f: DashboardFilters): Restriction {
  const people = peopleFiltered(f);
  if (!people && !f.planId) return EVERYONE;
  const keepStaff = f.population !== 'associations';
  const keepTrainees = f.population !== 'staff' && !f.unitId;
  const staffWhere = (p: string) => {
    if (!keepStaff) return '0';
    const parts = [f.unitId ? `${p}.unit_id IN ${UNITS}` : '', f.gender ? `${p}.gender = @gender` : ''].filter(Boolean);
    return parts.length ? `(${parts.join(' AND ')})` : '1';
  };
  const traineeWhere = (t: string) => (!keepTrainees ? '0' : f.gender ? `${t}.gender = @gender` : '1');
  const N = (n: string) => named(trainingNeeds, n);
  const need = (n: string) => {
    if (!people) return '1';
    const staffNeed = keepStaff
      ? `(${N(n).c('population')} = 'staff' AND ${N(n).c('staffId')} IN (SELECT np.id FROM staff np WHERE ${staffWhere('np')}))`
      : '0';
    const unitNeed =
      keepStaff && !f.gender ? `(${N(n).c('population')} = 'unit' AND ${f.unitId ? `${N(n).c('unitId')} IN ${UNITS}` : '1'})` : '0';
    const associationNeed = keepTrainees && !f.gender ? `${N(n).c('population')} = 'association'` : '0';
    return `(${staffNeed} OR ${unitNeed} OR ${associationNeed})`;
  };
  return {
    staff: staffWhere,
    trainee: traineeWhere,
    session: (column) => (f.planId ? `${column} IN (${PLAN_SESSIONS})` : '1'),
    need,
    coveredNeed: (n) => (f.planId ? `${N(n).c('id')} IN (${PLAN_NEEDS})` : '1'),
    people,
    params: {
      units: JSON.stringify(f.unitId ? unitBranch(ctx, f.unitId) : []),
      gender: f.gender,
      planId: f.planId,
    },
  };
}
