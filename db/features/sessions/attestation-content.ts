import type { AttestationContent } from '../../../api/channels/attestations';
import type { EnrolmentStatus } from '../../../api/channels/session-enums';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { stmt } from '../../core/statements';
import { readSettings } from '../settings/settings-service';
import { personName } from '../reviews/people';
import { hoursByEnrolment, slotsOf } from './attendance';
import { round2 } from './slot-math';

/**
 * What an attestation is built from: the session (with its course and plan action), its slots,
 * and each enrolment's participant and attended hours. Read inside the issuing transaction, so
 * the content matches the data at the moment it is numbered and signed.
 */

export interface SessionFacts {
  id: string;
  code: string;
  titleFr: string;
  titleAr: string;
  attendanceRequired: number;
  testPlanned: boolean;
  courseCode: string;
  courseAttestation: 'none' | 'attendance' | 'achievement';
  objectivesFr: string;
  objectivesAr: string;
  firstDate: string;
  lastDate: string;
  hours: number;
}

export interface Participant {
  enrolmentId: string;
  status: EnrolmentStatus;
  passed: boolean | null;
  participantType: 'staff' | 'association';
  matricule: string;
  nameFr: string;
  nameAr: string;
  organizationFr: string;
  organizationAr: string;
  hoursAttended: number;
}

export function sessionFacts(ctx: DataContext, sessionId: string): SessionFacts {
  const row = stmt(
    ctx,
    `SELECT s.id, s.code, coalesce(nullif(s.title_fr, ''), c.title_fr) AS titleFr, coalesce(nullif(s.title_ar, ''), c.title_ar) AS titleAr,
       s.attendance_required AS attendanceRequired, s.test_planned AS testPlanned, c.code AS courseCode, c.attestation AS courseAttestation,
       c.objectives_fr AS courseObjectivesFr, c.objectives_ar AS courseObjectivesAr,
       coalesce(a.objectives_fr, '') AS actionObjectivesFr, coalesce(a.objectives_ar, '') AS actionObjectivesAr
     FROM training_sessions s JOIN courses c ON c.id = s.course_id LEFT JOIN plan_actions a ON a.id = s.action_id
     WHERE s.id = ?`,
  ).get(sessionId) as
    | (Omit<SessionFacts, 'testPlanned' | 'objectivesFr' | 'objectivesAr' | 'firstDate' | 'lastDate' | 'hours'> & {
        testPlanned: number;
        courseObjectivesFr: string;
        courseObjectivesAr: string;
        actionObjectivesFr: string;
        actionObjectivesAr: string;
      })
    | undefined;
  if (!row) throw notFound();
  const slots = slotsOf(ctx, sessionId);
  // The action's objectives say why this session was planned; a session outside the plan (or an
  // action without objectives) states the course's. Both languages come from the same source.
  const fromAction = Boolean(row.actionObjectivesFr || row.actionObjectivesAr);
  return {
    id: row.id,
    code: row.code,
    titleFr: row.titleFr,
    titleAr: row.titleAr,
    attendanceRequired: row.attendanceRequired,
    testPlanned: Boolean(row.testPlanned),
    courseCode: row.courseCode,
    courseAttestation: row.courseAttestation,
    objectivesFr: fromAction ? row.actionObjectivesFr : row.courseObjectivesFr,
    objectivesAr: fromAction ? row.actionObjectivesAr : row.courseObjectivesAr,
    firstDate: slots[0]?.date ?? '',
    lastDate: slots.at(-1)?.date ?? '',
    hours: round2(slots.reduce((sum, s) => sum + s.hours, 0)),
  };
}

/** Every enrolment of the session with its participant (staff: unit; trainee: association). */
export function participantsOf(ctx: DataContext, sessionId: string): Participant[] {
  const rows = stmt(
    ctx,
    `SELECT e.id AS enrolmentId, e.status, e.passed,
       CASE WHEN e.staff_id IS NOT NULL THEN 'staff' ELSE 'association' END AS participantType,
       coalesce(st.matricule, '') AS matricule,
       CASE WHEN e.staff_id IS NOT NULL THEN ${personName('st', 'fr')} ELSE ${personName('t', 'fr')} END AS nameFr,
       CASE WHEN e.staff_id IS NOT NULL THEN ${personName('st', 'ar')} ELSE ${personName('t', 'ar')} END AS nameAr,
       CASE WHEN e.staff_id IS NOT NULL THEN coalesce(u.name_fr, '') ELSE coalesce(o.name_fr, '') END AS organizationFr,
       CASE WHEN e.staff_id IS NOT NULL THEN coalesce(u.name_ar, '') ELSE coalesce(o.name_ar, '') END AS organizationAr
     FROM enrolments e
       LEFT JOIN staff st ON st.id = e.staff_id LEFT JOIN org_units u ON u.id = st.unit_id
       LEFT JOIN association_trainees t ON t.id = e.trainee_id LEFT JOIN organizations o ON o.id = t.organization_id
     WHERE e.session_id = ? ORDER BY e.id`,
  ).all(sessionId) as (Omit<Participant, 'passed' | 'hoursAttended'> & { passed: number | null })[];
  const hours = hoursByEnrolment(ctx, sessionId);
  return rows.map((r) => ({
    ...r,
    passed: r.passed === null ? null : Boolean(r.passed),
    hoursAttended: hours.get(r.enrolmentId)?.hoursAttended ?? 0,
  }));
}

/**
 * Who may receive an attestation: attended (in full or in part), at least the share of the hours the
 * session requires, and passed the test when one was planned.
 */
export function eligible(session: SessionFacts, p: Participant): boolean {
  if (p.status !== 'attended_full' && p.status !== 'attended_partial') return false;
  if (session.testPlanned && p.passed !== true) return false;
  if (session.hours <= 0) return false;
  // Compared in hundredths of hours: 80 % of 17.5 h is 14 h exactly, never 13.999….
  return Math.round(p.hoursAttended * 100) * 100 >= Math.round(session.hours * 100) * session.attendanceRequired;
}

/** The statement signed for one participant, as of `issuedOn`. */
export function contentFor(ctx: DataContext, session: SessionFacts, p: Participant, number: string, issuedOn: string): AttestationContent {
  const settings = readSettings(ctx);
  return {
    number,
    issuedOn,
    installationId: settings.installationId,
    communeFr: settings.communeFr,
    communeAr: settings.communeAr,
    participantType: p.participantType,
    matricule: p.matricule,
    nameFr: p.nameFr,
    nameAr: p.nameAr,
    organizationFr: p.organizationFr,
    organizationAr: p.organizationAr,
    sessionCode: session.code,
    courseCode: session.courseCode,
    titleFr: session.titleFr,
    titleAr: session.titleAr,
    objectivesFr: session.objectivesFr,
    objectivesAr: session.objectivesAr,
    firstDate: session.firstDate,
    lastDate: session.lastDate,
    hours: session.hours,
    hoursAttended: p.hoursAttended,
    // An achievement only when the course promises one and the session tested it (eligibility
    // already required the test passed); otherwise the paper attests attendance.
    kind: session.courseAttestation === 'achievement' && session.testPlanned ? 'achievement' : 'attendance',
    signatories: settings.signatories.map((s) => ({ nameFr: s.nameFr, nameAr: s.nameAr, titleFr: s.titleFr, titleAr: s.titleAr })),
  };
}
