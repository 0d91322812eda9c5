import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount } from '../../renderer/src/lib/amount';

const centimes = (typed: string) => {
  const r = parseAmount(typed);
  return r.ok ? r.centimes : r.error;
};

describe('amounts as users type them', () => {
  it('reads a comma as the decimal mark and spaces or dots as thousands (the issue: 12 500,50 gave 1 250 050 MAD)', () => {
    expect(centimes('12 500,50')).toBe(1_250_050);
    expect(centimes('12\u202f500,50')).toBe(1_250_050); // narrow no-break space, as the lists write it
    expect(centimes('12\u00a0500,50')).toBe(1_250_050);
    expect(centimes('12500,50')).toBe(1_250_050);
    expect(centimes('12.500,50')).toBe(1_250_050);
    expect(centimes('1.250.000,5')).toBe(125_000_050);
    expect(centimes('12 500,50 MAD')).toBe(1_250_050);
    expect(centimes('12 500,50 درهم')).toBe(1_250_050);
    expect(centimes('  5000 ')).toBe(500_000);
    expect(centimes('0,50')).toBe(50);
  });

  it('reads a dot before one or two digits as a decimal point, before exactly three (no comma after) as thousands', () => {
    expect(centimes('18500.50')).toBe(1_850_050);
    expect(centimes('12 500.50')).toBe(1_250_050);
    expect(centimes('12.5')).toBe(1_250);
    expect(centimes('12.500')).toBe(1_250_000);
    expect(centimes('1.250.000')).toBe(125_000_000);
  });

  it('reads Arabic-Indic digits and the Arabic decimal separator and comma', () => {
    expect(centimes('١٢٥٠٠٫٥٠')).toBe(1_250_050);
    expect(centimes('12500،5')).toBe(1_250_050);
    expect(centimes('۱۲ ۵۰۰')).toBe(1_250_000);
  });

  it('refuses what it would have to guess, saying why', () => {
    expect(centimes('12,500')).toBe('ambiguous'); // English thousands, or 12.5 with three decimals?
    expect(centimes('12,500,000')).toBe('ambiguous');
    expect(centimes('12.500.5')).toBe('ambiguous');
    expect(centimes('12 500.500')).toBe('ambiguous');
    expect(centimes('1 250.000,50')).toBe('ambiguous');
    expect(centimes('0.500')).toBe('ambiguous');
    expect(centimes('12,5055')).toBe('decimals');
    expect(centimes('12.5000')).toBe('decimals');
    expect(centimes('12 50')).toBe('invalid');
    expect(centimes('abc')).toBe('invalid');
    expect(centimes('1e5')).toBe('invalid');
    expect(centimes(',50')).toBe('invalid');
  });

  it('refuses negatives (the issue: -5000 silently became 0) and more than the contract holds', () => {
    expect(centimes('-5000')).toBe('negative');
    expect(centimes('−5 000,00')).toBe('negative');
    expect(centimes('1 000 000 000,01')).toBe('tooLarge');
    expect(centimes('1 000 000 000')).toBe(100_000_000_000);
  });

  it('takes an empty field for no amount', () => {
    expect(centimes('')).toBeNull();
    expect(centimes('  MAD ')).toBeNull();
  });

  it('writes amounts as the lists show them, and reads back what it writes', () => {
    expect(formatAmount(1_250_050)).toBe('12\u202f500,50');
    expect(formatAmount(125_000_000)).toBe('1\u202f250\u202f000,00');
    for (const c of [0, 5, 1_250_050, 99_999_999_999]) expect(centimes(formatAmount(c))).toBe(c);
  });
});
