import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/**
 * Columns every record has (docs/ARCHITECTURE.md §3): a UUID v7 key so records stay identifiable across
 * installations, and ISO 8601 UTC timestamps.
 */
export const recordColumns = {
  id: text('id').primaryKey(),
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

/** Archiving hides a record from everyday lists while keeping what refers to it. */
export const archivedAt = () => text('archived_at');
