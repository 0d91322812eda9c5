import type { z } from 'zod';
import { SESSION_TRANSITIONS, type SessionStatus } from '../../../api/channels/session-enums';
import type { SessionDetail, sessionCreate, sessionProposal } from '../../../api/channels/sessions';
import { changedFields, recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound, taken } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { plucked, stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { slotsOf } from './attendance';
import { promoteWaitlist } from './enrolment-service';
import { getSession } from './session-read';
import { ACTIVE_SQL } from './sql-lists';

/**
 * Writing sessions of the plan's actions (or outside the plan): creation with a code, slots,
 * trainers and costs, changes, deletion, and the moves of their life (docs/ARCHITECTURE.md §14).
 */

/** The next free code: the action's code (else the course's) followed by -S1, -S2… */
function nextCode(ctx: DataContext, base: string): string {
  const exists = stmt(ctx, 'SELECT 1 FROM training_sessions WHERE code = ?');
  for (let n = 1; ; n++) {
    const code = `${base || 'S'}-S${n}`;
    if (!exists.get(code)) return code;
  }
}

interface ActionRow {
  id: string;
  code: string;
  courseId: string | null;
  titleFr: string;
  titleAr: string;
  hours: number;
  sessions: number;
  planId: string;
}
const actionRow = (ctx: DataContext, id: string) =>
  stmt(
    ctx,
    'SELECT id, code, course_id AS courseId, title_fr AS titleFr, title_ar AS titleAr, hours, sessions, plan_id AS planId FROM plan_actions WHERE id = ?',
  ).get(id) as ActionRow | undefined;

interface CourseRow {
  id: string;
  code: string;
  titleFr: string;
  titleAr: string;
  hours: number;
  groupSize: number;
  attestation: string;
  evaluationLevel: number;
  archivedAt: string | null;
}
const courseRow = (ctx: DataContext, id: string) =>
  stmt(
    ctx,
    `SELECT id, code, title_fr AS titleFr, title_ar AS titleAr, hours, group_size AS groupSize, attestation,
       evaluation_level AS evaluationLevel, archived_at AS archivedAt FROM courses WHERE id = ?`,
  ).get(id) as CourseRow | undefined;

export function proposeSession(ctx: DataContext, actionId: string | null, courseId: string | null): z.output<typeof sessionProposal> {
  const action = actionId ? actionRow(ctx, actionId) : undefined;
  if (actionId && !action) throw notFound();
  const course = (action?.courseId ?? courseId) ? courseRow(ctx, (action?.courseId ?? courseId)!) : undefined;
  if (!action && !course) throw new DomainError('invalid_input', 'errors.session.chooseActionOrCourse');
  const existing = action ? (plucked(ctx, 'SELECT count(*) FROM training_sessions WHERE action_id = ?').get(action.id) as number) : 0;
  return {
    code: nextCode(ctx, action?.code || course?.code || ''),
    actionId: action?.id ?? null,
    courseId: course?.id ?? null,
    titleFr: action?.titleFr || course?.titleFr || '',
    titleAr: action?.titleAr || course?.titleAr || '',
    maxCapacity: course?.groupSize || 20,
    testPlanned: course?.attestation === 'achievement',
    hours: action?.hours || course?.hours || 0,
    plannedSessions: action?.sessions ?? 0,
    existingSessions: existing,
  };
}

type SessionInput = z.output<typeof sessionCreate>;

/**
 * Checks what the session refers to, and returns the code it will have and its titles: a session
 * left without a title in either language takes its action's, else its course's.
 */
function checkReferences(ctx: DataContext, input: SessionInput, id: string | null): { code: string; titleFr: string; titleAr: string } {
  const action = input.actionId ? actionRow(ctx, input.actionId) : null;
  if (input.actionId && !action)
    throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'actionId', message: 'errors.notFound' }] });
  const course = courseRow(ctx, input.courseId);
  if (!course) throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'courseId', message: 'errors.notFound' }] });
  const before = id ? (plucked(ctx, 'SELECT course_id FROM training_sessions WHERE id = ?').get(id) as string) : null;
  if (course.archivedAt && before !== course.id)
    throw new DomainError('invalid_input', 'errors.session.courseArchived', {
      issues: [{ path: 'courseId', message: 'errors.session.courseArchived' }],
    });
  if (input.venueId && !stmt(ctx, 'SELECT 1 FROM venues WHERE id = ?').get(input.venueId))
    throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'venueId', message: 'errors.notFound' }] });
  for (const t of input.trainerIds)
    if (!stmt(ctx, 'SELECT 1 FROM trainers WHERE id = ?').get(t))
      throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'trainerIds', message: 'errors.notFound' }] });
  const funders = new Set(action ? (plucked(ctx, 'SELECT id FROM plan_funders WHERE plan_id = ?').all(action.planId) as string[]) : []);
  input.costs.forEach((c, i) => {
    if (c.funderId && !funders.has(c.funderId))
      throw new DomainError('invalid_input', 'errors.session.funderNotOfPlan', {
        issues: [{ path: `costs.${i}.funderId`, message: 'errors.session.funderNotOfPlan' }],
      });
  });
  const code = input.code || nextCode(ctx, action?.code || course.code);
  const holder = plucked(ctx, 'SELECT id FROM training_sessions WHERE code = ?').get(code) as string | undefined;
  if (holder && holder !== id) throw taken('code', 'errors.session.codeTaken');
  if (input.titleFr || input.titleAr) return { code, titleFr: input.titleFr, titleAr: input.titleAr };
  const named = action && (action.titleFr || action.titleAr) ? action : course;
  return { code, titleFr: named.titleFr, titleAr: named.titleAr };
}

const COLUMNS = {
  actionId: 'action_id',
  courseId: 'course_id',
  titleFr: 'title_fr',
  titleAr: 'title_ar',
  venueId: 'venue_id',
  language: 'language',
  minCapacity: 'min_capacity',
  maxCapacity: 'max_capacity',
  waitlist: 'waitlist',
  registrationDeadline: 'registration_deadline',
  attendanceRequired: 'attendance_required',
  testPlanned: 'test_planned',
  notes: 'notes',
} as const;
type Field = keyof typeof COLUMNS;
const FIELDS = Object.keys(COLUMNS) as Field[];
const valueOf = (input: SessionInput, f: Field) => {
  const v = input[f];
  return typeof v === 'boolean' ? Number(v) : v;
};

function writeChildren(ctx: DataContext, id: string, input: SessionInput): string[] {
  const changed: string[] = [];
  // Slots keep their id (and so their attendance) when the form sends it back.
  const before = slotsOf(ctx, id);
  const kept = new Set(input.slots.map((s) => s.id).filter(Boolean));
  const now = nowIso();
  for (const s of before) {
    if (kept.has(s.id)) continue;
    stmt(ctx, 'DELETE FROM session_slots WHERE id = ?').run(s.id);
    changed.push('slots');
  }
  const known = new Map(before.map((s) => [s.id, s]));
  for (const s of input.slots) {
    const old = s.id ? known.get(s.id) : undefined;
    if (old) {
      if (old.date !== s.date || old.startTime !== s.startTime || old.endTime !== s.endTime) {
        stmt(ctx, 'UPDATE session_slots SET date = ?, start_time = ?, end_time = ?, updated_at = ? WHERE id = ?').run(
          s.date,
          s.startTime,
          s.endTime,
          now,
          old.id,
        );
        changed.push('slots');
      }
    } else {
      stmt(ctx, 'INSERT INTO session_slots (id, session_id, date, start_time, end_time) VALUES (?, ?, ?, ?, ?)').run(
        newId(),
        id,
        s.date,
        s.startTime,
        s.endTime,
      );
      changed.push('slots');
    }
  }
  const trainersBefore = (
    plucked(ctx, 'SELECT trainer_id FROM session_trainers WHERE session_id = ? ORDER BY trainer_id').all(id) as string[]
  ).join();
  const trainersAfter = [...new Set(input.trainerIds)].sort();
  if (trainersBefore !== trainersAfter.join()) {
    stmt(ctx, 'DELETE FROM session_trainers WHERE session_id = ?').run(id);
    for (const t of trainersAfter) stmt(ctx, 'INSERT INTO session_trainers (session_id, trainer_id) VALUES (?, ?)').run(id, t);
    changed.push('trainers');
  }
  const costsBefore = JSON.stringify(
    stmt(
      ctx,
      'SELECT item, amount_centimes AS amountCentimes, funder_id AS funderId FROM session_costs WHERE session_id = ? ORDER BY created_at, id',
    ).all(id),
  );
  if (costsBefore !== JSON.stringify(input.costs.map((c) => ({ item: c.item, amountCentimes: c.amountCentimes, funderId: c.funderId })))) {
    stmt(ctx, 'DELETE FROM session_costs WHERE session_id = ?').run(id);
    input.costs.forEach((c, i) =>
      stmt(ctx, 'INSERT INTO session_costs (id, session_id, item, amount_centimes, funder_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        newId(),
        id,
        c.item,
        c.amountCentimes,
        c.funderId,
        // Same instant for every line would lose their order: a microsecond-free offset keeps it.
        new Date(Date.parse(now) + i).toISOString(),
      ),
    );
    changed.push('costs');
  }
  return [...new Set(changed)];
}

export function createSession(ctx: DataContext, input: SessionInput): SessionDetail {
  const id = newId();
  inTransaction(ctx, () => {
    const { code, titleFr, titleAr } = checkReferences(ctx, input, null);
    input = { ...input, titleFr, titleAr };
    const cols = ['id', 'code', ...FIELDS.map((f) => COLUMNS[f])];
    stmt(ctx, `INSERT INTO training_sessions (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
      id,
      code,
      ...FIELDS.map((f) => valueOf(input, f)),
    );
    writeChildren(ctx, id, input);
    recordAudit(ctx, 'sessions', id, 'create');
  });
  return getSession(ctx, id);
}

/** Nothing changes any more once a session is closed or cancelled. */
const LOCKED = new Set<SessionStatus>(['closed', 'cancelled']);

export function updateSession(ctx: DataContext, input: SessionInput & { id: string }): SessionDetail {
  inTransaction(ctx, () => {
    const before = stmt(
      ctx,
      `SELECT code, status, ${FIELDS.map((f) => `${COLUMNS[f]} AS ${f}`).join(', ')} FROM training_sessions WHERE id = ?`,
    ).get(input.id) as (Record<Field, unknown> & { code: string; status: SessionStatus }) | undefined;
    if (!before) throw notFound();
    if (LOCKED.has(before.status)) throw new DomainError('conflict', 'errors.session.locked');
    const { code, titleFr, titleAr } = checkReferences(ctx, input, input.id);
    input = { ...input, titleFr, titleAr };
    const after = Object.fromEntries(FIELDS.map((f) => [f, valueOf(input, f)])) as Record<Field, unknown>;
    stmt(
      ctx,
      `UPDATE training_sessions SET code = ?, ${FIELDS.map((f) => `${COLUMNS[f]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
    ).run(code, ...FIELDS.map((f) => after[f]), nowIso(), input.id);
    const fields = [...changedFields({ ...before, code: before.code }, { ...after, code }), ...writeChildren(ctx, input.id, input)].filter(
      (f) => f !== 'status',
    );
    if (fields.length) recordAudit(ctx, 'sessions', input.id, 'update', fields);
    // More places (or the waiting list turned on): the first waiting people move up.
    promoteWaitlist(ctx, input.id);
  });
  return getSession(ctx, input.id);
}

export function deleteSession(ctx: DataContext, id: string): { deleted: boolean } {
  inTransaction(ctx, () => {
    if (!stmt(ctx, 'SELECT 1 FROM training_sessions WHERE id = ?').get(id)) throw notFound();
    const marked = stmt(ctx, 'SELECT 1 FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.session_id = ? LIMIT 1').get(
      id,
    );
    const attested = stmt(
      ctx,
      'SELECT 1 FROM attestations a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.session_id = ? LIMIT 1',
    ).get(id);
    if (marked || attested) throw new DomainError('conflict', 'errors.session.hasAttendance');
    stmt(ctx, 'DELETE FROM training_sessions WHERE id = ?').run(id);
    recordAudit(ctx, 'sessions', id, 'delete');
  });
  return { deleted: true };
}

/**
 * A move of the session's life (api/channels/session-enums.ts): delivered needs every seated
 * participant marked on every slot; closed needs an outcome for every enrolment.
 */
export function setSessionStatus(ctx: DataContext, id: string, status: SessionStatus, reason: string): SessionDetail {
  inTransaction(ctx, () => {
    const before = plucked(ctx, 'SELECT status FROM training_sessions WHERE id = ?').get(id) as SessionStatus | undefined;
    if (!before) throw notFound();
    if (before === status) return;
    if (!SESSION_TRANSITIONS[before].includes(status)) throw new DomainError('conflict', 'errors.session.transition');
    if (status === 'delivered') {
      const d = getSession(ctx, id);
      if (d.booked === 0) throw new DomainError('conflict', 'errors.session.nobodySeated');
      if (d.missingMarks > 0) throw new DomainError('conflict', 'errors.session.attendanceIncomplete');
    }
    if (status === 'closed') {
      const pending = plucked(ctx, `SELECT count(*) FROM enrolments WHERE session_id = ? AND status IN (${ACTIVE_SQL})`).get(id) as number;
      if (pending > 0) throw new DomainError('conflict', 'errors.session.pendingOutcomes');
    }
    const keepsReason = status === 'postponed' || status === 'cancelled';
    stmt(ctx, 'UPDATE training_sessions SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?').run(
      status,
      keepsReason ? reason : '',
      nowIso(),
      id,
    );
    recordAudit(ctx, 'sessions', id, 'update', keepsReason ? ['status', 'statusReason'] : ['status']);
  });
  return getSession(ctx, id);
}
