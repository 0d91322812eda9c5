/**
 * People and hours of the year's indicators: active staff, who was trained, the hours attended,
 * the associations reached and the share of women. "Attended" is read on the slots dated in the
 * year (a mark present or late): a session across New Year gives each year its own hours and
 * trainees, so two years' figures add up and nothing is counted twice.
 */
import type { DataContext } from '../../core/context';
import { plucked, stmt } from '../../core/statements';
import { associationTrainees, enrolments, staff } from '../../schema';
import { named } from '../sessions/sql-names';
import { round2, slotHours } from '../sessions/slot-math';
import { A, ATTENDED_WHERE, SLOT_MARKS, X } from './indicator-sql';
import { EVERYONE, type Restriction, participantKept } from './indicator-scope';

const P = named(staff, 'p');
const E = named(enrolments, 'e');
const T = named(associationTrainees, 't');

/**
 * Active on `@day`: hired on or before it (or no hire date) and not left on or before it. A
 * person marked left without a date is not counted: when they left is unknown, and the staff
 * list shows them as gone.
 */
const staffActiveSql = (r: Restriction) => `SELECT count(*) FROM ${P.from}
  WHERE ${STAFF_ACTIVE_WHERE} AND ${r.staff('p')}`;

export const STAFF_ACTIVE_WHERE = `(${P.c('hireDate')} IS NULL OR ${P.c('hireDate')} <= @day)
    AND CASE WHEN nullif(${P.c('leftDate')}, '') IS NOT NULL THEN ${P.c('leftDate')} > @day ELSE ${P.c('status')} = 'active' END`;

/**
 * One pass over the year's attended marks: per enrolment and slot length, the marks, with who
 * attended (staff or trainee, their gender, a trainee's organisation). A few thousand rows at
 * programme scale, folded in TypeScript: reading the marks once for the hours and once more for
 * the people cost twice as much.
 */
const attendedMarksSql = (r: Restriction) => `SELECT ${E.c('staffId')} AS staffId, ${E.c('traineeId')} AS traineeId,
    coalesce(${P.c('gender')}, ${T.c('gender')}) AS gender, ${T.c('organizationId')} AS organizationId, ${P.c('unitId')} AS unitId,
    ${E.c('sessionId')} AS sessionId, CAST(substr(${X.c('date')}, 6, 2) AS INTEGER) AS month,
    ${X.c('startTime')} AS startTime, ${X.c('endTime')} AS endTime, count(*) AS marks
  FROM ${SLOT_MARKS} JOIN ${E.from} ON ${E.c('id')} = ${A.c('enrolmentId')}
  LEFT JOIN ${P.from} ON ${P.c('id')} = ${E.c('staffId')}
  LEFT JOIN ${T.from} ON ${T.c('id')} = ${E.c('traineeId')}
  WHERE ${ATTENDED_WHERE} AND ${participantKept(r, 'e', 'p', 't')} AND ${r.session(X.c('sessionId'))}
  GROUP BY ${E.c('id')}, month, ${X.c('startTime')}, ${X.c('endTime')}`;

/** Attended marks of one enrolment in one month on slots of one length. */
export interface MarksRow {
  staffId: string | null;
  traineeId: string | null;
  gender: 'f' | 'm';
  organizationId: string | null;
  /** The staff member's unit (null for a trainee, or staff without a unit). */
  unitId: string | null;
  sessionId: string;
  month: number;
  startTime: string;
  endTime: string;
  marks: number;
}

export interface PeopleFigures {
  staffActive: number;
  staffTrained: number;
  /** Hours attended by everyone, and by staff alone. */
  trainingHours: number;
  staffHours: number;
  associationTrainees: number;
  associationsReached: number;
  /** Distinct people (staff and association) who attended, and the women among them. */
  people: number;
  women: number;
}

export const staffActiveOn = (ctx: DataContext, day: string, r: Restriction = EVERYONE): number =>
  plucked(ctx, staffActiveSql(r)).get({ ...r.params, day }) as number;

/** The year's attended marks of the people and sessions a restriction keeps (the dashboards' charts fold them too). */
export const attendedMarks = (ctx: DataContext, bounds: { first: string; next: string }, r: Restriction = EVERYONE): MarksRow[] =>
  stmt(ctx, attendedMarksSql(r)).all({ ...r.params, ...bounds }) as MarksRow[];

/** Hours of marks rows as the sessions count them (slotHours per slot × marks), not yet rounded. */
export const hoursOf = (r: Pick<MarksRow, 'startTime' | 'endTime' | 'marks'>): number => slotHours(r.startTime, r.endTime) * r.marks;

/**
 * The people and hours of the year. Hours are as the sessions count them (slot-math's
 * `slotHours`, to the hundredth per slot) times the attended marks; the sums are rounded to the
 * hundredth so adding hundreds of 3.5s leaves no floating-point dust in a report. Staff and
 * trainee ids are UUIDs of their own: one person is one id across both tables.
 */
export function peopleFigures(ctx: DataContext, day: string, rows: readonly MarksRow[], r: Restriction = EVERYONE): PeopleFigures {
  const staffIds = new Set<string>();
  const traineeIds = new Set<string>();
  const organizations = new Set<string>();
  const women = new Set<string>();
  let hours = 0;
  let staffHours = 0;
  for (const m of rows) {
    const h = hoursOf(m);
    hours += h;
    if (m.staffId) {
      staffHours += h;
      staffIds.add(m.staffId);
    }
    if (m.traineeId) traineeIds.add(m.traineeId);
    if (m.organizationId) organizations.add(m.organizationId);
    if (m.gender === 'f') women.add((m.staffId ?? m.traineeId)!);
  }
  return {
    staffActive: staffActiveOn(ctx, day, r),
    staffTrained: staffIds.size,
    trainingHours: round2(hours),
    staffHours: round2(staffHours),
    associationTrainees: traineeIds.size,
    associationsReached: organizations.size,
    people: staffIds.size + traineeIds.size,
    women: women.size,
  };
}
