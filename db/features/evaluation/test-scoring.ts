import type { Question } from '../../../api/channels/evaluation';
import type { AnswerIn } from './answer-checks';
import { maxScoreOf } from './questionnaire-read';

/**
 * Scoring a test sheet: a right answer earns its question's points. Yes/no and number: the value
 * equals the right one; single choice: the option chosen is a right one; multiple: exactly the
 * right options are chosen. Scale, grid and text questions are not scored.
 */

export function isRight(q: Question, a: Pick<AnswerIn, 'value' | 'choices'>): boolean {
  switch (q.type) {
    case 'yes_no':
    case 'number':
      return a.value !== null && q.correctValue !== null && a.value === q.correctValue;
    case 'single':
      return a.value !== null && Boolean(q.options[a.value]?.correct);
    case 'multiple': {
      const right = q.options.flatMap((o, i) => (o.correct ? [i] : []));
      const chosen = [...new Set(a.choices)].sort((x, y) => x - y);
      return chosen.length === right.length && chosen.every((c, i) => c === right[i]);
    }
    default:
      return false;
  }
}

export function scoreOf(questions: Question[], answers: Pick<AnswerIn, 'questionId' | 'value' | 'choices'>[]) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const score = answers.reduce((s, a) => {
    const q = byId.get(a.questionId);
    return q && isRight(q, a) ? s + q.points : s;
  }, 0);
  return { score, maxScore: maxScoreOf(questions) };
}

/** Passed: the share of the points earned reaches the threshold (unknown without points or threshold). */
export const passedOf = (score: number | null, maxScore: number | null, threshold: number | null): boolean | null =>
  score === null || !maxScore || threshold === null ? null : score / maxScore >= threshold - 1e-9; // 3/5 against 0.6: no float rounding below it
