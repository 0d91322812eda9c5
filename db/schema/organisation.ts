import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, recordColumns } from './columns';

/** The organisation chart: direction → division → service → bureau. */
export const orgUnits = sqliteTable(
  'org_units',
  {
    ...recordColumns,
    parentId: text('parent_id').references((): AnySQLiteColumn => orgUnits.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['direction', 'division', 'service', 'bureau'] }).notNull(),
    code: text('code').notNull().default(''),
    nameFr: text('name_fr').notNull().default(''),
    nameAr: text('name_ar').notNull().default(''),
    position: integer('position').notNull().default(0),
    archivedAt: archivedAt(),
  },
  (t) => [index('org_units_parent').on(t.parentId)],
);
