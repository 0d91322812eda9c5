/**
 * A problem with one imported row, said twice: `reason` is the English sentence the `sas` import
 * commands print (their `--json` contract carries it), `key` + `params` let the interface say the
 * same thing in the user's language.
 */
export interface RowProblem {
  reason: string;
  key: string;
  params: Record<string, string | number>;
}

/** What a cell held, cut short: a message quotes it so the user finds it in the file. */
export const shown = (value: unknown): string => {
  const s = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

/** The key and parameters only, as the channels carry them beside the sentence. */
export const keyOf = ({ key, params }: RowProblem) => ({ key, params });
