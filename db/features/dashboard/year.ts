/**
 * `dashboard.year`: the year's indicators under the filters (evaluation/indicators.ts with the
 * filters' restriction, so with no filter they are indicators.year's exactly) and every section
 * drawn from the same rows, read in one transaction. On an aggregates copy (a partner's dataset
 * without people) the indicators kept when the backup was made are returned as they are, the
 * filters do not apply and every other part is empty.
 */
import type { Dashboard, DashboardFilters } from '../../../api/channels/dashboard';
import type { DataContext } from '../../core/context';
import { indicatorsFor, isAggregatesCopy } from '../backup/aggregates';
import { referenceDay } from '../evaluation/indicator-math';
import { yearBounds } from '../evaluation/indicator-sql';
import { yearIndicatorParts } from '../evaluation/indicators';
import { today } from '../reviews/people';
import { associationsSection } from './associations';
import { applicationByFrequency, satisfactionByMeasure } from './evaluation-charts';
import { checkFilters, peopleFiltered, restrictionOf } from './filters';
import { hoursByMonth, trainedByGender, trainedByUnit } from './people-charts';
import { planExecution, sessionsSection, shownPlanId } from './plan';
import { type Scope, quality } from './quality';
import { countOf } from './record-sql';
import { staffNotTrained } from './staff-records';
import { gapClosure, reviewCampaigns } from './reviews';

/** The filters made into a scope (after checking them); `now` is today's date, a parameter for tests. */
export function scopeOf(ctx: DataContext, f: DashboardFilters, now: string = today()): Scope {
  checkFilters(ctx, f);
  return { r: restrictionOf(ctx, f), bounds: yearBounds(f.year), day: referenceDay(f.year, now), now };
}

const isFiltered = (f: DashboardFilters) => peopleFiltered(f) || Boolean(f.planId);

function aggregatesDashboard(ctx: DataContext, f: DashboardFilters): Dashboard {
  return {
    filters: f,
    filtered: false,
    aggregatesOnly: true,
    indicators: indicatorsFor(ctx, f.year),
    staffNotTrained: 0,
    charts: { hoursByMonth: [], trainedByGender: [], trainedByUnit: [], satisfactionByMeasure: [], applicationByFrequency: [] },
    quality: { deliveredWithoutAttendance: 0, endSheetsNotTyped: 0, followUpsOverdue: 0, staffWithoutJob: 0 },
    reviews: { campaigns: [], gapClosure: null },
    plan: null,
    sessions: { ofYear: 0, outsidePlan: 0, outsidePlanShare: null },
    associations: { byDomain: [], byQuartier: [], subsidised: 0, subsidisedWithTrainedWorker: 0, subsidisedTrainedShare: null },
  };
}

export function dashboardYear(ctx: DataContext, f: DashboardFilters, now: string = today()): Dashboard {
  if (isAggregatesCopy(ctx)) return aggregatesDashboard(ctx, f);
  const s = scopeOf(ctx, f, now);
  return ctx.sqlite
    .transaction(() => {
      const parts = yearIndicatorParts(ctx, f.year, now, s.r);
      return {
        filters: f,
        filtered: isFiltered(f),
        aggregatesOnly: false,
        indicators: parts.indicators,
        staffNotTrained: countOf(ctx, staffNotTrained(s, parts.marks)),
        charts: {
          hoursByMonth: hoursByMonth(parts.marks),
          trainedByGender: trainedByGender(parts.marks),
          trainedByUnit: trainedByUnit(ctx, parts.marks, s.r, f.unitId, s.day),
          satisfactionByMeasure: satisfactionByMeasure(parts.evaluation),
          applicationByFrequency: applicationByFrequency(parts.evaluation),
        },
        quality: quality(ctx, s),
        reviews: { campaigns: reviewCampaigns(ctx, s), gapClosure: gapClosure(ctx, s, f.campaignBefore, f.campaignAfter) },
        plan: planExecution(ctx, shownPlanId(ctx, f.year, f.planId)),
        sessions: sessionsSection(ctx, s),
        associations: associationsSection(ctx, f.year, parts.marks),
      };
    })
    .deferred();
}
