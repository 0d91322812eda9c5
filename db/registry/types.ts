import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Entity } from '../../api/entities';
import type { DataContext } from '../core/context';

/**
 * What the registry says once about each entity of api/entities.ts (docs/ARCHITECTURE.md,
 * "The registry"). Everything else is derived: the SQL name and the fields from the drizzle
 * table, what refers to it from the foreign keys, the labels from the renderer's dictionaries
 * (`entities.<name>.singular|plural`, `entities.<name>.fields.<field>`).
 */
export interface EntityEntry {
  /**
   * - `record`: data users create and change (labelled in the History with its fields);
   * - `index`: a search index derived from records (FTS5), rebuilt from them;
   * - `internal`: the installation's bookkeeping (audit log, migration history);
   * - `files`: not a table (the backups folder), named so channels can say they change it.
   */
  kind: 'record' | 'index' | 'internal' | 'files';
  /** The drizzle table: its columns are the entity's fields, its foreign keys say what it refers to. */
  table?: SQLiteTable;
  /** The SQL name of a table drizzle does not describe (FTS5 indexes, the migration history). */
  sql?: string;
  /** `sas doctor` counts it, under the entity's name. */
  counted?: boolean;
  /** Fields holding personal contact data: emptied by the "without personal contact details" backup profile. */
  contactFields?: readonly string[];
  /**
   * Free texts where people write what they like, phone numbers included (notes): the "without
   * personal contact details" profile empties them as well, since no rule can find a number in them.
   */
  freeTextFields?: readonly string[];
  /**
   * Its rows are about a person (who they are, what they did, said or were rated): the
   * `aggregates` backup profile removes them all, and whatever must refer to them.
   */
  personalRows?: boolean;
  /** Names the audit log records beyond the columns (a job's requirements are saved with the job). */
  auditFields?: readonly string[];
  /** Demo data fills it, so `sas demo --force` empties it first. */
  demo?: boolean;
  /** An index: rebuilds it from the records (when the search folding changes), inside the caller's transaction. */
  rebuild?: (ctx: DataContext) => void;
}

export type EntityEntries<E extends Entity> = { [K in E]: EntityEntry };
