import { describe, expect, it } from 'vitest';
import {
  applicationRate,
  meanNormalisedGain,
  normalisedGain,
  ratio,
  referenceDay,
  satisfactionIndex,
} from '../../db/features/evaluation/indicator-math';

/** The formulas of the year's indicators on the edge cases the integration case does not reach. */
describe('indicator formulas', () => {
  it('gives null for an empty denominator, and 0 for an empty numerator', () => {
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(0, 4)).toBe(0);
  });

  it('counts active staff on 31 December, or on today while that day is ahead', () => {
    expect(referenceDay(2025, '2026-11-27')).toBe('2025-12-31');
    expect(referenceDay(2026, '2026-11-27')).toBe('2026-11-27');
    expect(referenceDay(2027, '2026-11-27')).toBe('2026-11-27');
  });

  it('brings scale answers to 0–1 and leaves out what a scale cannot hold', () => {
    expect(satisfactionIndex([{ value: 3, points: 5, n: 2 }])).toBe(0.5);
    expect(
      satisfactionIndex([
        { value: 7, points: 5, n: 1 },
        { value: 0, points: 5, n: 1 },
        { value: 1, points: 1, n: 1 },
      ]),
    ).toBeNull();
  });

  it('compares tests of different maxima as shares, and has no gain from a full pre-test', () => {
    expect(normalisedGain({ pre: 4, preMax: 10, post: 14, postMax: 20 })).toBeCloseTo((0.7 - 0.4) / 0.6, 12);
    expect(normalisedGain({ pre: 10, preMax: 10, post: 10, postMax: 10 })).toBeNull();
    expect(normalisedGain({ pre: 0, preMax: 0, post: 5, postMax: 10 })).toBeNull();
    // A post-test below the pre-test is a negative gain, kept in the mean.
    expect(meanNormalisedGain([{ pre: 5, preMax: 10, post: 0, postMax: 10 }])).toBe(-1);
    expect(meanNormalisedGain([])).toBeNull();
  });

  it('counts often and always as applied', () => {
    expect(
      applicationRate([
        { frequency: 'always', n: 1 },
        { frequency: 'often', n: 2 },
        { frequency: 'sometimes', n: 3 },
        { frequency: 'never', n: 2 },
      ]),
    ).toBe(3 / 8);
    expect(applicationRate([])).toBeNull();
  });
});
