import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { type FieldOf, getTableName, sqlColumns } from '../../core/columns';

/**
 * Names for the prepared multi-table SQL of the sessions' exports (docs/ARCHITECTURE.md §10):
 * every table and column name comes from the drizzle schema, so a renamed column breaks at start,
 * not in a user's export.
 */
export interface Named<T extends SQLiteTable> {
  /** `alias.column` of a field, for joins and conditions. */
  c: (field: FieldOf<T>) => string;
  /** `table alias`, for FROM and JOIN. */
  from: string;
}

export function named<T extends SQLiteTable>(table: T, alias: string): Named<T> {
  return {
    c: (field) => `${alias}.${sqlColumns(table, [field])[field]}`,
    from: `${getTableName(table)} ${alias}`,
  };
}

/** A select list `alias.column AS name, …` from `{ name: field }`: rows come back with those names. */
export const select = <T extends SQLiteTable>(t: Named<T>, fields: Record<string, FieldOf<T>>): string =>
  Object.entries(fields)
    .map(([as, field]) => `${t.c(field)} AS ${as}`)
    .join(', ');
