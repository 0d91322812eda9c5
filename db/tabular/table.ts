/** A spreadsheet as the import sees it, whatever the file format: a header and numbered rows. */
export interface Table {
  format: 'csv' | 'xlsx';
  delimiter: string | null;
  header: string[];
  /** `line` is the row's line in the file, the header being line 1. */
  rows: { line: number; cells: string[] }[];
}

/** The file could not be read at all (not the format it claims, empty, damaged). */
export class UnreadableFile extends Error {
  override name = 'UnreadableFile';
}
