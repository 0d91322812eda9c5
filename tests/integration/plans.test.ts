import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { newId } from '../../db/core/ids';
import { call, openTemp, refusal, sas, tempDir } from './helpers';
import { reviewCase } from './review-fixture';

/**
 * The review case (review-fixture.ts) with gaps on C1 (essential, required 3): Amal at 1 (gap 2)
 * and Badr at 2 (gap 1), so two gap needs; an association's need for C1 (4 people, gap 2); and
 * two courses: K1 develops C1 up to 3 in groups of 2, K2 only up to 2.
 */
function planCase(ctx: DataContext) {
  const k = reviewCase(ctx);
  const rate = (staffId: string, level: number) =>
    call(ctx, 'ratings.record', { staffId, competencyId: k.c1.id, level, validFrom: '2026-03-10', source: 'evidence', reason: 'Constat' });
  rate(k.amal.id, 1);
  rate(k.badr.id, 2);
  const org = call(ctx, 'organizations.create', { nameFr: 'Association Espoir' });
  const assoc = call(ctx, 'needs.create', {
    population: 'association',
    organizationId: org.id,
    competencyId: k.c1.id,
    origin: 'survey',
    importance: 'important',
    peopleCount: 4,
    estimatedGap: 2,
  });
  const course = (code: string, level: number, groupSize: number) => {
    const id = newId();
    ctx.sqlite
      .prepare('INSERT INTO courses (id, code, title_fr, group_size, hours) VALUES (?, ?, ?, ?, 12)')
      .run(id, code, `Cours ${code}`, groupSize);
    ctx.sqlite.prepare('INSERT INTO course_competencies (course_id, competency_id, target_level) VALUES (?, ?, ?)').run(id, k.c1.id, level);
    return id;
  };
  const k1 = course('K1', 3, 2);
  const k2 = course('K2', 2, 20);
  const needs = call(ctx, 'needs.list', {});
  const gapNeeds = needs.filter((n) => n.origin === 'gap').map((n) => n.id);
  expect(gapNeeds).toHaveLength(2);
  return { ...k, assoc, k1, k2, gapNeeds, needIds: [...gapNeeds, assoc.id] };
}

const newPlan = (ctx: DataContext, audience: 'staff' | 'associations' | 'both' = 'both') =>
  call(ctx, 'plans.create', {
    year: 2026,
    audience,
    titleFr: 'Plan de formation 2026',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    budgetCentimes: 50_000_00,
    funders: [
      { nameFr: 'Commune de Berkane', amountCentimes: 30_000_00 },
      { nameFr: 'Programme de coopération', amountCentimes: 20_000_00 },
    ],
  });

describe('an action built from needs', () => {
  it('takes their competencies, population and head count, suggests the courses that reach the level and the sessions they take', () => {
    const ctx = openTemp();
    const k = planCase(ctx);
    const plan = newPlan(ctx);
    const p = call(ctx, 'actions.propose', { planId: plan.id, needIds: k.needIds });
    expect(p).toMatchObject({ audience: 'both', people: 6, women: 2, men: 0, staffCount: 2, associationCount: 4 });
    expect(p.targets).toEqual([{ competencyId: k.c1.id, level: 3 }]);
    // K1 reaches level 3 in groups of 2: 6 people take 3 sessions; K2 stops at 2 and comes after.
    expect(p.suggestedCourses.map((c) => [c.code, c.reaches, c.sessions])).toEqual([
      ['K1', 1, 3],
      ['K2', 0, 1],
    ]);
    // Staff needs alone: the association's people are not counted.
    expect(call(ctx, 'actions.propose', { planId: plan.id, needIds: k.gapNeeds })).toMatchObject({ audience: 'staff', people: 2 });
  });

  it('makes its needs planned, shows the plan covering their score, and lets them go when removed', () => {
    const ctx = openTemp();
    const k = planCase(ctx);
    const plan = newPlan(ctx);
    const [commune] = plan.funders;
    const after = call(ctx, 'actions.create', {
      planId: plan.id,
      courseId: k.k1,
      sessions: 3,
      women: 2,
      staffCount: 2,
      associationCount: 4,
      hours: 12,
      periodKind: 'quarter',
      periodValue: 2,
      costs: [
        { item: 'trainer_fees', amountCentimes: 9_000_00, funderId: commune!.id },
        { item: 'catering', amountCentimes: 1_500_00, funderId: null },
      ],
      needIds: [k.gapNeeds[0]!, k.assoc.id],
    });
    expect(after.plannedCentimes).toBe(10_500_00);
    expect(after.byFunder).toEqual(
      expect.arrayContaining([
        { funderId: commune!.id, totalCentimes: 9_000_00 },
        { funderId: null, totalCentimes: 1_500_00 },
      ]),
    );
    const states = () => Object.fromEntries(call(ctx, 'needs.list', {}).map((n) => [n.id, n.state]));
    expect(states()).toEqual({ [k.gapNeeds[0]!]: 'planned', [k.gapNeeds[1]!]: 'identified', [k.assoc.id]: 'planned' });
    // Staff C1: Amal (gap 2) and Badr (gap 1), essential: score 9; one of the two covered → half of it.
    const staffRow = after.coverage.rows.find((r) => r.population === 'staff')!;
    const assocRow = after.coverage.rows.find((r) => r.population === 'association')!;
    expect([staffRow.score, staffRow.people, staffRow.coveredPeople]).toEqual([9, 2, 1]);
    expect(staffRow.coveredScore).toBe(4.5);
    expect([assocRow.score, assocRow.coveredPeople]).toEqual([16, 4]);
    expect(after.coverage.share).toBeCloseTo((4.5 + 16) / 25, 5);

    const removed = call(ctx, 'actions.delete', { id: after.actionList[0]!.id });
    expect(removed.actionList).toEqual([]);
    expect(Object.values(states())).toEqual(['identified', 'identified', 'identified']);
  });

  it('refuses a need that is no longer open and a funder of another plan', () => {
    const ctx = openTemp();
    const k = planCase(ctx);
    const plan = newPlan(ctx);
    call(ctx, 'needs.setState', { id: k.assoc.id, state: 'rejected', reason: 'Couvert ailleurs' });
    expect(refusal(ctx, 'actions.create', { planId: plan.id, courseId: k.k1, needIds: [k.assoc.id] }).messageKey).toBe(
      'errors.needNotOpen',
    );
    const other = call(ctx, 'plans.create', {
      year: 2027,
      titleFr: 'Plan 2027',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      funders: [{ nameFr: 'Autre' }],
    });
    const error = refusal(ctx, 'actions.create', {
      planId: plan.id,
      courseId: k.k1,
      costs: [{ item: 'venue', amountCentimes: 100, funderId: other.funders[0]!.id }],
    });
    expect(error.issues).toEqual([{ path: 'costs.0.funderId', message: 'errors.notInPlan' }]);
    expect(
      refusal(ctx, 'plans.create', { year: 2026, audience: 'both', titleFr: 'Doublon', periodStart: '2026-01-01', periodEnd: '2026-12-31' })
        .messageKey,
    ).toBe('errors.planExists');
  });
});

describe('adoption and versions', () => {
  it('keeps the adopted plan as version 1; a later change needs a note, makes version 2, and the versions compare', () => {
    const ctx = openTemp();
    const k = planCase(ctx);
    const plan = newPlan(ctx);
    call(ctx, 'axes.create', { planId: plan.id, code: 'A1', titleFr: 'Action sociale de proximité', programmeResult: 'R3.7' });
    const withAction = call(ctx, 'actions.create', {
      planId: plan.id,
      code: 'F1',
      titleFr: 'Diagnostic social',
      courseId: k.k1,
      sessions: 1,
      needIds: k.gapNeeds,
    });
    call(ctx, 'plans.setStatus', { id: plan.id, status: 'submitted' });
    const adopted = call(ctx, 'plans.adopt', { id: plan.id, decisionReference: 'Délibération n° 12/2026', decisionDate: '2026-02-10' });
    expect([adopted.status, adopted.version]).toEqual(['adopted', 1]);

    const action = withAction.actionList[0]!;
    const change = { ...action, sessions: 2, costs: [], needIds: action.needIds };
    expect(refusal(ctx, 'actions.update', change).issues).toEqual([{ path: 'changeNote', message: 'errors.changeNoteRequired' }]);
    const changed = call(ctx, 'actions.update', { ...change, changeNote: 'Deux groupes au lieu d’un' });
    expect(changed.version).toBe(2);
    expect(call(ctx, 'plans.versions', { id: plan.id }).map((v) => [v.version, v.note])).toEqual([
      [1, ''],
      [2, 'Deux groupes au lieu d’un'],
    ]);
    expect(call(ctx, 'plans.compare', { id: plan.id, from: 1, to: 2 })).toEqual([
      { kind: 'action', code: 'F1', nameFr: 'Diagnostic social', nameAr: '', change: 'changed', fields: ['sessions'] },
    ]);
    call(ctx, 'plans.setStatus', { id: plan.id, status: 'in_execution' });
    call(ctx, 'plans.setStatus', { id: plan.id, status: 'closed' });
    expect(refusal(ctx, 'actions.delete', { id: action.id, changeNote: 'Trop tard' }).messageKey).toBe('errors.planClosed');
    expect(refusal(ctx, 'plans.delete', { id: plan.id }).messageKey).toBe('errors.planNotDraft');
  });
});

describe('sas plan export', () => {
  it("writes one row per action of the year's plans, and exits 1 for a year without a plan", () => {
    const db = path.join(tempDir(), 'sas.sqlite');
    const ctx = openAppDatabase(db);
    const k = planCase(ctx);
    const plan = newPlan(ctx);
    call(ctx, 'actions.create', {
      planId: plan.id,
      code: 'F1',
      titleFr: 'Diagnostic social',
      courseId: k.k1,
      women: 2,
      staffCount: 2,
      hours: 12.5,
      periodKind: 'month',
      periodValue: 3,
      costs: [{ item: 'trainer_fees', amountCentimes: 1_234_56, funderId: plan.funders[0]!.id }],
      needIds: k.gapNeeds,
    });
    ctx.sqlite.close();
    const out = path.join(tempDir(), 'plan.csv');
    const r = sas('plan export', '--db', db, '--year', '2026', '--format', 'csv', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const lines = fs
      .readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe(
      'plan;axe;action;code_formation;population;femmes;hommes;agents;associatifs;heures;periode;cout_prevu_mad;financeur;statut;besoins_couverts',
    );
    expect(lines.slice(1)).toEqual([
      'Plan de formation 2026;;F1 Diagnostic social;K1;staff;2;0;2;0;12,5;2026-03;1234,56;Commune de Berkane;planned;2',
    ]);
    expect(sas('plan export', '--db', db, '--year', '2031', '--format', 'csv', '--out', out).code).toBe(1);
    expect(sas('plan export', '--db', db, '--year', 'soon', '--format', 'csv', '--out', out).code).toBe(2);
  }, 120_000);
});
