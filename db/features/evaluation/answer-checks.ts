import type { z } from 'zod';
import type { Question, answerInput } from '../../../api/channels/evaluation';

/**
 * Whether an answer typed back from paper fits its question: the message key of what is wrong,
 * or null. Pure, so the rules read in one place (and the tests can reach them).
 */

export type AnswerIn = z.output<typeof answerInput>;

const within = (n: number, from: number, to: number) => Number.isInteger(n) && n >= from && n <= to;

/** Nothing was ticked or written: the question was left blank on the sheet. */
export const isBlank = (a: AnswerIn): boolean => a.value === null && a.choices.length === 0 && !a.text.trim();

export function answerProblem(q: Question, a: AnswerIn): string | null {
  if (q.type === 'grid' ? !within(a.row, 0, q.gridRows.length - 1) : a.row !== 0) return 'errors.answer.gridRow';
  if (a.choices.length && q.type !== 'multiple') return 'errors.answer.notChoices';
  if (a.value === null) return null;
  switch (q.type) {
    case 'scale':
    case 'grid':
      return within(a.value, 1, q.scalePoints ?? 0) ? null : 'errors.answer.outOfScale';
    case 'yes_no':
      return a.value === 0 || a.value === 1 ? null : 'errors.answer.yesNo';
    case 'single':
      return within(a.value, 0, q.options.length - 1) ? null : 'errors.answer.choiceOutOfRange';
    case 'number':
      return null;
    default:
      // A text or a multiple choice carries no value.
      return 'errors.answer.noValue';
  }
}

/** Multiple choices: each index one of the options, none twice. */
export function choicesProblem(q: Question, a: AnswerIn): string | null {
  if (q.type !== 'multiple') return null;
  if (a.choices.some((c) => !within(c, 0, q.options.length - 1))) return 'errors.answer.choiceOutOfRange';
  return new Set(a.choices).size === a.choices.length ? null : 'errors.answer.choiceOutOfRange';
}
