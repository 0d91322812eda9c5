import type { Language } from '../../i18n';
import { formatAmount } from '../../lib/amount';

/**
 * Amounts travel as integer centimes of MAD; shown as the amount fields show them (12 500,50),
 * Western digits in both languages, then the currency in the interface language.
 */
export const formatMad = (centimes: number, lang: Language): string => `${formatAmount(centimes)} ${lang === 'ar' ? 'درهم' : 'MAD'}`;
