import { describe, expect, it } from 'vitest';
import { currentYear, filtersQuery, narrowing, readFilters, resetFilters } from '../../renderer/src/features/dashboard/dashboard-query';
import { recordHref } from '../../renderer/src/features/dashboard/record-links';

/** The dashboard's filters live in the address: a link or a reload must find the same figures. */
describe('the dashboard address', () => {
  it('reads back the filters it wrote', () => {
    const filters = {
      year: 2024,
      unitId: 'u1',
      gender: 'f' as const,
      population: 'staff' as const,
      planId: 'p1',
      campaignBefore: 'c1',
      campaignAfter: 'c2',
    };
    expect(readFilters(new URLSearchParams(filtersQuery(filters)))).toEqual(filters);
    expect(narrowing(filters)).toBe(true);
  });

  it('opens on the current year, unfiltered, with nothing in the address', () => {
    const filters = readFilters(new URLSearchParams(''));
    expect(filters).toMatchObject({ year: currentYear(), unitId: null, gender: null, population: 'all', planId: null });
    expect(filtersQuery(filters)).toEqual({});
    expect(narrowing(filters)).toBe(false);
  });

  it('falls back to the defaults for what a stale or mistyped link says', () => {
    const filters = readFilters(new URLSearchParams('year=1850&gender=x&population=everyone'));
    expect(filters).toMatchObject({ year: currentYear(), gender: null, population: 'all' });
  });

  it('resets the filters that narrow, keeping the year and the compared campaigns', () => {
    const reset = resetFilters(readFilters(new URLSearchParams('year=2025&unit=u1&gender=m&plan=p1&before=c1')));
    expect(reset).toMatchObject({ year: 2025, unitId: null, gender: null, planId: null, campaignBefore: 'c1' });
  });
});

describe('a record of the dashboard leads to its own screen', () => {
  const record = (kind: string, parentId: string | null = null) =>
    ({ kind, id: 'r1', labelFr: '', labelAr: '', detail: '', date: null, hours: null, parentId }) as Parameters<typeof recordHref>[0];
  it('links each kind to the screen that shows it', () => {
    expect(recordHref(record('staff'))).toBe('#/staff?person=r1');
    expect(recordHref(record('session'))).toBe('#/sessions/r1');
    // A session flagged for missing data opens where that data is typed.
    expect(recordHref(record('session'), 'endSheetsNotTyped')).toBe('#/sessions/r1?tab=evaluation');
    expect(recordHref(record('session'), 'deliveredWithoutAttendance')).toBe('#/sessions/r1?tab=attendance');
    expect(recordHref(record('organization'))).toBe('#/directory?org=r1');
    expect(recordHref(record('trainee', 'o1'))).toBe('#/directory?org=o1');
    expect(recordHref(record('action', 'p1'))).toBe('#/plans?plan=p1');
    expect(recordHref(record('review', 'c1'))).toBe('#/reviews?campaign=c1&review=r1');
    expect(recordHref(record('followUp', 's1'))).toBe('#/evaluations?tab=followUps');
  });
  it('gives no link where the screen would need a parent the record lacks', () => {
    expect(recordHref(record('review'))).toBeNull();
    expect(recordHref(record('action'))).toBeNull();
  });
});
