/**
 * `dashboard.records`: the records behind one figure of `dashboard.year` with the same filters —
 * as many as the figure counts (`total`), the first 500 of them in a sensible order (people and
 * organisations by name, sessions by their first date in the year, follow-ups by due date,
 * actions by their place in the plan). `key` picks a chart's bar: a unit id (trainedByUnit), a
 * month 1–12 (hoursByMonth), a term id (associationsBy…), a campaign id (reviewsNotValidated).
 * hoursByMonth lists the people who attended that month (staff, then association trainees), each
 * with their hours: the bar is the sum of those hours. On an aggregates copy there are no records.
 */
import type { DashboardFilters, DashboardRecord, Figure } from '../../../api/channels/dashboard';
import type { DataContext } from '../../core/context';
import { isAggregatesCopy } from '../backup/aggregates';
import { yearIndicatorParts } from '../evaluation/indicators';
import type { MarksRow } from '../evaluation/indicators-people';
import { today } from '../reviews/people';
import { organizationSet, organizationsByTerm, subsidisedIds, traineesByOrganization } from './associations';
import { unitBars } from './people-charts';
import { actionsNotDone, sessionsDelivered, sessionsOutsidePlan, shownPlanId } from './plan';
import { deliveredWithoutAttendance, endSheetsNotTyped, followUpsOverdue, staffWithoutJob } from './quality';
import { RECORDS_LIMIT, type RecordSet, recordsOf } from './record-sql';
import { reviewsNotValidated } from './reviews';
import { staffActive, staffNotTrained, staffTrained, traineesTrained } from './staff-records';
import { scopeOf } from './year';

type Records = { total: number; rows: DashboardRecord[] };

/** Several sets one after the other (hoursByMonth: staff, then trainees), 500 rows in all. */
function concat(ctx: DataContext, sets: RecordSet[]): Records {
  const parts = sets.map((set) => recordsOf(ctx, set));
  return { total: parts.reduce((a, p) => a + p.total, 0), rows: parts.flatMap((p) => p.rows).slice(0, RECORDS_LIMIT) };
}

export function dashboardRecords(
  ctx: DataContext,
  f: DashboardFilters & { figure: Figure; key: string | null },
  now: string = today(),
): Records {
  if (isAggregatesCopy(ctx)) return { total: 0, rows: [] };
  const s = scopeOf(ctx, f, now);
  return ctx.sqlite
    .transaction((): Records => {
      // The marks are read only by the figures that need them.
      let cached: MarksRow[] | null = null;
      const marks = () => (cached ??= yearIndicatorParts(ctx, f.year, now, s.r).marks);
      const one = (set: RecordSet) => recordsOf(ctx, set);
      const reachedWith = (kind: 'domain' | 'quartier') => {
        const reached = traineesByOrganization(marks());
        return organizationSet(f.key ? (organizationsByTerm(ctx, kind, reached.keys()).get(f.key)?.organizations ?? []) : reached.keys());
      };
      switch (f.figure) {
        case 'staffActive':
          return one(staffActive(s));
        case 'staffTrained':
          return one(staffTrained(marks()));
        case 'staffNotTrained':
          return one(staffNotTrained(s, marks()));
        case 'associationTrainees':
          return one(traineesTrained(marks()));
        case 'associationsReached':
          return one(organizationSet(traineesByOrganization(marks()).keys()));
        case 'sessionsDelivered':
          return one(sessionsDelivered(s));
        case 'sessionsOutsidePlan':
          return one(sessionsOutsidePlan(s));
        case 'trainedByUnit': {
          const { barOf } = unitBars(ctx, f.unitId);
          return one(
            staffTrained(marks().filter((m) => m.staffId && barOf(m.unitId) !== null && (f.key === null || barOf(m.unitId) === f.key))),
          );
        }
        case 'hoursByMonth': {
          const month = marks().filter((m) => f.key === null || m.month === Number(f.key));
          return concat(ctx, [staffTrained(month), traineesTrained(month)]);
        }
        case 'associationsByDomain':
          return one(reachedWith('domain'));
        case 'associationsByQuartier':
          return one(reachedWith('quartier'));
        case 'subsidisedWithTrainedWorker':
        case 'subsidisedWithoutTrainedWorker': {
          const reached = traineesByOrganization(marks());
          const want = f.figure === 'subsidisedWithTrainedWorker';
          return one(organizationSet(subsidisedIds(ctx, f.year).filter((o) => reached.has(o) === want)));
        }
        case 'deliveredWithoutAttendance':
          return one(deliveredWithoutAttendance(s));
        case 'endSheetsNotTyped':
          return one(endSheetsNotTyped(s));
        case 'followUpsOverdue':
          return one(followUpsOverdue(s));
        case 'staffWithoutJob':
          return one(staffWithoutJob(s));
        case 'actionsNotDone':
          return one(actionsNotDone(shownPlanId(ctx, f.year, f.planId)));
        case 'reviewsNotValidated':
          return one(reviewsNotValidated(ctx, s, f.key));
      }
    })
    .deferred();
}
