import type { Figure } from '../../../../api/channels/dashboard';
import type { Indicators } from '../../../../api/channels/evaluation';

export type IndicatorKey = Exclude<keyof Indicators, 'year'>;
export type IndicatorKind = 'count' | 'rate' | 'hours' | 'money';

/**
 * The headline cards, in reading order: who is reached, how much training, what it gave, what
 * it cost. Each card opens the records behind it (`figure`); for a rate or a mean, the records
 * it is computed over or what holds it back (the staff not yet trained for the access rate,
 * the sessions for a satisfaction index, the follow-ups overdue for the application rate),
 * which the drawer's title names.
 */
export const INDICATOR_CARDS: { key: IndicatorKey; kind: IndicatorKind; figure: Figure }[] = [
  { key: 'staffActive', kind: 'count', figure: 'staffActive' },
  { key: 'staffTrained', kind: 'count', figure: 'staffTrained' },
  { key: 'accessRate', kind: 'rate', figure: 'staffNotTrained' },
  { key: 'trainingHours', kind: 'hours', figure: 'hoursByMonth' },
  { key: 'hoursPerAgent', kind: 'hours', figure: 'staffTrained' },
  { key: 'associationTrainees', kind: 'count', figure: 'associationTrainees' },
  { key: 'associationsReached', kind: 'count', figure: 'associationsReached' },
  { key: 'womenShareOfTrainees', kind: 'rate', figure: 'staffTrained' },
  { key: 'sessionsDelivered', kind: 'count', figure: 'sessionsDelivered' },
  { key: 'satisfactionIndex', kind: 'rate', figure: 'sessionsDelivered' },
  { key: 'meanNormalisedGain', kind: 'rate', figure: 'sessionsDelivered' },
  { key: 'applicationRate', kind: 'rate', figure: 'followUpsOverdue' },
  { key: 'costPerTraineeHour', kind: 'money', figure: 'sessionsDelivered' },
  { key: 'needsCoverage', kind: 'rate', figure: 'actionsNotDone' },
];
