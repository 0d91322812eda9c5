import type { z } from 'zod';
import type { Question, Questionnaire, questionInput, questionnaireCreate } from '../../../../api/channels/evaluation';
import type { QuestionType } from '../../../../api/channels/evaluation-enums';

/** A questionnaire's state at a glance: a draft still changes, a published one no longer. */
export const STATUS_COLOR = { draft: 'orange', published: 'teal', archived: 'gray' } as const;

export type QuestionValues = z.input<typeof questionInput>;
export type QuestionnaireValues = z.input<typeof questionnaireCreate>;

/** A new question of a type, with what that type needs to be valid (an odd scale, two choices, a row). */
export function blankQuestion(type: QuestionType = 'scale'): QuestionValues {
  return {
    id: null,
    type,
    textFr: '',
    textAr: '',
    measures: 'other',
    scalePoints: type === 'scale' || type === 'grid' ? 5 : null,
    lowFr: '',
    lowAr: '',
    highFr: '',
    highAr: '',
    options: type === 'single' || type === 'multiple' ? [blankChoice(), blankChoice()] : [],
    gridRows: type === 'grid' ? [{ fr: '', ar: '' }] : [],
    points: 0,
    correctValue: null,
  };
}
export const blankChoice = () => ({ fr: '', ar: '', correct: false });

/** The type changes: what the new type needs is added, what it does not use is kept for a change back. */
export function retype(q: QuestionValues, type: QuestionType): QuestionValues {
  const blank = blankQuestion(type);
  return {
    ...q,
    type,
    scalePoints: q.scalePoints ?? blank.scalePoints,
    options: (q.options?.length ?? 0) >= 2 ? q.options : blank.options,
    gridRows: q.gridRows?.length ? q.gridRows : blank.gridRows,
    correctValue: null,
  };
}

const toQuestionValues = (q: Question): QuestionValues => ({
  id: q.id,
  type: q.type,
  textFr: q.textFr,
  textAr: q.textAr,
  measures: q.measures,
  scalePoints: q.scalePoints,
  lowFr: q.lowFr,
  lowAr: q.lowAr,
  highFr: q.highFr,
  highAr: q.highAr,
  options: q.options,
  gridRows: q.gridRows,
  points: q.points,
  correctValue: q.correctValue,
});

export function toQuestionnaireValues(q: Questionnaire | null): QuestionnaireValues {
  return {
    code: q?.code ?? '',
    kind: q?.kind ?? 'reaction',
    titleFr: q?.titleFr ?? '',
    titleAr: q?.titleAr ?? '',
    introFr: q?.introFr ?? '',
    introAr: q?.introAr ?? '',
    passThreshold: q?.passThreshold ?? null,
    questions: q ? q.questions.map(toQuestionValues) : [],
  };
}
