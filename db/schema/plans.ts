import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ACTION_STATUSES, AUDIENCES, COST_ITEMS, COURSE_MODALITIES, PERIOD_KINDS, PLAN_STATUSES } from '../../api/channels/training-enums';
import { recordColumns } from './columns';
import { trainingNeeds } from './reviews';
import { courses } from './training';

/**
 * The yearly training plan (R3.7, R4.4): axes holding action sheets built from the needs
 * register, with their costs by funder; adopted by the council (decision and date), then changed
 * only through new versions with a change note (plan_versions keeps each adopted state).
 */
export const trainingPlans = sqliteTable(
  'training_plans',
  {
    ...recordColumns,
    year: integer('year').notNull(),
    /** staff: the Service's agents; associations: the local social actors; both: one joint plan. */
    audience: text('audience', { enum: AUDIENCES }).notNull().default('staff'),
    titleFr: text('title_fr').notNull().default(''),
    titleAr: text('title_ar').notNull().default(''),
    contextFr: text('context_fr').notNull().default(''),
    contextAr: text('context_ar').notNull().default(''),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    budgetCentimes: integer('budget_centimes').notNull().default(0),
    /** Dirhams for one euro, for the partner's reading of the budget. */
    eurRate: real('eur_rate').notNull().default(10.8),
    evaluationFr: text('evaluation_fr').notNull().default(''),
    evaluationAr: text('evaluation_ar').notNull().default(''),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    decisionReference: text('decision_reference').notNull().default(''),
    decisionDate: text('decision_date'),
    /** 1 until adoption; each change after adoption makes the next version. */
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('training_plans_year_audience').on(t.year, t.audience)],
);

/** Who pays: the commune, the cooperation programme, others, with what each brings. */
export const planFunders = sqliteTable(
  'plan_funders',
  {
    ...recordColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => trainingPlans.id, { onDelete: 'cascade' }),
    nameFr: text('name_fr').notNull().default(''),
    nameAr: text('name_ar').notNull().default(''),
    amountCentimes: integer('amount_centimes').notNull().default(0),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('plan_funders_plan').on(t.planId)],
);

/** An axis of the plan, linked to the programme's results (R3.x / R4.x) and the commune's action plan. */
export const planAxes = sqliteTable(
  'plan_axes',
  {
    ...recordColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => trainingPlans.id, { onDelete: 'cascade' }),
    code: text('code').notNull().default(''),
    titleFr: text('title_fr').notNull().default(''),
    titleAr: text('title_ar').notNull().default(''),
    programmeResult: text('programme_result').notNull().default(''),
    actionPlanRef: text('action_plan_ref').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('plan_axes_plan').on(t.planId)],
);

/** An action sheet: what to train, for whom and how many, how, when, at what cost, evaluated how. */
export const planActions = sqliteTable(
  'plan_actions',
  {
    ...recordColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => trainingPlans.id, { onDelete: 'cascade' }),
    axisId: text('axis_id').references(() => planAxes.id, { onDelete: 'set null' }),
    code: text('code').notNull().default(''),
    titleFr: text('title_fr').notNull().default(''),
    titleAr: text('title_ar').notNull().default(''),
    /** Objectives as observable behaviours. */
    objectivesFr: text('objectives_fr').notNull().default(''),
    objectivesAr: text('objectives_ar').notNull().default(''),
    courseId: text('course_id').references(() => courses.id, { onDelete: 'restrict' }),
    audience: text('audience', { enum: AUDIENCES }).notNull().default('staff'),
    women: integer('women').notNull().default(0),
    men: integer('men').notNull().default(0),
    staffCount: integer('staff_count').notNull().default(0),
    associationCount: integer('association_count').notNull().default(0),
    sessions: integer('sessions').notNull().default(1),
    modality: text('modality', { enum: COURSE_MODALITIES }).notNull().default('in_person'),
    providerFr: text('provider_fr').notNull().default(''),
    providerAr: text('provider_ar').notNull().default(''),
    hours: real('hours').notNull().default(0),
    periodKind: text('period_kind', { enum: PERIOD_KINDS }).notNull().default('quarter'),
    /** The month (1–12) or the quarter (1–4) of the plan's year. */
    periodValue: integer('period_value').notNull().default(1),
    evaluationLevel: integer('evaluation_level').notNull().default(1),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('planned'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('plan_actions_plan').on(t.planId), index('plan_actions_course').on(t.courseId)],
);

/** A cost line of an action, with its funder. */
export const planActionCosts = sqliteTable(
  'plan_action_costs',
  {
    ...recordColumns,
    actionId: text('action_id')
      .notNull()
      .references(() => planActions.id, { onDelete: 'cascade' }),
    item: text('item', { enum: COST_ITEMS }).notNull(),
    amountCentimes: integer('amount_centimes').notNull().default(0),
    funderId: text('funder_id').references(() => planFunders.id, { onDelete: 'set null' }),
  },
  (t) => [index('plan_action_costs_action').on(t.actionId)],
);

/** The needs of the register an action answers (they become "planned"). */
export const planActionNeeds = sqliteTable(
  'plan_action_needs',
  {
    actionId: text('action_id')
      .notNull()
      .references(() => planActions.id, { onDelete: 'cascade' }),
    needId: text('need_id')
      .notNull()
      .references(() => trainingNeeds.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('plan_action_needs_pk').on(t.actionId, t.needId), index('plan_action_needs_need').on(t.needId)],
);

/**
 * Each adopted state of a plan, kept whole (JSON of the plan, its axes, actions, costs and
 * funders), so versions can be compared after the plan changed.
 */
export const planVersions = sqliteTable(
  'plan_versions',
  {
    ...recordColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => trainingPlans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    note: text('note').notNull().default(''),
    snapshot: text('snapshot').notNull(),
  },
  (t) => [uniqueIndex('plan_versions_plan_version').on(t.planId, t.version)],
);
