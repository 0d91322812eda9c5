import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * Column names come from the drizzle schema, never from hand-written camelCase → snake_case maps
 * (docs/ARCHITECTURE.md, "Persistence"): prepared SQL that names columns asks the table here.
 */
export type FieldOf<T extends SQLiteTable> = keyof T['_']['columns'] & string;

/** The SQL column of each field of a table, e.g. `{ nameFr: 'name_fr' }`. */
export function sqlColumns<T extends SQLiteTable, K extends FieldOf<T>>(table: T, fields: readonly K[]): Record<K, string> {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  return Object.fromEntries(
    fields.map((f) => {
      if (!columns[f]) throw new Error(`${getTableName(table)} has no field ${f}`);
      return [f, columns[f].name];
    }),
  ) as Record<K, string>;
}

/** `name_fr AS nameFr, …`: a select list whose rows come back with the contract's field names. */
export const selectAs = <T extends SQLiteTable>(table: T, fields: readonly FieldOf<T>[]): string =>
  Object.entries(sqlColumns(table, fields))
    .map(([field, column]) => (field === column ? column : `${column} AS ${field}`))
    .join(', ');

export { getTableName };
