/**
 * What every query of the year's indicators shares: the year as bounds, the sessions "of the
 * year" (with at least one slot dated in it) and the marks that count as attended. Table and
 * column names come from the schema (docs/ARCHITECTURE.md §10).
 */
import { associationTrainees, attendance, enrolments, sessionSlots, staff } from '../../schema';
import { named } from '../sessions/sql-names';
import { ATTENDED } from '../sessions/slot-math';
import { type Restriction, participantKept, restricts } from './indicator-scope';

export const X = named(sessionSlots, 'x');
export const A = named(attendance, 'a');

/**
 * `@first` (1 January) and `@next` (1 January after): `>= @first AND < @next` holds for a plain
 * date and for a timestamp of the last day alike, and still reads the date indexes.
 */
export const yearBounds = (year: number) => ({ first: `${year}-01-01`, next: `${year + 1}-01-01` });

export const inYear = (column: string) => `${column} >= @first AND ${column} < @next`;

/** The ids of the sessions with a slot in the year, whatever their state. */
export const YEAR_SESSIONS = `SELECT DISTINCT ${X.c('sessionId')} FROM ${X.from} WHERE ${inYear(X.c('date'))}`;

/** The sessions of the year a restriction keeps (one plan's, for the dashboards); YEAR_SESSIONS itself without one. */
export const yearSessions = (r: Restriction): string =>
  restricts(r) ? `${YEAR_SESSIONS} AND ${r.session(X.c('sessionId'))}` : YEAR_SESSIONS;

/** Present and late (slot-math's ATTENDED), as an SQL list. */
export const ATTENDED_SQL = ATTENDED.map((m) => `'${m}'`).join(', ');

/** Slots `x` and their marks `a`: FROM this, WHERE `ATTENDED_WHERE`, are the marks that count. */
export const SLOT_MARKS = `${X.from} JOIN ${A.from} ON ${A.c('slotId')} = ${X.c('id')}`;
/** The mark is present or late, on a slot dated in the year. */
export const ATTENDED_WHERE = `${inYear(X.c('date'))} AND ${A.c('mark')} IN (${ATTENDED_SQL})`;

const E = named(enrolments, 'e');
const P = named(staff, 'p');
const T = named(associationTrainees, 't');

/**
 * The sessions in which a participant the restriction keeps has an attended mark in the year:
 * under a people filter, a session counts for those people only if one of them was there.
 */
export const attendedByKept = (r: Restriction, column: string): string =>
  r.people
    ? `${column} IN (SELECT ${X.c('sessionId')} FROM ${SLOT_MARKS} JOIN ${E.from} ON ${E.c('id')} = ${A.c('enrolmentId')}
        LEFT JOIN ${P.from} ON ${P.c('id')} = ${E.c('staffId')} LEFT JOIN ${T.from} ON ${T.c('id')} = ${E.c('traineeId')}
        WHERE ${ATTENDED_WHERE} AND ${participantKept(r, 'e', 'p', 't')})`
    : '1';
