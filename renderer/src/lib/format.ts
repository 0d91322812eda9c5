import { format, parseISO } from 'date-fns';
import type { Language } from '../i18n';

/** Day/month/year, Western digits in both languages (as Moroccan offices write dates). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  try {
    return format(parseISO(iso), 'dd/MM/yyyy');
  } catch {
    return iso;
  }
}

/**
 * Counts and figures as amounts are written (lib/amount.ts): a space between thousands and a
 * decimal comma, Western digits, in both languages. fr-MA and ar-MA group thousands with a dot,
 * so 2231 read "2.231", which a reader takes for a decimal — and clashed with "2 231,00" amounts.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A whole number as fr-FR writes it (groups of three joined by a narrow no-break space, U+202F),
 * without Intl: a window's first Intl.NumberFormat costs 20 to 30 ms (its locale data), and the
 * first screen's counts are whole numbers. tests/unit/format.test.ts compares it with Intl.
 */
export function formatWholeNumber(n: number): string {
  return (n < 0 ? '-' : '') + String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, '\u202f');
}

/** `digits`: the decimals shown (`max` at most, `min` at least; whole numbers by default, as Intl does). */
export function formatNumber(n: number, _lang?: Language, digits: { min?: number; max?: number } = {}): string {
  if (Number.isSafeInteger(n) && !Object.is(n, -0) && !digits.min) return formatWholeNumber(n);
  const key = `${digits.min ?? ''}/${digits.max ?? ''}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits.min, maximumFractionDigits: digits.max });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

/** A record's name in the interface language, falling back to the other script. */
export function pickName(fr: string | null | undefined, ar: string | null | undefined, lang: Language): string {
  const first = lang === 'ar' ? ar : fr;
  const second = lang === 'ar' ? fr : ar;
  return (first || second || '').trim();
}

/** The name in the other script, shown beside the main one when it differs. */
export function otherName(fr: string | null | undefined, ar: string | null | undefined, lang: Language): string {
  const main = pickName(fr, ar, lang);
  const other = (lang === 'ar' ? fr : ar) ?? '';
  return other && other !== main ? other : '';
}
