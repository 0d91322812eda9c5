import { describe, expect, it } from 'vitest';
import { formatNumber, formatWholeNumber } from '../../renderer/src/lib/format';

describe('whole numbers written without Intl', () => {
  const intl = new Intl.NumberFormat('fr-FR');
  it('reads exactly as fr-FR writes them: groups of three, a narrow no-break space, a hyphen-minus', () => {
    const values = [0, 1, 7, 42, 999, 1000, 1234, 9999, 10000, 99999, 100000, 123456, 1000000, 1234567, 2 ** 31, Number.MAX_SAFE_INTEGER];
    for (const n of [...values, ...values.map((v) => -v)].filter((v) => !Object.is(v, -0)))
      expect(formatWholeNumber(n)).toBe(intl.format(n));
    expect(formatWholeNumber(12500)).toBe('12\u202f500');
  });
  it('leaves decimals, asked-for decimals and what is not a safe whole number to Intl', () => {
    expect(formatNumber(1234.5)).toBe(intl.format(1234.5));
    expect(formatNumber(12, 'fr', { min: 2 })).toBe('12,00');
    expect(formatNumber(-0)).toBe(intl.format(-0));
    expect(formatNumber(1e21)).toBe(intl.format(1e21));
    expect(formatNumber(1500, 'ar')).toBe('1\u202f500');
  });
});
