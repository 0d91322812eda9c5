import type { z } from 'zod';
import type { AttendanceMark, EnrolmentStatus } from '../../../api/channels/session-enums';
import type { AttendanceGrid, attendanceSave } from '../../../api/channels/sessions';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { nowIso } from '../../core/ids';
import { plucked, stmt } from '../../core/statements';
import { personName } from '../reviews/people';
import { inTransaction } from '../shared/records';
import { SEATED_SQL } from './sql-lists';
import { ATTENDED, outcomeOf, round2, withHours } from './slot-math';

/**
 * Attendance per slot (the unit of the sign-in sheet: usually a half-day). Hours attended are
 * the hours of the slots marked present or late; once every slot of a seated participant is
 * marked, the enrolment's outcome follows (in full, in part, excused, absent).
 */

export interface SlotRow {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
}

export const slotsOf = (ctx: DataContext, sessionId: string) =>
  (
    stmt(
      ctx,
      'SELECT id, date, start_time AS startTime, end_time AS endTime FROM session_slots WHERE session_id = ? ORDER BY date, start_time, id',
    ).all(sessionId) as SlotRow[]
  ).map(withHours);

export interface AttendanceSummary {
  hoursAttended: number;
  /** Share of the session's hours attended, 0–1. */
  rate: number;
  /** Every slot has a mark. */
  complete: boolean;
  marks: (AttendanceMark | null)[];
}

/** Each enrolment's attendance in a session: marks in the slots' order, hours attended, rate. */
export function hoursByEnrolment(ctx: DataContext, sessionId: string): Map<string, AttendanceSummary> {
  const slots = slotsOf(ctx, sessionId);
  const total = slots.reduce((s, x) => s + x.hours, 0);
  const position = new Map(slots.map((s, i) => [s.id, i]));
  const result = new Map<string, AttendanceSummary>();
  const enrolmentIds = plucked(ctx, 'SELECT id FROM enrolments WHERE session_id = ?').all(sessionId) as string[];
  for (const id of enrolmentIds) result.set(id, { hoursAttended: 0, rate: 0, complete: slots.length > 0, marks: slots.map(() => null) });
  const marks = stmt(
    ctx,
    'SELECT a.enrolment_id AS enrolmentId, a.slot_id AS slotId, a.mark FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.session_id = ?',
  ).all(sessionId) as { enrolmentId: string; slotId: string; mark: AttendanceMark }[];
  for (const m of marks) {
    const at = position.get(m.slotId);
    const r = result.get(m.enrolmentId);
    if (at === undefined || !r) continue;
    r.marks[at] = m.mark;
    if (ATTENDED.includes(m.mark)) r.hoursAttended += slots[at].hours;
  }
  for (const r of result.values()) {
    r.hoursAttended = round2(r.hoursAttended);
    r.rate = total > 0 ? r.hoursAttended / total : 0;
    r.complete = slots.length > 0 && r.marks.every((m) => m !== null);
  }
  return result;
}

export function attendanceGrid(ctx: DataContext, sessionId: string): AttendanceGrid {
  if (!stmt(ctx, 'SELECT 1 FROM training_sessions WHERE id = ?').get(sessionId)) throw notFound();
  const slots = slotsOf(ctx, sessionId);
  const summary = hoursByEnrolment(ctx, sessionId);
  const rows = stmt(
    ctx,
    `SELECT e.id AS enrolmentId, e.status,
       CASE WHEN e.staff_id IS NOT NULL THEN ${personName('s', 'fr')} ELSE ${personName('t', 'fr')} END AS nameFr, CASE WHEN e.staff_id IS NOT NULL THEN ${personName('s', 'ar')} ELSE ${personName('t', 'ar')} END AS nameAr,
       coalesce(s.sort_name_fr, t.sort_name_fr) AS sortNameFr, coalesce(s.sort_name_ar, t.sort_name_ar) AS sortNameAr
     FROM enrolments e LEFT JOIN staff s ON s.id = e.staff_id LEFT JOIN association_trainees t ON t.id = e.trainee_id
     WHERE e.session_id = ? AND e.status IN (${SEATED_SQL})
     ORDER BY sortNameFr, e.id`,
  ).all(sessionId) as {
    enrolmentId: string;
    status: EnrolmentStatus;
    nameFr: string;
    nameAr: string;
    sortNameFr: string;
    sortNameAr: string;
  }[];
  return {
    sessionId,
    slots,
    rows: rows.map((r) => {
      const a = summary.get(r.enrolmentId)!;
      return { ...r, marks: a.marks, hoursAttended: a.hoursAttended, attendanceRate: a.rate };
    }),
  };
}

/** Attendance is taken from confirmation to delivery; an evaluated, closed, cancelled or postponed session is locked. */
const TAKES_ATTENDANCE = new Set(['open', 'confirmed', 'in_progress', 'delivered']);
const OUTCOMES_FROM_MARKS = new Set<EnrolmentStatus>(['attended_full', 'attended_partial', 'absent', 'excused']);

/**
 * Saves marks (null clears one) and brings each touched enrolment's outcome in line: complete →
 * its outcome; incomplete again → booked.
 */
export function saveAttendance(ctx: DataContext, input: z.output<typeof attendanceSave>): AttendanceGrid {
  inTransaction(ctx, () => {
    const session = stmt(ctx, 'SELECT status FROM training_sessions WHERE id = ?').get(input.sessionId) as { status: string } | undefined;
    if (!session) throw notFound();
    if (!TAKES_ATTENDANCE.has(session.status)) throw new DomainError('conflict', 'errors.attendance.locked');
    const slotIds = new Set(slotsOf(ctx, input.sessionId).map((s) => s.id));
    const seated = new Map(
      (
        stmt(ctx, `SELECT id, status FROM enrolments WHERE session_id = ? AND status IN (${SEATED_SQL})`).all(input.sessionId) as {
          id: string;
          status: EnrolmentStatus;
        }[]
      ).map((e) => [e.id, e.status]),
    );
    const upsert = stmt(
      ctx,
      `INSERT INTO attendance (enrolment_id, slot_id, mark, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (enrolment_id, slot_id) DO UPDATE SET mark = excluded.mark, updated_at = excluded.updated_at`,
    );
    const clear = stmt(ctx, 'DELETE FROM attendance WHERE enrolment_id = ? AND slot_id = ?');
    const now = nowIso();
    const touched = new Set<string>();
    for (const m of input.marks) {
      if (!slotIds.has(m.slotId)) throw new DomainError('invalid_input', 'errors.attendance.unknownSlot');
      if (!seated.has(m.enrolmentId)) throw new DomainError('invalid_input', 'errors.attendance.notSeated');
      if (m.mark) upsert.run(m.enrolmentId, m.slotId, m.mark, now);
      else clear.run(m.enrolmentId, m.slotId);
      touched.add(m.enrolmentId);
    }
    const summary = hoursByEnrolment(ctx, input.sessionId);
    const setStatus = stmt(ctx, 'UPDATE enrolments SET status = ?, updated_at = ? WHERE id = ?');
    for (const id of touched) {
      const a = summary.get(id)!;
      const before = seated.get(id)!;
      const after: EnrolmentStatus = a.complete
        ? outcomeOf(a.marks as AttendanceMark[])
        : OUTCOMES_FROM_MARKS.has(before)
          ? 'booked'
          : before;
      if (after !== before) {
        setStatus.run(after, now, id);
        recordAudit(ctx, 'enrolments', id, 'update', ['status']);
      }
      recordAudit(ctx, 'attendance', id, 'update', ['mark']);
    }
  });
  return attendanceGrid(ctx, input.sessionId);
}
