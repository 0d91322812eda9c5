import type { Question, Questionnaire } from '../../../api/channels/evaluation';
import type { QuestionnaireKind } from '../../../api/channels/evaluation-enums';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { stmt } from '../../core/statements';

/**
 * Reading questionnaires: the list (with how many questions and rounds each version has) and one
 * version whole, its questions' choices and grid rows parsed from their JSON columns.
 */

const SUMMARY = `q.id, q.code, q.version, q.kind, q.title_fr AS titleFr, q.title_ar AS titleAr, q.status, q.published_at AS publishedAt,
  (SELECT count(*) FROM questions x WHERE x.questionnaire_id = q.id) AS questionCount,
  (SELECT count(*) FROM evaluation_rounds r WHERE r.questionnaire_id = q.id) AS roundCount`;

type Summary = Omit<Questionnaire, 'introFr' | 'introAr' | 'passThreshold' | 'questions' | 'maxScore'>;

export function listQuestionnaires(ctx: DataContext, kind: QuestionnaireKind | null): Summary[] {
  return stmt(ctx, `SELECT ${SUMMARY} FROM questionnaires q WHERE (? IS NULL OR q.kind = ?) ORDER BY q.code, q.version DESC`).all(
    kind,
    kind,
  ) as Summary[];
}

interface QuestionRow extends Omit<Question, 'options' | 'gridRows'> {
  options: string;
  gridRows: string;
}

export function questionsOf(ctx: DataContext, questionnaireId: string): Question[] {
  const rows = stmt(
    ctx,
    `SELECT id, position, type, text_fr AS textFr, text_ar AS textAr, measures, scale_points AS scalePoints, low_fr AS lowFr,
       low_ar AS lowAr, high_fr AS highFr, high_ar AS highAr, options, grid_rows AS gridRows, points, correct_value AS correctValue
     FROM questions WHERE questionnaire_id = ? ORDER BY position, id`,
  ).all(questionnaireId) as QuestionRow[];
  return rows.map((r) => ({
    ...r,
    options: (JSON.parse(r.options) as { fr: string; ar: string; correct?: boolean }[]).map((o) => ({
      fr: o.fr,
      ar: o.ar,
      correct: Boolean(o.correct),
    })),
    gridRows: JSON.parse(r.gridRows) as { fr: string; ar: string }[],
  }));
}

/** The points a test's right answers add up to (every question's points: a text question has none). */
export const maxScoreOf = (questions: Pick<Question, 'points'>[]): number => questions.reduce((s, q) => s + q.points, 0);

export function getQuestionnaire(ctx: DataContext, id: string): Questionnaire {
  const row = stmt(
    ctx,
    `SELECT ${SUMMARY}, q.intro_fr AS introFr, q.intro_ar AS introAr, q.pass_threshold AS passThreshold FROM questionnaires q WHERE q.id = ?`,
  ).get(id) as Omit<Questionnaire, 'questions' | 'maxScore'> | undefined;
  if (!row) throw notFound();
  const questions = questionsOf(ctx, id);
  return { ...row, questions, maxScore: maxScoreOf(questions) };
}
