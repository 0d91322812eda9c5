import type { z } from 'zod';
import type { SessionDetail, SessionRow, sessionListInput } from '../../../api/channels/sessions';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { plucked, stmt } from '../../core/statements';
import { hoursByEnrolment } from './attendance';
import { conflictKinds, conflictsOf, STILL_AHEAD, TRAINER_JOINS, TRAINER_NAME } from './conflicts';
import { round2, withHours } from './slot-math';
import { ACTIVE_SQL, SEATED_SQL } from './sql-lists';
/**
 * Reading sessions: the list (calendar and table) with slots, trainers, head counts and conflict
 * kinds, and one session whole (docs/ARCHITECTURE.md §14).
 */

const ROW_SELECT = `
  SELECT t.id, t.code, t.course_id AS courseId, c.code AS courseCode, t.title_fr AS titleFr, t.title_ar AS titleAr,
    t.action_id AS actionId, coalesce(a.code, '') AS actionCode, a.plan_id AS planId, p.year AS planYear,
    t.venue_id AS venueId, coalesce(v.name_fr, '') AS venueNameFr, coalesce(v.name_ar, '') AS venueNameAr, v.capacity AS venueCapacity,
    t.status, t.min_capacity AS minCapacity, t.max_capacity AS maxCapacity,
    (SELECT count(*) FROM enrolments e WHERE e.session_id = t.id AND e.status IN ('requested', 'approved')) AS requested,
    (SELECT count(*) FROM enrolments e WHERE e.session_id = t.id AND e.status IN (${SEATED_SQL})) AS booked,
    (SELECT count(*) FROM enrolments e WHERE e.session_id = t.id AND e.status = 'waitlisted') AS waitlisted,
    (SELECT count(*) FROM enrolments e WHERE e.session_id = t.id AND e.staff_id IS NOT NULL AND e.status NOT IN ('declined', 'cancelled')) AS staffCount,
    (SELECT count(*) FROM enrolments e WHERE e.session_id = t.id AND e.trainee_id IS NOT NULL AND e.status NOT IN ('declined', 'cancelled')) AS associationCount,
    (SELECT min(date) FROM session_slots x WHERE x.session_id = t.id) AS firstDate
  FROM training_sessions t
  JOIN courses c ON c.id = t.course_id
  LEFT JOIN plan_actions a ON a.id = t.action_id
  LEFT JOIN training_plans p ON p.id = a.plan_id
  LEFT JOIN venues v ON v.id = t.venue_id`;

/** The target's library has no Map.groupBy yet (ES2024). */
function bySession<T extends { sessionId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.sessionId);
    if (list) list.push(r);
    else out.set(r.sessionId, [r]);
  }
  return out;
}

type RawRow = Omit<SessionRow, 'trainers' | 'slots' | 'hours' | 'conflicts'> & { venueCapacity: number | null; firstDate: string | null };

/** Rows with their slots, trainers, hours and conflict kinds, read for the listed sessions only. */
function completeRows(ctx: DataContext, raw: RawRow[]): SessionRow[] {
  if (!raw.length) return [];
  const ids = JSON.stringify(raw.map((r) => r.id));
  const slots = stmt(
    ctx,
    `SELECT session_id AS sessionId, id, date, start_time AS startTime, end_time AS endTime FROM session_slots
     WHERE session_id IN (SELECT value FROM json_each(?)) ORDER BY date, start_time, id`,
  ).all(ids) as { sessionId: string; id: string; date: string; startTime: string; endTime: string }[];
  const trainers = stmt(
    ctx,
    `SELECT st.session_id AS sessionId, tr.id, ${TRAINER_NAME('fr')} AS nameFr, ${TRAINER_NAME('ar')} AS nameAr
     FROM session_trainers st JOIN trainers tr ON tr.id = st.trainer_id ${TRAINER_JOINS}
     WHERE st.session_id IN (SELECT value FROM json_each(?)) ORDER BY nameFr`,
  ).all(ids) as { sessionId: string; id: string; nameFr: string; nameAr: string }[];
  const slotsBy = bySession(slots);
  const trainersBy = bySession(trainers);
  const kinds = conflictKinds(
    ctx,
    raw.map((r) => ({
      id: r.id,
      status: r.status,
      venueId: r.venueId,
      venueCapacity: r.venueCapacity,
      maxCapacity: r.maxCapacity,
      seated: r.booked,
    })),
  );
  return raw.map(({ venueCapacity: _c, firstDate: _f, ...r }) => {
    const own = (slotsBy.get(r.id) ?? []).map(({ sessionId: _s, ...s }) => withHours(s));
    return {
      ...r,
      slots: own,
      hours: round2(own.reduce((sum, s) => sum + s.hours, 0)),
      trainers: (trainersBy.get(r.id) ?? []).map(({ sessionId: _s, ...t }) => t),
      conflicts: [...(kinds.get(r.id) ?? [])],
    };
  });
}

export function listSessions(ctx: DataContext, f: z.output<typeof sessionListInput>): SessionRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const when = (value: unknown, condition: string) => {
    if (value === null || value === undefined) return;
    where.push(condition);
    params.push(value);
  };
  if (f.from || f.to) {
    where.push('EXISTS (SELECT 1 FROM session_slots x WHERE x.session_id = t.id AND x.date >= ? AND x.date <= ?)');
    params.push(f.from ?? '0000-01-01', f.to ?? '9999-12-31');
  }
  when(f.planId, 'a.plan_id = ?');
  when(f.actionId, 't.action_id = ?');
  when(f.courseId, 't.course_id = ?');
  when(f.venueId, 't.venue_id = ?');
  when(f.status, 't.status = ?');
  when(f.trainerId, 'EXISTS (SELECT 1 FROM session_trainers y WHERE y.session_id = t.id AND y.trainer_id = ?)');
  if (f.outsidePlan) where.push('t.action_id IS NULL');
  if (f.population !== 'all')
    where.push(
      `EXISTS (SELECT 1 FROM enrolments e WHERE e.session_id = t.id AND e.${f.population === 'staff' ? 'staff_id' : 'trainee_id'} IS NOT NULL
        AND e.status NOT IN ('declined', 'cancelled'))`,
    );
  const sql = `${ROW_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY firstDate, t.code`;
  return completeRows(ctx, ctx.sqlite.prepare(sql).all(...params) as RawRow[]);
}

function sessionBase(ctx: DataContext, id: string) {
  const row = stmt(
    ctx,
    `SELECT language, waitlist, registration_deadline AS registrationDeadline, attendance_required AS attendanceRequired,
       test_planned AS testPlanned, status_reason AS statusReason, notes, action_id AS actionId, course_id AS courseId, venue_id AS venueId
     FROM training_sessions WHERE id = ?`,
  ).get(id) as
    | {
        language: SessionDetail['language'];
        waitlist: number;
        registrationDeadline: string | null;
        attendanceRequired: number;
        testPlanned: number;
        statusReason: string;
        notes: string;
        actionId: string | null;
        courseId: string;
        venueId: string | null;
      }
    | undefined;
  if (!row) throw notFound();
  return row;
}

export function getSession(ctx: DataContext, id: string): SessionDetail {
  const base = sessionBase(ctx, id);
  const [row] = completeRows(ctx, stmt(ctx, `${ROW_SELECT} WHERE t.id = ?`).all(id) as RawRow[]);
  const costs = stmt(
    ctx,
    'SELECT id, item, amount_centimes AS amountCentimes, funder_id AS funderId FROM session_costs WHERE session_id = ? ORDER BY created_at, id',
  ).all(id) as SessionDetail['costs'];
  const action = base.actionId
    ? (stmt(
        ctx,
        'SELECT id, code, title_fr AS titleFr, title_ar AS titleAr, objectives_fr AS objectivesFr, objectives_ar AS objectivesAr, plan_id AS planId FROM plan_actions WHERE id = ?',
      ).get(base.actionId) as NonNullable<SessionDetail['action']> & { planId: string })
    : null;
  const funders = action
    ? (stmt(ctx, 'SELECT id, name_fr AS nameFr, name_ar AS nameAr FROM plan_funders WHERE plan_id = ? ORDER BY position, id').all(
        action.planId,
      ) as SessionDetail['funders'])
    : [];
  const course = stmt(
    ctx,
    `SELECT id, code, title_fr AS titleFr, title_ar AS titleAr, objectives_fr AS objectivesFr, objectives_ar AS objectivesAr, hours,
       evaluation_level AS evaluationLevel, attestation FROM courses WHERE id = ?`,
  ).get(base.courseId) as SessionDetail['course'];
  const venue = base.venueId
    ? (stmt(ctx, 'SELECT id, name_fr AS nameFr, name_ar AS nameAr, address, capacity FROM venues WHERE id = ?').get(
        base.venueId,
      ) as SessionDetail['venue'])
    : null;
  const scans = stmt(
    ctx,
    'SELECT id, file_name AS fileName, mime_type AS mimeType, size, created_at AS createdAt FROM session_scans WHERE session_id = ? ORDER BY created_at',
  ).all(id) as SessionDetail['scans'];
  const pendingOutcomes = plucked(ctx, `SELECT count(*) FROM enrolments WHERE session_id = ? AND status IN (${ACTIVE_SQL})`).get(
    id,
  ) as number;
  const seated = plucked(ctx, `SELECT id FROM enrolments WHERE session_id = ? AND status IN (${SEATED_SQL})`).all(id) as string[];
  const summary = hoursByEnrolment(ctx, id);
  const missingMarks = seated.reduce((n, e) => n + (summary.get(e)?.marks.filter((m) => m === null).length ?? 0), 0);
  const attestationsIssued = plucked(
    ctx,
    'SELECT count(*) FROM attestations x JOIN enrolments e ON e.id = x.enrolment_id WHERE e.session_id = ? AND x.revoked_at IS NULL',
  ).get(id) as number;
  const { planId: _p, ...actionOut } = action ?? { planId: '' };
  return {
    ...row,
    language: base.language,
    waitlist: Boolean(base.waitlist),
    registrationDeadline: base.registrationDeadline,
    attendanceRequired: base.attendanceRequired,
    testPlanned: Boolean(base.testPlanned),
    statusReason: base.statusReason,
    notes: base.notes,
    costs,
    totalCostCentimes: costs.reduce((s, c) => s + c.amountCentimes, 0),
    funders,
    action: action ? (actionOut as NonNullable<SessionDetail['action']>) : null,
    course,
    venue,
    conflictDetails: STILL_AHEAD.has(row.status)
      ? conflictsOf(ctx, {
          id,
          slots: row.slots,
          trainerIds: row.trainers.map((t) => t.id),
          venueId: row.venueId,
          maxCapacity: row.maxCapacity,
        })
      : [],
    scans,
    pendingOutcomes,
    missingMarks,
    attestationsIssued,
  };
}
