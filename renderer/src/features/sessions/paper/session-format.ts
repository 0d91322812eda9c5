import type { Slot } from '../../../../../api/channels/sessions';
import type { Language } from '../../../i18n';
import { formatDate, formatNumber } from '../../../lib/format';

/**
 * What the attendance grid, the attestations and the session's paper write the same way: a
 * slot's heading (its date and half-day), hours, a rate, the dates a session runs, and names
 * sorted in the order of the script they are read in.
 */

/** The translation key of a slot's half-day: morning, afternoon or the whole day. */
export const partKey = (part: Slot['part']) => `sessionPaper.parts.${part}`;

/** Hours with up to two decimals (3,5 h), Western digits. */
export const formatHours = (hours: number, lang: Language): string =>
  new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : 'fr-MA', { maximumFractionDigits: 2, numberingSystem: 'latn' }).format(hours);

/** A share (0–1) as a whole percentage. */
export const formatRate = (rate: number, lang: Language): string => `${formatNumber(Math.round(rate * 100), lang)} %`;

/** The first and last day of a list of slots (dd/mm/yyyy), or one date when they are the same day. */
export function dateSpan(slots: readonly { date: string }[]): { first: string; last: string; text: string } {
  const dates = slots.map((s) => s.date).sort();
  const first = formatDate(dates[0] ?? '');
  const last = formatDate(dates[dates.length - 1] ?? '');
  return { first, last, text: first === last ? first : `${first} – ${last}` };
}

const collators: Record<Language, Intl.Collator> = {
  fr: new Intl.Collator('fr', { sensitivity: 'base' }),
  ar: new Intl.Collator('ar', { sensitivity: 'base' }),
};

/**
 * People sorted by name in a language's script: the Arabic sort name in Arabic (falling back to
 * the French one for a name typed in Latin only), the French one in French.
 */
export function sortByName<T extends { sortNameFr: string; sortNameAr: string; nameFr: string; nameAr: string }>(
  rows: readonly T[],
  lang: Language,
): T[] {
  const key = (r: T) =>
    lang === 'ar' ? r.sortNameAr || r.nameAr || r.sortNameFr || r.nameFr : r.sortNameFr || r.nameFr || r.sortNameAr || r.nameAr;
  return [...rows].sort((a, b) => collators[lang].compare(key(a), key(b)));
}
