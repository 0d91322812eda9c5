import type { Language } from '../../i18n';

/** Amounts travel as integer centimes of MAD; shown in MAD with Western digits in both languages. */
const formats: Record<Language, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-MA', { style: 'currency', currency: 'MAD', maximumFractionDigits: 2 }),
  ar: new Intl.NumberFormat('ar-MA', { style: 'currency', currency: 'MAD', maximumFractionDigits: 2, numberingSystem: 'latn' }),
};

export const formatMad = (centimes: number, lang: Language): string => formats[lang].format(centimes / 100);

/** A NumberInput's value (MAD, maybe empty) to centimes, rounded so 0.1 + 0.2 stays exact. */
export const toCentimes = (mad: number | string): number => {
  const n = typeof mad === 'number' ? mad : Number.parseFloat(mad.replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : 0;
};
