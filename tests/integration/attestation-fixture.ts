import type { DataContext } from '../../db/core/context';
import { newId } from '../../db/core/ids';
import { call } from './helpers';

/**
 * Sessions with their slots, enrolments and attendance for the attestation tests. The marks are
 * what a user would see on the attendance grid: one per slot, present or absent.
 */

export function course(ctx: DataContext, code: string, attestation: 'none' | 'attendance' | 'achievement' = 'attendance') {
  const id = newId();
  ctx.sqlite
    .prepare(
      `INSERT INTO courses (id, code, title_fr, title_ar, objectives_fr, objectives_ar, hours, attestation)
       VALUES (?, ?, ?, ?, 'Accueillir et orienter', 'الاستقبال والتوجيه', 14, ?)`,
    )
    .run(id, code, `Accueil ${code}`, `الاستقبال ${code}`, attestation);
  return id;
}

/** Half-days of 3.5 hours on consecutive days of March 2026. */
export function session(
  ctx: DataContext,
  courseId: string,
  opts: { code: string; slots?: number; attendanceRequired?: number; testPlanned?: boolean; status?: string },
) {
  const id = newId();
  ctx.sqlite
    .prepare(`INSERT INTO training_sessions (id, code, course_id, attendance_required, test_planned, status) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(id, opts.code, courseId, opts.attendanceRequired ?? 80, opts.testPlanned ? 1 : 0, opts.status ?? 'delivered');
  const slots = Array.from({ length: opts.slots ?? 5 }, (_, i) => {
    const slot = newId();
    ctx.sqlite
      .prepare("INSERT INTO session_slots (id, session_id, date, start_time, end_time) VALUES (?, ?, ?, '09:00', '12:30')")
      .run(slot, id, `2026-03-${String(10 + i).padStart(2, '0')}`);
    return slot;
  });
  return { id, slots };
}

/**
 * Enrols a person (booked) who was present at the first `present` slots and absent at the others,
 * marked on the attendance grid: the enrolment's outcome follows from the marks.
 */
export function enrol(
  ctx: DataContext,
  s: { id: string; slots: string[] },
  who: { staffId?: string; traineeId?: string },
  present: number,
  passed: boolean | null = null,
) {
  const id = newId();
  ctx.sqlite
    .prepare("INSERT INTO enrolments (id, session_id, staff_id, trainee_id, status, passed) VALUES (?, ?, ?, ?, 'booked', ?)")
    .run(id, s.id, who.staffId ?? null, who.traineeId ?? null, passed === null ? null : passed ? 1 : 0);
  const marks = s.slots.map((slotId, i) => ({ enrolmentId: id, slotId, mark: i < present ? ('present' as const) : ('absent' as const) }));
  call(ctx, 'attendance.save', { sessionId: s.id, marks });
  return id;
}

export function staffMember(ctx: DataContext, matricule: string, lastNameFr: string, unitId: string | null = null) {
  return call(ctx, 'staff.create', {
    matricule,
    lastNameFr,
    firstNameFr: 'Amal',
    lastNameAr: 'بنعلي',
    firstNameAr: 'أمل',
    gender: 'f',
    ...(unitId ? { unitId } : {}),
  }).id;
}

/** An internal trainer record for a staff member, giving the session. */
export function trainerOf(ctx: DataContext, staffId: string, sessionId: string) {
  const id = newId();
  ctx.sqlite.prepare("INSERT INTO trainers (id, kind, staff_id) VALUES (?, 'internal', ?)").run(id, staffId);
  ctx.sqlite.prepare('INSERT INTO session_trainers (session_id, trainer_id) VALUES (?, ?)').run(sessionId, id);
  return id;
}
