import { parseAmount } from './amount';

/**
 * A measured value (a result indicator's baseline, target, measurement) as users type it: the
 * same reading as amounts (lib/amount.ts: a comma or a dot before one or two decimals, spaces or
 * dots between thousands, Arabic-Indic digits, nothing guessed), but a value may be below zero
 * (a number of complaints that fell, a balance). Empty is null.
 */
export type NumberError = 'invalid' | 'decimals' | 'ambiguous' | 'tooLarge';
export type NumberResult = { ok: true; value: number | null } | { ok: false; error: NumberError };

export function parseTypedNumber(typed: string): NumberResult {
  const trimmed = typed.trim();
  const negative = /^[-\u2212\u2010\u2013]/.test(trimmed);
  const r = parseAmount(negative ? trimmed.slice(1) : trimmed);
  if (!r.ok) return { ok: false, error: r.error === 'negative' ? 'invalid' : r.error };
  if (r.centimes === null) return negative ? { ok: false, error: 'invalid' } : { ok: true, value: null };
  const value = r.centimes / 100;
  return { ok: true, value: negative && value ? -value : value };
}

const shown = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** A value as the fields and the lists write it (12 500,5), Western digits in both languages. */
export const formatTypedNumber = (value: number): string => shown.format(value);
