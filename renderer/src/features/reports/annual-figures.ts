import type { Indicators } from '../../../../api/channels/evaluation';
import type { Language } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { percent } from './report-format';

/** The year's indicators in the order the report lists them, each with how it is written. */
type Kind = 'count' | 'hours' | 'rate' | 'dirhams';
export const INDICATOR_ROWS: [Exclude<keyof Indicators, 'year'>, Kind][] = [
  ['staffActive', 'count'],
  ['staffTrained', 'count'],
  ['accessRate', 'rate'],
  ['trainingHours', 'hours'],
  ['hoursPerAgent', 'hours'],
  ['associationTrainees', 'count'],
  ['associationsReached', 'count'],
  ['womenShareOfTrainees', 'rate'],
  ['sessionsDelivered', 'count'],
  ['satisfactionIndex', 'rate'],
  ['meanNormalisedGain', 'rate'],
  ['applicationRate', 'rate'],
  ['costPerTraineeHour', 'dirhams'],
  ['needsCoverage', 'rate'],
];

/** An indicator's value as the report prints it; "—" when its denominator is empty (null). */
export function indicatorText(value: number | null, kind: Kind, lang: Language): string {
  if (value === null) return '—';
  switch (kind) {
    case 'rate':
      return percent(value, lang);
    case 'hours':
      return formatNumber(Math.round(value * 100) / 100, lang);
    case 'dirhams':
      return formatNumber(Math.round(value * 100) / 100, lang);
    default:
      return formatNumber(value, lang);
  }
}
