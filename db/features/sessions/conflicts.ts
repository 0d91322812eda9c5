import type { z } from 'zod';
import type { Conflict, sessionDraft } from '../../../api/channels/sessions';
import type { DataContext } from '../../core/context';
import { plucked, stmt } from '../../core/statements';
import { personName } from '../reviews/people';
import { ACTIVE_SQL, SEATED_SQL } from './sql-lists';

/**
 * Conflicts said before they happen: another session at the same time for a trainer (unless the
 * trainer may double-book), the venue or a participant; a venue smaller than the session; a full
 * session. Cancelled and postponed sessions hold no time.
 */

export const HOLDS_TIME = `NOT IN ('cancelled', 'postponed')`;
/** Conflicts are said while they can still be avoided: not for a session delivered or after. */
export const STILL_AHEAD: ReadonlySet<string> = new Set(['draft', 'open', 'confirmed', 'in_progress']);

/** A trainer's name as shown: the staff member's or organisation's when linked, else its own. */
export const TRAINER_NAME = (lang: 'fr' | 'ar') =>
  `CASE WHEN ts.id IS NOT NULL THEN ${personName('ts', lang)} WHEN tor.id IS NOT NULL THEN tor.name_${lang} ELSE tr.name_${lang} END`;
export const TRAINER_JOINS = 'LEFT JOIN staff ts ON ts.id = tr.staff_id LEFT JOIN organizations tor ON tor.id = tr.organization_id';

interface Slot {
  date: string;
  startTime: string;
  endTime: string;
}
export interface SessionPlan {
  id: string | null;
  slots: readonly Slot[];
  trainerIds: readonly string[];
  venueId: string | null;
  maxCapacity: number;
}

interface Overlap {
  sessionId: string;
  code: string;
  venueId: string | null;
  date: string;
  startTime: string;
  endTime: string;
}

const conflict = (
  kind: Conflict['kind'],
  o: Overlap | null,
  nameFr: string,
  nameAr: string,
  have: number | null = null,
  need: number | null = null,
): Conflict => ({
  kind,
  otherSessionId: o?.sessionId ?? null,
  otherCode: o?.code ?? '',
  date: o?.date ?? null,
  startTime: o?.startTime ?? null,
  endTime: o?.endTime ?? null,
  nameFr,
  nameAr,
  have,
  need,
});

/** Every conflict a session would have with the slots, trainers, venue and capacity given. */
export function conflictsOf(ctx: DataContext, plan: SessionPlan): Conflict[] {
  const self = plan.id ?? '';
  const overlapping = stmt(
    ctx,
    `SELECT sl.session_id AS sessionId, t.code, t.venue_id AS venueId, sl.date, sl.start_time AS startTime, sl.end_time AS endTime
     FROM session_slots sl JOIN training_sessions t ON t.id = sl.session_id
     WHERE sl.date = ? AND sl.start_time < ? AND sl.end_time > ? AND sl.session_id <> ? AND t.status ${HOLDS_TIME}
     ORDER BY sl.date, sl.start_time`,
  );
  // The first overlapping slot of each other session is enough to say when.
  const others = new Map<string, Overlap>();
  for (const s of plan.slots)
    for (const o of overlapping.all(s.date, s.endTime, s.startTime, self) as Overlap[])
      if (!others.has(o.sessionId)) others.set(o.sessionId, o);
  const out: Conflict[] = [];
  const venue = plan.venueId
    ? (stmt(ctx, 'SELECT name_fr AS nameFr, name_ar AS nameAr, capacity FROM venues WHERE id = ?').get(plan.venueId) as
        { nameFr: string; nameAr: string; capacity: number } | undefined)
    : undefined;
  const sharedTrainers = stmt(
    ctx,
    `SELECT ${TRAINER_NAME('fr')} AS nameFr, ${TRAINER_NAME('ar')} AS nameAr
     FROM session_trainers st JOIN trainers tr ON tr.id = st.trainer_id ${TRAINER_JOINS}
     WHERE st.session_id = ? AND tr.allow_double_booking = 0 AND st.trainer_id IN (SELECT value FROM json_each(?))`,
  );
  const sharedPeople = stmt(
    ctx,
    `SELECT ${personName('s', 'fr')} AS nameFr, ${personName('s', 'ar')} AS nameAr
       FROM enrolments e JOIN enrolments o ON o.staff_id = e.staff_id JOIN staff s ON s.id = e.staff_id
       WHERE e.session_id = ? AND o.session_id = ? AND e.status IN (${ACTIVE_SQL}) AND o.status IN (${ACTIVE_SQL})
     UNION ALL
     SELECT ${personName('t', 'fr')}, ${personName('t', 'ar')}
       FROM enrolments e JOIN enrolments o ON o.trainee_id = e.trainee_id JOIN association_trainees t ON t.id = e.trainee_id
       WHERE e.session_id = ? AND o.session_id = ? AND e.status IN (${ACTIVE_SQL}) AND o.status IN (${ACTIVE_SQL})`,
  );
  const trainerIds = JSON.stringify(plan.trainerIds);
  for (const o of others.values()) {
    for (const t of sharedTrainers.all(o.sessionId, trainerIds) as { nameFr: string; nameAr: string }[])
      out.push(conflict('trainer', o, t.nameFr, t.nameAr));
    if (plan.venueId && o.venueId === plan.venueId && venue) out.push(conflict('venue', o, venue.nameFr, venue.nameAr));
    if (plan.id)
      for (const p of sharedPeople.all(plan.id, o.sessionId, plan.id, o.sessionId) as { nameFr: string; nameAr: string }[])
        out.push(conflict('participant', o, p.nameFr, p.nameAr));
  }
  if (venue && venue.capacity > 0 && plan.maxCapacity > venue.capacity)
    out.push(conflict('venueTooSmall', null, venue.nameFr, venue.nameAr, venue.capacity, plan.maxCapacity));
  if (plan.id) {
    const seated = plucked(ctx, `SELECT count(*) FROM enrolments WHERE session_id = ? AND status IN (${SEATED_SQL})`).get(
      plan.id,
    ) as number;
    if (seated >= plan.maxCapacity) out.push(conflict('full', null, '', '', seated, plan.maxCapacity));
  }
  return out;
}

export const draftConflicts = (ctx: DataContext, d: z.output<typeof sessionDraft>): Conflict[] =>
  conflictsOf(ctx, { id: d.id, slots: d.slots, trainerIds: d.trainerIds, venueId: d.venueId, maxCapacity: d.maxCapacity });

/**
 * The kinds of conflict of many sessions at once (the calendar's markers): the pairs of sessions
 * whose slots overlap are found by one join on the slots' date index, then each pair is checked.
 */
export function conflictKinds(
  ctx: DataContext,
  sessions: readonly {
    id: string;
    status: string;
    venueId: string | null;
    venueCapacity: number | null;
    maxCapacity: number;
    seated: number;
  }[],
): Map<string, Set<Conflict['kind']>> {
  const kinds = new Map(sessions.map((s) => [s.id, new Set<Conflict['kind']>()]));
  const live = sessions.filter((s) => STILL_AHEAD.has(s.status));
  for (const s of live) {
    if (s.venueCapacity && s.venueCapacity > 0 && s.maxCapacity > s.venueCapacity) kinds.get(s.id)!.add('venueTooSmall');
    if (s.seated >= s.maxCapacity) kinds.get(s.id)!.add('full');
  }
  if (!live.length) return kinds;
  const pairs = stmt(
    ctx,
    `SELECT DISTINCT a.session_id AS a, b.session_id AS b, ta.venue_id = tb.venue_id AS sameVenue
     FROM session_slots a
     JOIN session_slots b ON b.date = a.date AND b.session_id <> a.session_id AND b.start_time < a.end_time AND b.end_time > a.start_time
     JOIN training_sessions ta ON ta.id = a.session_id
     JOIN training_sessions tb ON tb.id = b.session_id AND tb.status ${HOLDS_TIME}
     WHERE a.session_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(live.map((s) => s.id))) as { a: string; b: string; sameVenue: number | null }[];
  const trainer = stmt(
    ctx,
    `SELECT 1 FROM session_trainers x JOIN session_trainers y ON y.trainer_id = x.trainer_id JOIN trainers tr ON tr.id = x.trainer_id
     WHERE x.session_id = ? AND y.session_id = ? AND tr.allow_double_booking = 0 LIMIT 1`,
  );
  const person = stmt(
    ctx,
    `SELECT 1 FROM enrolments e JOIN enrolments o ON o.staff_id = e.staff_id
       WHERE e.session_id = ? AND o.session_id = ? AND e.status IN (${ACTIVE_SQL}) AND o.status IN (${ACTIVE_SQL})
     UNION ALL
     SELECT 1 FROM enrolments e JOIN enrolments o ON o.trainee_id = e.trainee_id
       WHERE e.session_id = ? AND o.session_id = ? AND e.status IN (${ACTIVE_SQL}) AND o.status IN (${ACTIVE_SQL}) LIMIT 1`,
  );
  for (const p of pairs) {
    const set = kinds.get(p.a)!;
    if (p.sameVenue) set.add('venue');
    if (trainer.get(p.a, p.b)) set.add('trainer');
    if (person.get(p.a, p.b, p.a, p.b)) set.add('participant');
  }
  return kinds;
}
