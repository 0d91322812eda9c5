import type { Language } from '../../i18n';
import { ltr } from '../../components/Ltr';
import { formatNumber } from '../../lib/format';

/**
 * How the dashboard writes its figures: Western digits in both languages (lib/format), a rate
 * as a whole percentage, hours to one decimal, money in dirhams. A figure that cannot be
 * computed (`null`) is a dash; the card says why beside it.
 */
export const DASH = '—';

/**
 * In Arabic a figure with more than digits ("53 %", "−12", "1 234", "2,5") is one left-to-right
 * run isolated from the text: otherwise the bidirectional algorithm writes "% 53", "12−", "234 1".
 * The isolates print as nothing; a figure of digits alone needs none.
 */
const run = (figure: string, lang: Language): string => (lang === 'ar' && /\D/.test(figure) ? ltr(figure) : figure);

export const formatCount = (n: number | null, lang: Language): string => (n === null ? DASH : run(formatNumber(n, lang), lang));
export const formatDecimal = (n: number | null, lang: Language): string =>
  n === null ? DASH : run(formatNumber(n, lang, { max: 1 }), lang);
export const formatPercent = (rate: number | null, lang: Language): string =>
  rate === null ? DASH : run(`${formatNumber(Math.round(rate * 100), lang)} %`, lang);
export const currency = (lang: Language): string => (lang === 'ar' ? 'درهم' : 'MAD');
/** The amount alone is the left-to-right run: the currency's word follows it in the page's direction. */
export const formatDirhams = (dirhams: number | null, lang: Language): string =>
  dirhams === null ? DASH : `${run(formatNumber(dirhams, lang, { max: 2 }), lang)} ${currency(lang)}`;
export const formatCentimes = (centimes: number, lang: Language): string => formatDirhams(Math.round(centimes) / 100, lang);
