import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  AUTONOMY,
  FOLLOW_UP_DECISIONS,
  FREQUENCIES,
  MEASURES,
  QUESTION_TYPES,
  QUESTIONNAIRE_KINDS,
  QUESTIONNAIRE_STATUSES,
  RESPONDENTS,
  ROUND_MOMENTS,
} from '../../api/channels/evaluation-enums';
import { recordColumns } from './columns';
import { competencies } from './competencies';
import { competencyRatings } from './reviews';
import { planActions, planAxes, trainingPlans } from './plans';
import { enrolments, trainingSessions } from './sessions';

/**
 * Evaluating what trainings achieved (R3.8): bilingual, versioned questionnaires; a session's
 * evaluation rounds; the answers typed back from paper; the level-3 follow-ups with the manager.
 */
export const questionnaires = sqliteTable(
  'questionnaires',
  {
    ...recordColumns,
    code: text('code').notNull(),
    version: integer('version').notNull().default(1),
    kind: text('kind', { enum: QUESTIONNAIRE_KINDS }).notNull(),
    titleFr: text('title_fr').notNull().default(''),
    titleAr: text('title_ar').notNull().default(''),
    introFr: text('intro_fr').notNull().default(''),
    introAr: text('intro_ar').notNull().default(''),
    status: text('status', { enum: QUESTIONNAIRE_STATUSES }).notNull().default('draft'),
    publishedAt: text('published_at'),
    /** Tests: the share of the points (0–1) that passes. */
    passThreshold: real('pass_threshold'),
  },
  (t) => [uniqueIndex('questionnaires_code_version').on(t.code, t.version)],
);

/** A question; choices, grid rows and correct answers are JSON (api/channels/evaluation.ts). */
export const questions = sqliteTable(
  'questions',
  {
    ...recordColumns,
    questionnaireId: text('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    type: text('type', { enum: QUESTION_TYPES }).notNull(),
    textFr: text('text_fr').notNull().default(''),
    textAr: text('text_ar').notNull().default(''),
    measures: text('measures', { enum: MEASURES }).notNull().default('other'),
    /** Scale: an odd number of points, with words at both ends. */
    scalePoints: integer('scale_points'),
    lowFr: text('low_fr').notNull().default(''),
    lowAr: text('low_ar').notNull().default(''),
    highFr: text('high_fr').notNull().default(''),
    highAr: text('high_ar').notNull().default(''),
    /** Single and multiple choice: [{ fr, ar, correct }]; a grid's columns likewise. */
    options: text('options').notNull().default('[]'),
    /** A grid's rows: [{ fr, ar }]. */
    gridRows: text('grid_rows').notNull().default('[]'),
    /** Tests: the points a right answer earns; a yes/no or number question's right answer. */
    points: real('points').notNull().default(0),
    correctValue: real('correct_value'),
  },
  (t) => [index('questions_questionnaire').on(t.questionnaireId, t.position)],
);

/** A round of a session's evaluation: which questionnaire, when, whether anonymous. */
export const evaluationRounds = sqliteTable(
  'evaluation_rounds',
  {
    ...recordColumns,
    sessionId: text('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    questionnaireId: text('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'restrict' }),
    moment: text('moment', { enum: ROUND_MOMENTS }).notNull(),
    dueDate: text('due_date').notNull(),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('evaluation_rounds_session_moment').on(t.sessionId, t.moment)],
);

/** One filled sheet: a participant's (or, anonymous, nobody's), or a manager's. */
export const responses = sqliteTable(
  'responses',
  {
    ...recordColumns,
    roundId: text('round_id')
      .notNull()
      .references(() => evaluationRounds.id, { onDelete: 'cascade' }),
    /** Null for an anonymous sheet. */
    enrolmentId: text('enrolment_id').references(() => enrolments.id, { onDelete: 'cascade' }),
    respondent: text('respondent', { enum: RESPONDENTS }).notNull().default('trainee'),
    submittedOn: text('submitted_on').notNull(),
    /** Tests: points earned and possible. */
    score: real('score'),
    maxScore: real('max_score'),
  },
  (t) => [index('responses_round').on(t.roundId), index('responses_enrolment').on(t.enrolmentId)],
);

/** One answer; a grid question has one per row. */
export const answers = sqliteTable(
  'answers',
  {
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    row: integer('row').notNull().default(0),
    /** Scale points, yes (1) / no (0), a number, a single choice's index. */
    value: real('value'),
    text: text('text').notNull().default(''),
    /** Multiple choice: the indexes chosen, JSON. */
    choices: text('choices').notNull().default('[]'),
  },
  (t) => [uniqueIndex('answers_pk').on(t.responseId, t.questionId, t.row), index('answers_question').on(t.questionId)],
);

/**
 * The level-3 follow-up of a participant with their manager, 1 to 6 months after the session: how
 * often each objective is applied and with what autonomy, the obstacles, the decision, and maybe
 * a new competency level written into the history (the rating it made is kept).
 */
export const followUps = sqliteTable(
  'follow_ups',
  {
    ...recordColumns,
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    moment: text('moment', { enum: ROUND_MOMENTS }).notNull().default('follow_up_90'),
    dueDate: text('due_date').notNull(),
    doneOn: text('done_on'),
    managerName: text('manager_name').notNull().default(''),
    decision: text('decision', { enum: FOLLOW_UP_DECISIONS }),
    /** Checklist keys (OBSTACLES), JSON. */
    obstacles: text('obstacles').notNull().default('[]'),
    obstaclesText: text('obstacles_text').notNull().default(''),
    comment: text('comment').notNull().default(''),
    competencyId: text('competency_id').references(() => competencies.id, { onDelete: 'restrict' }),
    newLevel: integer('new_level'),
    ratingId: text('rating_id').references(() => competencyRatings.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('follow_ups_enrolment_moment').on(t.enrolmentId, t.moment), index('follow_ups_due').on(t.doneOn, t.dueDate)],
);

export const followUpObjectives = sqliteTable(
  'follow_up_objectives',
  {
    followUpId: text('follow_up_id')
      .notNull()
      .references(() => followUps.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    objectiveFr: text('objective_fr').notNull().default(''),
    objectiveAr: text('objective_ar').notNull().default(''),
    frequency: text('frequency', { enum: FREQUENCIES }).notNull(),
    autonomy: text('autonomy', { enum: AUTONOMY }).notNull(),
  },
  (t) => [uniqueIndex('follow_up_objectives_pk').on(t.followUpId, t.position)],
);

/**
 * Level 4 (results): an indicator the Service follows for a plan axis or action — baseline,
 * target, measurements with their source — and the share of the change it attributes to training.
 */
export const resultIndicators = sqliteTable(
  'result_indicators',
  {
    ...recordColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => trainingPlans.id, { onDelete: 'cascade' }),
    axisId: text('axis_id').references(() => planAxes.id, { onDelete: 'set null' }),
    actionId: text('action_id').references(() => planActions.id, { onDelete: 'set null' }),
    nameFr: text('name_fr').notNull().default(''),
    nameAr: text('name_ar').notNull().default(''),
    unitFr: text('unit_fr').notNull().default(''),
    unitAr: text('unit_ar').notNull().default(''),
    baseline: real('baseline'),
    baselineDate: text('baseline_date'),
    target: real('target'),
    /** The share (0–1) of the change the Service attributes to the training. */
    attributedShare: real('attributed_share').notNull().default(1),
  },
  (t) => [index('result_indicators_plan').on(t.planId)],
);

export const indicatorMeasurements = sqliteTable(
  'indicator_measurements',
  {
    ...recordColumns,
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => resultIndicators.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    value: real('value').notNull(),
    source: text('source').notNull().default(''),
  },
  (t) => [index('indicator_measurements_indicator').on(t.indicatorId, t.date)],
);

/** An action's return on investment, estimated: benefits in money against its full cost (participants' time included). */
export const actionRoi = sqliteTable('action_roi', {
  ...recordColumns,
  actionId: text('action_id')
    .notNull()
    .unique()
    .references(() => planActions.id, { onDelete: 'cascade' }),
  benefitsCentimes: integer('benefits_centimes').notNull().default(0),
  /** Participants' time valued at their cost (hours × a daily cost the user estimates). */
  participantTimeCentimes: integer('participant_time_centimes').notNull().default(0),
  notes: text('notes').notNull().default(''),
});

/**
 * The year's indicators as computed when an `aggregates` backup was made (db/features/backup/
 * aggregates.ts): such a backup carries no person, so its figures travel ready-made. Empty in
 * the installation's own database.
 */
export const sharedIndicators = sqliteTable('shared_indicators', {
  year: integer('year').primaryKey(),
  /** The `indicators` object of api/channels/evaluation.ts, as JSON. */
  indicators: text('indicators').notNull(),
  computedAt: text('computed_at').notNull(),
});
