/**
 * Amounts of money as French- and Arabic-speaking users in Morocco type them, read without ever
 * guessing: what could mean two values 1,000 times apart is refused with a message instead.
 *
 *   12 500,50   12500,50   12.500,50   12 500.50   12500.5   → 1 250 050 centimes
 *   12.500      1.250.000  (a dot before exactly three digits, no comma after: thousands)
 *   12,500      12.500.5   12 50   -5000  abc                → refused, each with its reason
 *
 * Spaces (ordinary, no-break, narrow no-break) or dots group thousands; a comma (or the Arabic
 * decimal separator ٫ or comma ،) marks the centimes, two digits at most. A dot before one or
 * two digits is a decimal point too (a number pad's key). Arabic-Indic digits count as digits.
 */

export type AmountError = 'invalid' | 'negative' | 'decimals' | 'ambiguous' | 'tooLarge';
export type AmountResult = { ok: true; centimes: number | null } | { ok: false; error: AmountError };

/** The contract's ceiling: a thousand million dirhams (api/channels/directory-records.ts). */
export const MAX_CENTIMES = 100_000_000_000;

const CURRENCY = /^(mad|dhs?|dirhams?|درهم|دراهم|د\.?\s?م\.?)\s*|\s*(mad|dhs?|dirhams?|درهم|دراهم|د\.?\s?م\.?)$/giu;

const fail = (error: AmountError): AmountResult => ({ ok: false, error });

/** Whole dirhams written with an optional thousands separator (`sep`): 1 to 3 digits, then groups of exactly 3. */
function wholePart(text: string, sep: ' ' | '.' | null): string | null {
  if (!sep) return /^\d+$/.test(text) ? text : null;
  const groups = text.split(sep);
  if (!/^[1-9]\d{0,2}$/.test(groups[0]) || !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return null;
  return groups.join('');
}

export function parseAmount(typed: string): AmountResult {
  let s = typed
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u066b\u060c]/g, ',')
    .replace(/[\s\u00a0\u202f\u2009\u066c]+/g, ' ')
    .trim()
    .replace(CURRENCY, '')
    .trim();
  if (!s) return { ok: true, centimes: null };
  if (/^[-\u2212\u2010\u2013]/.test(s)) return fail('negative');
  s = s.replace(/^\+/, '');
  if (!/^[\d .,]+$/.test(s) || !/^\d/.test(s)) return fail('invalid');

  let whole: string | null;
  let cents = '';
  const commas = s.split(',');
  if (commas.length > 2) return fail('ambiguous');
  if (commas.length === 2) {
    [, cents] = commas;
    // "12,500" may be the English twelve thousand five hundred: refused, not read as 12.5.
    if (/^\d{3}$/.test(cents)) return fail('ambiguous');
    if (!/^\d{1,2}$/.test(cents)) return fail(/^\d+$/.test(cents) ? 'decimals' : 'invalid');
    const int = commas[0].trim();
    if (int.includes(' ') && int.includes('.')) return fail('ambiguous');
    whole = wholePart(int, int.includes(' ') ? ' ' : int.includes('.') ? '.' : null);
  } else {
    const dot = s.lastIndexOf('.');
    const after = dot < 0 ? '' : s.slice(dot + 1);
    if (dot >= 0 && /^\d{1,2}$/.test(after)) {
      // A decimal point: the rest may be grouped by spaces, not by more dots.
      cents = after;
      const int = s.slice(0, dot).trim();
      if (int.includes('.')) return fail('ambiguous');
      whole = wholePart(int, int.includes(' ') ? ' ' : null);
    } else if (dot >= 0 && s.includes(' ')) {
      return fail('ambiguous');
    } else {
      whole = wholePart(s, s.includes(' ') ? ' ' : s.includes('.') ? '.' : null);
      if (whole === null && dot >= 0) return fail(/^\d+$/.test(after) && after.length > 3 ? 'decimals' : 'ambiguous');
    }
  }
  if (whole === null) return fail('invalid');
  const centimes = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  return centimes > MAX_CENTIMES ? fail('tooLarge') : { ok: true, centimes };
}

const number = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * An amount as the lists and the fields show it, in both languages: narrow no-break spaces
 * between thousands (a separator the bidirectional algorithm keeps inside the number, so the
 * digits stay in order in Arabic text), a comma before the centimes: 12 500,50.
 */
export const formatAmount = (centimes: number): string => number.format(centimes / 100);
