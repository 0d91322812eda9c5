import type { Passport } from '../../../api/channels/attestations';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { stmt } from '../../core/statements';
import { personName } from '../reviews/people';
import { hoursByEnrolment, slotsOf } from './attendance';
import { round2 } from './slot-math';

/**
 * A person's training passport: the sessions they were enrolled in (with what they attended and
 * the attestation they hold), the sessions they gave as an internal trainer, and the totals.
 */

type Followed = Passport['followed'][number];
type Line = Passport['given'][number];

/** A session's line; its dates from its slots (null: no slot planned yet), its hours added after. */
const LINE = `s.id AS sessionId, s.code AS sessionCode, c.code AS courseCode,
  coalesce(nullif(s.title_fr, ''), c.title_fr) AS titleFr, coalesce(nullif(s.title_ar, ''), c.title_ar) AS titleAr,
  (SELECT min(date) FROM session_slots WHERE session_id = s.id) AS firstDate,
  (SELECT max(date) FROM session_slots WHERE session_id = s.id) AS lastDate, s.status AS sessionStatus`;

/** Oldest first, the sessions not yet scheduled last: the passport reads as a career. */
const ORDER = 'ORDER BY firstDate IS NULL, firstDate, sessionCode';

interface Person {
  participantType: Passport['participantType'];
  nameFr: string;
  nameAr: string;
  matricule: string;
  groupFr: string;
  groupAr: string;
}

function person(ctx: DataContext, staffId: string | null, traineeId: string | null): Person {
  const row = staffId
    ? stmt(
        ctx,
        `SELECT 'staff' AS participantType, ${personName('p', 'fr')} AS nameFr,
           ${personName('p', 'ar')} AS nameAr, p.matricule,
           coalesce(u.name_fr, '') AS groupFr, coalesce(u.name_ar, '') AS groupAr
         FROM staff p LEFT JOIN org_units u ON u.id = p.unit_id WHERE p.id = ?`,
      ).get(staffId)
    : stmt(
        ctx,
        `SELECT 'association' AS participantType, ${personName('p', 'fr')} AS nameFr,
           ${personName('p', 'ar')} AS nameAr, '' AS matricule,
           coalesce(o.name_fr, '') AS groupFr, coalesce(o.name_ar, '') AS groupAr
         FROM association_trainees p LEFT JOIN organizations o ON o.id = p.organization_id WHERE p.id = ?`,
      ).get(traineeId);
  if (!row) throw notFound();
  return row as Person;
}

/** Hours of each session from its slots, read once per session. */
function sessionHours(ctx: DataContext): (sessionId: string) => number {
  const known = new Map<string, number>();
  return (sessionId) => {
    if (!known.has(sessionId)) known.set(sessionId, round2(slotsOf(ctx, sessionId).reduce((sum, s) => sum + s.hours, 0)));
    return known.get(sessionId)!;
  };
}

export function getPassport(ctx: DataContext, input: { staffId: string | null; traineeId: string | null }): Passport {
  const { staffId, traineeId } = input;
  const who = person(ctx, staffId, traineeId);
  const rows = stmt(
    ctx,
    `SELECT ${LINE}, e.id AS enrolmentId, e.status
     FROM enrolments e JOIN training_sessions s ON s.id = e.session_id JOIN courses c ON c.id = s.course_id
     WHERE ${staffId ? 'e.staff_id' : 'e.trainee_id'} = ? ${ORDER}`,
  ).all(staffId ?? traineeId) as Omit<Followed, 'hours' | 'hoursAttended' | 'attestation'>[];
  const hoursOf = sessionHours(ctx);

  // The attestation an enrolment holds: the live one, else the last revoked (shown as such).
  const attestations = new Map<string, Followed['attestation']>();
  if (rows.length) {
    const held = ctx.sqlite
      .prepare(
        `SELECT enrolment_id AS enrolmentId, id, number, revoked_at IS NOT NULL AS revoked FROM attestations
         WHERE enrolment_id IN (${rows.map(() => '?').join(', ')}) ORDER BY revoked_at IS NULL, year, sequence`,
      )
      .all(...rows.map((r) => r.enrolmentId)) as { enrolmentId: string; id: string; number: string; revoked: number }[];
    for (const a of held) attestations.set(a.enrolmentId, { id: a.id, number: a.number, revoked: Boolean(a.revoked) });
  }
  const hoursBySession = new Map<string, ReturnType<typeof hoursByEnrolment>>();
  const followed: Followed[] = rows.map((r) => {
    if (!hoursBySession.has(r.sessionId)) hoursBySession.set(r.sessionId, hoursByEnrolment(ctx, r.sessionId));
    return {
      ...r,
      hours: hoursOf(r.sessionId),
      hoursAttended: hoursBySession.get(r.sessionId)!.get(r.enrolmentId)?.hoursAttended ?? 0,
      attestation: attestations.get(r.enrolmentId) ?? null,
    };
  });

  const given = staffId
    ? (
        stmt(
          ctx,
          `SELECT ${LINE} FROM training_sessions s JOIN courses c ON c.id = s.course_id
           WHERE s.status <> 'cancelled' AND EXISTS (SELECT 1 FROM session_trainers st JOIN trainers t ON t.id = st.trainer_id
                                                     WHERE st.session_id = s.id AND t.staff_id = ?) ${ORDER}`,
        ).all(staffId) as Omit<Line, 'hours'>[]
      ).map((l) => ({ ...l, hours: hoursOf(l.sessionId) }))
    : [];

  const attended = followed.filter((f) => f.status === 'attended_full' || f.status === 'attended_partial');
  return {
    ...who,
    followed,
    given,
    totals: {
      sessions: attended.length,
      hoursAttended: round2(attended.reduce((sum, f) => sum + f.hoursAttended, 0)),
      attestations: followed.filter((f) => f.attestation && !f.attestation.revoked).length,
      hoursGiven: round2(given.reduce((sum, l) => sum + l.hours, 0)),
    },
  };
}
