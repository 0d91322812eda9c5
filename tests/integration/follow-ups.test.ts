import { describe, expect, it } from 'vitest';
import type { DataContext } from '../../db/core/context';
import { newId } from '../../db/core/ids';
import { call, count, openTemp, refusal } from './helpers';
import { sessionCase } from './session-fixture';

/** The default manager's follow-up questionnaire (migration 0017). */
const FOLLOWUP_MANAGER = '00000000-0000-7000-8000-000000000004';

/**
 * The session case with a gap that training should close: Amal holds C1 at 1 where her job
 * requires 3 (essential), so the needs register has her gap need; K1 develops C1. Amal and Nadia
 * (an association's worker) attend a session in full, which has a 90-day follow-up round.
 */
function followUpCase(ctx: DataContext) {
  const k = sessionCase(ctx);
  call(ctx, 'ratings.record', {
    staffId: k.amal.id,
    competencyId: k.c1.id,
    level: 1,
    validFrom: '2026-03-10',
    source: 'evidence',
    reason: 'Constat',
  });
  ctx.sqlite.prepare('INSERT INTO course_competencies (course_id, competency_id, target_level) VALUES (?, ?, 3)').run(k.courseId, k.c1.id);
  const s = k.session(['2026-04-06', '2026-04-07']);
  call(ctx, 'sessions.setStatus', { id: s.id, status: 'open' });
  const ids = call(ctx, 'enrolments.add', {
    sessionId: s.id,
    participants: [{ staffId: k.amal.id }, { traineeId: k.nadia.id }],
  }).enrolments.map((e) => e.id);
  call(ctx, 'enrolments.setStatus', { ids, status: 'approved', decidedBy: 'Chef' });
  call(ctx, 'enrolments.setStatus', { ids, status: 'booked' });
  call(ctx, 'attendance.save', {
    sessionId: s.id,
    marks: ids.flatMap((enrolmentId) => s.slots.map((slot) => ({ enrolmentId, slotId: slot.id, mark: 'present' as const }))),
  });
  ctx.sqlite
    .prepare(
      "INSERT INTO evaluation_rounds (id, session_id, questionnaire_id, moment, due_date) VALUES (?, ?, ?, 'follow_up_90', '2026-07-06')",
    )
    .run(newId(), s.id, FOLLOWUP_MANAGER);
  const list = call(ctx, 'enrolments.list', { sessionId: s.id });
  const enrolmentOf = (name: string) => list.find((e) => e.nameFr.startsWith(name))!.id;
  return { ...k, s, amal: { ...k.amal, enrolmentId: enrolmentOf('Amal') }, nadiaEnrolment: enrolmentOf('Nadia') };
}

const record = (enrolmentId: string, extra: Record<string, unknown> = {}) => ({
  enrolmentId,
  moment: 'follow_up_90' as const,
  doneOn: '2026-07-10',
  managerName: 'Karim Idrissi',
  decision: 'none' as const,
  objectives: [{ objectiveFr: 'Mener un entretien d’accueil', objectiveAr: '', frequency: 'often' as const, autonomy: 'alone' as const }],
  obstacles: ['no_time' as const],
  ...extra,
});

describe('level-3 follow-ups', () => {
  it('are due for each participant who attended, and overdue a fortnight after their date', () => {
    const ctx = openTemp();
    const k = followUpCase(ctx);
    const due = call(ctx, 'followUps.list', { status: 'due' });
    expect(due.map((f) => [f.nameFr, f.dueDate, f.overdue])).toEqual([
      ['Amal X', '2026-07-06', true],
      ['Nadia Y', '2026-07-06', true],
    ]);
    expect(call(ctx, 'followUps.list', { status: 'overdue', sessionId: k.s.id })).toHaveLength(2);
    expect(call(ctx, 'followUps.list', { status: 'done' })).toEqual([]);
  });

  it('records a new level into the history with the follow-up as source: the gap closes and the need is fulfilled', () => {
    const ctx = openTemp();
    const k = followUpCase(ctx);
    const gapNeed = () => call(ctx, 'needs.list', {}).find((n) => n.origin === 'gap' && n.staffId === k.amal.id)!;
    expect(gapNeed().state).toBe('identified');
    const form = call(ctx, 'followUps.get', { enrolmentId: k.amal.enrolmentId, moment: 'follow_up_90' });
    expect(form.competencies.map((c) => [c.code, c.currentLevel])).toEqual([[k.c1.code, 1]]);
    const done = call(ctx, 'followUps.record', record(k.amal.enrolmentId, { competencyId: k.c1.id, newLevel: 3 }));
    expect(done).toMatchObject({ doneOn: '2026-07-10', newLevel: 3, obstacles: ['no_time'] });
    expect(done.ratingId).not.toBeNull();
    const c1 = call(ctx, 'ratings.profile', { staffId: k.amal.id }).competencies.find((c) => c.competencyId === k.c1.id)!;
    expect(c1).toMatchObject({ level: 3, gap: 0 });
    expect(c1.timeline.find((t) => t.validTo === null)).toMatchObject({ level: 3, source: 'follow_up', validFrom: '2026-07-10' });
    expect(gapNeed().state).toBe('fulfilled');
    // Recorded again with the same level: corrected, not one more row in the history.
    const ratings = count(ctx, 'competency_ratings');
    call(ctx, 'followUps.record', record(k.amal.enrolmentId, { competencyId: k.c1.id, newLevel: 3, comment: 'Revu' }));
    expect(count(ctx, 'competency_ratings')).toBe(ratings);
    expect(call(ctx, 'followUps.list', { status: 'done' }).map((f) => f.nameFr)).toEqual(['Amal X']);
    expect(call(ctx, 'followUps.get', { enrolmentId: k.amal.enrolmentId, moment: 'follow_up_90' }).objectives).toHaveLength(1);
  });

  it('refuses a level for an association worker, a date in the future, and a competency the course does not teach', () => {
    const ctx = openTemp();
    const k = followUpCase(ctx);
    expect(refusal(ctx, 'followUps.record', record(k.nadiaEnrolment, { competencyId: k.c1.id, newLevel: 2 })).messageKey).toBe(
      'errors.followUp.staffOnly',
    );
    expect(refusal(ctx, 'followUps.record', record(k.amal.enrolmentId, { doneOn: '2099-01-01' })).messageKey).toBe(
      'errors.followUp.inFuture',
    );
    expect(refusal(ctx, 'followUps.record', record(k.amal.enrolmentId, { competencyId: k.c2.id, newLevel: 2 })).messageKey).toBe(
      'errors.followUp.competencyNotTaught',
    );
    expect(count(ctx, 'follow_ups')).toBe(0);
    // Without a level, an association worker's follow-up is recorded.
    expect(call(ctx, 'followUps.record', record(k.nadiaEnrolment)).doneOn).toBe('2026-07-10');
  });
});
