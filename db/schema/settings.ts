import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The installation's settings: exactly one row (id = 1). */
export const settings = sqliteTable(
  'settings',
  {
    id: integer('id').primaryKey(),
    installationId: text('installation_id').notNull(),
    communeFr: text('commune_fr').notNull().default(''),
    communeAr: text('commune_ar').notNull().default(''),
    role: text('role', { enum: ['sas', 'coordinator'] })
      .notNull()
      .default('sas'),
    operatorName: text('operator_name').notNull().default(''),
    language: text('language', { enum: ['fr', 'ar'] })
      .notNull()
      .default('fr'),
    setupDone: integer('setup_done', { mode: 'boolean' }).notNull().default(false),
    proficientLevel: integer('proficient_level').notNull().default(3),
    /** The version of the search folding the FTS indexes were built with (db/search/fold.ts). */
    searchFoldVersion: integer('search_fold_version').notNull().default(0),
    /** The commune's IANA time zone: session times are wall-clock times in it (Africa/Casablanca moves around Ramadan). */
    timeZone: text('time_zone').notNull().default('Africa/Casablanca'),
    /** Who signs the attestations: JSON array of { nameFr, nameAr, titleFr, titleAr } (api/channels/settings.ts). */
    signatories: text('signatories').notNull().default('[]'),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [check('settings_single_row', sql`${t.id} = 1`)],
);
