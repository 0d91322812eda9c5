import { auditLog, settings } from '../schema';
import type { EntityEntries } from './types';

/** The installation's own tables: its settings and bookkeeping. */
export const installationEntities: EntityEntries<'settings' | 'auditLog' | 'schemaMigrations'> = {
  settings: { kind: 'record', table: settings, auditFields: [] },
  auditLog: { personalRows: true, kind: 'internal', table: auditLog, counted: true },
  schemaMigrations: { kind: 'internal', sql: 'schema_migrations' },
};
