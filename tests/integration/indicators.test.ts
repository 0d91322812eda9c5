import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicators } from '../../api/channels/evaluation';
import { yearIndicators } from '../../db/features/evaluation/indicators';
import { openAppDatabase } from '../../db/installation/open-database';
import { call, openTemp, refusal, sas, setup, tempDir } from './helpers';
import { fullCase } from './indicators-fixture';

/**
 * The year's indicators (issue 12, "Indicators") on the hand-computed case of
 * indicators-fixture.ts: each expectation is written as the sum a reader redoes from the case.
 */

const KEYS = [
  'year',
  'staffActive',
  'staffTrained',
  'accessRate',
  'trainingHours',
  'hoursPerAgent',
  'associationTrainees',
  'associationsReached',
  'womenShareOfTrainees',
  'sessionsDelivered',
  'satisfactionIndex',
  'meanNormalisedGain',
  'applicationRate',
  'costPerTraineeHour',
  'needsCoverage',
];

/** Exact counts, floating figures to the 12th decimal. */
function expectFigures(actual: Indicators, expected: Indicators) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected) as (keyof Indicators)[]) {
    const e = expected[key];
    if (e === null || Number.isInteger(e)) expect(actual[key], key).toBe(e);
    else expect(actual[key], key).toBeCloseTo(e, 12);
  }
}

const HOURS_2025 = 7 + 7 + 3.5 + 3.5 + 3.5 + 3.5; // S1: Amal, Elias, Nadia, Omar, Rachid (P + E); S2: Chama's 2025 slot
const STAFF_HOURS_2025 = 7 + 7 + 3.5; // Amal, Elias, Chama
const EXPECTED_2025: Indicators = {
  year: 2025,
  staffActive: 5, // Amal, Badr, Chama, Farid (left in 2026), Ghita (hired 31 December)
  staffTrained: 3, // Amal, Elias (since left), Chama; Badr was absent, Farid attended in 2026 only
  accessRate: 3 / 5,
  trainingHours: HOURS_2025,
  hoursPerAgent: STAFF_HOURS_2025 / 5,
  associationTrainees: 3, // Nadia, Omar, Rachid
  associationsReached: 2, // Espoir, Nour
  womenShareOfTrainees: 3 / 6, // Amal, Chama, Nadia among Amal, Elias, Chama, Nadia, Omar, Rachid
  sessionsDelivered: 1, // S1 (evaluated); S2 in progress, S3 cancelled
  satisfactionIndex: (1 + 0.5 + 0.25) / 3,
  meanNormalisedGain: (0.5 + 1) / 2,
  applicationRate: 2 / 4, // often, always among often, never, always, sometimes
  costPerTraineeHour: (1200.5 + 500 + 200) / HOURS_2025, // S1, S2, and the cancelled S3's deposit
  needsCoverage: 3 / 5, // planned ×2, fulfilled among those + identified, qualified
};

describe('indicators.year', () => {
  it('gives every indicator of the hand-computed year', () => {
    const ctx = openTemp();
    fullCase(ctx);
    expectFigures(call(ctx, 'indicators.year', { year: 2025 }), EXPECTED_2025);
  });

  it('keeps each year to its own slots: the year before, and a year without sessions', () => {
    const ctx = openTemp();
    fullCase(ctx);
    // 2024: S4 alone, Badr's morning; everyone but Ghita and Driss was there on 31 December 2024.
    expectFigures(call(ctx, 'indicators.year', { year: 2024 }), {
      year: 2024,
      staffActive: 6,
      staffTrained: 1,
      accessRate: 1 / 6,
      trainingHours: 3.5,
      hoursPerAgent: 3.5 / 6,
      associationTrainees: 0,
      associationsReached: 0,
      womenShareOfTrainees: 1,
      sessionsDelivered: 1,
      satisfactionIndex: 0, // the anonymous sheet of S4 answered 1 out of 5
      meanNormalisedGain: null,
      applicationRate: null,
      costPerTraineeHour: 1000 / 3.5,
      needsCoverage: 3 / 5,
    });
    expectFigures(call(ctx, 'indicators.year', { year: 2023 }), {
      year: 2023,
      staffActive: 6,
      staffTrained: 0,
      accessRate: 0,
      trainingHours: 0,
      hoursPerAgent: 0,
      associationTrainees: 0,
      associationsReached: 0,
      womenShareOfTrainees: null,
      sessionsDelivered: 0,
      satisfactionIndex: null,
      meanNormalisedGain: null,
      applicationRate: null,
      costPerTraineeHour: null,
      needsCoverage: 3 / 5,
    });
  });

  it('counts the current year’s active staff on today’s date', () => {
    const ctx = openTemp();
    fullCase(ctx);
    // On 15 February 2026 Driss (hired 2 February) and Farid (leaving 1 March) are both there.
    const on15February = yearIndicators(ctx, 2026, '2026-02-15');
    expect(on15February.staffActive).toBe(6);
    // 2026: Chama's and Farid's January slot of S2, and Chama's follow-up.
    expect(on15February).toMatchObject({ staffTrained: 2, trainingHours: 7, applicationRate: 1, sessionsDelivered: 0 });
    expect(yearIndicators(ctx, 2026, '2026-12-31').staffActive).toBe(5); // Farid has gone
  });

  it('gives null for every rate and mean with nothing to divide by', () => {
    const ctx = openTemp();
    setup(ctx);
    expect(call(ctx, 'indicators.year', { year: 2025 })).toEqual({
      year: 2025,
      staffActive: 0,
      staffTrained: 0,
      accessRate: null,
      trainingHours: 0,
      hoursPerAgent: null,
      associationTrainees: 0,
      associationsReached: 0,
      womenShareOfTrainees: null,
      sessionsDelivered: 0,
      satisfactionIndex: null,
      meanNormalisedGain: null,
      applicationRate: null,
      costPerTraineeHour: null,
      needsCoverage: null,
    });
  });

  it('refuses a year outside 2000–2100', () => {
    const ctx = openTemp();
    setup(ctx);
    expect(refusal(ctx, 'indicators.year', { year: 1999 }).issues?.[0]?.message).toBe('errors.invalidYear');
  });
});

describe('sas report indicators', () => {
  function caseFile() {
    const db = path.join(tempDir(), 'sas.sqlite');
    const ctx = openAppDatabase(db);
    fullCase(ctx);
    ctx.sqlite.close();
    return db;
  }

  it('prints one JSON object with exactly the issue’s keys and the year, the channel’s figures', () => {
    const db = caseFile();
    const r = sas('report', 'indicators', '--db', db, '--year', '2025', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Indicators;
    expect(Object.keys(printed)).toEqual(KEYS);
    expectFigures(printed, EXPECTED_2025);
  });

  it('prints a readable table without --json', () => {
    const db = caseFile();
    const r = sas('report', 'indicators', '--db', db, '--year', '2023');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Training indicators of 2023/);
    expect(r.stdout).toMatch(/^Active staff\s+6$/m);
    expect(r.stdout).toMatch(/^Needs coverage \(planned or fulfilled\)\s+60\.0 %$/m);
    expect(r.stdout).toMatch(/^Cost per trainee-hour \(MAD\)\s+-$/m);
  });

  it('refuses a missing or bad --year with exit code 2, before opening the database', () => {
    const db = path.join(tempDir(), 'none.sqlite');
    for (const year of ['26', '1999']) {
      const bad = sas('report', 'indicators', '--db', db, '--year', year);
      expect(bad.code, year).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(/^sas: report indicators needs --year YYYY/);
    }
    expect(sas('report', 'indicators', '--db', db).code).toBe(2);
  });
});
