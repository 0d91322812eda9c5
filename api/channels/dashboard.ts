import { z } from 'zod';
import { channel } from '../channel';
import { id } from '../common';
import type { Entity } from '../entities';
import { FREQUENCIES, MEASURES } from './evaluation-enums';
import { indicators, indicatorsInput } from './evaluation';

/**
 * The dashboards of a year (issue 12): the year's indicators under filters, the charts behind
 * them, data-quality flags, reviews, plan execution and the associations reached — and, for every
 * figure, the records behind it (`dashboard.records`), so a number on screen leads to the staff,
 * sessions, follow-ups or organisations it counts.
 *
 * Filters narrow the *people* counted (a unit with the units below it, a gender, staff or
 * association trainees) and the *sessions* counted (those of one plan's actions). With no filter
 * the indicators equal `indicators.year` exactly. On a partner dataset made with the `aggregates`
 * profile there are no people: `aggregatesOnly` is true, the indicators are the ones computed at
 * home, filters do not apply and every other part is empty.
 */
export const POPULATIONS = ['all', 'staff', 'associations'] as const;
export type Population = (typeof POPULATIONS)[number];

export const dashboardFilters = indicatorsInput.extend({
  /** Staff of this unit and of the units below it (association trainees are then left out). */
  unitId: id.nullable().default(null),
  gender: z.enum(['f', 'm']).nullable().default(null),
  population: z.enum(POPULATIONS).default('all'),
  /** Only the sessions of this plan's actions (and that plan's execution). */
  planId: id.nullable().default(null),
  /** The two campaigns whose gaps are compared; by default the two latest with validated reviews. */
  campaignBefore: id.nullable().default(null),
  campaignAfter: id.nullable().default(null),
});
export type DashboardFilters = z.infer<typeof dashboardFilters>;

const named = { id: z.string(), nameFr: z.string(), nameAr: z.string() };
const rate = z.number().nullable();

export const dashboard = z.object({
  filters: dashboardFilters,
  /** True when a filter is set: the figures are not the year's headline indicators. */
  filtered: z.boolean(),
  aggregatesOnly: z.boolean(),
  indicators,
  /** Active staff (as staffActive) with no attended mark in the year: not staffActive − staffTrained, as some trained have left. */
  staffNotTrained: z.number().int(),
  charts: z.object({
    /** Hours attended per month of the year (1–12), staff and association trainees apart. */
    hoursByMonth: z.array(z.object({ month: z.number().int(), staffHours: z.number(), associationHours: z.number() })),
    /** Distinct people trained, by population and gender. */
    trainedByGender: z.array(z.object({ population: z.enum(['staff', 'associations']), women: z.number().int(), men: z.number().int() })),
    /** Per unit directly under the top of the chart (with its sub-units): active staff and staff trained. */
    trainedByUnit: z.array(z.object({ ...named, active: z.number().int(), trained: z.number().int() })),
    /** The reaction index per thing measured (scale answers of end-of-session sheets). */
    satisfactionByMeasure: z.array(z.object({ measure: z.enum(MEASURES), index: rate, answers: z.number().int() })),
    /** Objectives rated in the year's follow-ups, per frequency. */
    applicationByFrequency: z.array(z.object({ frequency: z.enum(FREQUENCIES), objectives: z.number().int() })),
  }),
  /** Things to put right before the figures can be trusted; each count leads to its records. */
  quality: z.object({
    deliveredWithoutAttendance: z.number().int(),
    endSheetsNotTyped: z.number().int(),
    followUpsOverdue: z.number().int(),
    staffWithoutJob: z.number().int(),
  }),
  reviews: z.object({
    /** The campaigns that reviewed in the year (opened or closed in it), with their completion. */
    campaigns: z.array(
      z.object({ ...named, status: z.string(), reviews: z.number().int(), validated: z.number().int(), completion: rate }),
    ),
    /**
     * Gap closure between the two latest campaigns with validated reviews (or the pair asked for):
     * (G_before − G_after) / G_before of the importance-weighted gap, over the people validated in both.
     */
    gapClosure: z
      .object({
        before: z.object(named),
        after: z.object(named),
        people: z.number().int(),
        gapBefore: z.number(),
        gapAfter: z.number(),
        closure: rate,
      })
      .nullable(),
  }),
  plan: z
    .object({
      ...named,
      year: z.number().int(),
      actions: z.number().int(),
      /** Actions with at least one session delivered, evaluated or closed. */
      actionsDone: z.number().int(),
      budgetPlannedCentimes: z.number().int(),
      budgetExecutedCentimes: z.number().int(),
      budgetExecution: rate,
      /** Actual costs per funder (sessions of the plan's actions). */
      byFunder: z.array(z.object({ ...named, plannedCentimes: z.number().int(), executedCentimes: z.number().int() })),
    })
    .nullable(),
  /** Sessions of the year, and those outside any plan. */
  sessions: z.object({ ofYear: z.number().int(), outsidePlan: z.number().int(), outsidePlanShare: rate }),
  associations: z.object({
    byDomain: z.array(z.object({ ...named, organizations: z.number().int(), trainees: z.number().int() })),
    byQuartier: z.array(z.object({ ...named, organizations: z.number().int(), trainees: z.number().int() })),
    /** Associations granted a subsidy in the year, and those of them with at least one trained worker. */
    subsidised: z.number().int(),
    subsidisedWithTrainedWorker: z.number().int(),
    subsidisedTrainedShare: rate,
  }),
});
export type Dashboard = z.infer<typeof dashboard>;

/** Every figure that leads to records; `key` picks a bar of a chart (a unit id, a month, a domain id…). */
export const FIGURES = [
  'staffActive',
  'staffTrained',
  'staffNotTrained',
  'associationTrainees',
  'associationsReached',
  'sessionsDelivered',
  'sessionsOutsidePlan',
  'trainedByUnit',
  'hoursByMonth',
  'associationsByDomain',
  'associationsByQuartier',
  'subsidisedWithTrainedWorker',
  'subsidisedWithoutTrainedWorker',
  'deliveredWithoutAttendance',
  'endSheetsNotTyped',
  'followUpsOverdue',
  'staffWithoutJob',
  'actionsNotDone',
  'reviewsNotValidated',
] as const;
export type Figure = (typeof FIGURES)[number];

export const RECORD_KINDS = ['staff', 'trainee', 'session', 'organization', 'followUp', 'action', 'review'] as const;

export const recordsInput = dashboardFilters.extend({
  figure: z.enum(FIGURES),
  key: z.string().max(100).nullable().default(null),
});
export const dashboardRecord = z.object({
  kind: z.enum(RECORD_KINDS),
  id: z.string(),
  /** What the record is called (a person's or organisation's name in the interface language is picked by the renderer). */
  labelFr: z.string(),
  labelAr: z.string(),
  /** A short second line: a code, a unit, an organisation. */
  detail: z.string(),
  /** A date (a session's first day of the year, a follow-up's due day) and hours attended, written by the screen. */
  date: z.string().nullable(),
  hours: z.number().nullable(),
  /** Ids the renderer needs to link to the record (a review's campaign, an action's plan, a follow-up's session). */
  parentId: z.string().nullable(),
});
export const recordsOutput = z.object({ total: z.number().int(), rows: z.array(dashboardRecord) });
export type DashboardRecord = z.infer<typeof dashboardRecord>;

const DASHBOARD_READS: readonly Entity[] = [
  'staff',
  'units',
  'jobProfiles',
  'jobRequirements',
  'reviewCampaigns',
  'reviewCampaignUnits',
  'reviews',
  'reviewItems',
  'ratings',
  'needs',
  'plans',
  'planFunders',
  'planAxes',
  'planActions',
  'planActionCosts',
  'sessions',
  'sessionSlots',
  'sessionCosts',
  'enrolments',
  'attendance',
  'associationTrainees',
  'questionnaires',
  'questions',
  'evaluationRounds',
  'responses',
  'answers',
  'followUps',
  'followUpObjectives',
  'sharedIndicators',
  'organizations',
  'organizationTerms',
  'organizationLocations',
  'terms',
  'subsidies',
  'settings',
];

export const dashboardChannels = {
  'dashboard.year': channel({ input: dashboardFilters, output: dashboard, reads: DASHBOARD_READS }),
  /** The records behind one figure (at most 500 rows; `total` says how many there are). */
  'dashboard.records': channel({ input: recordsInput, output: recordsOutput, reads: DASHBOARD_READS }),
};
