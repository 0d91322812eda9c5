import type { Output } from '../../../api/contract';
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { associationTrainees, attendance, attestations, courses, enrolments, sessionSlots, staff, trainingSessions } from '../../schema';
import { toCsv } from '../../tabular/write';
import { named, select } from './sql-names';
import { ATTENDED, round2 } from './slot-math';

/**
 * The participations report of a year (`sessions.participations`, `sas report participations`):
 * one row per enrolment in a session with a slot in that year, for the Service's yearly figures
 * in Excel. No name is written: staff are identified by matricule, association trainees by their
 * record's id (they have no matricule), as the partner's template asks.
 */
export const PARTICIPATION_COLUMNS = [
  'session',
  'course',
  'participant_type',
  'participant_id',
  'gender',
  'status',
  'hours_attended',
  'attestation',
] as const;

const S = named(trainingSessions, 's');
const X = named(sessionSlots, 'x');
const C = named(courses, 'c');
const E = named(enrolments, 'e');
const P = named(staff, 'p');
const T = named(associationTrainees, 't');
const A = named(attendance, 'a');
const AT = named(attestations, 'at');

/** Minutes of a `HH:MM` column, in SQL (slots are wall-clock times of one day). */
const minutesOf = (column: string) => `(CAST(substr(${column}, 1, 2) AS INTEGER) * 60 + CAST(substr(${column}, 4, 2) AS INTEGER))`;

const attended = ATTENDED.map((m) => `'${m}'`).join(', ');

const ROWS = `WITH year_sessions AS (
    SELECT ${X.c('sessionId')} AS id, min(${X.c('date')}) AS firstDate FROM ${X.from}
    WHERE ${X.c('date')} BETWEEN @first AND @last GROUP BY ${X.c('sessionId')}
  )
  SELECT ${select(S, { session: 'code' })}, ${select(C, { course: 'code' })},
    CASE WHEN ${E.c('staffId')} IS NOT NULL THEN 'staff' ELSE 'association' END AS participantType,
    coalesce(${P.c('matricule')}, ${T.c('id')}) AS participantId,
    coalesce(${P.c('gender')}, ${T.c('gender')}) AS gender,
    ${select(E, { status: 'status' })},
    (SELECT coalesce(sum(${minutesOf(X.c('endTime'))} - ${minutesOf(X.c('startTime'))}), 0)
       FROM ${A.from} JOIN ${X.from} ON ${X.c('id')} = ${A.c('slotId')}
       WHERE ${A.c('enrolmentId')} = ${E.c('id')} AND ${A.c('mark')} IN (${attended})) AS minutesAttended,
    (SELECT ${AT.c('number')} FROM ${AT.from} WHERE ${AT.c('enrolmentId')} = ${E.c('id')} AND ${AT.c('revokedAt')} IS NULL
       ORDER BY ${AT.c('year')} DESC, ${AT.c('sequence')} DESC LIMIT 1) AS attestation
  FROM year_sessions y
  JOIN ${S.from} ON ${S.c('id')} = y.id
  JOIN ${C.from} ON ${C.c('id')} = ${S.c('courseId')}
  JOIN ${E.from} ON ${E.c('sessionId')} = ${S.c('id')}
  LEFT JOIN ${P.from} ON ${P.c('id')} = ${E.c('staffId')}
  LEFT JOIN ${T.from} ON ${T.c('id')} = ${E.c('traineeId')}
  ORDER BY y.firstDate, ${S.c('code')}, participantType DESC, participantId`;

interface Row {
  session: string;
  course: string;
  participantType: 'staff' | 'association';
  participantId: string;
  gender: string;
  status: string;
  minutesAttended: number;
  attestation: string | null;
}

/** Hours as French Excel reads a number: `3,5`, `12`. */
const frenchNumber = (n: number) => String(n).replace('.', ',');

export function participationRows(ctx: DataContext, year: number): string[][] {
  const rows = stmt(ctx, ROWS).all({ first: `${year}-01-01`, last: `${year}-12-31` }) as Row[];
  return rows.map((r) => [
    r.session,
    r.course,
    r.participantType,
    r.participantId,
    r.gender,
    r.status,
    frenchNumber(round2(r.minutesAttended / 60)),
    r.attestation ?? '',
  ]);
}

export function participationsReport(ctx: DataContext, year: number): Output<'sessions.participations'> {
  const rows = participationRows(ctx, year);
  return {
    fileName: `participations-${year}.csv`,
    contentBase64: toCsv(PARTICIPATION_COLUMNS, rows).toString('base64'),
    rows: rows.length,
  };
}
