/**
 * The arithmetic of the year's indicators (issue 12, "Indicators"), without the database: each
 * formula as a pure function, so the service, the benchmark's raw SQL and the tests agree on
 * what a figure means, and an empty denominator is `null` in one place.
 */
import type { FREQUENCIES } from '../../../api/channels/evaluation-enums';

type Frequency = (typeof FREQUENCIES)[number];

/** A share or a mean: `null` when there is nothing to divide by (the rule for every rate). */
export const ratio = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);

/**
 * The day "active staff" are counted on: 31 December of the year, or today when that day is
 * still ahead (the current year, and a year to come: nobody is known to have left in the future).
 */
export const referenceDay = (year: number, today: string): string => {
  const last = `${year}-12-31`;
  return today < last ? today : last;
};

/** One level-1 answer on a scale of `points` (1…points), brought to 0–1: (score − 1) / (points − 1). */
export const scaleScore = (score: number, points: number): number => (score - 1) / (points - 1);

/** Answers counted by value on a scale: the distribution the SQL gives back. */
export interface ScaleCount {
  value: number;
  points: number;
  n: number;
}

/**
 * The satisfaction index: the mean of `scaleScore` over every answer. Values outside 1…points
 * (a sheet typed wrong before validation existed) and one-point scales say nothing and are left out.
 */
export function satisfactionIndex(counts: readonly ScaleCount[]): number | null {
  let sum = 0;
  let n = 0;
  for (const c of counts) {
    if (c.points < 2 || c.value < 1 || c.value > c.points) continue;
    sum += scaleScore(c.value, c.points) * c.n;
    n += c.n;
  }
  return ratio(sum, n);
}

/** A participant's two tests: points earned and possible, before and after. */
export interface TestPair {
  pre: number;
  preMax: number;
  post: number;
  postMax: number;
}

/**
 * The normalised gain (post − pre) / (max − pre), or null when it does not exist (pre already at
 * the maximum, or a test without points). Scores are taken as shares of their test's maximum, so
 * a post-test of another version (another maximum) still compares; with one maximum it is the
 * issue's formula exactly.
 */
export function normalisedGain(p: TestPair): number | null {
  if (!(p.preMax > 0) || !(p.postMax > 0)) return null;
  const pre = p.pre / p.preMax;
  const post = p.post / p.postMax;
  if (pre >= 1) return null;
  return (post - pre) / (1 - pre);
}

/** The mean normalised gain over the participants who have one. */
export function meanNormalisedGain(pairs: readonly TestPair[]): number | null {
  const gains = pairs.map(normalisedGain).filter((g): g is number => g !== null);
  return ratio(
    gains.reduce((a, b) => a + b, 0),
    gains.length,
  );
}

/** Often and always count as applied at work. */
export const APPLIED: readonly Frequency[] = ['often', 'always'];

/** The application rate: objectives rated often or always among all the objectives rated. */
export function applicationRate(counts: readonly { frequency: Frequency; n: number }[]): number | null {
  const all = counts.reduce((a, c) => a + c.n, 0);
  const applied = counts.filter((c) => APPLIED.includes(c.frequency)).reduce((a, c) => a + c.n, 0);
  return ratio(applied, all);
}
