import type { z } from 'zod';
import type { questionInput } from '../../../api/channels/evaluation';
import type { DataContext } from '../../core/context';
import { newId, nowIso } from '../../core/ids';
import { plucked, stmt } from '../../core/statements';

type QuestionIn = z.output<typeof questionInput>;

/** The question as stored: choices and grid rows as JSON, kept only where the type uses them. */
function columnsOf(q: QuestionIn, position: number) {
  const choices = q.type === 'single' || q.type === 'multiple' || q.type === 'grid';
  const scaled = q.type === 'scale' || q.type === 'grid';
  return [
    position,
    q.type,
    q.textFr,
    q.textAr,
    q.measures,
    scaled ? q.scalePoints : null,
    scaled ? q.lowFr : '',
    scaled ? q.lowAr : '',
    scaled ? q.highFr : '',
    scaled ? q.highAr : '',
    JSON.stringify(choices ? q.options.map((o) => ({ fr: o.fr, ar: o.ar, correct: o.correct })) : []),
    JSON.stringify(q.type === 'grid' ? q.gridRows.map((r) => ({ fr: r.fr, ar: r.ar })) : []),
    q.points,
    q.type === 'yes_no' || q.type === 'number' ? q.correctValue : null,
  ];
}

const COLUMNS = `position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, grid_rows, points, correct_value`;

/**
 * Replaces a draft's questions by the form's list, in its order. A question the form sends back
 * with its id keeps it (a draft is never answered, but the form and the History follow ids);
 * an id that is not one of this questionnaire's makes a new question.
 */
export function writeQuestions(ctx: DataContext, questionnaireId: string, list: QuestionIn[]): void {
  const before = new Set(plucked(ctx, 'SELECT id FROM questions WHERE questionnaire_id = ?').all(questionnaireId) as string[]);
  const kept = new Set(list.map((q) => q.id).filter((id): id is string => id !== null && before.has(id)));
  for (const id of before) if (!kept.has(id)) stmt(ctx, 'DELETE FROM questions WHERE id = ?').run(id);
  const now = nowIso();
  list.forEach((q, i) => {
    if (q.id && kept.has(q.id)) {
      stmt(
        ctx,
        `UPDATE questions SET ${COLUMNS.split(', ')
          .map((c) => `${c} = ?`)
          .join(', ')}, updated_at = ? WHERE id = ?`,
      ).run(...columnsOf(q, i), now, q.id);
      kept.delete(q.id);
    } else {
      stmt(
        ctx,
        `INSERT INTO questions (id, questionnaire_id, ${COLUMNS}) VALUES (?, ?, ${COLUMNS.split(', ')
          .map(() => '?')
          .join(', ')})`,
      ).run(newId(), questionnaireId, ...columnsOf(q, i));
    }
  });
}

/** Copies every question of one version into another (a new version starts as its predecessor). */
export function copyQuestions(ctx: DataContext, fromId: string, toId: string): void {
  const ids = plucked(ctx, 'SELECT id FROM questions WHERE questionnaire_id = ? ORDER BY position, id').all(fromId) as string[];
  for (const id of ids)
    stmt(ctx, `INSERT INTO questions (id, questionnaire_id, ${COLUMNS}) SELECT ?, ?, ${COLUMNS} FROM questions WHERE id = ?`).run(
      newId(),
      toId,
      id,
    );
}
