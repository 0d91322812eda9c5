import { z } from 'zod';
import { id, isoDate, longText, text } from '../common';
import {
  AUTONOMY,
  FOLLOW_UP_DECISIONS,
  FREQUENCIES,
  MEASURES,
  OBSTACLES,
  QUESTION_TYPES,
  QUESTIONNAIRE_KINDS,
  QUESTIONNAIRE_STATUSES,
  RESPONDENTS,
  ROUND_MOMENTS,
} from './evaluation-enums';

/**
 * Evaluating what trainings achieved (issue 12): questionnaires (bilingual, versioned), a
 * session's evaluation rounds, paper answers typed back, and the level-3 follow-ups.
 */

export const choiceOption = z.object({ fr: text(300), ar: text(300), correct: z.boolean().default(false) });
export const gridRow = z.object({ fr: text(300), ar: text(300) });

export const questionInput = z
  .object({
    id: id.nullable().default(null),
    type: z.enum(QUESTION_TYPES),
    textFr: text(1000),
    textAr: text(1000),
    measures: z.enum(MEASURES).default('other'),
    scalePoints: z.number().int().min(3).max(11).nullable().default(null),
    lowFr: text(80),
    lowAr: text(80),
    highFr: text(80),
    highAr: text(80),
    options: z.array(choiceOption).max(20).default([]),
    gridRows: z.array(gridRow).max(20).default([]),
    points: z.number().min(0).max(1000).default(0),
    correctValue: z.number().nullable().default(null),
  })
  .superRefine((q, ctx) => {
    if (!q.textFr && !q.textAr) ctx.addIssue({ code: 'custom', path: ['textFr'], message: 'errors.nameOneLanguage' });
    if ((q.type === 'scale' || q.type === 'grid') && (q.scalePoints === null || q.scalePoints % 2 === 0))
      ctx.addIssue({ code: 'custom', path: ['scalePoints'], message: 'errors.question.oddScale' });
    if ((q.type === 'single' || q.type === 'multiple') && q.options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'errors.question.twoChoices' });
    if (q.type === 'grid' && q.gridRows.length < 1)
      ctx.addIssue({ code: 'custom', path: ['gridRows'], message: 'errors.question.gridRows' });
  });
export type QuestionInput = z.input<typeof questionInput>;

const questionnaireFields = {
  code: z
    .string()
    .trim()
    .min(1, { message: 'errors.required' })
    .max(40, { message: 'errors.tooLong' })
    .regex(/^[\p{L}\p{N}._/-]+$/u, { message: 'errors.invalidCode' }),
  kind: z.enum(QUESTIONNAIRE_KINDS),
  titleFr: text(200),
  titleAr: text(200),
  introFr: longText(3000),
  introAr: longText(3000),
  passThreshold: z.number().min(0).max(1).nullable().default(null),
  questions: z.array(questionInput).max(200).default([]),
};
const needsTitle = (v: { titleFr?: string; titleAr?: string }, ctx: z.RefinementCtx) => {
  if (!v.titleFr && !v.titleAr) ctx.addIssue({ code: 'custom', path: ['titleFr'], message: 'errors.nameOneLanguage' });
};
export const questionnaireCreate = z.object(questionnaireFields).superRefine(needsTitle);
export const questionnaireUpdate = z.object({ id, ...questionnaireFields }).superRefine(needsTitle);

export const question = z.object({
  id,
  position: z.number().int(),
  type: z.enum(QUESTION_TYPES),
  textFr: z.string(),
  textAr: z.string(),
  measures: z.enum(MEASURES),
  scalePoints: z.number().int().nullable(),
  lowFr: z.string(),
  lowAr: z.string(),
  highFr: z.string(),
  highAr: z.string(),
  options: z.array(z.object({ fr: z.string(), ar: z.string(), correct: z.boolean() })),
  gridRows: z.array(z.object({ fr: z.string(), ar: z.string() })),
  points: z.number(),
  correctValue: z.number().nullable(),
});
export type Question = z.infer<typeof question>;

export const questionnaireSummary = z.object({
  id,
  code: z.string(),
  version: z.number().int(),
  kind: z.enum(QUESTIONNAIRE_KINDS),
  titleFr: z.string(),
  titleAr: z.string(),
  status: z.enum(QUESTIONNAIRE_STATUSES),
  publishedAt: z.string().nullable(),
  questionCount: z.number().int(),
  /** Rounds that use this version (a used version is never deleted). */
  roundCount: z.number().int(),
});
export const questionnaire = questionnaireSummary.extend({
  introFr: z.string(),
  introAr: z.string(),
  passThreshold: z.number().nullable(),
  questions: z.array(question),
  /** Points a test's right answers add up to. */
  maxScore: z.number(),
});
export type Questionnaire = z.infer<typeof questionnaire>;

/* ---- Rounds and answers ---- */

export const roundSchedule = z.object({
  sessionId: id,
  /** Days after the last slot for the two follow-ups (30 and 90 by default). */
  firstFollowUpDays: z.number().int().min(7).max(365).default(30),
  secondFollowUpDays: z.number().int().min(7).max(365).default(90),
});
export const roundUpdate = z.object({ id, questionnaireId: id, dueDate: isoDate, anonymous: z.boolean() });

export const round = z.object({
  id,
  sessionId: id,
  moment: z.enum(ROUND_MOMENTS),
  questionnaireId: id,
  questionnaireCode: z.string(),
  questionnaireTitleFr: z.string(),
  questionnaireTitleAr: z.string(),
  kind: z.enum(QUESTIONNAIRE_KINDS),
  dueDate: z.string(),
  anonymous: z.boolean(),
  /** Sheets typed in, and people expected to fill one (those who attended; before: those booked). */
  responses: z.number().int(),
  expected: z.number().int(),
  responseRate: z.number().nullable(),
});
export type Round = z.infer<typeof round>;

export const answerInput = z.object({
  questionId: id,
  row: z.number().int().min(0).max(50).default(0),
  value: z.number().nullable().default(null),
  text: longText(3000),
  choices: z.array(z.number().int().min(0).max(50)).max(50).default([]),
});
export const sheetInput = z.object({
  /** Null: a new sheet. */
  id: id.nullable().default(null),
  /** Null on an anonymous round. */
  enrolmentId: id.nullable().default(null),
  respondent: z.enum(RESPONDENTS).default('trainee'),
  submittedOn: isoDate,
  answers: z.array(answerInput).max(500),
});
export const responsesSave = z.object({ roundId: id, sheets: z.array(sheetInput).min(1).max(500) });

export const sheet = z.object({
  id,
  enrolmentId: id.nullable(),
  nameFr: z.string(),
  nameAr: z.string(),
  respondent: z.enum(RESPONDENTS),
  submittedOn: z.string(),
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  passed: z.boolean().nullable(),
  answers: z.array(
    z.object({ questionId: id, row: z.number().int(), value: z.number().nullable(), text: z.string(), choices: z.array(z.number().int()) }),
  ),
});
export const roundSheets = z.object({ round, questionnaire, sheets: z.array(sheet) });

/* ---- Level 3 follow-ups ---- */

export const FOLLOW_UP_FILTERS = ['due', 'overdue', 'done', 'all'] as const;
export const followUpListInput = z.object({
  status: z.enum(FOLLOW_UP_FILTERS).default('due'),
  sessionId: id.nullable().default(null),
  /** Only the follow-ups of this manager's people (the head of their unit, or above). */
  managerId: id.nullable().default(null),
});

export const followUpRow = z.object({
  /** Null until recorded. */
  id: id.nullable(),
  enrolmentId: id,
  sessionId: id,
  sessionCode: z.string(),
  titleFr: z.string(),
  titleAr: z.string(),
  moment: z.enum(ROUND_MOMENTS),
  dueDate: z.string(),
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
  staffId: id.nullable(),
  traineeId: id.nullable(),
  nameFr: z.string(),
  nameAr: z.string(),
  managerId: id.nullable(),
  managerFr: z.string(),
  managerAr: z.string(),
});
export type FollowUpRow = z.infer<typeof followUpRow>;

export const followUpRecord = z.object({
  enrolmentId: id,
  moment: z.enum(['follow_up_30', 'follow_up_90']),
  doneOn: isoDate,
  managerName: text(160),
  objectives: z
    .array(z.object({ objectiveFr: text(500), objectiveAr: text(500), frequency: z.enum(FREQUENCIES), autonomy: z.enum(AUTONOMY) }))
    .max(30)
    .default([]),
  obstacles: z.array(z.enum(OBSTACLES)).max(OBSTACLES.length).default([]),
  obstaclesText: longText(3000),
  decision: z.enum(FOLLOW_UP_DECISIONS),
  comment: longText(3000),
  /** A new level observed at work: written into the competency history with the follow-up as source. */
  competencyId: id.nullable().default(null),
  newLevel: z.number().int().min(1).max(10).nullable().default(null),
});

export const followUp = followUpRow.extend({
  managerName: z.string(),
  decision: z.enum(FOLLOW_UP_DECISIONS).nullable(),
  objectives: z.array(
    z.object({ objectiveFr: z.string(), objectiveAr: z.string(), frequency: z.enum(FREQUENCIES), autonomy: z.enum(AUTONOMY) }),
  ),
  obstacles: z.array(z.enum(OBSTACLES)),
  obstaclesText: z.string(),
  comment: z.string(),
  competencyId: id.nullable(),
  newLevel: z.number().int().nullable(),
  ratingId: id.nullable(),
  /** The objectives the action (else the course) states, to rate one by one. */
  suggestedObjectivesFr: z.array(z.string()),
  suggestedObjectivesAr: z.array(z.string()),
  /** The competencies the course develops, offered for a new level. */
  competencies: z.array(
    z.object({ id, code: z.string(), nameFr: z.string(), nameAr: z.string(), currentLevel: z.number().int().nullable() }),
  ),
});
export type FollowUp = z.infer<typeof followUp>;

/* ---- Indicators (exact: issue 12) ---- */

export const indicatorsInput = z.object({
  year: z.number().int().min(2000, { message: 'errors.invalidYear' }).max(2100, { message: 'errors.invalidYear' }),
});
export const indicators = z.object({
  year: z.number().int(),
  staffActive: z.number().int(),
  staffTrained: z.number().int(),
  accessRate: z.number().nullable(),
  trainingHours: z.number(),
  hoursPerAgent: z.number().nullable(),
  associationTrainees: z.number().int(),
  associationsReached: z.number().int(),
  womenShareOfTrainees: z.number().nullable(),
  sessionsDelivered: z.number().int(),
  satisfactionIndex: z.number().nullable(),
  meanNormalisedGain: z.number().nullable(),
  applicationRate: z.number().nullable(),
  costPerTraineeHour: z.number().nullable(),
  needsCoverage: z.number().nullable(),
});
export type Indicators = z.infer<typeof indicators>;
export type IndicatorKey = Exclude<keyof Indicators, 'year'>;
/** How a figure reads: a count, a rate (0–1, shown in per cent), hours, an index between 0 and 1, dirhams. */
export type IndicatorKind = 'count' | 'rate' | 'hours' | 'index' | 'dirhams';
/** The indicators in the issue's order with their kind: the reports, the programme view and its XLSX list them so. */
export const INDICATOR_ROWS: readonly [IndicatorKey, IndicatorKind][] = [
  ['staffActive', 'count'],
  ['staffTrained', 'count'],
  ['accessRate', 'rate'],
  ['trainingHours', 'hours'],
  ['hoursPerAgent', 'hours'],
  ['associationTrainees', 'count'],
  ['associationsReached', 'count'],
  ['womenShareOfTrainees', 'rate'],
  ['sessionsDelivered', 'count'],
  ['satisfactionIndex', 'index'],
  ['meanNormalisedGain', 'index'],
  ['applicationRate', 'rate'],
  ['costPerTraineeHour', 'dirhams'],
  ['needsCoverage', 'rate'],
];
