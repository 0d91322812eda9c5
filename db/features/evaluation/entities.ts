import {
  actionRoi,
  answers,
  evaluationRounds,
  followUpObjectives,
  followUps,
  indicatorMeasurements,
  questionnaires,
  questions,
  resultIndicators,
  responses,
  sharedIndicators,
} from '../../schema';
import type { EntityEntries } from '../../registry/types';

/**
 * Evaluation: questionnaires and their questions, a session's rounds, the answers typed back,
 * the level-3 follow-ups. Answers and follow-ups say what a person thinks or does: the
 * no-contacts backup profile empties their free texts.
 */
export const evaluationEntities: EntityEntries<
  | 'questionnaires'
  | 'questions'
  | 'evaluationRounds'
  | 'responses'
  | 'answers'
  | 'followUps'
  | 'followUpObjectives'
  | 'resultIndicators'
  | 'indicatorMeasurements'
  | 'actionRoi'
  | 'sharedIndicators'
> = {
  questionnaires: { kind: 'record', table: questionnaires, counted: true, auditFields: ['questions'] },
  questions: { kind: 'record', table: questions },
  evaluationRounds: { kind: 'record', table: evaluationRounds, demo: true },
  responses: { personalRows: true, kind: 'record', table: responses, counted: true, demo: true },
  answers: { personalRows: true, kind: 'record', table: answers, demo: true, freeTextFields: ['text'] },
  followUps: {
    personalRows: true,
    kind: 'record',
    table: followUps,
    counted: true,
    demo: true,
    freeTextFields: ['obstaclesText', 'comment', 'managerName'],
  },
  followUpObjectives: { personalRows: true, kind: 'record', table: followUpObjectives, demo: true },
  resultIndicators: { kind: 'record', table: resultIndicators, demo: true },
  indicatorMeasurements: { kind: 'record', table: indicatorMeasurements, demo: true },
  actionRoi: { kind: 'record', table: actionRoi, demo: true, freeTextFields: ['notes'] },
  // Written only into an aggregates backup's copy: the installation's own data never holds any.
  sharedIndicators: { kind: 'internal', table: sharedIndicators },
};
