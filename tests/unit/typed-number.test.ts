import { describe, expect, it } from 'vitest';
import { formatTypedNumber, parseTypedNumber } from '../../renderer/src/lib/typed-number';

const read = (typed: string) => {
  const r = parseTypedNumber(typed);
  return r.ok ? r.value : r.error;
};

describe('measured values as users type them', () => {
  it('reads decimals with a comma or a dot, thousands with spaces, Arabic-Indic digits, and a minus sign', () => {
    expect(read('12,5')).toBe(12.5);
    expect(read('12.5')).toBe(12.5);
    expect(read('1 250,75')).toBe(1250.75);
    expect(read('٤٢')).toBe(42);
    expect(read('-3,5')).toBe(-3.5);
    expect(read('−0')).toBe(0);
    expect(read('  ')).toBeNull();
  });
  it('refuses what it would have to guess, with the reason', () => {
    expect(read('12,500')).toBe('ambiguous');
    expect(read('1,2345')).toBe('decimals');
    expect(read('abc')).toBe('invalid');
    expect(read('-')).toBe('invalid');
  });
  it('writes values back as the fields show them', () => {
    expect(formatTypedNumber(1250.5)).toBe('1\u202f250,5');
    expect(read(formatTypedNumber(1250.5))).toBe(1250.5);
  });
});
