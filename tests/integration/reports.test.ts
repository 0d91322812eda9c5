import { describe, expect, it } from 'vitest';
import { newId } from '../../db/core/ids';
import type { DataContext } from '../../db/core/context';
import { auditOf, call, count, openTemp, refusal } from './helpers';
import { evaluationRows, indicatorsCase } from './indicators-fixture';

/**
 * The session report and the annual report's own parts (issue 12) on the hand-computed case of
 * indicators-fixture.ts: S1 (10–11 March 2025, two slots of 3.5 h) with Amal P P, Elias P L,
 * Badr A A, Nadia L A, Omar A L, Rachid P E.
 */
function reportCase(ctx: DataContext) {
  const k = indicatorsCase(ctx);
  const w = evaluationRows(ctx);
  const reaction = w.questionnaire('reaction', 'R-1');
  const five = w.question(reaction, 'scale', 5);
  const three = w.question(reaction, 'scale', 3);
  const text = w.question(reaction, 'text', null);
  const grid = w.question(reaction, 'grid', 5);
  ctx.sqlite.prepare("UPDATE questions SET measures = 'trainer' WHERE id = ?").run(five);
  ctx.sqlite.prepare("UPDATE questions SET measures = 'content' WHERE id = ?").run(three);
  const end1 = w.round(k.s1.id, reaction, 'end_sheet');
  const amalSheet = w.sheet(end1, k.amalS1);
  w.answer(amalSheet, five, 5); // (5 − 1) / 4 = 1
  w.answer(amalSheet, three, 2); // (2 − 1) / 2 = 0.5
  w.answer(amalSheet, text, null, 'Très utile');
  w.answer(amalSheet, grid, 1);
  const anonymous = w.sheet(end1, null);
  w.answer(anonymous, five, 2); // (2 − 1) / 4 = 0.25
  w.answer(anonymous, text, null, 'Salle trop petite');

  const test = w.questionnaire('test', 'T-1');
  ctx.sqlite.prepare('UPDATE questionnaires SET pass_threshold = 0.8 WHERE id = ?').run(test);
  const pre = w.round(k.s1.id, test, 'pre_test');
  const post = w.round(k.s1.id, test, 'post_test');
  w.sheet(pre, k.amalS1, 4, 10);
  w.sheet(post, k.amalS1, 7, 10);
  w.sheet(pre, k.eliasS1, 10, 10);
  w.sheet(post, k.eliasS1, 10, 10);
  w.sheet(pre, k.nadiaS1, 2, 10);
  w.sheet(post, k.nadiaS1, 10, 10);
  w.sheet(pre, k.omarS1, 5, 10); // no post-test
  w.sheet(post, k.rachidS1, 8, 10); // no pre-test
  // S2 has its rounds but not one sheet typed in.
  w.round(k.s2.id, reaction, 'end_sheet');
  w.round(k.s2.id, test, 'post_test');
  return { ...k, reaction, test };
}

describe('sessions.report', () => {
  it('gives the attendance, levels 1 and 2 and the comments of the hand-computed session', () => {
    const ctx = openTemp();
    const k = reportCase(ctx);
    const r = call(ctx, 'sessions.report', { sessionId: k.s1.id });

    // Six seated, five with hours; 7 + 7 + 0 + 3.5 + 3.5 + 3.5 of 6 × 7 hours.
    expect(r.attendance).toMatchObject({ enrolled: 6, attended: 5, hours: 7, hoursAttended: 24.5 });
    expect(r.attendance.attendanceRate).toBeCloseTo(24.5 / 42, 12);
    const outcome = (s: string) => r.attendance.outcomes.find((o) => o.status === s)?.count;
    expect([outcome('attended_full'), outcome('attended_partial'), outcome('absent')]).toEqual([2, 3, 1]);

    const l1 = r.reaction!;
    expect([l1.sheets, l1.expected]).toEqual([2, 5]);
    expect(l1.responseRate).toBeCloseTo(2 / 5, 12);
    // The year's indicator on the same answers: S1 holds every level-1 answer of 2025 here.
    expect(l1.satisfactionIndex).toBeCloseTo((1 + 0.5 + 0.25) / 3, 12);
    expect(l1.satisfactionIndex).toBeCloseTo(call(ctx, 'indicators.year', { year: 2025 }).satisfactionIndex!, 12);
    expect(l1.byMeasure.find((m) => m.measure === 'trainer')).toMatchObject({ answers: 2, index: (1 + 0.25) / 2 });
    expect(l1.byMeasure.find((m) => m.measure === 'content')).toMatchObject({ answers: 1, index: 0.5 });
    // Distributions: the 5-point question got a 2 and a 5; the grid is no scale question.
    expect(l1.scales.map((s) => s.counts)).toEqual([
      [0, 1, 0, 0, 1],
      [0, 1, 0],
    ]);

    const l2 = r.learning!;
    // Amal 4 → 7, Elias 10 → 10, Nadia 2 → 10 have both tests; Omar has no post-test, Rachid no pre-test.
    expect([l2.preSheets, l2.postSheets, l2.participants]).toEqual([4, 4, 3]);
    expect(l2.meanPre).toBeCloseTo((0.4 + 1 + 0.2) / 3, 12);
    expect(l2.meanPost).toBeCloseTo((0.7 + 1 + 1) / 3, 12);
    expect(l2.meanNormalisedGain).toBeCloseTo((0.5 + 1) / 2, 12); // Elias was already at the maximum
    // Against 0.8: Elias 10, Nadia 10, Rachid 8 pass; Amal 7 does not.
    expect([l2.passThreshold, l2.passed, l2.postScored]).toEqual([0.8, 3, 4]);
    expect(l2.passRate).toBeCloseTo(3 / 4, 12);

    // Both comments, sorted by their text, and no name anywhere in the report.
    expect(r.comments).toEqual([expect.objectContaining({ moment: 'end_sheet', texts: ['Salle trop petite', 'Très utile'] })]);
    expect(JSON.stringify(r)).not.toMatch(/Amal|Elias|Nadia|Rachid/);
  });

  it('says "not known" (null), not 0, for a session whose sheets were never typed in', () => {
    const ctx = openTemp();
    const k = reportCase(ctx);
    const r = call(ctx, 'sessions.report', { sessionId: k.s2.id });
    expect(r.reaction).toMatchObject({ sheets: 0, expected: 2, responseRate: 0, satisfactionIndex: null });
    expect(r.reaction!.byMeasure.every((m) => m.index === null && m.answers === 0)).toBe(true);
    expect(r.reaction!.scales.every((s) => s.index === null)).toBe(true);
    expect(r.learning).toMatchObject({
      participants: 0,
      meanPre: null,
      meanPost: null,
      meanNormalisedGain: null,
      passRate: null,
    });
    expect(r.comments).toEqual([]);
    // The cancelled S3: nobody marked, so no attendance rate; S4: no rounds at all.
    expect(call(ctx, 'sessions.report', { sessionId: k.s3.id }).attendance.attendanceRate).toBeNull();
    const s4 = call(ctx, 'sessions.report', { sessionId: k.s4.id });
    expect([s4.reaction, s4.learning]).toEqual([null, null]);
    expect(refusal(ctx, 'sessions.report', { sessionId: newId() }).code).toBe('not_found');
  });

  it("puts the session's actual costs beside its share of the action's planned costs, by funder", () => {
    const ctx = openTemp();
    const k = indicatorsCase(ctx);
    const run = (sql: string, ...p: unknown[]) => ctx.sqlite.prepare(sql).run(...p);
    const [plan, commune, cic, action] = [newId(), newId(), newId(), newId()];
    run(
      "INSERT INTO training_plans (id, year, title_fr, period_start, period_end) VALUES (?, 2025, 'Plan 2025', '2025-01-01', '2025-12-31')",
      plan,
    );
    run("INSERT INTO plan_funders (id, plan_id, name_fr, name_ar, position) VALUES (?, ?, 'Commune', 'الجماعة', 0)", commune, plan);
    run("INSERT INTO plan_funders (id, plan_id, name_fr, name_ar, position) VALUES (?, ?, 'CIC', 'التعاون', 1)", cic, plan);
    run(
      "INSERT INTO plan_actions (id, plan_id, code, title_fr, course_id, sessions) VALUES (?, ?, 'A1', 'Écoute', ?, 2)",
      action,
      plan,
      k.courseId,
    );
    run(
      "INSERT INTO plan_action_costs (id, action_id, item, amount_centimes, funder_id) VALUES (?, ?, 'trainer_fees', 600000, ?)",
      newId(),
      action,
      cic,
    );
    run(
      "INSERT INTO plan_action_costs (id, action_id, item, amount_centimes, funder_id) VALUES (?, ?, 'catering', 100000, ?)",
      newId(),
      action,
      commune,
    );
    const s = k.session(['2025-09-01'], {
      actionId: action,
      costs: [
        { item: 'trainer_fees', amountCentimes: 320000, funderId: cic },
        { item: 'catering', amountCentimes: 45000, funderId: commune },
        { item: 'transport', amountCentimes: 5000, funderId: commune },
      ],
    });
    const costs = call(ctx, 'sessions.report', { sessionId: s.id }).costs;
    expect(costs.action).toMatchObject({ code: 'A1', sessions: 2 });
    expect(costs.byFunder.map((f) => [f.nameFr, f.plannedCentimes, f.plannedPerSessionCentimes, f.actualCentimes])).toEqual([
      ['Commune', 100000, 50000, 50000],
      ['CIC', 600000, 300000, 320000],
    ]);
    expect([costs.plannedCentimes, costs.plannedPerSessionCentimes, costs.actualCentimes]).toEqual([700000, 350000, 370000]);
    expect(costs.lines).toHaveLength(3);
  });
});

describe('the annual report: annex and lessons', () => {
  it('counts the proofs of each programme result for the year', () => {
    const ctx = openTemp();
    const k = reportCase(ctx);
    const run = (sql: string, ...p: unknown[]) => ctx.sqlite.prepare(sql).run(...p);
    run(
      "INSERT INTO training_plans (id, year, title_fr, period_start, period_end, status, version, decision_reference, decision_date) VALUES (?, 2025, 'Plan 2025', '2025-01-01', '2025-12-31', 'adopted', 3, 'Délibération 12', '2025-02-12')",
      newId(),
    );
    run(
      "INSERT INTO session_scans (id, session_id, file_name, mime_type, size, data) VALUES (?, ?, 'f.pdf', 'application/pdf', 1, x'25')",
      newId(),
      k.s1.id,
    );
    const a = call(ctx, 'annualReport.annex', { year: 2025 });
    expect(a.plans).toEqual([expect.objectContaining({ titleFr: 'Plan 2025', status: 'adopted', version: 3, decisionDate: '2025-02-12' })]);
    // R3.8: S1 is the one session delivered in 2025 (S2 in progress, S3 cancelled); it has its sheets and its scan.
    expect(a.evaluation).toMatchObject({
      sessionsDelivered: 1,
      sessionsWithSheets: 1,
      endSheets: 2,
      testedParticipants: 4,
      sessionsScanned: 1,
    });
    // R4.2/R4.4: Nadia (3.5 h), Omar (3.5 h), Rachid (3.5 h) of Espoir and Nour, all in S1.
    expect(a.associations).toMatchObject({ sessions: 1, trainees: 3, organizations: 2, hours: 10.5 });
    expect(a.associations.trainees).toBe(call(ctx, 'indicators.year', { year: 2025 }).associationTrainees);
    // R4.1 and R3.9: the directory as it stands (Espoir and Nour; K1, Tarik and the Réseau).
    expect(a.guide.organizations).toBe(2);
    expect(a.directory).toMatchObject({ courses: 1, trainers: 2, venues: 1 });
    // A year without anything: zero counts, null shares.
    const empty = call(ctx, 'annualReport.annex', { year: 2019 });
    expect([empty.plans, empty.evaluation.sessionsDelivered, empty.associations.trainees, empty.reviews.completion]).toEqual([
      [],
      0,
      0,
      null,
    ]);
  });

  it('saves the lessons of a year, refuses bad input without writing, and reads them back', () => {
    const ctx = openTemp();
    expect(call(ctx, 'lessons.get', { year: 2025 })).toEqual({ year: 2025, lessonsFr: '', lessonsAr: '', updatedAt: null });
    const saved = call(ctx, 'lessons.save', {
      year: 2025,
      lessonsFr: 'Former les chefs d’abord.\nPlus de pratique.',
      lessonsAr: 'تكوين الرؤساء أولا.',
    });
    expect(saved.updatedAt).not.toBeNull();
    expect(call(ctx, 'lessons.get', { year: 2025 })).toEqual(saved);
    expect(call(ctx, 'lessons.get', { year: 2024 }).lessonsFr).toBe('');

    const tooLong = refusal(ctx, 'lessons.save', { year: 2025, lessonsFr: 'x'.repeat(10_001), lessonsAr: '' });
    // Each refusal names the field and says why, in an i18n key the screen shows beside it.
    const issue = (input: unknown) => refusal(ctx, 'lessons.save', input).issues?.map((i) => [i.path, i.message]);
    expect(tooLong.code).toBe('invalid_input');
    expect(issue({ year: 2025, lessonsFr: 'x'.repeat(10_001), lessonsAr: '' })).toEqual([['lessonsFr', 'errors.tooLong']]);
    expect(issue({ year: 1999, lessonsFr: 'a', lessonsAr: '' })).toEqual([['year', 'errors.invalidYear']]);
    expect(issue({ year: 2025, lessonsFr: '', lessonsAr: 'a\u0000b' })).toEqual([['lessonsAr', 'errors.controlCharacter']]);
    expect(call(ctx, 'lessons.get', { year: 2025 })).toEqual(saved);
    expect(count(ctx, 'annual_lessons')).toBe(1);

    call(ctx, 'lessons.save', { year: 2025, lessonsFr: saved.lessonsFr, lessonsAr: 'تكوين الرؤساء أولا ثم الأعوان.' });
    const id = (ctx.sqlite.prepare('SELECT id FROM annual_lessons WHERE year = 2025').get() as { id: string }).id;
    expect(auditOf(ctx, id).map((e) => [e.tableName, e.action, e.fields])).toEqual([
      ['annualLessons', 'create', []],
      ['annualLessons', 'update', ['lessonsAr']],
    ]);
  });
});
