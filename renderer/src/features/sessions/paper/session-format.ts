import type { Slot } from '../../../../../api/channels/sessions';
import type { Language } from '../../../i18n';
import { formatNumber } from '../../../lib/format';

/**
 * What the attendance grid, the attestations and the session's paper write the same way: a
 * slot's heading (its date and half-day), hours, a rate, the dates a session runs, and names
 * sorted in the order of the script they are read in.
 */

/** The translation key of a slot's half-day: morning, afternoon or the whole day. */
export const partKey = (part: Slot['part']) => `sessionPaper.parts.${part}`;

/** Hours (3,5 h) and a session's first and last day, written as on the sessions' screens. */
export { hours as formatHours, dateSpan } from '../session-format';

/** A share (0–1) as a whole percentage. */
export const formatRate = (rate: number, lang: Language): string => `${formatNumber(Math.round(rate * 100), lang)} %`;

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
