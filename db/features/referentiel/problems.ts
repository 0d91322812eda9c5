import type { z } from 'zod';
import type { ReferentielProblem } from '../../../api/channels/referentiel';

/**
 * A problem of a référentiel file, said twice: `text` in English for `sas` (naming the item:
 * `jobs[3] (code ADM-01): requirements[1] names unknown competency "X"`), and an i18n key under
 * `referentiel.problems` with its parameters for the interface. Items are named by their place
 * in the file as a JSON path does (`jobs[0]` is the first job).
 */
export interface Problem extends ReferentielProblem {
  text: string;
}

export type ListName = 'scale' | 'categories' | 'competencies' | 'jobs';

/** Where a problem is: `{ list: 'jobs', index: 3, code: 'ADM-01' }`. */
export interface Item {
  list: ListName;
  index: number;
  code: string;
}

export const itemLabel = (item: Item): string => `${item.list}[${item.index}]${item.code ? ` (code ${item.code})` : ''}`;

/** A problem about the file as a whole. */
export const fileProblem = (key: string, text: string, params: Record<string, string | number> = {}): Problem => ({
  key: `referentiel.problems.${key}`,
  params,
  text,
});

/** A problem about one item of the file. */
export const itemProblem = (item: Item, key: string, text: string, params: Record<string, string | number> = {}): Problem => ({
  key: `referentiel.problems.${key}`,
  params: { list: item.list, index: item.index, code: item.code, ...params },
  text: `${itemLabel(item)}: ${text}`,
});

/**
 * What a field's schema says, in English and as a key for the interface. The contract's text
 * schemas speak in i18n keys (api/common.ts), file-format.ts in English.
 */
const REASONS: Record<string, [string, string]> = {
  'errors.required': ['required', 'is empty'],
  'errors.tooLong': ['tooLong', 'is too long'],
  'errors.controlCharacter': ['controlCharacter', 'holds a control character (a tab, a line break or another invisible character)'],
  'must be a whole number from 1 to 10': ['level', 'must be a whole number from 1 to 10'],
  'needs at least 2 levels': ['scaleTooShort', 'needs at least 2 levels'],
  'has more than 10 levels': ['scaleTooLong', 'has more than 10 levels'],
  'has more than 200 entries': ['tooMany', 'has more than 200 entries'],
};

function reasonOf(issue: z.core.$ZodIssue): [string, string] {
  if (REASONS[issue.message]) return REASONS[issue.message];
  if (issue.message.startsWith('must be "')) return ['importance', issue.message];
  if (issue.code === 'invalid_type') {
    return issue.message.endsWith('received undefined') ? ['missing', 'is missing'] : ['wrongType', `must be a ${issue.expected}`];
  }
  return ['invalid', `is not valid (${issue.message})`];
}

const LISTS: readonly string[] = ['scale', 'categories', 'competencies', 'jobs'];

/** A problem from the file's schema, naming the item (with its code when it has one) and the field. */
export function schemaProblem(issue: z.core.$ZodIssue, raw: unknown): Problem {
  const path = issue.path;
  const [reasonKey, reason] = reasonOf(issue);
  let rest = path;
  let item: Item | null = null;
  if (typeof path[0] === 'string' && LISTS.includes(path[0]) && typeof path[1] === 'number') {
    const list = path[0] as ListName;
    const entry = ((raw as Record<string, unknown>)[list] as unknown[])[path[1]];
    const code =
      entry && typeof entry === 'object' && typeof (entry as { code?: unknown }).code === 'string' ? (entry as { code: string }).code : '';
    item = { list, index: path[1], code };
    rest = path.slice(2);
  }
  const field = rest.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  const sentence = `${field ? `${field} ` : ''}${reason}`;
  const params = { field, reason: reasonKey };
  return item ? itemProblem(item, 'field', sentence, params) : fileProblem('field', sentence, params);
}
