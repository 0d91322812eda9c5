import { z } from 'zod';
import { channel } from '../channel';
import { id } from '../common';
import type { Entity } from '../entities';
import * as ev from './evaluation';
import { resultChannels } from './results';
import { QUESTIONNAIRE_KINDS } from './evaluation-enums';

const QUESTIONNAIRE_READS: readonly Entity[] = ['questionnaires', 'questions', 'evaluationRounds'];
const QUESTIONNAIRE_WRITES: readonly Entity[] = ['questionnaires', 'questions', 'auditLog'];
/** A session's rounds and answers, and who was expected to answer. */
const ROUND_READS: readonly Entity[] = [
  ...QUESTIONNAIRE_READS,
  'responses',
  'answers',
  'sessions',
  'sessionSlots',
  'enrolments',
  'attendance',
  'staff',
  'associationTrainees',
  'courses',
];
const FOLLOW_UP_READS: readonly Entity[] = [
  ...ROUND_READS,
  'followUps',
  'followUpObjectives',
  'units',
  'planActions',
  'courseCompetencies',
  'competencies',
  'ratings',
];
/** The indicators read nearly everything the training chain writes. */
const INDICATOR_READS: readonly Entity[] = [...FOLLOW_UP_READS, 'sessionCosts', 'needs', 'organizations', 'settings'];

/** Questionnaires, evaluation rounds, answers, follow-ups and the year's indicators (issue 12). */
export const evaluationChannels = {
  'questionnaires.list': channel({
    input: z.object({ kind: z.enum(QUESTIONNAIRE_KINDS).nullable().default(null) }),
    output: z.array(ev.questionnaireSummary),
    reads: QUESTIONNAIRE_READS,
  }),
  'questionnaires.get': channel({ input: z.object({ id }), output: ev.questionnaire, reads: QUESTIONNAIRE_READS }),
  'questionnaires.create': channel({
    input: ev.questionnaireCreate,
    output: ev.questionnaire,
    reads: QUESTIONNAIRE_READS,
    writes: QUESTIONNAIRE_WRITES,
  }),
  /** Only a draft changes; a published version is copied into the next version first. */
  'questionnaires.update': channel({
    input: ev.questionnaireUpdate,
    output: ev.questionnaire,
    reads: QUESTIONNAIRE_READS,
    writes: QUESTIONNAIRE_WRITES,
  }),
  'questionnaires.publish': channel({
    input: z.object({ id }),
    output: ev.questionnaire,
    reads: QUESTIONNAIRE_READS,
    writes: QUESTIONNAIRE_WRITES,
  }),
  /** A draft copy of a published version, numbered next. */
  'questionnaires.newVersion': channel({
    input: z.object({ id }),
    output: ev.questionnaire,
    reads: QUESTIONNAIRE_READS,
    writes: QUESTIONNAIRE_WRITES,
  }),
  'questionnaires.archive': channel({
    input: z.object({ id }),
    output: ev.questionnaire,
    reads: QUESTIONNAIRE_READS,
    writes: QUESTIONNAIRE_WRITES,
  }),

  'rounds.list': channel({ input: z.object({ sessionId: id }), output: z.array(ev.round), reads: ROUND_READS }),
  /** The rounds the course's planned evaluation level calls for, with the published default questionnaires. */
  'rounds.schedule': channel({
    input: ev.roundSchedule,
    output: z.array(ev.round),
    reads: ROUND_READS,
    writes: ['evaluationRounds', 'auditLog'],
  }),
  'rounds.update': channel({
    input: ev.roundUpdate,
    output: z.array(ev.round),
    reads: ROUND_READS,
    writes: ['evaluationRounds', 'auditLog'],
  }),
  /** Only a round without answers can be removed. */
  'rounds.delete': channel({
    input: z.object({ id }),
    output: z.array(ev.round),
    reads: ROUND_READS,
    writes: ['evaluationRounds', 'auditLog'],
  }),
  'responses.sheets': channel({ input: z.object({ roundId: id }), output: ev.roundSheets, reads: ROUND_READS }),
  /** Sheets typed back from paper: tests are scored against their right answers. */
  'responses.save': channel({
    input: ev.responsesSave,
    output: ev.roundSheets,
    reads: ROUND_READS,
    writes: ['responses', 'answers', 'auditLog'],
  }),
  'responses.delete': channel({
    input: z.object({ id }),
    output: ev.roundSheets,
    reads: ROUND_READS,
    writes: ['responses', 'answers', 'auditLog'],
  }),

  'followUps.list': channel({ input: ev.followUpListInput, output: z.array(ev.followUpRow), reads: FOLLOW_UP_READS }),
  'followUps.get': channel({
    input: z.object({ enrolmentId: id, moment: z.enum(['follow_up_30', 'follow_up_90']) }),
    output: ev.followUp,
    reads: FOLLOW_UP_READS,
  }),
  /** A new level, if given, goes into the competency history (source: follow-up); gaps and needs follow. */
  'followUps.record': channel({
    input: ev.followUpRecord,
    output: ev.followUp,
    reads: FOLLOW_UP_READS,
    writes: ['followUps', 'followUpObjectives', 'ratings', 'needs', 'auditLog'],
  }),

  ...resultChannels,
  'indicators.year': channel({ input: ev.indicatorsInput, output: ev.indicators, reads: INDICATOR_READS }),
};
