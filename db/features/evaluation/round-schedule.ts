import type { z } from 'zod';
import type { Round, roundSchedule } from '../../../api/channels/evaluation';
import type { QuestionnaireKind, RoundMoment } from '../../../api/channels/evaluation-enums';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import { plucked, stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { listRounds } from './round-read';

/**
 * The rounds a session's course calls for by its planned evaluation level (Kirkpatrick): 1 the
 * sheet at the end (anonymous), 2 a test before and after, 3 the follow-ups with the manager.
 * Rounds already there are kept as they are: scheduling again only adds what is missing.
 */

interface Planned {
  moment: RoundMoment;
  codes: string[];
  kind: QuestionnaireKind;
  dueDate: string;
  anonymous: boolean;
}

/** A calendar day plus some days (YYYY-MM-DD, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The latest published version of the first code that has one. */
function latestPublished(ctx: DataContext, codes: string[], kind: QuestionnaireKind): string | undefined {
  for (const code of codes) {
    const id = plucked(
      ctx,
      "SELECT id FROM questionnaires WHERE code = ? AND kind = ? AND status = 'published' ORDER BY version DESC LIMIT 1",
    ).get(code, kind) as string | undefined;
    if (id) return id;
  }
  return undefined;
}

export function scheduleRounds(ctx: DataContext, input: z.output<typeof roundSchedule>): Round[] {
  inTransaction(ctx, () => {
    const session = stmt(
      ctx,
      `SELECT s.status, c.code AS courseCode, c.evaluation_level AS level,
         (SELECT min(date) FROM session_slots x WHERE x.session_id = s.id) AS first,
         (SELECT max(date) FROM session_slots x WHERE x.session_id = s.id) AS last
       FROM training_sessions s JOIN courses c ON c.id = s.course_id WHERE s.id = ?`,
    ).get(input.sessionId) as { status: string; courseCode: string; level: number; first: string | null; last: string | null } | undefined;
    if (!session) throw notFound();
    if (session.status === 'cancelled') throw new DomainError('conflict', 'errors.round.sessionCancelled');
    if (!session.first || !session.last) throw new DomainError('conflict', 'errors.round.noSlots');
    const test = [`TEST-${session.courseCode}`, 'TEST'];
    const plan: Planned[] = [];
    if (session.level >= 1)
      plan.push({ moment: 'end_sheet', codes: ['REACTION'], kind: 'reaction', dueDate: session.last, anonymous: true });
    if (session.level >= 2)
      plan.push(
        { moment: 'pre_test', codes: test, kind: 'test', dueDate: session.first, anonymous: false },
        { moment: 'post_test', codes: test, kind: 'test', dueDate: session.last, anonymous: false },
      );
    if (session.level >= 3)
      for (const [moment, days] of [
        ['follow_up_30', input.firstFollowUpDays],
        ['follow_up_90', input.secondFollowUpDays],
      ] as const)
        plan.push({
          moment,
          codes: ['FOLLOWUP-MANAGER'],
          kind: 'follow_up_manager',
          dueDate: addDays(session.last, days),
          anonymous: false,
        });
    for (const p of plan) {
      if (stmt(ctx, 'SELECT 1 FROM evaluation_rounds WHERE session_id = ? AND moment = ?').get(input.sessionId, p.moment)) continue;
      const questionnaireId = latestPublished(ctx, p.codes, p.kind);
      if (!questionnaireId)
        throw new DomainError('conflict', 'errors.round.noQuestionnaire', { detail: `no published ${p.codes.join(' or ')}` });
      const id = newId();
      stmt(
        ctx,
        'INSERT INTO evaluation_rounds (id, session_id, questionnaire_id, moment, due_date, anonymous) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, input.sessionId, questionnaireId, p.moment, p.dueDate, Number(p.anonymous));
      recordAudit(ctx, 'evaluationRounds', id, 'create');
    }
  });
  return listRounds(ctx, input.sessionId);
}
