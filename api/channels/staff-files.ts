import { z } from 'zod';
import { channel } from '../channel';
import { empty } from '../common';
import { fileOutput, problemKey, rowProblem } from './directory-files';

/**
 * Import and export of the staff as CSV / XLSX (files travel as base64). The columns are a
 * contract other scripts rely on: `sas staff import` and `sas staff export` use exactly these.
 */
export const STAFF_COLUMNS = [
  'matricule',
  'nom',
  'prenom',
  'nom_ar',
  'prenom_ar',
  'genre',
  'grade',
  'unite',
  'poste',
  'date_embauche',
  'telephone',
  'email',
] as const;
export type StaffColumn = (typeof STAFF_COLUMNS)[number];

/** The columns a file must have: a matricule, a name in one script at least, and the gender. */
export const REQUIRED_STAFF_COLUMNS: readonly (readonly StaffColumn[])[] = [['matricule'], ['nom', 'nom_ar'], ['genre']];

/** The English sentence for required columns a header lacks (each entry: its alternatives). */
export const missingColumnsSentence = (missing: readonly (readonly string[])[]): string =>
  `the header lacks the required column(s) ${missing.map((alternatives) => alternatives.join(' or ')).join(', ')} (expected header: ${STAFF_COLUMNS.join(';')})`;

export const STAFF_EXPORT_FORMATS = ['csv', 'xlsx'] as const;

const fileInput = {
  fileName: z.string().trim().min(1).max(260),
  /** The file's bytes in base64 (50 MB at most). */
  contentBase64: z.string().max(70_000_000),
  /**
   * Expected column → the file's column (its header as written) that fills it, '' for none;
   * null keeps the automatic suggestion (headers matched without regard to case or accents).
   */
  mapping: z.partialRecord(z.enum(STAFF_COLUMNS), z.string().max(300)).nullable().default(null),
  /** A unit the file names that does not exist is created (a top-level service) instead of rejecting the row. */
  createUnits: z.boolean().default(false),
};

export const staffImportPreviewInput = z.object({ ...fileInput, limit: z.number().int().min(1).max(1000).default(100) });

const outcome = z.enum(['create', 'update', 'rejected']);

export const staffImportPreviewOutput = z.object({
  format: z.enum(['csv', 'xlsx']),
  delimiter: z.string().nullable(),
  /** The file's header, as written. */
  header: z.array(z.string()),
  /** The mapping in force (suggested, then the caller's). */
  mapping: z.record(z.string(), z.string()),
  /** Required columns no file column fills (each entry: the alternatives, e.g. ['nom', 'nom_ar']); rows are not checked then. */
  missing: z.array(z.array(z.string())),
  /** The first rows as read, cells in header order: what the mapping step shows. */
  sample: z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) })),
  totalRows: z.number().int(),
  /** What the import would do, over the whole file. */
  counts: z.object({ create: z.number().int(), update: z.number().int(), rejected: z.number().int() }),
  rows: z.array(
    z.object({
      line: z.number().int(),
      /** Expected column → the cell read. */
      values: z.record(z.string(), z.string()),
      outcome,
      /** English sentences (as the CLI says them); `problemKeys` says the same, in order, for the interface. */
      problems: z.array(z.string()),
      problemKeys: z.array(problemKey),
    }),
  ),
});

export const staffImportInput = z.object({ ...fileInput, dryRun: z.boolean().default(false) });
/** `sas staff import --json` prints `created`, `updated` and `rejected` ({line, reason}) exactly. */
export const staffImportOutput = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** Units created because the file named them (with createUnits). */
  unitsCreated: z.number().int(),
  dryRun: z.boolean(),
  rejected: z.array(rowProblem),
});

export const staffExportInput = z.object({ format: z.enum(STAFF_EXPORT_FORMATS) });

const reads = ['staff', 'units', 'jobProfiles', 'grades'] as const;

export const staffFileChannels = {
  /** Reads a file and says what importing it would do, row by row; writes nothing. */
  'staff.importPreview': channel({ input: staffImportPreviewInput, output: staffImportPreviewOutput, reads: [...reads] }),
  /** Creates and updates staff (by matricule) in one transaction; a dry run writes nothing. */
  /** Needs too: a person given another job has other gaps. */
  'staff.import': channel({ input: staffImportInput, output: staffImportOutput, reads: [...reads], writes: ['staff', 'units', 'needs'] }),
  /** Every staff member, active or left, in the import's columns. */
  'staff.export': channel({ input: staffExportInput, output: fileOutput, reads: [...reads] }),
  /** A CSV with the header and one example row. */
  'staff.importTemplate': channel({ input: empty, output: fileOutput, reads: [] }),
};
