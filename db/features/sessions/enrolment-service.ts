import type { z } from 'zod';
import type { EnrolmentStatus } from '../../../api/channels/session-enums';
import type {
  Conflict,
  Enrolment,
  enrolmentAdd,
  enrolmentCandidate,
  enrolmentChange,
  enrolmentSetStatus,
} from '../../../api/channels/sessions';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { plucked, stmt } from '../../core/statements';
import { assessorOf } from '../reviews/campaigns';
import { personName } from '../reviews/people';
import { inTransaction } from '../shared/records';
import { ACTIVE_SQL, SEATED_SQL } from './sql-lists';
import { hoursByEnrolment } from './attendance';
import { HOLDS_TIME } from './conflicts';

/**
 * Enrolment of staff and association trainees: requested → approved (by the manager or the
 * association's president) or declined → booked, or waitlisted when the session is full → an
 * outcome from the attendance; or cancelled by the participant. A freed place moves the first
 * person of the waiting list up.
 */

type Change = z.output<typeof enrolmentChange>;
type Person = { id: string; nameFr: string; nameAr: string };

/** Enrolment changes are refused once the session is evaluated, closed or cancelled. */
const FROZEN = new Set(['evaluated', 'closed', 'cancelled']);

const NAME_FR = `CASE WHEN e.staff_id IS NOT NULL THEN ${personName('s', 'fr')} ELSE ${personName('t', 'fr')} END`;
const NAME_AR = `CASE WHEN e.staff_id IS NOT NULL THEN ${personName('s', 'ar')} ELSE ${personName('t', 'ar')} END`;
const PEOPLE_JOINS = 'LEFT JOIN staff s ON s.id = e.staff_id LEFT JOIN association_trainees t ON t.id = e.trainee_id';

function sessionOf(ctx: DataContext, id: string) {
  const s = stmt(
    ctx,
    `SELECT t.id, t.status, t.max_capacity AS maxCapacity, t.waitlist, t.test_planned AS testPlanned, t.attendance_required AS attendanceRequired,
       c.attestation FROM training_sessions t JOIN courses c ON c.id = t.course_id WHERE t.id = ?`,
  ).get(id) as
    | {
        id: string;
        status: string;
        maxCapacity: number;
        waitlist: number;
        testPlanned: number;
        attendanceRequired: number;
        attestation: string;
      }
    | undefined;
  if (!s) throw notFound();
  return s;
}

/** The association's president (a contact whose role says so), else its first contact. */
const PRESIDENT = (lang: 'fr' | 'ar') => `(SELECT oc.name_${lang} FROM organization_contacts oc WHERE oc.organization_id = t.organization_id
  ORDER BY (lower(oc.role_fr) LIKE 'pr_sid%' OR oc.role_ar LIKE '%رئيس%') DESC, oc.position LIMIT 1)`;

interface RawEnrolment extends Omit<
  Enrolment,
  | 'hoursAttended'
  | 'attendanceRate'
  | 'eligible'
  | 'attestation'
  | 'conflicts'
  | 'passed'
  | 'approverFr'
  | 'approverAr'
  | 'waitlistPosition'
> {
  passed: number | null;
  unitId: string | null;
  presidentFr: string | null;
  presidentAr: string | null;
  waitlistedAt: string | null;
  attestationId: string | null;
  attestationNumber: string | null;
  attestationRevoked: number | null;
}

export function listEnrolments(ctx: DataContext, sessionId: string): Enrolment[] {
  const session = sessionOf(ctx, sessionId);
  const rows = stmt(
    ctx,
    `SELECT e.id, e.session_id AS sessionId, CASE WHEN e.staff_id IS NULL THEN 'association' ELSE 'staff' END AS participantType,
       e.staff_id AS staffId, e.trainee_id AS traineeId, coalesce(s.matricule, '') AS matricule,
       ${NAME_FR} AS nameFr, ${NAME_AR} AS nameAr,
       coalesce(s.sort_name_fr, t.sort_name_fr) AS sortNameFr, coalesce(s.sort_name_ar, t.sort_name_ar) AS sortNameAr,
       coalesce(s.gender, t.gender) AS gender, s.unit_id AS unitId,
       coalesce(u.name_fr, o.name_fr, '') AS groupFr, coalesce(u.name_ar, o.name_ar, '') AS groupAr,
       ${PRESIDENT('fr')} AS presidentFr, ${PRESIDENT('ar')} AS presidentAr,
       e.need_id AS needId, e.status, e.decided_by AS decidedBy, e.reason, e.waitlisted_at AS waitlistedAt, e.passed,
       x.id AS attestationId, x.number AS attestationNumber, x.revoked_at IS NOT NULL AS attestationRevoked
     FROM enrolments e ${PEOPLE_JOINS}
     LEFT JOIN org_units u ON u.id = s.unit_id LEFT JOIN organizations o ON o.id = t.organization_id
     LEFT JOIN attestations x ON x.id = (SELECT y.id FROM attestations y WHERE y.enrolment_id = e.id ORDER BY y.revoked_at IS NULL DESC, y.created_at DESC LIMIT 1)
     WHERE e.session_id = ? ORDER BY sortNameFr, e.id`,
  ).all(sessionId) as RawEnrolment[];
  const summary = hoursByEnrolment(ctx, sessionId);
  const waiting = rows
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => (a.waitlistedAt ?? '').localeCompare(b.waitlistedAt ?? '') || a.id.localeCompare(b.id));
  const position = new Map(waiting.map((r, i) => [r.id, i + 1]));
  const conflicts = participantConflicts(ctx, sessionId);
  const head = stmt(ctx, `SELECT ${personName('h', 'fr')} AS fr, ${personName('h', 'ar')} AS ar FROM staff h WHERE h.id = ?`);
  return rows.map((r) => {
    const a = summary.get(r.id);
    const hoursAttended = a?.hoursAttended ?? 0;
    const attendanceRate = a?.rate ?? 0;
    const approver = r.staffId
      ? (head.get(assessorOf(ctx, r.staffId, r.unitId) ?? '') as { fr: string; ar: string } | undefined)
      : undefined;
    const attended = r.status === 'attended_full' || r.status === 'attended_partial';
    const eligible =
      session.attestation !== 'none' &&
      attended &&
      attendanceRate * 100 >= session.attendanceRequired - 1e-9 &&
      (!session.testPlanned || r.passed === 1);
    const { unitId: _u, presidentFr, presidentAr, waitlistedAt: _w, attestationId, attestationNumber, attestationRevoked, ...rest } = r;
    return {
      ...rest,
      passed: r.passed === null ? null : Boolean(r.passed),
      approverFr: r.staffId ? (approver?.fr ?? '') : (presidentFr ?? ''),
      approverAr: r.staffId ? (approver?.ar ?? '') : (presidentAr ?? ''),
      waitlistPosition: position.get(r.id) ?? null,
      hoursAttended,
      attendanceRate,
      eligible,
      attestation: attestationId ? { id: attestationId, number: attestationNumber!, revoked: Boolean(attestationRevoked) } : null,
      conflicts: conflicts.get(r.id) ?? [],
    };
  });
}

/** For each active enrolment of the session: the other sessions the same person is in at the same time. */
function participantConflicts(ctx: DataContext, sessionId: string): Map<string, Conflict[]> {
  const rows = stmt(
    ctx,
    ['staff_id', 'trainee_id']
      .map(
        (
          col,
        ) => `SELECT e.id AS enrolmentId, o.session_id AS otherSessionId, t2.code AS otherCode, b.date, b.start_time AS startTime, b.end_time AS endTime
       FROM enrolments e JOIN enrolments o ON o.${col} = e.${col} AND o.session_id <> e.session_id AND o.status IN (${ACTIVE_SQL})
       JOIN training_sessions t2 ON t2.id = o.session_id AND t2.status ${HOLDS_TIME}
       JOIN session_slots a ON a.session_id = e.session_id
       JOIN session_slots b ON b.session_id = o.session_id AND b.date = a.date AND a.start_time < b.end_time AND b.start_time < a.end_time
       WHERE e.session_id = ? AND e.status IN (${ACTIVE_SQL})`,
      )
      .join(' UNION ALL '),
  ).all(sessionId, sessionId) as {
    enrolmentId: string;
    otherSessionId: string;
    otherCode: string;
    date: string;
    startTime: string;
    endTime: string;
  }[];
  rows.sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`));
  const out = new Map<string, Conflict[]>();
  for (const r of rows) {
    const list = out.get(r.enrolmentId) ?? [];
    if (list.some((c) => c.otherSessionId === r.otherSessionId)) continue;
    list.push({ kind: 'participant', ...r, nameFr: '', nameAr: '', have: null, need: null });
    out.set(r.enrolmentId, list);
  }
  return out;
}

/**
 * People who could be enrolled: those whose needs the session's action covers (staff needs, the
 * staff of a unit's need, the trainees of an association's need); outside the plan, the staff
 * with an open need on a competency the course develops. People already enrolled here, or placed
 * in another session of the same action, are left out.
 */
export function enrolmentCandidates(ctx: DataContext, sessionId: string): z.output<typeof enrolmentCandidate>[] {
  const s = stmt(ctx, 'SELECT action_id AS actionId, course_id AS courseId FROM training_sessions WHERE id = ?').get(sessionId) as
    { actionId: string | null; courseId: string } | undefined;
  if (!s) throw notFound();
  const needs = s.actionId
    ? 'SELECT n.* FROM training_needs n JOIN plan_action_needs l ON l.need_id = n.id WHERE l.action_id = ?'
    : `SELECT n.* FROM training_needs n WHERE n.population = 'staff' AND n.state IN ('identified', 'qualified', 'planned')
         AND n.competency_id IN (SELECT competency_id FROM course_competencies WHERE course_id = ?)`;
  const rows = stmt(
    ctx,
    `WITH needs AS (${needs}),
       -- This session and the others of its action: a person placed in one of them is not offered again.
       placed AS (SELECT id FROM training_sessions WHERE id = ? OR (action_id IS NOT NULL AND action_id = ?)),
       -- A staff need names its person; a unit's need, every member of the unit (two joins an index serves, not one with OR).
       wanted AS (
         SELECT n.id AS needId, n.staff_id AS staffId, NULL AS gap FROM needs n WHERE n.population = 'staff'
         UNION ALL
         SELECT n.id, x.id, n.estimated_gap FROM needs n JOIN staff x ON x.unit_id = n.unit_id WHERE n.population = 'unit')
     SELECT 'staff' AS participantType, s.id AS staffId, NULL AS traineeId, w.needId,
       ${personName('s', 'fr')} AS nameFr, ${personName('s', 'ar')} AS nameAr, coalesce(u.name_fr, '') AS groupFr, coalesce(u.name_ar, '') AS groupAr,
       s.gender, w.gap, s.sort_name_fr AS sortName
     FROM wanted w JOIN staff s ON s.id = w.staffId
     LEFT JOIN org_units u ON u.id = s.unit_id
     WHERE s.status = 'active' AND NOT EXISTS (SELECT 1 FROM enrolments e JOIN placed p ON p.id = e.session_id WHERE e.staff_id = s.id AND (p.id = ? OR e.status NOT IN ('declined', 'cancelled')))
     UNION ALL
     SELECT 'association', NULL, t.id, n.id, ${personName('t', 'fr')}, ${personName('t', 'ar')}, o.name_fr, o.name_ar, t.gender, n.estimated_gap, t.sort_name_fr
     FROM needs n JOIN association_trainees t ON n.population = 'association' AND t.organization_id = n.organization_id AND t.archived_at IS NULL
     JOIN organizations o ON o.id = t.organization_id
     WHERE NOT EXISTS (SELECT 1 FROM enrolments e JOIN placed p ON p.id = e.session_id WHERE e.trainee_id = t.id AND (p.id = ? OR e.status NOT IN ('declined', 'cancelled')))
     ORDER BY participantType DESC, sortName`,
  ).all(s.actionId ?? s.courseId, sessionId, s.actionId, sessionId, sessionId) as (z.output<typeof enrolmentCandidate> & {
    sortName: string;
  })[];
  // A person with several needs the action covers appears once (with the first need).
  const seen = new Set<string>();
  const out: z.output<typeof enrolmentCandidate>[] = [];
  for (const { sortName: _s, ...r } of rows) {
    const key = r.staffId ?? r.traineeId!;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  // The gap of a staff member's need is the live one (required − level; null when never assessed), as the register shows it.
  const gapOf = plucked(
    ctx,
    `SELECT max(0, r.required_level - (SELECT level FROM competency_ratings cr WHERE cr.staff_id = s.id AND cr.competency_id = n.competency_id AND cr.valid_to IS NULL ORDER BY cr.created_at DESC LIMIT 1))
     FROM training_needs n JOIN staff s ON s.id = n.staff_id JOIN job_requirements r ON r.job_id = s.job_id AND r.competency_id = n.competency_id WHERE n.id = ?`,
  );
  for (const c of out) if (c.staffId && c.gap === null && c.needId) c.gap = (gapOf.get(c.needId) as number | undefined) ?? null;
  return out;
}

const nameOf = (ctx: DataContext, enrolmentId: string): Person =>
  stmt(ctx, `SELECT e.id, ${NAME_FR} AS nameFr, ${NAME_AR} AS nameAr FROM enrolments e ${PEOPLE_JOINS} WHERE e.id = ?`).get(
    enrolmentId,
  ) as Person;

const seatedCount = (ctx: DataContext, sessionId: string) =>
  plucked(ctx, `SELECT count(*) FROM enrolments WHERE session_id = ? AND status IN (${SEATED_SQL})`).get(sessionId) as number;

function setStatus(ctx: DataContext, id: string, status: EnrolmentStatus, extra: { decidedBy?: string; reason?: string } = {}) {
  const now = nowIso();
  stmt(
    ctx,
    `UPDATE enrolments SET status = ?, decided_by = coalesce(?, decided_by), reason = coalesce(?, reason),
       waitlisted_at = CASE WHEN ? = 'waitlisted' THEN ? ELSE NULL END, updated_at = ? WHERE id = ?`,
  ).run(status, extra.decidedBy ?? null, extra.reason ?? null, status, now, now, id);
  recordAudit(ctx, 'enrolments', id, 'update', [
    'status',
    ...(extra.decidedBy !== undefined ? ['decidedBy'] : []),
    ...(extra.reason ? ['reason'] : []),
  ]);
}

/** While places are free, the first people of the waiting list (first in, first up) are booked. */
export function promoteWaitlist(ctx: DataContext, sessionId: string): Person[] {
  const s = sessionOf(ctx, sessionId);
  if (FROZEN.has(s.status)) return [];
  let free = s.maxCapacity - seatedCount(ctx, sessionId);
  if (free <= 0) return [];
  const next = plucked(
    ctx,
    `SELECT id FROM enrolments WHERE session_id = ? AND status = 'waitlisted' ORDER BY waitlisted_at, id LIMIT ?`,
  ).all(sessionId, free) as string[];
  const promoted: Person[] = [];
  for (const id of next) {
    setStatus(ctx, id, 'booked');
    promoted.push(nameOf(ctx, id));
    free -= 1;
  }
  return promoted;
}

const change = (ctx: DataContext, sessionId: string, promoted: Person[], waitlisted: Person[], warnings: Conflict[] = []): Change => {
  const enrolments = listEnrolments(ctx, sessionId);
  return {
    enrolments,
    promoted,
    waitlisted,
    warnings: [...warnings, ...enrolments.flatMap((e) => e.conflicts.map((c) => ({ ...c, nameFr: e.nameFr, nameAr: e.nameAr })))],
  };
};

export function addEnrolments(ctx: DataContext, input: z.output<typeof enrolmentAdd>): Change {
  const added: string[] = [];
  inTransaction(ctx, () => {
    const s = sessionOf(ctx, input.sessionId);
    if (FROZEN.has(s.status)) throw new DomainError('conflict', 'errors.enrolment.sessionLocked');
    const insert = stmt(ctx, 'INSERT INTO enrolments (id, session_id, staff_id, trainee_id, need_id, status) VALUES (?, ?, ?, ?, ?, ?)');
    for (const p of input.participants) {
      if (p.staffId && !stmt(ctx, "SELECT 1 FROM staff WHERE id = ? AND status = 'active'").get(p.staffId))
        throw new DomainError('invalid_input', 'errors.enrolment.unknownPerson');
      if (p.traineeId && !stmt(ctx, 'SELECT 1 FROM association_trainees WHERE id = ? AND archived_at IS NULL').get(p.traineeId))
        throw new DomainError('invalid_input', 'errors.enrolment.unknownPerson');
      const already = stmt(ctx, 'SELECT 1 FROM enrolments WHERE session_id = ? AND (staff_id = ? OR trainee_id = ?)').get(
        input.sessionId,
        p.staffId,
        p.traineeId,
      );
      if (already) continue;
      const needOk = p.needId ? stmt(ctx, 'SELECT 1 FROM training_needs WHERE id = ?').get(p.needId) : true;
      const id = newId();
      insert.run(id, input.sessionId, p.staffId, p.traineeId, needOk ? p.needId : null, 'requested');
      recordAudit(ctx, 'enrolments', id, 'create');
      added.push(id);
    }
  });
  return change(ctx, input.sessionId, [], []);
}

/** Which statuses each move may start from. */
const FROM: Record<(typeof import('../../../api/channels/sessions').ENROLMENT_MOVES)[number], readonly EnrolmentStatus[]> = {
  requested: ['declined', 'cancelled'],
  approved: ['requested', 'declined'],
  declined: ['requested', 'approved', 'waitlisted'],
  booked: ['approved', 'waitlisted'],
  cancelled: ['requested', 'approved', 'booked', 'waitlisted'],
};

export function setEnrolmentStatus(ctx: DataContext, input: z.output<typeof enrolmentSetStatus>): Change {
  let sessionId = '';
  const promoted: Person[] = [];
  const waitlisted: Person[] = [];
  inTransaction(ctx, () => {
    const rows = input.ids.map((id) => {
      const r = stmt(ctx, 'SELECT id, session_id AS sessionId, status FROM enrolments WHERE id = ?').get(id) as
        { id: string; sessionId: string; status: EnrolmentStatus } | undefined;
      if (!r) throw notFound();
      return r;
    });
    sessionId = rows[0].sessionId;
    if (rows.some((r) => r.sessionId !== sessionId)) throw new DomainError('invalid_input', 'errors.enrolment.oneSession');
    const s = sessionOf(ctx, sessionId);
    if (FROZEN.has(s.status)) throw new DomainError('conflict', 'errors.enrolment.sessionLocked');
    for (const r of rows) {
      if (r.status === input.status) continue;
      if (!FROM[input.status].includes(r.status)) throw new DomainError('conflict', `errors.enrolment.cannot.${input.status}`);
      if (input.status === 'booked' && r.status !== 'waitlisted') {
        if (seatedCount(ctx, sessionId) < s.maxCapacity) setStatus(ctx, r.id, 'booked');
        else if (s.waitlist) {
          setStatus(ctx, r.id, 'waitlisted');
          waitlisted.push(nameOf(ctx, r.id));
        } else throw new DomainError('conflict', 'errors.enrolment.full');
      } else if (input.status === 'booked') {
        // Booking someone from the waiting list by hand: only while a place is free.
        if (seatedCount(ctx, sessionId) >= s.maxCapacity) throw new DomainError('conflict', 'errors.enrolment.full');
        setStatus(ctx, r.id, 'booked');
      } else {
        const decided = input.status === 'approved' || input.status === 'declined';
        setStatus(ctx, r.id, input.status, {
          ...(decided ? { decidedBy: input.decidedBy } : {}),
          ...(input.reason ? { reason: input.reason } : {}),
        });
      }
    }
    promoted.push(...promoteWaitlist(ctx, sessionId));
  });
  return change(ctx, sessionId, promoted, waitlisted);
}

export function setEnrolmentPassed(ctx: DataContext, id: string, passed: boolean | null): Change {
  const r = stmt(ctx, 'SELECT session_id AS sessionId FROM enrolments WHERE id = ?').get(id) as { sessionId: string } | undefined;
  if (!r) throw notFound();
  inTransaction(ctx, () => {
    const s = sessionOf(ctx, r.sessionId);
    if (!s.testPlanned) throw new DomainError('conflict', 'errors.enrolment.noTest');
    if (s.status === 'closed' || s.status === 'cancelled') throw new DomainError('conflict', 'errors.enrolment.sessionLocked');
    stmt(ctx, 'UPDATE enrolments SET passed = ?, updated_at = ? WHERE id = ?').run(passed === null ? null : Number(passed), nowIso(), id);
    recordAudit(ctx, 'enrolments', id, 'update', ['passed']);
  });
  return change(ctx, r.sessionId, [], []);
}

export function deleteEnrolment(ctx: DataContext, id: string): Change {
  const r = stmt(ctx, 'SELECT session_id AS sessionId FROM enrolments WHERE id = ?').get(id) as { sessionId: string } | undefined;
  if (!r) throw notFound();
  let promoted: Person[] = [];
  inTransaction(ctx, () => {
    if (FROZEN.has(sessionOf(ctx, r.sessionId).status)) throw new DomainError('conflict', 'errors.enrolment.sessionLocked');
    const marked = stmt(ctx, 'SELECT 1 FROM attendance WHERE enrolment_id = ? LIMIT 1').get(id);
    const attested = stmt(ctx, 'SELECT 1 FROM attestations WHERE enrolment_id = ? LIMIT 1').get(id);
    if (marked || attested) throw new DomainError('conflict', 'errors.enrolment.hasAttendance');
    stmt(ctx, 'DELETE FROM enrolments WHERE id = ?').run(id);
    recordAudit(ctx, 'enrolments', id, 'delete');
    promoted = promoteWaitlist(ctx, r.sessionId);
  });
  return change(ctx, r.sessionId, promoted, []);
}
