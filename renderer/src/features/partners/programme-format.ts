import type { Indicators } from '../../../../api/channels/evaluation';
import type { Language } from '../../i18n';

/**
 * How each of the year's indicators reads on the programme view: in the order, with its
 * kind (a count, a rate shown as a percentage, hours, an index between 0 and 1, dirhams). The
 * XLSX export (db/features/backup/compare-sheet.ts) writes the same rows.
 */
export type IndicatorKey = Exclude<keyof Indicators, 'year'>;
type Kind = 'count' | 'rate' | 'hours' | 'index' | 'dirhams';

export const PROGRAMME_ROWS: readonly [IndicatorKey, Kind][] = [
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

const locale = (lang: Language) => (lang === 'ar' ? 'ar-MA' : 'fr-MA');
const formats = (lang: Language): Record<Kind, Intl.NumberFormat> => ({
  count: new Intl.NumberFormat(locale(lang), { numberingSystem: 'latn', maximumFractionDigits: 0 }),
  rate: new Intl.NumberFormat(locale(lang), { numberingSystem: 'latn', style: 'percent', maximumFractionDigits: 1 }),
  hours: new Intl.NumberFormat(locale(lang), { numberingSystem: 'latn', maximumFractionDigits: 1 }),
  index: new Intl.NumberFormat(locale(lang), { numberingSystem: 'latn', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  dirhams: new Intl.NumberFormat(locale(lang), { numberingSystem: 'latn', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
});
const cache: Partial<Record<Language, Record<Kind, Intl.NumberFormat>>> = {};

/** The figure as the screen shows it; `—` where there was nothing to compute it from (a null). */
export function formatIndicator(value: number | null, kind: Kind, lang: Language): string {
  if (value === null) return '—';
  const f = (cache[lang] ??= formats(lang));
  return f[kind].format(value);
}

/** Years offered: this year and the nine before it, then the next one (a plan prepared ahead). */
export function programmeYears(now = new Date()): number[] {
  const year = now.getFullYear();
  return [year + 1, ...Array.from({ length: 10 }, (_, i) => year - i)];
}
