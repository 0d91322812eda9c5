import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

/** Public keys (age X25519 recipients) of partners this installation can make backups for. */
export const recipientKeys = sqliteTable(
  'recipient_keys',
  {
    ...recordColumns,
    label: text('label').notNull(),
    recipient: text('recipient').notNull(),
  },
  (t) => [uniqueIndex('recipient_keys_recipient').on(t.recipient)],
);

/**
 * A partner's backup imported read-only by a coordinator. The first import pins the partner's
 * signing key; the snapshot itself is kept as its own SQLite file next to the database.
 */
export const partnerDatasets = sqliteTable(
  'partner_datasets',
  {
    ...recordColumns,
    sourceInstallationId: text('source_installation_id').notNull(),
    communeFr: text('commune_fr').notNull().default(''),
    communeAr: text('commune_ar').notNull().default(''),
    signerPublicKey: text('signer_public_key').notNull(),
    signerFingerprint: text('signer_fingerprint').notNull(),
    backupCreatedAt: text('backup_created_at').notNull(),
    profile: text('profile', { enum: ['complete', 'no-contacts', 'aggregates'] }).notNull(),
    appVersion: text('app_version').notNull().default(''),
    schemaVersion: text('schema_version').notNull().default(''),
    importedAt: text('imported_at').notNull(),
    fileName: text('file_name').notNull(),
    counts: text('counts').notNull().default('{}'),
  },
  (t) => [uniqueIndex('partner_datasets_source').on(t.sourceInstallationId)],
);
