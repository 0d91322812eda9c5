import type { z } from 'zod';
import type { Round, roundUpdate } from '../../../api/channels/evaluation';
import type { QuestionnaireKind, RoundMoment } from '../../../api/channels/evaluation-enums';
import { changedFields, recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { nowIso } from '../../core/ids';
import { plucked, stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { listRounds } from './round-read';

export { listRounds } from './round-read';
export { scheduleRounds } from './round-schedule';

/** Changing or removing one round of a session's evaluation. */

/** The questionnaire kinds each moment takes. */
const KINDS_OF: Record<RoundMoment, readonly QuestionnaireKind[]> = {
  end_sheet: ['reaction'],
  pre_test: ['test'],
  post_test: ['test'],
  follow_up_30: ['follow_up_trainee', 'follow_up_manager'],
  follow_up_90: ['follow_up_trainee', 'follow_up_manager'],
};

interface RoundHead {
  sessionId: string;
  moment: RoundMoment;
  questionnaireId: string;
  dueDate: string;
  anonymous: boolean;
}
const headOf = (ctx: DataContext, id: string) => {
  const r = stmt(
    ctx,
    'SELECT session_id AS sessionId, moment, questionnaire_id AS questionnaireId, due_date AS dueDate, anonymous FROM evaluation_rounds WHERE id = ?',
  ).get(id) as (Omit<RoundHead, 'anonymous'> & { anonymous: number }) | undefined;
  return r && { ...r, anonymous: Boolean(r.anonymous) };
};
const answered = (ctx: DataContext, id: string) =>
  (plucked(ctx, 'SELECT count(*) FROM responses WHERE round_id = ?').get(id) as number) > 0;

export function updateRound(ctx: DataContext, input: z.output<typeof roundUpdate>): Round[] {
  const sessionId = inTransaction(ctx, () => {
    const before = headOf(ctx, input.id);
    if (!before) throw notFound();
    const q = stmt(ctx, 'SELECT kind, status FROM questionnaires WHERE id = ?').get(input.questionnaireId) as
      { kind: QuestionnaireKind; status: string } | undefined;
    const refuse = (key: string) => new DomainError('invalid_input', key, { issues: [{ path: 'questionnaireId', message: key }] });
    if (!q) throw refuse('errors.notFound');
    if (q.status !== 'published' && input.questionnaireId !== before.questionnaireId) throw refuse('errors.round.notPublished');
    if (!KINDS_OF[before.moment].includes(q.kind)) throw refuse('errors.round.wrongKind');
    const after = { questionnaireId: input.questionnaireId, dueDate: input.dueDate, anonymous: input.anonymous };
    const fields = changedFields(before as unknown as Record<string, unknown>, after);
    if (!fields.length) return before.sessionId;
    // Sheets already typed answer that questionnaire's questions, under that anonymity.
    if ((fields.includes('questionnaireId') || fields.includes('anonymous')) && answered(ctx, input.id))
      throw new DomainError('conflict', 'errors.round.hasAnswers');
    stmt(ctx, 'UPDATE evaluation_rounds SET questionnaire_id = ?, due_date = ?, anonymous = ?, updated_at = ? WHERE id = ?').run(
      after.questionnaireId,
      after.dueDate,
      Number(after.anonymous),
      nowIso(),
      input.id,
    );
    recordAudit(ctx, 'evaluationRounds', input.id, 'update', fields);
    return before.sessionId;
  });
  return listRounds(ctx, sessionId);
}

export function deleteRound(ctx: DataContext, id: string): Round[] {
  const sessionId = inTransaction(ctx, () => {
    const before = headOf(ctx, id);
    if (!before) throw notFound();
    if (answered(ctx, id)) throw new DomainError('conflict', 'errors.round.hasAnswers');
    stmt(ctx, 'DELETE FROM evaluation_rounds WHERE id = ?').run(id);
    recordAudit(ctx, 'evaluationRounds', id, 'delete');
    return before.sessionId;
  });
  return listRounds(ctx, sessionId);
}
