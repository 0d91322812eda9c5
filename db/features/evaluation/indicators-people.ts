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

const P = named(staff, 'p');
const E = named(enrolments, 'e');
const T = named(associationTrainees, 't');

/**
 * Active on `@day`: hired on or before it (or no hire date) and not left on or before it. A
 * person marked left without a date is not counted: when they left is unknown, and the staff
 * list shows them as gone.
 */
const STAFF_ACTIVE = `SELECT count(*) FROM ${P.from}
  WHERE (${P.c('hireDate')} IS NULL OR ${P.c('hireDate')} <= @day)
    AND CASE WHEN nullif(${P.c('leftDate')}, '') IS NOT NULL THEN ${P.c('leftDate')} > @day ELSE ${P.c('status')} = 'active' END`;

/**
 * One pass over the year's attended marks: per enrolment and slot length, the marks, with who
 * attended (staff or trainee, their gender, a trainee's organisation). A few thousand rows at
 * programme scale, folded in TypeScript: reading the marks once for the hours and once more for
 * the people cost twice as much.
 */
const ATTENDED_MARKS = `SELECT ${E.c('staffId')} AS staffId, ${E.c('traineeId')} AS traineeId,
    coalesce(${P.c('gender')}, ${T.c('gender')}) AS gender, ${T.c('organizationId')} AS organizationId,
    ${X.c('startTime')} AS startTime, ${X.c('endTime')} AS endTime, count(*) AS marks
  FROM ${SLOT_MARKS} JOIN ${E.from} ON ${E.c('id')} = ${A.c('enrolmentId')}
  LEFT JOIN ${P.from} ON ${P.c('id')} = ${E.c('staffId')}
  LEFT JOIN ${T.from} ON ${T.c('id')} = ${E.c('traineeId')}
  WHERE ${ATTENDED_WHERE}
  GROUP BY ${E.c('id')}, ${X.c('startTime')}, ${X.c('endTime')}`;

interface MarksRow {
  staffId: string | null;
  traineeId: string | null;
  gender: 'f' | 'm';
  organizationId: string | null;
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

export const staffActiveOn = (ctx: DataContext, day: string): number => plucked(ctx, STAFF_ACTIVE).get({ day }) as number;

/**
 * The people and hours of the year. Hours are as the sessions count them (slot-math's
 * `slotHours`, to the hundredth per slot) times the attended marks; the sums are rounded to the
 * hundredth so adding hundreds of 3.5s leaves no floating-point dust in a report. Staff and
 * trainee ids are UUIDs of their own: one person is one id across both tables.
 */
export function peopleFigures(ctx: DataContext, bounds: { first: string; next: string }, day: string): PeopleFigures {
  const rows = stmt(ctx, ATTENDED_MARKS).all(bounds) as MarksRow[];
  const staffIds = new Set<string>();
  const traineeIds = new Set<string>();
  const organizations = new Set<string>();
  const women = new Set<string>();
  let hours = 0;
  let staffHours = 0;
  for (const r of rows) {
    const h = slotHours(r.startTime, r.endTime) * r.marks;
    hours += h;
    if (r.staffId) {
      staffHours += h;
      staffIds.add(r.staffId);
    }
    if (r.traineeId) traineeIds.add(r.traineeId);
    if (r.organizationId) organizations.add(r.organizationId);
    if (r.gender === 'f') women.add((r.staffId ?? r.traineeId)!);
  }
  return {
    staffActive: staffActiveOn(ctx, day),
    staffTrained: staffIds.size,
    trainingHours: round2(hours),
    staffHours: round2(staffHours),
    associationTrainees: traineeIds.size,
    associationsReached: organizations.size,
    people: staffIds.size + traineeIds.size,
    women: women.size,
  };
}
