import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Dashboard, FIGURES, type Figure } from '../../api/channels/dashboard';
import type { Indicators } from '../../api/channels/evaluation';
import type { DataContext } from '../../db/core/context';
import { reduceToAggregates } from '../../db/features/backup/aggregates';
import { call, openTemp, refusal, setup, tempDir } from './helpers';
import { dashboardCase } from './dashboard-fixture';
import { figureKeys, figureOn } from './dashboard-figures';

/**
 * `dashboard.year` and `dashboard.records` on the hand-computed case of dashboard-fixture.ts: each
 * expectation is written as the sum a reader redoes from the case (2025; S1's hours in 2025 are
 * 24.5: Amal 7, Elias 7, Nadia, Omar and Rachid 3.5 each; S2's are Chama's 3.5).
 */

const year = (ctx: DataContext, filters: Record<string, unknown> = {}) => call(ctx, 'dashboard.year', { year: 2025, ...filters } as never);
const records = (ctx: DataContext, figure: Figure, filters: Record<string, unknown> = {}, key: string | null = null) =>
  call(ctx, 'dashboard.records', { year: 2025, ...filters, figure, key } as never);

/** Exact counts, floating figures to the 12th decimal. */
function expectClose(actual: Record<string, unknown>, expected: Record<string, number | null>) {
  for (const [key, e] of Object.entries(expected)) {
    if (e === null || Number.isInteger(e)) expect(actual[key], key).toBe(e);
    else expect(actual[key], key).toBeCloseTo(e, 12);
  }
}

/** Every figure's records, whole and bar by bar, count what the dashboard shows. */
function expectRecordsMatch(ctx: DataContext, d: Dashboard, filters: Record<string, unknown>) {
  for (const [figure, key] of [...FIGURES.map((f) => [f, null] as [Figure, null]), ...figureKeys(d)]) {
    const r = records(ctx, figure, filters, key);
    expect(r.rows.length, `${figure} ${key}`).toBe(Math.min(r.total, 500));
    const shown = figureOn(d, figure, key);
    if (shown !== null) expect(r.total, `${figure} ${key ?? ''} ${JSON.stringify(filters)}`).toBe(shown);
  }
  // hoursByMonth: the people of each month, whose hours add up to the bar.
  for (const bar of d.charts.hoursByMonth) {
    const r = records(ctx, 'hoursByMonth', filters, String(bar.month));
    const sum = r.rows.reduce((a, row) => a + (row.hours ?? NaN), 0);
    expect(sum, `month ${bar.month}`).toBeCloseTo(bar.staffHours + bar.associationHours, 9);
  }
}

const FILTERS = (k: ReturnType<typeof dashboardCase>) => [
  {},
  { unitId: k.dir.id },
  { unitId: k.srv.id },
  { gender: 'f' },
  { gender: 'm' },
  { population: 'staff' },
  { population: 'associations' },
  { planId: k.plan },
  { unitId: k.dir.id, gender: 'f', planId: k.plan },
];

describe('dashboard.year without a filter', () => {
  it('gives indicators.year exactly, and every section of the hand-computed year', () => {
    const ctx = openTemp();
    const k = dashboardCase(ctx);
    const d = year(ctx);
    expect(d.indicators).toEqual(call(ctx, 'indicators.year', { year: 2025 }));
    expect(d).toMatchObject({ filtered: false, aggregatesOnly: false });
    // S1 and S5 (delivered without marks); the register's needs: 3 + Amal's, SRV's, Espoir's covered among 10.
    expectClose(d.indicators, { sessionsDelivered: 2, needsCoverage: 6 / 10, staffActive: 5, staffTrained: 3 });
    expect(d.staffNotTrained).toBe(3); // Badr, Farid, Ghita

    expect(d.charts.hoursByMonth.filter((m) => m.staffHours || m.associationHours)).toEqual([
      { month: 3, staffHours: 14, associationHours: 10.5 },
      { month: 12, staffHours: 3.5, associationHours: 0 },
    ]);
    expect(d.charts.trainedByGender).toEqual([
      { population: 'staff', women: 2, men: 1 }, // Amal, Chama; Elias
      { population: 'associations', women: 1, men: 2 }, // Nadia; Omar, Rachid
    ]);
    // One root (DIR): its own staff (Amal) and the unit below it (SRV: Badr, Chama); the others have no unit.
    expect(d.charts.trainedByUnit).toEqual([
      { id: k.dir.id, nameFr: 'Direction', nameAr: 'المديرية', active: 1, trained: 1 },
      { id: k.srv.id, nameFr: 'Service social', nameAr: 'المصلحة', active: 2, trained: 1 },
    ]);
    const other = d.charts.satisfactionByMeasure.find((m) => m.measure === 'other')!;
    expect(other.answers).toBe(3);
    expect(other.index).toBeCloseTo((1 + 0.5 + 0.25) / 3, 12);
    expect(d.charts.satisfactionByMeasure.find((m) => m.measure === 'trainer')).toEqual({ measure: 'trainer', index: null, answers: 0 });
    expect(d.charts.applicationByFrequency).toEqual([
      { frequency: 'never', objectives: 1 },
      { frequency: 'sometimes', objectives: 1 },
      { frequency: 'often', objectives: 1 },
      { frequency: 'always', objectives: 1 },
    ]);

    // Follow-ups: S1's 30-day round (Amal, Nadia, Omar, Rachid; Elias's is done) and its 90-day
    // round (Elias, Nadia, Omar, Rachid; Amal's is done), all due in 2025 and long overdue.
    expect(d.quality).toEqual({ deliveredWithoutAttendance: 1, endSheetsNotTyped: 1, followUpsOverdue: 8, staffWithoutJob: 3 });

    expect(d.reviews.campaigns).toEqual([
      { id: k.bc2025, nameFr: 'Bilans 2025', nameAr: 'Bilans 2025', status: 'open', reviews: 3, validated: 2, completion: 2 / 3 },
    ]);
    expect(d.reviews.gapClosure).toMatchObject({ people: 2, gapBefore: 8, gapAfter: 4, closure: 0.5 }); // Amal 8 → 4, Chama 0 → 0
    expect(d.reviews.gapClosure?.before.id).toBe(k.bc2024);
    expect(d.reviews.gapClosure?.after.id).toBe(k.bc2025);

    expect(d.plan).toEqual({
      id: k.plan,
      nameFr: 'Plan 2025',
      nameAr: 'مخطط 2025',
      year: 2025,
      actions: 2, // A3 is cancelled
      actionsDone: 1, // A1 has S1
      budgetPlannedCentimes: 150_000,
      budgetExecutedCentimes: 120_050,
      budgetExecution: 120_050 / 150_000,
      byFunder: [
        { id: k.commune, nameFr: 'Commune', nameAr: 'الجماعة', plannedCentimes: 110_000, executedCentimes: 100_000 },
        { id: k.programme, nameFr: 'Programme', nameAr: 'البرنامج', plannedCentimes: 40_000, executedCentimes: 20_050 },
      ],
    });
    expect(d.sessions).toEqual({ ofYear: 3, outsidePlan: 2, outsidePlanShare: 2 / 3 }); // S1, S2, S5; S3 cancelled

    expect(d.associations).toEqual({
      byDomain: [
        { id: k.enfance, nameFr: 'Enfance', nameAr: 'الطفولة', organizations: 2, trainees: 3 },
        { id: k.handicap, nameFr: 'Handicap', nameAr: 'الإعاقة', organizations: 1, trainees: 2 },
      ],
      byQuartier: [{ id: k.alQods, nameFr: 'Al Qods', nameAr: 'القدس', organizations: 1, trainees: 2 }],
      subsidised: 2, // Espoir (granted), Avenir (paid); Nour's was rejected
      subsidisedWithTrainedWorker: 1, // Espoir
      subsidisedTrainedShare: 0.5,
    });
  });

  it('keeps to the year asked: 2024 has its own campaign, no plan and no pair of campaigns', () => {
    const ctx = openTemp();
    const k = dashboardCase(ctx);
    const d = call(ctx, 'dashboard.year', { year: 2024 });
    expect(d.indicators).toEqual(call(ctx, 'indicators.year', { year: 2024 }));
    expect(d.reviews.campaigns.map((c) => [c.id, c.reviews, c.validated])).toEqual([[k.bc2024, 3, 3]]);
    expect(d.reviews.gapClosure).toBeNull();
    expect(d.plan).toBeNull();
    expect(d.associations.subsidised).toBe(1);
    expect(d.associations.subsidisedTrainedShare).toBe(0); // Espoir reached nobody in 2024
  });

  it('gives null for every rate with nothing to divide by', () => {
    const ctx = openTemp();
    setup(ctx);
    const d = year(ctx);
    expect(d.indicators).toEqual(call(ctx, 'indicators.year', { year: 2025 }));
    expect(d.charts.satisfactionByMeasure.every((m) => m.index === null && m.answers === 0)).toBe(true);
    expect(d.reviews).toEqual({ campaigns: [], gapClosure: null });
    expect(d.plan).toBeNull();
    expect(d.sessions).toEqual({ ofYear: 0, outsidePlan: 0, outsidePlanShare: null });
    expect(d.associations.subsidisedTrainedShare).toBeNull();
    for (const figure of FIGURES) expect(records(ctx, figure).total, figure).toBe(0);
  });
});

describe('dashboard.year with filters', () => {
  it('a unit keeps its staff and those of the units below it, and leaves association trainees out', () => {
    const ctx = openTemp();
    const k = dashboardCase(ctx);
    const d = year(ctx, { unitId: k.dir.id }); // Amal (DIR), Badr and Chama (SRV)
    expect(d.filtered).toBe(true);
    expectClose(d.indicators, {
      staffActive: 3,
      staffTrained: 2, // Amal, Chama
      accessRate: 2 / 3,
      trainingHours: 10.5,
      hoursPerAgent: 10.5 / 3,
      associationTrainees: 0,
      associationsReached: 0,
      womenShareOfTrainees: 1,
      sessionsDelivered: 1, // S1, where Amal was; S5 had nobody
      satisfactionIndex: (1 + 0.5) / 2, // Amal's named sheet; the anonymous one belongs to nobody
      meanNormalisedGain: 0.5, // Amal's
      applicationRate: 2 / 3, // Amal's follow-up: often, never, always
      // S1's 1,200.50 MAD shared by hours (Amal's 7 of 24.5) and S2's 500 (Chama's 3.5 of 3.5).
      costPerTraineeHour: ((1200.5 * 7) / 24.5 + 500) / 10.5,
      needsCoverage: 2 / 3, // Amal's (planned), Badr's (qualified), SRV's (fulfilled)
    });
    expect(d.staffNotTrained).toBe(1); // Badr
    expect(d.quality).toEqual({ deliveredWithoutAttendance: 1, endSheetsNotTyped: 1, followUpsOverdue: 1, staffWithoutJob: 1 });
    expect(d.charts.trainedByUnit.map((u) => [u.id, u.active, u.trained])).toEqual([
      [k.dir.id, 1, 1],
      [k.srv.id, 2, 1],
    ]);
    expect(d.sessions).toEqual({ ofYear: 2, outsidePlan: 1, outsidePlanShare: 0.5 }); // S1, S2
    expect(d.associations.byDomain).toEqual([]);

    const srv = year(ctx, { unitId: k.srv.id }); // Badr, Chama
    expectClose(srv.indicators, { staffActive: 2, staffTrained: 1, trainingHours: 3.5, sessionsDelivered: 0, needsCoverage: 1 / 2 });
    expect(srv.charts.trainedByUnit).toEqual([{ id: k.srv.id, nameFr: 'Service social', nameAr: 'المصلحة', active: 2, trained: 1 }]);
    // Chama alone is validated in both campaigns, with no gap either time: nothing to close.
    expect(srv.reviews.gapClosure).toMatchObject({ people: 1, gapBefore: 0, gapAfter: 0, closure: null });
    expect(srv.reviews.campaigns[0]).toMatchObject({ reviews: 2, validated: 1, completion: 0.5 });
  });

  it('a gender keeps staff and association trainees of that gender', () => {
    const ctx = openTemp();
    dashboardCase(ctx);
    expectClose(year(ctx, { gender: 'm' }).indicators, {
      staffActive: 1, // Farid
      staffTrained: 1, // Elias
      accessRate: 1,
      trainingHours: 14, // Elias 7, Omar 3.5, Rachid 3.5
      hoursPerAgent: 7,
      associationTrainees: 2,
      associationsReached: 2,
      womenShareOfTrainees: 0,
      sessionsDelivered: 1,
      satisfactionIndex: null, // no named sheet of a man
      meanNormalisedGain: null, // Elias was at the maximum; Omar has no post-test, Rachid no pre-test
      applicationRate: 0, // Elias: sometimes
      costPerTraineeHour: (1200.5 * 14) / 24.5 / 14,
      needsCoverage: 0, // Farid's need, identified; unit and association needs have no gender
    });
    const women = year(ctx, { gender: 'f' });
    expectClose(women.indicators, { staffActive: 4, staffTrained: 2, associationTrainees: 1, womenShareOfTrainees: 1 });
    expect(women.quality.followUpsOverdue).toBe(3); // Amal's 30-day, Nadia's two
  });

  it('staff or associations keep one population', () => {
    const ctx = openTemp();
    dashboardCase(ctx);
    const staff = year(ctx, { population: 'staff' });
    expectClose(staff.indicators, {
      staffActive: 5,
      staffTrained: 3,
      trainingHours: 17.5,
      associationTrainees: 0,
      womenShareOfTrainees: 2 / 3,
      satisfactionIndex: 0.75,
      applicationRate: 2 / 4,
      costPerTraineeHour: ((1200.5 * 14) / 24.5 + 500) / 17.5,
    });
    const associations = year(ctx, { population: 'associations' });
    expectClose(associations.indicators, {
      staffActive: 0,
      staffTrained: 0,
      accessRate: null,
      trainingHours: 10.5,
      hoursPerAgent: null,
      associationTrainees: 3,
      associationsReached: 2,
      womenShareOfTrainees: 1 / 3,
      meanNormalisedGain: 1, // Nadia 2 → 10
      applicationRate: null,
      costPerTraineeHour: (1200.5 * 10.5) / 24.5 / 10.5,
      needsCoverage: 1, // Espoir's need, planned
    });
    expect(associations.reviews.campaigns[0]).toMatchObject({ reviews: 0, validated: 0, completion: null });
    expect(associations.reviews.gapClosure).toMatchObject({ people: 0, closure: null });
    expect(associations.quality).toMatchObject({ followUpsOverdue: 6, staffWithoutJob: 0 });
  });

  it('a plan keeps its actions’ sessions, and covered needs are those its actions answer', () => {
    const ctx = openTemp();
    const k = dashboardCase(ctx);
    const d = year(ctx, { planId: k.plan });
    expectClose(d.indicators, {
      staffActive: 5,
      staffTrained: 2, // Amal, Elias (S1)
      trainingHours: 24.5,
      hoursPerAgent: 14 / 5,
      associationTrainees: 3,
      womenShareOfTrainees: 2 / 5,
      sessionsDelivered: 1,
      satisfactionIndex: (1 + 0.5 + 0.25) / 3, // no people filter: the anonymous sheet counts
      meanNormalisedGain: (0.5 + 1) / 2,
      applicationRate: 2 / 4,
      costPerTraineeHour: 1200.5 / 24.5,
      needsCoverage: 1 / 10, // Amal's need, answered by A1, among the register's ten
    });
    expect(d.sessions).toEqual({ ofYear: 1, outsidePlan: 0, outsidePlanShare: 0 });
    expect(d.quality).toMatchObject({ deliveredWithoutAttendance: 0, endSheetsNotTyped: 0, followUpsOverdue: 8 });
    expect(d.plan?.id).toBe(k.plan);
  });

  it('every figure’s records are as many as the figure, under every filter', () => {
    const ctx = openTemp();
    const k = dashboardCase(ctx);
    for (const filters of FILTERS(k)) expectRecordsMatch(ctx, call(ctx, 'dashboard.year', { year: 2025, ...filters } as never), filters);
  });
});

describe('sessions of the year', () => {
  it('leave out a draft, not yet a session anyone was told of', () => {
    const ctx = openTemp();
    const k = dashboardCase(ctx);
    const before = call(ctx, 'dashboard.year', { year: 2025 }).sessions;
    const draft = k.session(['2025-10-01']);
    expect(call(ctx, 'sessions.get', { id: draft.id }).status).toBe('draft');
    expect(call(ctx, 'dashboard.year', { year: 2025 }).sessions).toEqual(before);
    expect(records(ctx, 'sessionsOutsidePlan').total).toBe(before.outsidePlan);
  });
});

describe('dashboard.records', () => {
  it('lists the records with what the screens show and what a link needs', () => {
    const ctx = openTemp();
    const k = dashboardCase(ctx);
    const trained = records(ctx, 'staffTrained');
    expect(trained.rows.map((r) => [r.labelFr, r.detail, r.hours])).toEqual([
      ['Amal X', 'A-1', 7],
      ['Chama X', 'C-3', 3.5],
      ['Elias X', 'E-5', 7],
    ]);
    expect(records(ctx, 'staffNotTrained').rows.map((r) => r.labelFr)).toEqual(['Badr X', 'Farid X', 'Ghita X']);
    expect(records(ctx, 'actionsNotDone').rows).toEqual([
      { kind: 'action', id: k.a2, labelFr: 'Action A2', labelAr: 'Action A2', detail: 'A2', date: null, hours: null, parentId: k.plan },
    ]);
    expect(records(ctx, 'reviewsNotValidated').rows).toEqual([
      {
        kind: 'review',
        id: k.badrReview,
        labelFr: 'Badr X',
        labelAr: 'Badr X',
        detail: 'B-2 · BC-2025',
        date: null,
        hours: null,
        parentId: k.bc2025,
      },
    ]);
    const overdue = records(ctx, 'followUpsOverdue').rows;
    expect(overdue.every((r) => r.kind === 'followUp' && r.parentId === k.s1.id)).toBe(true);
    expect(overdue.map((r) => r.id)).toContain(`${k.eliasS1}/follow_up_90`);
    const trainees = records(ctx, 'associationTrainees').rows;
    expect(trainees.find((r) => r.labelFr === 'Nadia Y')).toMatchObject({ kind: 'trainee', labelAr: 'Nadia', parentId: k.org.id });
    expect(records(ctx, 'subsidisedWithoutTrainedWorker').rows.map((r) => r.id)).toEqual([k.avenir]);
    expect(records(ctx, 'sessionsOutsidePlan').rows.map((r) => r.date)).toEqual(['2025-09-15', '2025-12-30']);
    expect(records(ctx, 'trainedByUnit', {}, k.srv.id).rows.map((r) => r.labelFr)).toEqual(['Chama X']);
    expect(records(ctx, 'associationsByDomain', {}, k.handicap).rows.map((r) => r.id)).toEqual([k.org.id]);
  });

  it('gives at most 500 rows, with the full count', () => {
    const ctx = openTemp();
    setup(ctx);
    const insert = ctx.sqlite.prepare("INSERT INTO staff (id, matricule, last_name_fr, sort_name_fr, gender) VALUES (?, ?, 'P', ?, 'f')");
    for (let i = 0; i < 620; i++) insert.run(`s-${String(i).padStart(4, '0')}`, `M-${i}`, `p ${String(i).padStart(4, '0')}`);
    const r = records(ctx, 'staffActive');
    expect(r.total).toBe(620);
    expect(r.rows).toHaveLength(500);
    expect(year(ctx).indicators.staffActive).toBe(620);
  });
});

describe('bad input', () => {
  it('refuses a year outside 2000–2100, and a unit, plan or campaign that does not exist', () => {
    const ctx = openTemp();
    const k = dashboardCase(ctx);
    expect(refusal(ctx, 'dashboard.year', { year: 1999 }).issues?.[0]?.message).toBe('errors.invalidYear');
    expect(refusal(ctx, 'dashboard.records', { year: 2025, figure: 'nothing' }).code).toBe('invalid_input');
    const unknown = '01900000-0000-7000-8000-000000000000';
    const unit = refusal(ctx, 'dashboard.year', { year: 2025, unitId: unknown });
    expect(unit).toMatchObject({ code: 'not_found', messageKey: 'errors.unitUnknown' });
    expect(unit.issues?.[0]?.path).toBe('unitId');
    expect(refusal(ctx, 'dashboard.records', { year: 2025, figure: 'staffActive', unitId: unknown }).messageKey).toBe('errors.unitUnknown');
    expect(refusal(ctx, 'dashboard.year', { year: 2025, planId: unknown }).messageKey).toBe('errors.dashboard.planUnknown');
    expect(refusal(ctx, 'dashboard.year', { year: 2025, campaignBefore: unknown, campaignAfter: k.bc2025 }).messageKey).toBe(
      'errors.dashboard.campaignUnknown',
    );
    expect(refusal(ctx, 'dashboard.year', { year: 2025, campaignBefore: k.bc2024 })).toMatchObject({
      code: 'invalid_input',
      messageKey: 'errors.dashboard.campaignPair',
      issues: [{ path: 'campaignAfter', message: 'errors.dashboard.campaignPair' }],
    });
    expect(refusal(ctx, 'dashboard.year', { year: 2025, campaignBefore: k.bc2024, campaignAfter: k.bc2024 }).code).toBe('invalid_input');
  });

  it('compares the campaigns asked for, in the order given', () => {
    const ctx = openTemp();
    const k = dashboardCase(ctx);
    const g = year(ctx, { campaignBefore: k.bc2025, campaignAfter: k.bc2024 }).reviews.gapClosure;
    expect(g).toMatchObject({ people: 2, gapBefore: 4, gapAfter: 8, closure: -1 });
  });
});

describe('an aggregates dataset', () => {
  it('shows the indicators kept in the backup, nothing else, whatever the filters', () => {
    const source = openTemp();
    const k = dashboardCase(source);
    const expected: Indicators = call(source, 'indicators.year', { year: 2025 });
    const copy = path.join(tempDir(), 'aggregates.sqlite');
    source.sqlite.exec(`VACUUM INTO '${copy}'`);
    const ctx = openTemp(copy);
    reduceToAggregates(ctx);
    for (const filters of [{}, { unitId: k.dir.id, gender: 'f', planId: k.plan }]) {
      const d = year(ctx, filters);
      expect(d.aggregatesOnly).toBe(true);
      expect(d.filtered).toBe(false);
      expect(d.indicators).toEqual(expected);
      expect(d.staffNotTrained).toBe(0);
      expect(d.charts.trainedByUnit).toEqual([]);
      expect(d.reviews).toEqual({ campaigns: [], gapClosure: null });
      expect(d.plan).toBeNull();
      expect(d.associations.byDomain).toEqual([]);
    }
    for (const figure of FIGURES) expect(records(ctx, figure).total, figure).toBe(0);
  });
});
