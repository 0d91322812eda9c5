/**
 * Data-quality flags: what to put right before the year's figures can be trusted. Each is a record
 * set (record-sql.ts), so the count on the dashboard is the length of the list it opens.
 *
 * - deliveredWithoutAttendance: sessions of the year delivered, evaluated or closed without a
 *   single attendance mark (their hours and trainees are missing from every figure).
 * - endSheetsNotTyped: sessions of the year delivered, evaluated or closed whose end-of-session
 *   round has no sheet typed in (the paper sheets are waiting; the satisfaction index lacks them).
 *   Both follow the plan filter only: a session without marks or sheets has nobody to filter by.
 * - followUpsOverdue: follow-ups owed (follow-ups.ts: attended participants of a session with a
 *   follow-up round) due in the year, not done, a fortnight past their date today; of the people
 *   and sessions kept.
 * - staffWithoutJob: active staff (on the year's reference day) without a job profile, so without
 *   requirements, gaps or reviews; of the staff kept.
 */
import type { DataContext } from '../../core/context';
import { DELIVERED_STATES } from '../evaluation/indicators-delivery';
import type { Restriction } from '../evaluation/indicator-scope';
import { participantKept } from '../evaluation/indicator-scope';
import { STAFF_ACTIVE_WHERE } from '../evaluation/indicators-people';
import { yearSessions } from '../evaluation/indicator-sql';
import { GRACE_DAYS, addDays } from '../evaluation/follow-ups';
import { type RecordSet, SESSION_COLUMNS, STAFF_COLUMNS, countOf, participantLabels } from './record-sql';

const DELIVERED = DELIVERED_STATES.map((s) => `'${s}'`).join(', ');

export interface Scope {
  r: Restriction;
  bounds: { first: string; next: string };
  /** The reference day of active staff. */
  day: string;
  /** Today, for what is overdue. */
  now: string;
}

const params = (s: Scope, extra: Record<string, unknown> = {}) => ({ ...s.r.params, ...s.bounds, day: s.day, ...extra });

const sessionsOnly = (r: Restriction): Restriction => ({ ...r, people: false });

export const deliveredWithoutAttendance = (s: Scope): RecordSet => ({
  kind: 'session',
  sql: `SELECT ${SESSION_COLUMNS}
    WHERE s.id IN (${yearSessions(sessionsOnly(s.r))}) AND s.status IN (${DELIVERED})
      AND NOT EXISTS (SELECT 1 FROM attendance a JOIN session_slots y ON y.id = a.slot_id WHERE y.session_id = s.id)`,
  params: params(s),
});

export const endSheetsNotTyped = (s: Scope): RecordSet => ({
  kind: 'session',
  sql: `SELECT ${SESSION_COLUMNS}
    WHERE s.id IN (${yearSessions(sessionsOnly(s.r))}) AND s.status IN (${DELIVERED})
      AND EXISTS (SELECT 1 FROM evaluation_rounds r WHERE r.session_id = s.id AND r.moment = 'end_sheet'
        AND NOT EXISTS (SELECT 1 FROM responses q WHERE q.round_id = r.id))`,
  params: params(s),
});

/**
 * The follow-up's id is its enrolment and moment (`enrolmentId/moment`: an overdue one has no row
 * yet); its parent is the session. Sorted by due date.
 */
export const followUpsOverdue = (s: Scope): RecordSet => ({
  kind: 'followUp',
  sql: `SELECT e.id || '/' || r.moment AS id, ${participantLabels('p', 't', "coalesce(f.due_date, r.due_date) || ' '")},
      t_s.code || ' · ' || coalesce(f.due_date, r.due_date) AS detail, t_s.id AS parentId
    FROM evaluation_rounds r
    JOIN training_sessions t_s ON t_s.id = r.session_id AND t_s.status NOT IN ('cancelled', 'postponed')
    JOIN enrolments e ON e.session_id = t_s.id AND e.status IN ('attended_full', 'attended_partial')
    LEFT JOIN follow_ups f ON f.enrolment_id = e.id AND f.moment = r.moment
    LEFT JOIN staff p ON p.id = e.staff_id
    LEFT JOIN association_trainees t ON t.id = e.trainee_id
    WHERE r.moment IN ('follow_up_30', 'follow_up_90') AND f.done_on IS NULL
      AND coalesce(f.due_date, r.due_date) >= @first AND coalesce(f.due_date, r.due_date) < @next
      AND coalesce(f.due_date, r.due_date) <= @overdueBy
      AND ${participantKept(s.r, 'e', 'p', 't')} AND ${s.r.session('t_s.id')}`,
  params: params(s, { overdueBy: addDays(s.now, -GRACE_DAYS - 1) }),
});

export const staffWithoutJob = (s: Scope): RecordSet => ({
  kind: 'staff',
  sql: `SELECT ${STAFF_COLUMNS} WHERE ${STAFF_ACTIVE_WHERE} AND p.job_id IS NULL AND ${s.r.staff('p')}`,
  params: params(s),
});

export const quality = (ctx: DataContext, s: Scope) => ({
  deliveredWithoutAttendance: countOf(ctx, deliveredWithoutAttendance(s)),
  endSheetsNotTyped: countOf(ctx, endSheetsNotTyped(s)),
  followUpsOverdue: countOf(ctx, followUpsOverdue(s)),
  staffWithoutJob: countOf(ctx, staffWithoutJob(s)),
});
