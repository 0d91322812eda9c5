import type { z } from 'zod';
import type { Question, responsesSave, sheetInput } from '../../../api/channels/evaluation';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { plucked, stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { answerProblem, choicesProblem, isBlank } from './answer-checks';
import { getQuestionnaire } from './questionnaire-read';
import { roundSheets } from './sheet-read';
import { scoreOf } from './test-scoring';

export { roundSheets } from './sheet-read';

/**
 * Sheets typed back from paper: one per participant and round (any number on an anonymous
 * round), every answer checked against its question, tests scored as they are saved.
 */

type SheetIn = z.output<typeof sheetInput>;

interface RoundCtx {
  id: string;
  sessionId: string;
  anonymous: boolean;
  sessionStatus: string;
}
const roundOf = (ctx: DataContext, id: string) => {
  const r = stmt(
    ctx,
    `SELECT r.id, r.session_id AS sessionId, r.anonymous, s.status AS sessionStatus
     FROM evaluation_rounds r JOIN training_sessions s ON s.id = r.session_id WHERE r.id = ?`,
  ).get(id) as (Omit<RoundCtx, 'anonymous'> & { anonymous: number }) | undefined;
  if (!r) throw notFound();
  // A cancelled session took place for nobody: there is nothing to evaluate.
  if (r.sessionStatus === 'cancelled') throw new DomainError('conflict', 'errors.answer.sessionCancelled');
  return { ...r, anonymous: Boolean(r.anonymous) };
};

/** A refusal pointing at one field of one sheet; `detail` names the question (its number on the sheet). */
const refuse = (path: string, key: string, q?: Question) =>
  new DomainError('invalid_input', key, {
    issues: [{ path, message: key }],
    ...(q ? { detail: `question ${q.position + 1}` } : {}),
  });

function checkWho(ctx: DataContext, round: RoundCtx, s: SheetIn, i: number, seen: Set<string>): void {
  const at = `sheets.${i}.enrolmentId`;
  if (round.anonymous) {
    if (s.enrolmentId) throw refuse(at, 'errors.answer.anonymous');
    return;
  }
  if (!s.enrolmentId) throw refuse(at, 'errors.answer.whoRequired');
  if (!stmt(ctx, 'SELECT 1 FROM enrolments WHERE id = ? AND session_id = ?').get(s.enrolmentId, round.sessionId))
    throw refuse(at, 'errors.answer.notOfSession');
  const holder = plucked(ctx, 'SELECT id FROM responses WHERE round_id = ? AND enrolment_id = ?').get(round.id, s.enrolmentId) as
    string | undefined;
  if (seen.has(s.enrolmentId) || (holder && holder !== s.id)) throw refuse(at, 'errors.answer.alreadyAnswered');
  seen.add(s.enrolmentId);
}

function checkAnswers(questions: Map<string, Question>, s: SheetIn, i: number) {
  const keys = new Set<string>();
  const kept = s.answers.flatMap((a, j) => {
    const q = questions.get(a.questionId);
    const at = `sheets.${i}.answers.${j}`;
    if (!q) throw refuse(`${at}.questionId`, 'errors.answer.unknownQuestion');
    const problem = answerProblem(q, a) ?? choicesProblem(q, a);
    if (problem) throw refuse(at, problem, q);
    const key = `${a.questionId}/${a.row}`;
    if (keys.has(key)) throw refuse(at, 'errors.answer.twice', q);
    keys.add(key);
    return isBlank(a) ? [] : [a];
  });
  return kept;
}

export function saveResponses(ctx: DataContext, input: z.output<typeof responsesSave>) {
  inTransaction(ctx, () => {
    const round = roundOf(ctx, input.roundId);
    const questionnaire = getQuestionnaire(
      ctx,
      plucked(ctx, 'SELECT questionnaire_id FROM evaluation_rounds WHERE id = ?').get(round.id) as string,
    );
    const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
    const seen = new Set<string>();
    const now = nowIso();
    input.sheets.forEach((s, i) => {
      if (s.id && !stmt(ctx, 'SELECT 1 FROM responses WHERE id = ? AND round_id = ?').get(s.id, round.id))
        throw refuse(`sheets.${i}.id`, 'errors.notFound');
      checkWho(ctx, round, s, i, seen);
      const answers = checkAnswers(questions, s, i);
      const scored = questionnaire.kind === 'test' ? scoreOf(questionnaire.questions, answers) : { score: null, maxScore: null };
      const id = s.id ?? newId();
      if (s.id) {
        stmt(ctx, 'DELETE FROM answers WHERE response_id = ?').run(id);
        stmt(
          ctx,
          'UPDATE responses SET enrolment_id = ?, respondent = ?, submitted_on = ?, score = ?, max_score = ?, updated_at = ? WHERE id = ?',
        ).run(s.enrolmentId, s.respondent, s.submittedOn, scored.score, scored.maxScore, now, id);
      } else
        stmt(
          ctx,
          'INSERT INTO responses (id, round_id, enrolment_id, respondent, submitted_on, score, max_score) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(id, round.id, s.enrolmentId, s.respondent, s.submittedOn, scored.score, scored.maxScore);
      const insert = stmt(ctx, 'INSERT INTO answers (response_id, question_id, row, value, text, choices) VALUES (?, ?, ?, ?, ?, ?)');
      for (const a of answers) insert.run(id, a.questionId, a.row, a.value, a.text.trim(), JSON.stringify(a.choices));
      recordAudit(ctx, 'responses', id, s.id ? 'update' : 'create', s.id ? ['answers'] : []);
    });
  });
  return roundSheets(ctx, input.roundId);
}

export function deleteResponse(ctx: DataContext, id: string) {
  const roundId = inTransaction(ctx, () => {
    const roundId = plucked(ctx, 'SELECT round_id FROM responses WHERE id = ?').get(id) as string | undefined;
    if (!roundId) throw notFound();
    roundOf(ctx, roundId);
    stmt(ctx, 'DELETE FROM responses WHERE id = ?').run(id);
    recordAudit(ctx, 'responses', id, 'delete');
    return roundId;
  });
  return roundSheets(ctx, roundId);
}
