import type { Language } from '../../i18n';
import { formatNumber } from '../../lib/format';

/**
 * How the dashboard writes its figures: Western digits in both languages (lib/format), a rate
 * as a whole percentage, hours to one decimal, money in dirhams. A figure that cannot be
 * computed (`null`) is a dash; the card says why beside it.
 */
export const DASH = '—';

export const formatCount = (n: number | null, lang: Language): string => (n === null ? DASH : formatNumber(n, lang));
export const formatDecimal = (n: number | null, lang: Language): string => (n === null ? DASH : formatNumber(n, lang, { max: 1 }));
export const formatPercent = (rate: number | null, lang: Language): string =>
  rate === null ? DASH : `${formatNumber(Math.round(rate * 100), lang)} %`;
export const currency = (lang: Language): string => (lang === 'ar' ? 'درهم' : 'MAD');
export const formatDirhams = (dirhams: number | null, lang: Language): string =>
  dirhams === null ? DASH : `${formatNumber(dirhams, lang, { max: 2 })} ${currency(lang)}`;
export const formatCentimes = (centimes: number, lang: Language): string => formatDirhams(Math.round(centimes) / 100, lang);
