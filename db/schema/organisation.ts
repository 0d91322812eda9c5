import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, recordColumns } from './columns';
import { staff } from './staff';

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
    /**
     * The staff member who heads the unit (checked by the units service: an active member of
     * the unit or of a unit below it). Set to NULL when that person's record is deleted; the
     * staff service records that change in the audit log first.
     */
    headId: text('head_id').references((): AnySQLiteColumn => staff.id, { onDelete: 'set null' }),
  },
  (t) => [index('org_units_parent').on(t.parentId)],
);
