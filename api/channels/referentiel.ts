import { z } from 'zod';
import { channel } from '../channel';
import { empty } from '../common';

/**
 * Sharing the competency framework and the job sheets ("référentiel") with a partner commune or
 * a national reference: one JSON file (`db/features/referentiel/file-format.ts`), matched by code
 * on import, created or updated, never deleted.
 */

/** The framework and the job sheets: what the file is made of, what an import may change. */
const FRAMEWORK = ['categories', 'competencies', 'proficiencyLevels', 'jobProfiles', 'jobRequirements', 'settings'] as const;

/**
 * A problem for the interface: an i18n key under `referentiel.problems` and its parameters
 * (`item` names the entry: `{ list: 'jobs', index: 3, code: 'ADM-01' }` flattened), beside the
 * English sentence `sas` prints.
 */
export const referentielProblem = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ReferentielProblem = z.infer<typeof referentielProblem>;

export const CHANGE_KINDS = ['scale', 'category', 'competency', 'job'] as const;
export const referentielChange = z.object({
  kind: z.enum(CHANGE_KINDS),
  /** The record's code ('' for the scale). */
  code: z.string(),
  action: z.enum(['create', 'update', 'unchanged']),
  /** The name in French (else Arabic) and in Arabic (else French), as the file gives it. */
  name: z.string().optional(),
  nameAr: z.string().optional(),
});
export type ReferentielChange = z.infer<typeof referentielChange>;

export const referentielExportOutput = z.object({ fileName: z.string(), content: z.string() });

export const referentielImportInput = z.object({
  /** The file's text (UTF-8 JSON). */
  content: z.string().max(20_000_000),
  dryRun: z.boolean().default(false),
});

/**
 * A refused file is an answer, not an error: `problems` (English, one per problem, as `sas`
 * prints them) and `problemKeys` (the same, in order, for the interface) are filled, nothing is
 * written, the counts are 0 and `changes` is empty. `created` / `updated` count categories,
 * competencies and jobs; the scale shows in `changes` only.
 */
export const referentielImportOutput = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  dryRun: z.boolean(),
  problems: z.array(z.string()),
  problemKeys: z.array(referentielProblem),
  changes: z.array(referentielChange),
});
export type ReferentielImportOutput = z.infer<typeof referentielImportOutput>;

export const referentielChannels = {
  /** The framework and the active job sheets as one JSON file, in a stable order (by code). */
  'referentiel.export': channel({ input: empty, output: referentielExportOutput, reads: FRAMEWORK }),
  /** Checks a file whole, then (unless `dryRun` or refused) writes it in one transaction. */
  /** Needs too: other requirements for jobs people hold move their gaps. */
  'referentiel.import': channel({
    input: referentielImportInput,
    output: referentielImportOutput,
    reads: FRAMEWORK,
    writes: [...FRAMEWORK, 'needs'],
  }),
};
