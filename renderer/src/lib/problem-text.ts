import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { problemKey } from '../../../api/channels/directory-files';

type ProblemKey = z.infer<typeof problemKey>;

/**
 * One import problem in the interface language (house rule: bad input is explained in the
 * user's language; the core's English `reason` is for `sas`). The cell's value is isolated
 * (FSI … PDI) so an Arabic value keeps its order inside a French sentence, and the reverse.
 */
export function problemText(t: TFunction, { key, params }: ProblemKey): string {
  const value = typeof params.value === 'string' ? `\u2068${params.value}\u2069` : params.value;
  return t(key, { ...params, ...(value === undefined ? {} : { value }) });
}
