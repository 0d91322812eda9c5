import type { Round } from '../../../api/channels/evaluation';
import { ROUND_MOMENTS } from '../../../api/channels/evaluation-enums';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { plucked, stmt } from '../../core/statements';
import { hoursByEnrolment } from '../sessions/attendance';
import { SEATED_SQL } from '../sessions/sql-lists';

/**
 * A session's rounds with their response rates. Who is expected to answer: once the session has
 * attendance, the participants who attended some hours (an absent person fills no sheet); before
 * that, those holding a place.
 */

const ROUND = `r.id, r.session_id AS sessionId, r.moment, r.questionnaire_id AS questionnaireId, q.code AS questionnaireCode,
  q.title_fr AS questionnaireTitleFr, q.title_ar AS questionnaireTitleAr, q.kind, r.due_date AS dueDate, r.anonymous,
  (SELECT count(*) FROM responses x WHERE x.round_id = r.id) AS responses
  FROM evaluation_rounds r JOIN questionnaires q ON q.id = r.questionnaire_id`;

type RoundRow = Omit<Round, 'anonymous' | 'expected' | 'responseRate'> & { anonymous: number };

/** The people expected to fill a sheet of the session's rounds. */
export function expectedOf(ctx: DataContext, sessionId: string): number {
  const marked = stmt(ctx, 'SELECT 1 FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.session_id = ? LIMIT 1').get(
    sessionId,
  );
  if (!marked)
    return plucked(ctx, `SELECT count(*) FROM enrolments WHERE session_id = ? AND status IN (${SEATED_SQL})`).get(sessionId) as number;
  return [...hoursByEnrolment(ctx, sessionId).values()].filter((a) => a.hoursAttended > 0).length;
}

const withRate = (r: RoundRow, expected: number): Round => ({
  ...r,
  anonymous: Boolean(r.anonymous),
  expected,
  responseRate: expected > 0 ? r.responses / expected : null,
});

export function listRounds(ctx: DataContext, sessionId: string): Round[] {
  if (!stmt(ctx, 'SELECT 1 FROM training_sessions WHERE id = ?').get(sessionId)) throw notFound();
  const rows = stmt(ctx, `SELECT ${ROUND} WHERE r.session_id = ?`).all(sessionId) as RoundRow[];
  const expected = rows.length ? expectedOf(ctx, sessionId) : 0;
  // In the order they happen, not the order they were made.
  return rows.sort((a, b) => ROUND_MOMENTS.indexOf(a.moment) - ROUND_MOMENTS.indexOf(b.moment)).map((r) => withRate(r, expected));
}

export function getRound(ctx: DataContext, id: string): Round {
  const row = stmt(ctx, `SELECT ${ROUND} WHERE r.id = ?`).get(id) as RoundRow | undefined;
  if (!row) throw notFound();
  return withRate(row, expectedOf(ctx, row.sessionId));
}
