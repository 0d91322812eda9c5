/**
 * Data-quality flags: what to put right before the year's figures can be trusted. Each is a record
 * set (record-sql.ts), so the count on the dashboard is the length of the list it opens.
 *
 * - deliveredWithoutAttendance: sessions of the year delivered, evaluated or closed without a
 *   single attendance mark (their hours and trainees are missing from every figure).
 * - endSheetsNotTyped: sessions of the year delivered, evaluated or closed whose end-of-session
 *   round has no sheet typed in (the paper sheets are waiting; the satisfaction index lacks them).
 *   Both follow the plan filter only: a session without marks or sheets has nobody to filter by.
 * - followUpsOverdue: follow-ups owed (follow-ups.ts: attended participants of a session with a
 *   follow-up round) due in the year, not done, a fortnight past their date today; of the people
 *   and sessions kept.
 * - staffWithoutJob: active staff (on the year's reference day) without a job profile, so without
 *   requirements, gaps or reviews; of the staff kept.
 */
import type { DataContext } from '../../core/context';
import {
  associationTrainees,
  attendance,
  enrolments,
  evaluationRounds,
  followUps,
  responses,
  sessionSlots,
  staff,
  trainingSessions,
} from '../../schema';
import { named } from '../sessions/sql-names';
import { DELIVERED_STATES } from '../evaluation/indicators-delivery';
import type { Restriction } from '../evaluation/indicator-scope';
import { participantKept } from '../evaluation/indicator-scope';
import { STAFF_ACTIVE_WHERE } from '../evaluation/indicators-people';
import { inYear, yearSessions } from '../evaluation/indicator-sql';
import { GRACE_DAYS, addDays } from '../evaluation/follow-ups';
import { type RecordSet, SESSION_COLUMNS, STAFF_COLUMNS, countOf, participantLabels } from './record-sql';

const DELIVERED = DELIVERED_STATES.map((s) => `'${s}'`).join(', ');

export interface Scope {
  r: Restriction;
  bounds: { first: string; next: string };
  /** The reference day of active staff. */
  day: string;
  /** Today, for what is overdue. */
  now: string;
}

const params = (s: Scope, extra: Record<string, unknown> = {}) => ({ ...s.r.params, ...s.bounds, day: s.day, ...extra });

const sessionsOnly = (r: Restriction): Restriction => ({ ...r, people: false });

const S = named(trainingSessions, 's');
const A = named(attendance, 'a');
const Y = named(sessionSlots, 'y');
const R = named(evaluationRounds, 'r');
const Q = named(responses, 'q');
const E = named(enrolments, 'e');
const F = named(followUps, 'f');
const P = named(staff, 'p');
const T = named(associationTrainees, 't');
const TS = named(trainingSessions, 'ts');

/** Sessions of the year (of the plan kept) delivered, evaluated or closed; `s` is the session. */
const deliveredOfYear = (s: Scope) => `${S.c('id')} IN (${yearSessions(sessionsOnly(s.r))}) AND ${S.c('status')} IN (${DELIVERED})`;

export const deliveredWithoutAttendance = (s: Scope): RecordSet => ({
  kind: 'session',
  sql: `SELECT ${SESSION_COLUMNS} WHERE ${deliveredOfYear(s)}
    AND NOT EXISTS (SELECT 1 FROM ${A.from} JOIN ${Y.from} ON ${Y.c('id')} = ${A.c('slotId')} WHERE ${Y.c('sessionId')} = ${S.c('id')})`,
  params: params(s),
});

export const endSheetsNotTyped = (s: Scope): RecordSet => ({
  kind: 'session',
  sql: `SELECT ${SESSION_COLUMNS} WHERE ${deliveredOfYear(s)}
    AND EXISTS (SELECT 1 FROM ${R.from} WHERE ${R.c('sessionId')} = ${S.c('id')} AND ${R.c('moment')} = 'end_sheet'
      AND NOT EXISTS (SELECT 1 FROM ${Q.from} WHERE ${Q.c('roundId')} = ${R.c('id')}))`,
  params: params(s),
});

const DUE = `coalesce(${F.c('dueDate')}, ${R.c('dueDate')})`;

/**
 * Owed as follow-ups.ts owes them (attended participants of a session neither cancelled nor
 * postponed, for each of its follow-up rounds). The follow-up's id is its enrolment and moment
 * (`enrolmentId/moment`: an overdue one has no row yet); its parent is the session. Sorted by due date.
 */
export const followUpsOverdue = (s: Scope): RecordSet => ({
  kind: 'followUp',
  sql: `SELECT ${E.c('id')} || '/' || ${R.c('moment')} AS id, ${participantLabels(P, T, `${DUE} || ' '`)},
      ${TS.c('code')} AS detail, ${DUE} AS date, NULL AS hours, ${TS.c('id')} AS parentId
    FROM ${R.from}
    JOIN ${TS.from} ON ${TS.c('id')} = ${R.c('sessionId')} AND ${TS.c('status')} NOT IN ('cancelled', 'postponed')
    JOIN ${E.from} ON ${E.c('sessionId')} = ${TS.c('id')} AND ${E.c('status')} IN ('attended_full', 'attended_partial')
    LEFT JOIN ${F.from} ON ${F.c('enrolmentId')} = ${E.c('id')} AND ${F.c('moment')} = ${R.c('moment')}
    LEFT JOIN ${P.from} ON ${P.c('id')} = ${E.c('staffId')}
    LEFT JOIN ${T.from} ON ${T.c('id')} = ${E.c('traineeId')}
    WHERE ${R.c('moment')} IN ('follow_up_30', 'follow_up_90') AND ${F.c('doneOn')} IS NULL
      AND ${inYear(DUE)} AND ${DUE} <= @overdueBy
      AND ${participantKept(s.r, 'e', 'p', 't')} AND ${s.r.session(TS.c('id'))}`,
  params: params(s, { overdueBy: addDays(s.now, -GRACE_DAYS - 1) }),
});

export const staffWithoutJob = (s: Scope): RecordSet => ({
  kind: 'staff',
  sql: `SELECT ${STAFF_COLUMNS} WHERE ${STAFF_ACTIVE_WHERE} AND ${P.c('jobId')} IS NULL AND ${s.r.staff('p')}`,
  params: params(s),
});

export const quality = (ctx: DataContext, s: Scope) => ({
  deliveredWithoutAttendance: countOf(ctx, deliveredWithoutAttendance(s)),
  endSheetsNotTyped: countOf(ctx, endSheetsNotTyped(s)),
  followUpsOverdue: countOf(ctx, followUpsOverdue(s)),
  staffWithoutJob: countOf(ctx, staffWithoutJob(s)),
});
