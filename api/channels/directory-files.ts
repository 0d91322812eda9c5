import { z } from 'zod';

/** Import and export of the directory: files travel as base64 across the boundary. */

export const IMPORT_FIELDS = [
  'nom_fr',
  'nom_ar',
  'sigle',
  'type',
  'statut_juridique',
  'domaines',
  'publics',
  'langues',
  'quartier',
  'adresse',
  'telephone',
  'email',
  'site_web',
  'facebook',
  'date_creation',
  'description_fr',
  'description_ar',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const DUPLICATE_POLICIES = ['skip', 'merge', 'create'] as const;
export const EXPORT_FORMATS = ['csv', 'xlsx', 'hsds'] as const;

const fileInput = {
  fileName: z.string().trim().min(1).max(260),
  /** The file's bytes in base64 (50 MB at most). */
  contentBase64: z.string().max(70_000_000),
  /** Source column header → field; null keeps the automatic suggestion. Unmapped columns are ignored. */
  mapping: z
    .record(z.string(), z.enum([...IMPORT_FIELDS, '']))
    .nullable()
    .default(null),
};

export const importPreviewInput = z.object({ ...fileInput, limit: z.number().int().min(1).max(1000).default(100) });
/**
 * A problem said for the interface: an i18n key under `errors.import` and its parameters
 * (the column, the cell's value…), beside the English sentence `sas` prints.
 */
export const problemKey = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
/** `reason` is the CLI's sentence (its `--json` prints `line` and `reason` only); `problemKeys` one entry per problem, for the interface. */
export const rowProblem = z.object({ line: z.number().int(), reason: z.string(), problemKeys: z.array(problemKey) });
export const importPreviewOutput = z.object({
  format: z.enum(['csv', 'xlsx', 'hsds']),
  /** Detected delimiter for CSV. */
  delimiter: z.string().nullable(),
  columns: z.array(z.string()),
  /** The mapping in force (suggested, then overridden by the caller's). */
  mapping: z.record(z.string(), z.string()),
  totalRows: z.number().int(),
  rows: z.array(
    z.object({
      line: z.number().int(),
      values: z.record(z.string(), z.string()),
      /** English sentences (as the CLI says them); `problemKeys` says the same, in order, for the interface. */
      problems: z.array(z.string()),
      problemKeys: z.array(problemKey),
      /** Ids of existing organisations this row looks like. */
      duplicateOf: z.array(z.string()),
    }),
  ),
});

export const importInput = z.object({
  ...fileInput,
  onDuplicate: z.enum(DUPLICATE_POLICIES).default('skip'),
  dryRun: z.boolean().default(false),
});
/** The CLI prints exactly `imported`, `duplicates` and `rejected`; `merged` says how many duplicates were merged. */
export const importOutput = z.object({
  imported: z.number().int(),
  duplicates: z.number().int(),
  merged: z.number().int(),
  dryRun: z.boolean(),
  rejected: z.array(rowProblem),
});

export const exportInput = z.object({
  format: z.enum(EXPORT_FORMATS),
  /** The current selection; null exports the whole directory (archived records excepted). */
  ids: z.array(z.string()).max(200_000).nullable().default(null),
});
export const fileOutput = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });
