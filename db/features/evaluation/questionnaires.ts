import type { z } from 'zod';
import type { Questionnaire, questionnaireCreate, questionnaireUpdate } from '../../../api/channels/evaluation';
import { changedFields, recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound, taken } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { plucked, stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { getQuestionnaire, maxScoreOf } from './questionnaire-read';
import { copyQuestions, writeQuestions } from './questions-write';

export { getQuestionnaire, listQuestionnaires } from './questionnaire-read';

/**
 * Writing questionnaires. A published version never changes (answers typed against it must keep
 * their meaning): a change is made on the next version, a draft copied from it with the same code.
 */

type CreateInput = z.output<typeof questionnaireCreate>;
type UpdateInput = z.output<typeof questionnaireUpdate>;

const FIELDS = ['code', 'kind', 'titleFr', 'titleAr', 'introFr', 'introAr', 'passThreshold'] as const;
const SET = 'code = ?, kind = ?, title_fr = ?, title_ar = ?, intro_fr = ?, intro_ar = ?, pass_threshold = ?';
const valuesOf = (v: CreateInput) => FIELDS.map((f) => (f === 'passThreshold' && v.kind !== 'test' ? null : v[f]));

interface Head {
  code: string;
  version: number;
  kind: string;
  status: string;
}
const headOf = (ctx: DataContext, id: string) =>
  stmt(ctx, 'SELECT code, version, kind, status FROM questionnaires WHERE id = ?').get(id) as Head | undefined;

export function createQuestionnaire(ctx: DataContext, input: CreateInput): Questionnaire {
  const id = newId();
  inTransaction(ctx, () => {
    if (stmt(ctx, 'SELECT 1 FROM questionnaires WHERE code = ?').get(input.code)) throw taken('code', 'errors.questionnaire.codeTaken');
    stmt(
      ctx,
      `INSERT INTO questionnaires (id, version, status, code, kind, title_fr, title_ar, intro_fr, intro_ar, pass_threshold)
      VALUES (?, 1, 'draft', ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, ...valuesOf(input));
    writeQuestions(ctx, id, input.questions);
    recordAudit(ctx, 'questionnaires', id, 'create');
  });
  return getQuestionnaire(ctx, id);
}

export function updateQuestionnaire(ctx: DataContext, input: UpdateInput): Questionnaire {
  inTransaction(ctx, () => {
    const head = headOf(ctx, input.id);
    if (!head) throw notFound();
    if (head.status !== 'draft') throw new DomainError('conflict', 'errors.questionnaire.published');
    // Later versions belong to their first one's code and kind: the rounds and indices follow them by it.
    if (head.version > 1 && (input.code !== head.code || input.kind !== head.kind))
      throw new DomainError('invalid_input', 'errors.questionnaire.versionFixed', {
        issues: [{ path: input.code !== head.code ? 'code' : 'kind', message: 'errors.questionnaire.versionFixed' }],
      });
    if (input.code !== head.code && stmt(ctx, 'SELECT 1 FROM questionnaires WHERE code = ?').get(input.code))
      throw taken('code', 'errors.questionnaire.codeTaken');
    const before = getQuestionnaire(ctx, input.id);
    stmt(ctx, `UPDATE questionnaires SET ${SET}, updated_at = ? WHERE id = ?`).run(...valuesOf(input), nowIso(), input.id);
    writeQuestions(ctx, input.id, input.questions);
    const after = getQuestionnaire(ctx, input.id);
    const strip = (q: Questionnaire) => q.questions.map(({ id: _id, ...rest }) => rest);
    const fields = [
      ...changedFields(before as unknown as Record<string, unknown>, Object.fromEntries(FIELDS.map((f) => [f, after[f]]))),
      ...(JSON.stringify(strip(before)) !== JSON.stringify(strip(after)) ? ['questions'] : []),
    ];
    if (fields.length) recordAudit(ctx, 'questionnaires', input.id, 'update', fields);
  });
  return getQuestionnaire(ctx, input.id);
}

/** Publishing: at least one question; a test needs its pass threshold and points to score. */
export function publishQuestionnaire(ctx: DataContext, id: string): Questionnaire {
  inTransaction(ctx, () => {
    const q = getQuestionnaire(ctx, id);
    if (q.status === 'published') return;
    if (q.status === 'archived') throw new DomainError('conflict', 'errors.questionnaire.archived');
    const refuse = (path: string, key: string) => new DomainError('invalid_input', key, { issues: [{ path, message: key }] });
    if (q.questions.length === 0) throw refuse('questions', 'errors.questionnaire.noQuestions');
    if (q.kind === 'test' && q.passThreshold === null) throw refuse('passThreshold', 'errors.questionnaire.passThreshold');
    if (q.kind === 'test' && maxScoreOf(q.questions) <= 0) throw refuse('questions', 'errors.questionnaire.noPoints');
    const now = nowIso();
    stmt(ctx, "UPDATE questionnaires SET status = 'published', published_at = ?, updated_at = ? WHERE id = ?").run(now, now, id);
    recordAudit(ctx, 'questionnaires', id, 'update', ['status', 'publishedAt']);
  });
  return getQuestionnaire(ctx, id);
}

/** The next version of a published (or archived) one: a draft copy numbered after the highest. */
export function newQuestionnaireVersion(ctx: DataContext, id: string): Questionnaire {
  const copy = newId();
  inTransaction(ctx, () => {
    const head = headOf(ctx, id);
    if (!head) throw notFound();
    if (head.status === 'draft') throw new DomainError('conflict', 'errors.questionnaire.isDraft');
    if (stmt(ctx, "SELECT 1 FROM questionnaires WHERE code = ? AND status = 'draft'").get(head.code))
      throw new DomainError('conflict', 'errors.questionnaire.draftExists');
    const next = (plucked(ctx, 'SELECT max(version) FROM questionnaires WHERE code = ?').get(head.code) as number) + 1;
    stmt(
      ctx,
      `INSERT INTO questionnaires (id, code, version, kind, title_fr, title_ar, intro_fr, intro_ar, status, pass_threshold)
       SELECT ?, code, ?, kind, title_fr, title_ar, intro_fr, intro_ar, 'draft', pass_threshold FROM questionnaires WHERE id = ?`,
    ).run(copy, next, id);
    copyQuestions(ctx, id, copy);
    recordAudit(ctx, 'questionnaires', copy, 'create', ['version']);
  });
  return getQuestionnaire(ctx, copy);
}

/** Archived: no longer offered for new rounds; the rounds that use it keep it. */
export function archiveQuestionnaire(ctx: DataContext, id: string): Questionnaire {
  inTransaction(ctx, () => {
    const head = headOf(ctx, id);
    if (!head) throw notFound();
    if (head.status === 'archived') return;
    stmt(ctx, "UPDATE questionnaires SET status = 'archived', updated_at = ? WHERE id = ?").run(nowIso(), id);
    recordAudit(ctx, 'questionnaires', id, 'archive');
  });
  return getQuestionnaire(ctx, id);
}
