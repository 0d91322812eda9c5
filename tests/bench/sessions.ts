/**
 * Training session figures for `npm run bench` (ms), not pass/fail: the calendar's month
 * (`sessions.list` of the busiest month, and its `.ics`), the attendance grid of the largest
 * session (`attendance.grid`) and the year's participations report (`sessions.participations`),
 * through the dispatcher, on the programme-scale demo database.
 *
 * On top of the demo's sessions, a year of them is generated here, straight into the tables: about one session per working day, half-day
 * slots, 12 to 24 participants each, attendance and attestations for the past ones, and one large
 * session (250 people × 10 half-days) for the grid. The figures say which it was.
 */
import type { DataContext } from '../../db/core/context';
import { newId } from '../../db/core/ids';
import { dispatch } from '../../db/dispatch/dispatcher';
import { attendance, attestations, enrolments, sessionSlots, sessionTrainers, trainingSessions } from '../../db/schema';
import type { AttendanceMark, EnrolmentStatus, SessionStatus } from '../../api/channels/session-enums';
import { outcomeOf } from '../../db/features/sessions/slot-math';
import { measure } from './stats';

const SESSIONS = 240;
const BIG = { participants: 250, slots: 10 };

const ids = (ctx: DataContext, sql: string) => (ctx.sqlite.prepare(sql).all() as { id: string }[]).map((r) => r.id);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The next working day (Monday to Friday) on or after `d`. */
function workingDay(d: Date): Date {
  const out = new Date(d);
  while (out.getUTCDay() === 0 || out.getUTCDay() === 6) out.setUTCDate(out.getUTCDate() + 1);
  return out;
}

/** Half-day slots from a first day on: morning then afternoon, working days only. */
function halfDays(first: Date, n: number): { date: string; startTime: string; endTime: string }[] {
  const slots = [];
  let day = workingDay(first);
  for (let k = 0; k < n; k++) {
    if (k > 0 && k % 2 === 0) day = workingDay(new Date(day.getTime() + 86_400_000));
    slots.push(
      k % 2 === 0 ? { date: iso(day), startTime: '09:00', endTime: '12:30' } : { date: iso(day), startTime: '14:00', endTime: '17:00' },
    );
  }
  return slots;
}

/** A year of sessions for the current year; returns what was written. */
export function addSessions(ctx: DataContext) {
  const year = new Date().getUTCFullYear();
  const today = iso(new Date());
  const courses = ids(ctx, 'SELECT id FROM courses ORDER BY code');
  const venues = ids(ctx, 'SELECT id FROM venues ORDER BY id');
  const trainers = ids(ctx, 'SELECT id FROM trainers ORDER BY id');
  const staff = ids(ctx, "SELECT id FROM staff WHERE status = 'active' ORDER BY matricule");
  const trainees = ids(ctx, 'SELECT id FROM association_trainees ORDER BY id');
  if (!courses.length || !staff.length) throw new Error('the demo has no courses or no staff to build sessions from');
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  // Numbers follow the demo's own attestations of the year.
  let sequence = (ctx.sqlite.prepare('SELECT coalesce(max(sequence), 0) AS n FROM attestations WHERE year = ?').get(year) as { n: number })
    .n;
  const firstSequence = sequence;
  let marks = 0;
  let people = 0;

  const write = (code: string, first: Date, slotCount: number, participants: string[][], cancelled = false) => {
    const slots = halfDays(first, slotCount);
    const past = slots.at(-1)!.date < today;
    const status: SessionStatus = cancelled ? 'cancelled' : past ? 'closed' : slots[0].date < today ? 'in_progress' : 'open';
    const id = newId();
    ctx.orm
      .insert(trainingSessions)
      .values({
        id,
        code,
        courseId: courses[Math.floor(rand() * courses.length)],
        titleFr: `Session ${code}`,
        titleAr: `دورة ${code}`,
        venueId: venues.length ? venues[Math.floor(rand() * venues.length)] : null,
        maxCapacity: Math.max(participants.length, 20),
        status,
        statusReason: cancelled ? 'Formateur indisponible' : '',
      })
      .run();
    if (trainers.length)
      ctx.orm
        .insert(sessionTrainers)
        .values({ sessionId: id, trainerId: trainers[Math.floor(rand() * trainers.length)] })
        .run();
    const slotIds = slots.map((s) => {
      const slotId = newId();
      ctx.orm
        .insert(sessionSlots)
        .values({ id: slotId, sessionId: id, ...s })
        .run();
      return { id: slotId, date: s.date };
    });
    for (const [staffId, traineeId] of participants) {
      const enrolmentId = newId();
      const taken = cancelled ? [] : slotIds.filter((s) => s.date < today);
      const m: AttendanceMark[] = taken.map(() => {
        const r = rand();
        return r < 0.85 ? 'present' : r < 0.9 ? 'late' : r < 0.95 ? 'absent' : 'excused';
      });
      const outcome: EnrolmentStatus = cancelled ? 'cancelled' : past ? outcomeOf(m) : 'booked';
      ctx.orm
        .insert(enrolments)
        .values({ id: enrolmentId, sessionId: id, staffId: staffId || null, traineeId: traineeId || null, status: outcome })
        .run();
      people++;
      taken.forEach((s, k) => ctx.orm.insert(attendance).values({ enrolmentId, slotId: s.id, mark: m[k] }).run());
      marks += taken.length;
      if (outcome === 'attended_full') {
        sequence++;
        ctx.orm
          .insert(attestations)
          .values({
            id: newId(),
            enrolmentId,
            year,
            sequence,
            number: `SAS-${year}-${String(sequence).padStart(4, '0')}`,
            issuedOn: slots.at(-1)!.date,
            content: '{}',
            signature: '',
            signerPublicKey: '',
          })
          .run();
      }
    }
  };

  ctx.sqlite.transaction(() => {
    for (let i = 0; i < SESSIONS; i++) {
      const first = new Date(Date.UTC(year, 0, 5 + Math.floor((i * 350) / SESSIONS)));
      const size = 12 + Math.floor(rand() * 13);
      // Mostly staff; one session in four for association trainees, when the demo has some.
      const forAssociations = trainees.length > 0 && i % 4 === 3;
      const pool = forAssociations ? trainees : staff;
      const start = Math.floor(rand() * pool.length);
      const chosen = new Set(Array.from({ length: Math.min(size, pool.length) }, (_, k) => pool[(start + k * 37) % pool.length]));
      const participants = [...chosen].map((person) => (forAssociations ? ['', person] : [person, '']));
      write(`BENCH-${String(i + 1).padStart(3, '0')}`, first, 2 + Math.floor(rand() * 5), participants, i === 17);
    }
    const big = staff.slice(0, BIG.participants).map((person) => [person, '']);
    write('BENCH-BIG', new Date(Date.UTC(year, 3, 6)), BIG.slots, big);
  })();
  return { sessions: SESSIONS + 1, enrolments: people, attendanceMarks: marks, attestations: sequence - firstSequence };
}

function channel(ctx: DataContext, name: 'sessions.list' | 'sessions.ics' | 'attendance.grid' | 'sessions.participations', input: object) {
  return () => {
    const r = dispatch(name, input, ctx);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
}

export function sessionFigures(ctx: DataContext) {
  const count = (sql: string) => (ctx.sqlite.prepare(sql).get() as { n: number }).n;
  // The demo delivers its plan in about a hundred sessions of twenty: a year of sessions and one
  // very large session are added on top, so the month, the grid and the report are measured full.
  const fromDemo = count('SELECT count(*) AS n FROM training_sessions');
  const generated = addSessions(ctx);
  const month = (
    ctx.sqlite
      .prepare(
        'SELECT substr(date, 1, 7) AS month FROM session_slots GROUP BY month ORDER BY count(DISTINCT session_id) DESC, month LIMIT 1',
      )
      .get() as { month: string }
  ).month;
  const [y, m] = month.split('-').map(Number);
  const range = { from: `${month}-01`, to: iso(new Date(Date.UTC(y, m, 0))) };
  const big = ctx.sqlite
    .prepare(
      `SELECT s.id, s.code, (SELECT count(*) FROM enrolments e WHERE e.session_id = s.id) AS people,
         (SELECT count(*) FROM session_slots x WHERE x.session_id = s.id) AS slots
       FROM training_sessions s ORDER BY people * slots DESC LIMIT 1`,
    )
    .get() as { id: string; code: string; people: number; slots: number };
  const year = y;
  const list = channel(ctx, 'sessions.list', range);
  const report = channel(ctx, 'sessions.participations', { year });
  return {
    data: { fromDemo, addedHere: generated },
    sessions: count('SELECT count(*) AS n FROM training_sessions'),
    enrolments: count('SELECT count(*) AS n FROM enrolments'),
    attendanceMarks: count('SELECT count(*) AS n FROM attendance'),
    calendarMonth: { month, sessions: (list() as unknown[]).length, dispatcher: measure(list, 20, 2) },
    calendarMonthIcs: measure(channel(ctx, 'sessions.ics', range), 20, 2),
    attendanceGrid: {
      session: big.code,
      participants: big.people,
      slots: big.slots,
      dispatcher: measure(channel(ctx, 'attendance.grid', { sessionId: big.id }), 20, 2),
    },
    participationsReport: { year, rows: (report() as { rows: number }).rows, dispatcher: measure(report, 10, 2) },
  };
}
