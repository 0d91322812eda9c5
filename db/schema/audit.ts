import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Who changed what and when. `fields` lists the changed field names only: values are not
 * copied here, so personal data removed from a record does not linger in its history.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: text('at').notNull(),
    operator: text('operator').notNull(),
    tableName: text('table_name').notNull(),
    recordId: text('record_id').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete', 'archive', 'restore'] }).notNull(),
    fields: text('fields').notNull().default('[]'),
  },
  (t) => [index('audit_log_record').on(t.recordId), index('audit_log_at').on(t.at)],
);
