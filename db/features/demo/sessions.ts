import type { StoredKeys } from '../../core/key-store';
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { today } from '../reviews/people';
import { saveAttendance } from '../sessions/attendance';
import { issueWithKeys } from '../sessions/attestations';
import { addEnrolments, enrolmentCandidates, setEnrolmentStatus } from '../sessions/enrolment-service';
import { createSession, setSessionStatus } from '../sessions/session-service';
import type { AttendanceMark } from '../../../api/channels/session-enums';
import type { COST_ITEMS } from '../../../api/channels/training-enums';

/**
 * The demo's delivery of the adopted plan, around today: sessions of its actions spread from
 * about five months ago to two and a half months ahead. Past ones are delivered (attendance
 * copied from the sheets, attestations issued) and the oldest closed; the current one is in
 * progress; the next ones are open for enrolment, one of them full with a waiting list; one is
 * cancelled; and one session outside the plan collides with another for the same trainer, left
 * for the user to see. The axes take turns (the staff's first action, the associations' first,
 * then the second of each…), so association workers are trained in the past months too; sessions
 * already held carry their actual costs, near their share of the action's planned costs.
 */

const DAY = 86_400_000;
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** Saturday and Sunday are moved to the Monday after. */
const weekday = (iso: string) => {
  const d = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return d === 6 ? addDays(iso, 2) : d === 0 ? addDays(iso, 1) : iso;
};

/** One day is a morning (09:00–12:30) and an afternoon (14:00–17:00); a 3.5-hour course is a morning. */
function slotsFor(start: string, hours: number) {
  const slots: { id: null; date: string; startTime: string; endTime: string }[] = [];
  let date = weekday(start);
  let left = Math.max(3.5, hours);
  while (left > 0) {
    slots.push({ id: null, date, startTime: '09:00', endTime: '12:30' });
    left -= 3.5;
    if (left > 0) slots.push({ id: null, date, startTime: '14:00', endTime: '17:00' });
    left -= 3;
    date = weekday(addDays(date, 1));
  }
  return slots;
}

/** Mostly present, sometimes late, a few excused or absent: what a signed sheet looks like. */
const markFor = (rand: () => number): AttendanceMark => {
  const r = rand();
  return r < 0.84 ? 'present' : r < 0.9 ? 'late' : r < 0.95 ? 'excused' : 'absent';
};

/** `perAction`: sessions of each action at most (3 for a commune; the programme's scale takes more, for the benchmark). */
export function generateSessions(
  ctx: DataContext,
  rand: () => number,
  keys: StoredKeys | null,
  perAction = 3,
): { sessions: number; attestations: number } {
  const now = today();
  const actions = stmt(
    ctx,
    `SELECT a.id, a.code, a.course_id AS courseId, c.hours, c.group_size AS groupSize, a.sessions
     FROM plan_actions a JOIN courses c ON c.id = a.course_id
     ORDER BY row_number() OVER (PARTITION BY a.axis_id ORDER BY a.code), a.code`,
  ).all() as { id: string; code: string; courseId: string; hours: number; groupSize: number; sessions: number }[];
  const plannedCosts = stmt(
    ctx,
    'SELECT item, amount_centimes AS amountCentimes, funder_id AS funderId FROM plan_action_costs WHERE action_id = ? ORDER BY item, id',
  );
  /** A held session's actual costs: its share of the action's planned lines, 85 % to 110 % of it. */
  const actualCosts = (actionId: string, sessionsPlanned: number) =>
    (plannedCosts.all(actionId) as { item: (typeof COST_ITEMS)[number]; amountCentimes: number; funderId: string | null }[])
      .map((c) => ({ ...c, amountCentimes: Math.round((c.amountCentimes / Math.max(1, sessionsPlanned)) * (0.85 + rand() * 0.25)) }))
      .filter((c) => c.amountCentimes > 0);
  const trainers = stmt(
    ctx,
    'SELECT id FROM trainers WHERE allow_double_booking = 0 AND archived_at IS NULL ORDER BY name_fr, id',
  ).all() as {
    id: string;
  }[];
  const venues = stmt(ctx, 'SELECT id, capacity FROM venues ORDER BY capacity DESC, id').all() as { id: string; capacity: number }[];
  if (!actions.length || !trainers.length || !venues.length) return { sessions: 0, attestations: 0 };
  let sessions = 0;
  let attestations = 0;
  let n = 0;
  let waitingListShown = false;
  const total = actions.reduce((s, a) => s + Math.min(a.sessions, perAction), 0);
  for (const a of actions) {
    for (let i = 0; i < Math.min(a.sessions, perAction); i++, n++) {
      // Spread evenly from 150 days ago to 75 days ahead, in the order of the actions.
      const start = addDays(now, Math.round(-150 + (225 * n) / Math.max(1, total - 1)));
      const venue = venues[n % venues.length]!;
      const maxCapacity = Math.min(a.groupSize, venue.capacity || a.groupSize);
      const planned = slotsFor(start, a.hours);
      const held = planned[0]!.date <= now && n !== total - 3;
      const s = createSession(ctx, {
        code: '',
        actionId: a.id,
        courseId: a.courseId,
        titleFr: '',
        titleAr: '',
        venueId: venue.id,
        trainerIds: [trainers[n % trainers.length]!.id],
        slots: planned,
        language: 'ar_fr',
        minCapacity: Math.min(5, maxCapacity),
        maxCapacity,
        waitlist: true,
        registrationDeadline: addDays(start, -7),
        attendanceRequired: 80,
        testPlanned: false,
        costs: held ? actualCosts(a.id, a.sessions) : [],
        notes: '',
      });
      sessions++;
      const last = s.slots[s.slots.length - 1]!.date;
      const past = last < now;
      const current = !past && s.slots[0]!.date <= now;
      // The third session from the end: the trainer fell ill, the session is cancelled.
      if (n === total - 3) {
        setSessionStatus(ctx, s.id, 'cancelled', 'Formateur indisponible / المكوّن غير متاح');
        continue;
      }
      setSessionStatus(ctx, s.id, 'open', '');
      // The next session to come is asked by more people than it has places: a waiting list.
      const people = enrolmentCandidates(ctx, s.id).slice(0, past || current ? maxCapacity : maxCapacity + 3);
      if (!people.length) {
        // Nobody left to train for this action by its date: the session was called off, nothing spent.
        if (past || current) {
          stmt(ctx, 'DELETE FROM session_costs WHERE session_id = ?').run(s.id);
          setSessionStatus(ctx, s.id, 'cancelled', 'Aucun inscrit / لا يوجد مسجلون');
        }
        continue;
      }
      const { enrolments } = addEnrolments(ctx, {
        sessionId: s.id,
        participants: people.map((p) => ({ staffId: p.staffId, traineeId: p.traineeId, needId: p.needId })),
      });
      const ids = enrolments.map((e) => e.id);
      const decidedBy = enrolments[0]!.approverFr;
      if (!past && !current && n % 2 === 1) continue; // further ahead: requests not yet approved
      if (!past && !current && !waitingListShown && ids.length > 1) {
        // Fewer places than people asking: the last ones go on the waiting list.
        stmt(ctx, 'UPDATE training_sessions SET max_capacity = ? WHERE id = ?').run(
          Math.max(1, Math.min(maxCapacity, ids.length - 2)),
          s.id,
        );
        waitingListShown = true;
      }
      setEnrolmentStatus(ctx, { ids, status: 'approved', decidedBy, reason: '' });
      setEnrolmentStatus(ctx, { ids, status: 'booked', decidedBy: '', reason: '' });
      if (!past && !current) continue;
      setSessionStatus(ctx, s.id, 'confirmed', '');
      setSessionStatus(ctx, s.id, 'in_progress', '');
      const seated = enrolments.slice(0, maxCapacity);
      const slots = current ? s.slots.filter((x) => x.date < now) : s.slots;
      if (slots.length)
        saveAttendance(ctx, {
          sessionId: s.id,
          marks: seated.flatMap((e) => slots.map((x) => ({ enrolmentId: e.id, slotId: x.id, mark: markFor(rand) }))),
        });
      if (current) continue;
      setSessionStatus(ctx, s.id, 'delivered', '');
      if (keys)
        attestations += issueWithKeys(ctx, keys, { sessionId: s.id, enrolmentIds: [] }, new Date(`${addDays(last, 3)}T10:00:00Z`)).issued
          .length;
      // Sessions over more than two months ago are closed.
      if (addDays(last, 60) < now) setSessionStatus(ctx, s.id, 'closed', '');
    }
  }
  // A session outside the plan on the same morning as the next open one, with the same trainer.
  const next = stmt(
    ctx,
    `SELECT t.id, t.course_id AS courseId, st.trainer_id AS trainerId, min(sl.date) AS date FROM training_sessions t
     JOIN session_slots sl ON sl.session_id = t.id JOIN session_trainers st ON st.session_id = t.id
     WHERE t.status = 'open' GROUP BY t.id HAVING min(sl.date) > ? ORDER BY date LIMIT 1`,
  ).get(now) as { id: string; courseId: string; trainerId: string; date: string } | undefined;
  if (next) {
    createSession(ctx, {
      code: 'HP-1',
      actionId: null,
      courseId: next.courseId,
      titleFr: 'Atelier hors plan : accueil des nouveaux agents',
      titleAr: 'ورشة خارج المخطط: استقبال الموظفين الجدد',
      venueId: venues[venues.length - 1]!.id,
      trainerIds: [next.trainerId],
      slots: [{ id: null, date: next.date, startTime: '10:00', endTime: '12:00' }],
      language: 'ar',
      minCapacity: 0,
      maxCapacity: 12,
      waitlist: false,
      registrationDeadline: null,
      attendanceRequired: 80,
      testPlanned: false,
      costs: [],
      notes: '',
    });
    sessions++;
  }
  return { sessions, attestations };
}
