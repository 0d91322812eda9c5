import type { DataContext } from '../../db/core/context';
import { newId } from '../../db/core/ids';
import type { AttendanceMark, SessionStatus } from '../../api/channels/session-enums';
import { expect } from 'vitest';
import { call, count } from './helpers';
import { sessionCase } from './session-fixture';

/**
 * The small case the indicators of 2025 are computed from by hand (indicators.test.ts). Sessions,
 * enrolments and attendance go through the channels; the evaluation rows (rounds, sheets,
 * answers, follow-ups) and the needs are written with SQL, as their services are not this
 * test's subject. Every slot is 09:00–12:30, 3.5 hours.
 *
 * Staff (sessionCase's Amal, Badr and Chama, women with no hire date, plus):
 * - Elias (m), trained in March 2025, left on 30 June 2025: trained, not active on 31 December;
 * - Farid (m), left on 1 March 2026: active on 31 December 2025;
 * - Ghita (f), hired on 31 December 2025: active (hired on the day);
 * - Hanane (f), left on 31 December 2025: not active (left on the day);
 * - Driss (m), hired on 2 February 2026: not active in 2025.
 * → 5 active on 31 December 2025 (Amal, Badr, Chama, Farid, Ghita).
 *
 * Sessions:
 * - S1 (evaluated), 10 and 11 March 2025, costs 1,200.50 MAD: Amal P P (7 h), Elias P L (7 h),
 *   Badr A A (0 h: booked, not attended), Nadia (Espoir, f) L A (3.5 h), Omar (Espoir, m) A L
 *   (3.5 h), Rachid (Nour, m) P E (3.5 h).
 * - S2 (in progress) across New Year, 30 December 2025 and 5 January 2026, costs 500 MAD:
 *   Chama P P (3.5 h in 2025), Farid A P (nothing in 2025).
 * - S3 (cancelled), 2 June 2025, a room deposit of 200 MAD, nobody marked.
 * - S4 (delivered), 4 November 2024, costs 1,000 MAD: Badr P (3.5 h in 2024).
 */
export function indicatorsCase(ctx: DataContext) {
  const k = sessionCase(ctx);
  const person = (matricule: string, lastNameFr: string, gender: 'f' | 'm', hireDate: string | null = null) =>
    call(ctx, 'staff.create', { matricule, lastNameFr, firstNameFr: 'X', gender, hireDate });
  const elias = person('E-5', 'Elias', 'm');
  const farid = person('F-6', 'Farid', 'm');
  const ghita = person('G-7', 'Ghita', 'f', '2025-12-31');
  const hanane = person('H-8', 'Hanane', 'f');
  const driss = person('D-4', 'Driss', 'm', '2026-02-02');
  const nour = call(ctx, 'organizations.create', { nameFr: 'Association Nour', nameAr: 'جمعية النور' });
  const rachid = call(ctx, 'trainees.create', { organizationId: nour.id, lastNameFr: 'Rachid', firstNameFr: 'Y', gender: 'm' });

  const MAD = 100;
  const session = (days: string[], costs: number[], path: SessionStatus[]) => {
    const s = k.session(days, { costs: costs.map((amount) => ({ item: 'venue', amountCentimes: Math.round(amount * MAD) })) });
    for (const status of path)
      call(ctx, 'sessions.setStatus', { id: s.id, status, reason: status === 'cancelled' ? 'Salle indisponible' : '' });
    return { id: s.id, slotIds: s.slots.map((x) => x.id) };
  };
  type Who = { staffId?: string; traineeId?: string };
  /** Books each person and saves their marks (one per slot, null for none); returns the enrolment ids. */
  const attend = (s: { id: string; slotIds: string[] }, rows: [Who, (AttendanceMark | null)[]][]) => {
    const added = call(ctx, 'enrolments.add', {
      sessionId: s.id,
      participants: rows.map(([w]) => ({ staffId: w.staffId ?? null, traineeId: w.traineeId ?? null })),
    }).enrolments;
    const ids = rows.map(([w]) => added.find((e) => (w.staffId ? e.staffId === w.staffId : e.traineeId === w.traineeId))!.id);
    call(ctx, 'enrolments.setStatus', { ids, status: 'approved', decidedBy: 'Chef du service' });
    call(ctx, 'enrolments.setStatus', { ids, status: 'booked', decidedBy: '' });
    const marks = rows.flatMap(([, m], i) =>
      m.flatMap((mark, slot) => (mark ? [{ enrolmentId: ids[i], slotId: s.slotIds[slot], mark }] : [])),
    );
    call(ctx, 'attendance.save', { sessionId: s.id, marks });
    return ids;
  };

  const s1 = session(['2025-03-10', '2025-03-11'], [1000, 200.5], ['open', 'confirmed', 'in_progress']);
  const [amalS1, eliasS1, , nadiaS1, omarS1, rachidS1] = attend(s1, [
    [{ staffId: k.amal.id }, ['present', 'present']],
    [{ staffId: elias.id }, ['present', 'late']],
    [{ staffId: k.badr.id }, ['absent', 'absent']],
    [{ traineeId: k.nadia.id }, ['late', 'absent']],
    [{ traineeId: k.omar.id }, ['absent', 'late']],
    [{ traineeId: rachid.id }, ['present', 'excused']],
  ]);
  call(ctx, 'sessions.setStatus', { id: s1.id, status: 'delivered', reason: '' });
  call(ctx, 'sessions.setStatus', { id: s1.id, status: 'evaluated', reason: '' });

  const s2 = session(['2025-12-30', '2026-01-05'], [500], ['open', 'confirmed', 'in_progress']);
  const [chamaS2] = attend(s2, [
    [{ staffId: k.chama.id }, ['present', 'present']],
    [{ staffId: farid.id }, ['absent', 'present']],
  ]);
  const s3 = session(['2025-06-02'], [200], ['open', 'cancelled']);
  const s4 = session(['2024-11-04'], [1000], ['open', 'confirmed', 'in_progress']);
  attend(s4, [[{ staffId: k.badr.id }, ['present']]]);
  call(ctx, 'sessions.setStatus', { id: s4.id, status: 'delivered', reason: '' });

  // Leaving comes after the training: a person who has left is no longer offered a seat.
  const leave = (p: typeof elias, leftDate: string) =>
    call(ctx, 'staff.update', {
      id: p.id,
      matricule: p.matricule,
      lastNameFr: p.lastNameFr,
      firstNameFr: 'X',
      gender: p.gender,
      status: 'left',
      leftDate,
    });
  leave(elias, '2025-06-30');
  leave(farid, '2026-03-01');
  leave(hanane, '2025-12-31');

  return { ...k, elias, farid, ghita, hanane, driss, nour, rachid, s1, s2, s3, s4, amalS1, eliasS1, nadiaS1, omarS1, rachidS1, chamaS2 };
}

/** SQL writers for the evaluation tables (their services are written elsewhere). */
export function evaluationRows(ctx: DataContext) {
  const run = (sql: string, ...params: unknown[]) => ctx.sqlite.prepare(sql).run(...params);
  const questionnaire = (kind: string, code: string) => {
    const id = newId();
    run("INSERT INTO questionnaires (id, code, kind, title_fr, status) VALUES (?, ?, ?, ?, 'published')", id, code, kind, code);
    return id;
  };
  const question = (questionnaireId: string, type: string, scalePoints: number | null) => {
    const id = newId();
    run(
      'INSERT INTO questions (id, questionnaire_id, type, text_fr, scale_points) VALUES (?, ?, ?, ?, ?)',
      id,
      questionnaireId,
      type,
      type,
      scalePoints,
    );
    return id;
  };
  const round = (sessionId: string, questionnaireId: string, moment: string) => {
    const id = newId();
    run(
      'INSERT INTO evaluation_rounds (id, session_id, questionnaire_id, moment, due_date) VALUES (?, ?, ?, ?, ?)',
      id,
      sessionId,
      questionnaireId,
      moment,
      '2025-03-11',
    );
    return id;
  };
  const sheet = (roundId: string, enrolmentId: string | null, score: number | null = null, maxScore: number | null = null) => {
    const id = newId();
    run(
      'INSERT INTO responses (id, round_id, enrolment_id, submitted_on, score, max_score) VALUES (?, ?, ?, ?, ?, ?)',
      id,
      roundId,
      enrolmentId,
      '2025-03-11',
      score,
      maxScore,
    );
    return id;
  };
  const answer = (responseId: string, questionId: string, value: number | null, text = '', row = 0) =>
    run(
      'INSERT INTO answers (response_id, question_id, row, value, text) VALUES (?, ?, ?, ?, ?)',
      responseId,
      questionId,
      row,
      value,
      text,
    );
  const followUp = (enrolmentId: string, moment: string, doneOn: string | null, frequencies: string[]) => {
    const id = newId();
    run(
      'INSERT INTO follow_ups (id, enrolment_id, moment, due_date, done_on) VALUES (?, ?, ?, ?, ?)',
      id,
      enrolmentId,
      moment,
      '2025-06-10',
      doneOn,
    );
    frequencies.forEach((frequency, position) =>
      run(
        "INSERT INTO follow_up_objectives (follow_up_id, position, objective_fr, frequency, autonomy) VALUES (?, ?, 'Objectif', ?, 'alone')",
        id,
        position,
        frequency,
      ),
    );
  };
  const need = (state: string, archived = false) =>
    run(
      "INSERT INTO training_needs (id, population, origin, title_fr, state, archived_at) VALUES (?, 'unit', 'request', 'Besoin', ?, ?)",
      newId(),
      state,
      archived ? '2025-05-01T00:00:00.000Z' : null,
    );
  return { questionnaire, question, round, sheet, answer, followUp, need };
}

/** The case with its evaluation rows and needs; returns the S1 and S4 ids too. */
export function fullCase(ctx: DataContext) {
  const k = indicatorsCase(ctx);
  const w = evaluationRows(ctx);
  // Level 1: a 5-point and a 3-point scale, a text and a grid (a grid is not a scale question).
  const reaction = w.questionnaire('reaction', 'R-1');
  const five = w.question(reaction, 'scale', 5);
  const three = w.question(reaction, 'scale', 3);
  const text = w.question(reaction, 'text', null);
  const grid = w.question(reaction, 'grid', 5);
  const end1 = w.round(k.s1.id, reaction, 'end_sheet');
  const amalSheet = w.sheet(end1, k.amalS1);
  w.answer(amalSheet, five, 5); // (5 − 1) / 4 = 1
  w.answer(amalSheet, three, 2); // (2 − 1) / 2 = 0.5
  w.answer(amalSheet, text, null, 'Très utile');
  w.answer(amalSheet, grid, 1);
  const anonymous = w.sheet(end1, null);
  w.answer(anonymous, five, 2); // (2 − 1) / 4 = 0.25
  w.answer(anonymous, three, null); // left blank: not an answer
  // The same questionnaire on a follow-up round of S1 and on the 2024 session: not 2025's level 1.
  w.answer(w.sheet(w.round(k.s1.id, reaction, 'follow_up_30'), k.amalS1), five, 1);
  w.answer(w.sheet(w.round(k.s4.id, reaction, 'end_sheet'), null), five, 1);

  // Level 2: pre and post tests out of 10.
  const test = w.questionnaire('test', 'T-1');
  const pre = w.round(k.s1.id, test, 'pre_test');
  const post = w.round(k.s1.id, test, 'post_test');
  w.sheet(pre, k.amalS1, 4, 10);
  w.sheet(post, k.amalS1, 7, 10); // (7 − 4) / (10 − 4) = 0.5
  w.sheet(pre, k.eliasS1, 10, 10);
  w.sheet(post, k.eliasS1, 10, 10); // already at the maximum: no gain
  w.sheet(pre, k.nadiaS1, 2, 10);
  w.sheet(post, k.nadiaS1, 10, 10); // (10 − 2) / (10 − 2) = 1
  w.sheet(pre, k.omarS1, 5, 10); // no post-test
  w.sheet(post, k.rachidS1, 8, 10); // no pre-test

  // Level 3: objectives of the follow-ups done in 2025.
  w.followUp(k.amalS1, 'follow_up_90', '2025-06-15', ['often', 'never', 'always']);
  w.followUp(k.eliasS1, 'follow_up_30', '2025-04-10', ['sometimes']);
  w.followUp(k.nadiaS1, 'follow_up_90', null, ['always']); // not done
  w.followUp(k.chamaS2, 'follow_up_30', '2026-02-10', ['always']); // done in 2026

  // Needs: the register as it stands.
  expect(count(ctx, 'training_needs')).toBe(0);
  for (const state of ['planned', 'planned', 'fulfilled', 'identified', 'qualified', 'rejected', 'deferred']) w.need(state);
  w.need('planned', true);
  return k;
}
