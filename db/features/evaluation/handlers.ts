import type { HandlerGroup } from '../../dispatch/types';
import { indicatorsFor } from '../backup/aggregates';
import { getFollowUp, listFollowUps, recordFollowUp } from './follow-ups';
import {
  archiveQuestionnaire,
  createQuestionnaire,
  getQuestionnaire,
  listQuestionnaires,
  newQuestionnaireVersion,
  publishQuestionnaire,
  updateQuestionnaire,
} from './questionnaires';
import { deleteResponse, roundSheets, saveResponses } from './responses';
import {
  addMeasurement,
  createResultIndicator,
  deleteMeasurement,
  deleteResultIndicator,
  getRoi,
  listResultIndicators,
  saveRoi,
  updateResultIndicator,
} from './results';
import { deleteRound, listRounds, scheduleRounds, updateRound } from './rounds';

export const evaluationHandlers: HandlerGroup<
  | 'questionnaires.list'
  | 'questionnaires.get'
  | 'questionnaires.create'
  | 'questionnaires.update'
  | 'questionnaires.publish'
  | 'questionnaires.newVersion'
  | 'questionnaires.archive'
  | 'rounds.list'
  | 'rounds.schedule'
  | 'rounds.update'
  | 'rounds.delete'
  | 'responses.sheets'
  | 'responses.save'
  | 'responses.delete'
  | 'followUps.list'
  | 'followUps.get'
  | 'followUps.record'
  | 'indicators.year'
  | 'results.list'
  | 'results.create'
  | 'results.update'
  | 'results.delete'
  | 'results.addMeasurement'
  | 'results.deleteMeasurement'
  | 'roi.get'
  | 'roi.save'
> = {
  'questionnaires.list': ({ kind }, ctx) => listQuestionnaires(ctx, kind),
  'questionnaires.get': ({ id }, ctx) => getQuestionnaire(ctx, id),
  'questionnaires.create': (input, ctx) => createQuestionnaire(ctx, input),
  'questionnaires.update': (input, ctx) => updateQuestionnaire(ctx, input),
  'questionnaires.publish': ({ id }, ctx) => publishQuestionnaire(ctx, id),
  'questionnaires.newVersion': ({ id }, ctx) => newQuestionnaireVersion(ctx, id),
  'questionnaires.archive': ({ id }, ctx) => archiveQuestionnaire(ctx, id),
  'rounds.list': ({ sessionId }, ctx) => listRounds(ctx, sessionId),
  'rounds.schedule': (input, ctx) => scheduleRounds(ctx, input),
  'rounds.update': (input, ctx) => updateRound(ctx, input),
  'rounds.delete': ({ id }, ctx) => deleteRound(ctx, id),
  'responses.sheets': ({ roundId }, ctx) => roundSheets(ctx, roundId),
  'responses.save': (input, ctx) => saveResponses(ctx, input),
  'responses.delete': ({ id }, ctx) => deleteResponse(ctx, id),
  'followUps.list': (input, ctx) => listFollowUps(ctx, input),
  'followUps.get': ({ enrolmentId, moment }, ctx) => getFollowUp(ctx, enrolmentId, moment),
  'followUps.record': (input, ctx) => recordFollowUp(ctx, input),
  // A partner's aggregates backup holds no person: its figures were computed when it was made.
  'indicators.year': ({ year }, ctx) => indicatorsFor(ctx, year),
  'results.list': ({ planId }, ctx) => listResultIndicators(ctx, planId),
  'results.create': (input, ctx) => createResultIndicator(ctx, input),
  'results.update': (input, ctx) => updateResultIndicator(ctx, input),
  'results.delete': ({ id }, ctx) => deleteResultIndicator(ctx, id),
  'results.addMeasurement': (input, ctx) => addMeasurement(ctx, input),
  'results.deleteMeasurement': ({ id }, ctx) => deleteMeasurement(ctx, id),
  'roi.get': ({ actionId }, ctx) => getRoi(ctx, actionId),
  'roi.save': (input, ctx) => saveRoi(ctx, input),
};
