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

/** Attended marks by slot length and by kind of participant: a handful of rows whatever the year's size. */
const MARKS_BY_LENGTH = `SELECT ${X.c('startTime')} AS startTime, ${X.c('endTime')} AS endTime,
    count(${E.c('staffId')}) AS staffMarks, count(${E.c('traineeId')}) AS traineeMarks
  FROM ${SLOT_MARKS} JOIN ${E.from} ON ${E.c('id')} = ${A.c('enrolmentId')}
  WHERE ${ATTENDED_WHERE}
  GROUP BY ${X.c('startTime')}, ${X.c('endTime')}`;

/** Staff and trainee ids are UUIDs of their own: one person is one id across both tables. */
const PEOPLE = `WITH attended AS (SELECT DISTINCT ${A.c('enrolmentId')} AS id FROM ${SLOT_MARKS} WHERE ${ATTENDED_WHERE})
  SELECT count(DISTINCT ${E.c('staffId')}) AS staffTrained,
    count(DISTINCT ${E.c('traineeId')}) AS associationTrainees,
    count(DISTINCT ${T.c('organizationId')}) AS associationsReached,
    count(DISTINCT coalesce(${E.c('staffId')}, ${E.c('traineeId')})) AS people,
    count(DISTINCT CASE WHEN coalesce(${P.c('gender')}, ${T.c('gender')}) = 'f' THEN coalesce(${E.c('staffId')}, ${E.c('traineeId')}) END) AS women
  FROM attended d JOIN ${E.from} ON ${E.c('id')} = d.id
  LEFT JOIN ${P.from} ON ${P.c('id')} = ${E.c('staffId')}
  LEFT JOIN ${T.from} ON ${T.c('id')} = ${E.c('traineeId')}`;

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
 * Hours as the sessions count them (slot-math's `slotHours`, to the hundredth per slot) times
 * the attended marks; the sums are rounded to the hundredth so adding hundreds of 3.5s leaves no
 * floating-point dust in a report.
 */
export function hoursAttended(ctx: DataContext, bounds: { first: string; next: string }): { all: number; staff: number } {
  const rows = stmt(ctx, MARKS_BY_LENGTH).all(bounds) as { startTime: string; endTime: string; staffMarks: number; traineeMarks: number }[];
  let all = 0;
  let staffOnly = 0;
  for (const r of rows) {
    const h = slotHours(r.startTime, r.endTime);
    all += h * (r.staffMarks + r.traineeMarks);
    staffOnly += h * r.staffMarks;
  }
  return { all: round2(all), staff: round2(staffOnly) };
}

export function peopleFigures(ctx: DataContext, bounds: { first: string; next: string }, day: string): PeopleFigures {
  const hours = hoursAttended(ctx, bounds);
  const people = stmt(ctx, PEOPLE).get(bounds) as Omit<PeopleFigures, 'staffActive' | 'trainingHours' | 'staffHours'>;
  return { staffActive: staffActiveOn(ctx, day), trainingHours: hours.all, staffHours: hours.staff, ...people };
}
