import type { z } from 'zod';
import type { roundSheets as roundSheetsOutput, sheet } from '../../../api/channels/evaluation';
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { personName } from '../reviews/people';
import { getQuestionnaire } from './questionnaire-read';
import { getRound } from './round-read';
import { passedOf } from './test-scoring';

/** A round with its questionnaire and every sheet typed in: who (nobody, when anonymous), and the answers. */

type Sheet = z.infer<typeof sheet>;
type SheetRow = Omit<Sheet, 'answers' | 'passed'>;
interface AnswerRow {
  responseId: string;
  questionId: string;
  row: number;
  value: number | null;
  text: string;
  choices: string;
}

const NAME = (lang: 'fr' | 'ar') =>
  `CASE WHEN r.enrolment_id IS NULL THEN '' WHEN e.staff_id IS NOT NULL THEN ${personName('s', lang)} ELSE ${personName('t', lang)} END`;

export function roundSheets(ctx: DataContext, roundId: string): z.infer<typeof roundSheetsOutput> {
  const round = getRound(ctx, roundId);
  const questionnaire = getQuestionnaire(ctx, round.questionnaireId);
  const rows = stmt(
    ctx,
    `SELECT r.id, r.enrolment_id AS enrolmentId, ${NAME('fr')} AS nameFr, ${NAME('ar')} AS nameAr, r.respondent,
       r.submitted_on AS submittedOn, r.score, r.max_score AS maxScore
     FROM responses r LEFT JOIN enrolments e ON e.id = r.enrolment_id
       LEFT JOIN staff s ON s.id = e.staff_id LEFT JOIN association_trainees t ON t.id = e.trainee_id
     WHERE r.round_id = ? ORDER BY coalesce(s.sort_name_fr, t.sort_name_fr, ''), r.submitted_on, r.created_at, r.id`,
  ).all(roundId) as SheetRow[];
  const answers = stmt(
    ctx,
    `SELECT a.response_id AS responseId, a.question_id AS questionId, a.row, a.value, a.text, a.choices
     FROM answers a JOIN responses r ON r.id = a.response_id JOIN questions q ON q.id = a.question_id
     WHERE r.round_id = ? ORDER BY q.position, a.row`,
  ).all(roundId) as AnswerRow[];
  const bySheet = new Map<string, Sheet['answers']>();
  for (const { responseId, choices, ...a } of answers) {
    if (!bySheet.has(responseId)) bySheet.set(responseId, []);
    bySheet.get(responseId)!.push({ ...a, choices: JSON.parse(choices) as number[] });
  }
  return {
    round,
    questionnaire,
    sheets: rows.map((r) => ({
      ...r,
      passed: passedOf(r.score, r.maxScore, questionnaire.passThreshold),
      answers: bySheet.get(r.id) ?? [],
    })),
  };
}
