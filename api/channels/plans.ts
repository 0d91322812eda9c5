import { z } from 'zod';
import { channel } from '../channel';
import { empty, id, isoDate, longText, text } from '../common';
import type { Entity } from '../entities';
import { NEED_POPULATIONS } from './gaps';
import { importance } from './jobs';
import { ACTION_STATUSES, AUDIENCES, COST_ITEMS, COURSE_MODALITIES, PERIOD_KINDS, PLAN_STATUSES } from './training-enums';

/**
 * The yearly training plan (R3.7, R4.4): axes of action sheets built from the needs register,
 * their costs by funder, adoption by the council and the versions that follow it.
 */
const centimes = z.number().int().min(0, { message: 'errors.amount.negative' }).max(100_000_000_000, { message: 'errors.amount.tooLarge' });
const count = z.number().int().min(0).max(1_000_000);

/** A change to a plan already adopted says why; the change becomes the plan's next version. */
const changeNote = z.string().trim().max(1000, { message: 'errors.tooLong' }).default('');

export const funderInput = z.object({
  id: id.nullable().default(null),
  nameFr: text(160),
  nameAr: text(160),
  amountCentimes: centimes.default(0),
});

const planFields = {
  year: z.number().int().min(2000, { message: 'errors.invalidYear' }).max(2100, { message: 'errors.invalidYear' }),
  audience: z.enum(AUDIENCES).default('staff'),
  titleFr: text(200),
  titleAr: text(200),
  contextFr: longText(10000),
  contextAr: longText(10000),
  periodStart: isoDate,
  periodEnd: isoDate,
  budgetCentimes: centimes.default(0),
  eurRate: z.number().positive({ message: 'errors.invalidRate' }).max(1000).default(10.8),
  evaluationFr: longText(5000),
  evaluationAr: longText(5000),
  funders: z.array(funderInput).max(30).default([]),
  changeNote,
};
const checkPlan = (
  v: { titleFr?: string; titleAr?: string; periodStart: string; periodEnd: string; funders?: { nameFr: string; nameAr: string }[] },
  ctx: z.RefinementCtx,
) => {
  if (!v.titleFr && !v.titleAr) ctx.addIssue({ code: 'custom', path: ['titleFr'], message: 'errors.nameOneLanguage' });
  if (v.periodEnd < v.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'errors.endBeforeStart' });
  (v.funders ?? []).forEach((f, i) => {
    if (!f.nameFr && !f.nameAr) ctx.addIssue({ code: 'custom', path: ['funders', i, 'nameFr'], message: 'errors.nameOneLanguage' });
  });
};
export const planCreate = z.object(planFields).superRefine(checkPlan);
export const planUpdate = z.object({ id, ...planFields }).superRefine(checkPlan);

export const axisInput = z
  .object({
    planId: id,
    code: text(30),
    titleFr: text(200),
    titleAr: text(200),
    programmeResult: text(60),
    actionPlanRef: text(200),
    position: z.number().int().default(0),
    changeNote,
  })
  .superRefine((v, ctx) => {
    if (!v.titleFr && !v.titleAr) ctx.addIssue({ code: 'custom', path: ['titleFr'], message: 'errors.nameOneLanguage' });
  });
export const axisUpdate = z.object({ id }).and(axisInput);

export const costInput = z.object({ item: z.enum(COST_ITEMS), amountCentimes: centimes, funderId: id.nullable().default(null) });

const actionFields = {
  planId: id,
  axisId: id.nullable().default(null),
  code: text(30),
  titleFr: text(200),
  titleAr: text(200),
  objectivesFr: longText(5000),
  objectivesAr: longText(5000),
  courseId: id.nullable().default(null),
  audience: z.enum(AUDIENCES).default('staff'),
  women: count.default(0),
  men: count.default(0),
  staffCount: count.default(0),
  associationCount: count.default(0),
  sessions: z.number().int().min(1, { message: 'errors.atLeastOne' }).max(1000).default(1),
  modality: z.enum(COURSE_MODALITIES).default('in_person'),
  providerFr: text(200),
  providerAr: text(200),
  hours: z.number().min(0).max(2000).default(0),
  periodKind: z.enum(PERIOD_KINDS).default('quarter'),
  periodValue: z.number().int().min(1).max(12).default(1),
  evaluationLevel: z.number().int().min(1).max(4).default(1),
  status: z.enum(ACTION_STATUSES).default('planned'),
  costs: z.array(costInput).max(50).default([]),
  /** The needs of the register the action answers: they become "planned". */
  needIds: z.array(id).max(10_000).default([]),
  changeNote,
};
const checkAction = (
  v: { titleFr?: string; titleAr?: string; courseId?: string | null; periodKind?: string; periodValue?: number },
  ctx: z.RefinementCtx,
) => {
  if (!v.titleFr && !v.titleAr && !v.courseId) ctx.addIssue({ code: 'custom', path: ['titleFr'], message: 'errors.actionSubject' });
  if (v.periodKind === 'quarter' && (v.periodValue ?? 1) > 4)
    ctx.addIssue({ code: 'custom', path: ['periodValue'], message: 'errors.quarterOutOfRange' });
};
export const actionCreate = z.object(actionFields).superRefine(checkAction);
export const actionUpdate = z.object({ id, ...actionFields }).superRefine(checkAction);

export const cost = z.object({ id, item: z.enum(COST_ITEMS), amountCentimes: z.number().int(), funderId: id.nullable() });
export const action = z.object({
  id,
  planId: id,
  axisId: id.nullable(),
  code: z.string(),
  titleFr: z.string(),
  titleAr: z.string(),
  objectivesFr: z.string(),
  objectivesAr: z.string(),
  courseId: id.nullable(),
  courseCode: z.string(),
  courseTitleFr: z.string(),
  courseTitleAr: z.string(),
  audience: z.enum(AUDIENCES),
  women: z.number().int(),
  men: z.number().int(),
  staffCount: z.number().int(),
  associationCount: z.number().int(),
  sessions: z.number().int(),
  modality: z.enum(COURSE_MODALITIES),
  providerFr: z.string(),
  providerAr: z.string(),
  hours: z.number(),
  periodKind: z.enum(PERIOD_KINDS),
  periodValue: z.number().int(),
  evaluationLevel: z.number().int(),
  status: z.enum(ACTION_STATUSES),
  position: z.number().int(),
  costs: z.array(cost),
  totalCentimes: z.number().int(),
  needIds: z.array(id),
});
export type PlanAction = z.infer<typeof action>;

export const funder = z.object({
  id,
  nameFr: z.string(),
  nameAr: z.string(),
  amountCentimes: z.number().int(),
  position: z.number().int(),
});
export const axis = z.object({
  id,
  code: z.string(),
  titleFr: z.string(),
  titleAr: z.string(),
  programmeResult: z.string(),
  actionPlanRef: z.string(),
  position: z.number().int(),
});

/** How much of the priority needs the plan answers, row by row (the parts of the score kept visible). */
export const coverageRow = z.object({
  competencyId: id.nullable(),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  population: z.enum(NEED_POPULATIONS),
  people: z.number().int(),
  score: z.number().int(),
  highestImportance: importance,
  /** People (or, for units and associations, estimated people) whose need an action of the plan answers. */
  coveredPeople: z.number().int(),
  coveredScore: z.number(),
});
export const coverage = z.object({
  scoreTotal: z.number(),
  scoreCovered: z.number(),
  share: z.number().nullable(),
  rows: z.array(coverageRow),
});

export const planSummary = z.object({
  id,
  year: z.number().int(),
  audience: z.enum(AUDIENCES),
  titleFr: z.string(),
  titleAr: z.string(),
  status: z.enum(PLAN_STATUSES),
  version: z.number().int(),
  budgetCentimes: z.number().int(),
  plannedCentimes: z.number().int(),
  actions: z.number().int(),
  needsCovered: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummary>;

export const plan = planSummary.extend({
  contextFr: z.string(),
  contextAr: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  eurRate: z.number(),
  evaluationFr: z.string(),
  evaluationAr: z.string(),
  decisionReference: z.string(),
  decisionDate: z.string().nullable(),
  funders: z.array(funder),
  axes: z.array(axis),
  actionList: z.array(action),
  /** Planned cost by axis (null: actions without an axis) and by funder (null: lines without a funder). */
  byAxis: z.array(z.object({ axisId: id.nullable(), totalCentimes: z.number().int() })),
  byFunder: z.array(z.object({ funderId: id.nullable(), totalCentimes: z.number().int() })),
  coverage,
});
export type Plan = z.infer<typeof plan>;

/** What an action built from selected needs would hold: the user then completes and saves it. */
export const actionProposal = z.object({
  competencyIds: z.array(id),
  audience: z.enum(AUDIENCES),
  people: z.number().int(),
  women: z.number().int(),
  men: z.number().int(),
  staffCount: z.number().int(),
  associationCount: z.number().int(),
  /** Catalogue courses developing those competencies, those reaching the target levels first. */
  suggestedCourses: z.array(
    z.object({
      courseId: id,
      code: z.string(),
      titleFr: z.string(),
      titleAr: z.string(),
      hours: z.number(),
      groupSize: z.number().int(),
      modality: z.enum(COURSE_MODALITIES),
      evaluationLevel: z.number().int(),
      /** Competencies of the needs it develops up to the level they require. */
      reaches: z.number().int(),
      /** Sessions needed: people ÷ the course's group size, rounded up. */
      sessions: z.number().int(),
    }),
  ),
  /** The target level per competency: the highest required among the needs' people. */
  targets: z.array(z.object({ competencyId: id, level: z.number().int().nullable() })),
});

export const planAdopt = z.object({
  id,
  decisionReference: z.string().trim().min(1, { message: 'errors.required' }).max(200),
  decisionDate: isoDate,
});
export const planVersion = z.object({ version: z.number().int(), note: z.string(), createdAt: z.string() });
export const versionDiff = z.array(
  z.object({
    kind: z.enum(['plan', 'funder', 'axis', 'action']),
    code: z.string(),
    nameFr: z.string(),
    nameAr: z.string(),
    change: z.enum(['added', 'removed', 'changed']),
    fields: z.array(z.string()),
  }),
);

export const PLAN_EXPORT_FORMATS = ['xlsx', 'csv'] as const;

const PLAN_READS: Entity[] = [
  'plans',
  'planFunders',
  'planAxes',
  'planActions',
  'planActionCosts',
  'planActionNeeds',
  'planVersions',
  'courses',
  'courseCompetencies',
  'needs',
  'ratings',
  'staff',
  'jobRequirements',
  'competencies',
  'organizations',
  'units',
];
const PLAN_WRITES: Entity[] = ['plans', 'planFunders', 'planAxes', 'planActions', 'planActionCosts', 'planActionNeeds', 'planVersions'];
/** Covering needs moves their state (planned, or back to identified). */
const ACTION_WRITES: Entity[] = [...PLAN_WRITES, 'needs'];

export const planChannels = {
  'plans.list': channel({ input: empty, output: z.array(planSummary), reads: PLAN_READS }),
  'plans.get': channel({ input: z.object({ id }), output: plan, reads: PLAN_READS }),
  'plans.create': channel({ input: planCreate, output: plan, reads: PLAN_READS, writes: PLAN_WRITES }),
  'plans.update': channel({ input: planUpdate, output: plan, reads: PLAN_READS, writes: PLAN_WRITES }),
  /** Only a draft can be deleted; its needs go back to identified. */
  'plans.delete': channel({
    input: z.object({ id }),
    output: z.object({ deleted: z.boolean() }),
    reads: PLAN_READS,
    writes: ACTION_WRITES,
  }),
  'plans.setStatus': channel({
    input: z.object({ id, status: z.enum(['draft', 'submitted', 'in_execution', 'closed']) }),
    output: plan,
    reads: PLAN_READS,
    writes: PLAN_WRITES,
  }),
  /** Adoption by the council: the decision's reference and date; the adopted plan is kept as version 1. */
  'plans.adopt': channel({ input: planAdopt, output: plan, reads: PLAN_READS, writes: PLAN_WRITES }),
  'plans.versions': channel({ input: z.object({ id }), output: z.array(planVersion), reads: PLAN_READS }),
  'plans.compare': channel({
    input: z.object({ id, from: z.number().int().min(1), to: z.number().int().min(1) }),
    output: versionDiff,
    reads: PLAN_READS,
  }),
  'plans.export': channel({
    input: z.object({ year: z.number().int().min(2000).max(2100), format: z.enum(PLAN_EXPORT_FORMATS) }),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), rows: z.number().int() }),
    reads: PLAN_READS,
  }),
  'axes.create': channel({ input: axisInput, output: plan, reads: PLAN_READS, writes: PLAN_WRITES }),
  'axes.update': channel({ input: axisUpdate, output: plan, reads: PLAN_READS, writes: PLAN_WRITES }),
  'axes.delete': channel({ input: z.object({ id, changeNote }), output: plan, reads: PLAN_READS, writes: PLAN_WRITES }),
  /** What an action built from these needs would hold (nothing is written). */
  'actions.propose': channel({
    input: z.object({ planId: id, needIds: z.array(id).min(1, { message: 'errors.chooseNeeds' }).max(10_000) }),
    output: actionProposal,
    reads: PLAN_READS,
  }),
  'actions.create': channel({ input: actionCreate, output: plan, reads: PLAN_READS, writes: ACTION_WRITES }),
  'actions.update': channel({ input: actionUpdate, output: plan, reads: PLAN_READS, writes: ACTION_WRITES }),
  'actions.delete': channel({ input: z.object({ id, changeNote }), output: plan, reads: PLAN_READS, writes: ACTION_WRITES }),
};
