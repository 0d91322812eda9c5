import { describe, expect, it } from 'vitest';
import { parseTypedDate, todayIso } from '../../renderer/src/lib/typed-date';

describe('dates as users type them', () => {
  it('reads day/month/year whatever the separator, and the ISO form', () => {
    expect(parseTypedDate('31/12/2024')).toBe('2024-12-31');
    expect(parseTypedDate('1/2/2025')).toBe('2025-02-01');
    expect(parseTypedDate('31.12.2024')).toBe('2024-12-31');
    expect(parseTypedDate(' 31-12-2024 ')).toBe('2024-12-31');
    expect(parseTypedDate('2024-12-31')).toBe('2024-12-31');
    expect(parseTypedDate('٣١/١٢/٢٠٢٤')).toBe('2024-12-31');
  });

  it('never reads a day as a month, and refuses what does not exist or would be guessed', () => {
    expect(parseTypedDate('05/04/2024')).toBe('2024-04-05'); // 5 April, not 4 May
    expect(parseTypedDate('12/31/2024')).toBeNull(); // no month 31
    expect(parseTypedDate('31/02/2024')).toBeNull();
    expect(parseTypedDate('29/02/2023')).toBeNull();
    expect(parseTypedDate('29/02/2024')).toBe('2024-02-29');
    expect(parseTypedDate('1/2/25')).toBeNull(); // a two-digit year
    expect(parseTypedDate('31/12')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });

  it("says today as the computer's calendar day", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
