/**
 * The fixed vocabularies of training evaluation (issue 12), shared by the schema
 * (db/schema/evaluation.ts) and the contract (api/channels/evaluation.ts). Kirkpatrick's levels:
 * 1 reaction (the sheet at the end), 2 learning (tests before and after), 3 behaviour (the
 * follow-up with the manager), 4 results (the Service's indicators).
 */
export const QUESTIONNAIRE_KINDS = [
  'reaction',
  'test',
  'follow_up_trainee',
  'follow_up_manager',
  'needs_survey',
  'self_assessment',
] as const;
export type QuestionnaireKind = (typeof QUESTIONNAIRE_KINDS)[number];

/** A published version never changes: a change makes the next version (draft). */
export const QUESTIONNAIRE_STATUSES = ['draft', 'published', 'archived'] as const;

export const QUESTION_TYPES = ['scale', 'yes_no', 'single', 'multiple', 'number', 'text', 'grid'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What a question measures, for the reaction indices (content, trainer, organisation, relevance, intention to apply). */
export const MEASURES = ['content', 'trainer', 'organisation', 'relevance', 'intention', 'knowledge', 'other'] as const;

/** The rounds of a session's evaluation, scheduled from the course's planned level. */
export const ROUND_MOMENTS = ['pre_test', 'end_sheet', 'post_test', 'follow_up_30', 'follow_up_90'] as const;
export type RoundMoment = (typeof ROUND_MOMENTS)[number];

export const RESPONDENTS = ['trainee', 'manager'] as const;

/** How often an operational objective is applied at work, in the level-3 follow-up. */
export const FREQUENCIES = ['never', 'sometimes', 'often', 'always'] as const;
export const AUTONOMY = ['not_yet', 'with_help', 'alone', 'passes_on'] as const;
/** What the manager decides after the follow-up. */
export const FOLLOW_UP_DECISIONS = ['none', 'coaching', 'refresher', 'other_training'] as const;
/** The obstacles' checklist (and a text beside it). */
export const OBSTACLES = ['no_opportunity', 'no_time', 'no_equipment', 'no_support', 'content_unsuited', 'other'] as const;
