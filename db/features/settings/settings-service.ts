import type { Output } from '../../../api/contract';
import { changedFields, recordAudit } from '../../audit/record';
import { selectAs, sqlColumns } from '../../core/columns';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { settings } from '../../schema';
import { inTransaction } from '../shared/records';

/**
 * The installation's settings row: what other features (backups, partner imports) and the
 * shells (Electron's menu language) read, and what the settings channels write.
 */
type Settings = Output<'settings.get'>;

const SETTINGS_SELECT = selectAs(settings, [
  'installationId',
  'communeFr',
  'communeAr',
  'role',
  'operatorName',
  'language',
  'setupDone',
  'proficientLevel',
]);

export function readSettings(ctx: DataContext): Settings {
  const row = ctx.sqlite.prepare(`SELECT ${SETTINGS_SELECT} FROM settings WHERE id = 1`).get() as
    (Omit<Settings, 'setupDone'> & { setupDone: number }) | undefined;
  if (!row) throw new DomainError('bad_file', 'errors.notAppDatabase');
  return { ...row, setupDone: Boolean(row.setupDone) };
}

/** What a user may change (the rest is set once, at first open). */
export const COLUMNS = sqlColumns(settings, ['communeFr', 'communeAr', 'role', 'operatorName', 'language']);

export function writeSettings(ctx: DataContext, given: Partial<Record<keyof typeof COLUMNS, string | undefined>>, extra = ''): Settings {
  const values = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof typeof COLUMNS, string>
  >;
  inTransaction(ctx, () => {
    const before = readSettings(ctx);
    // The interface language is a preference, not a change to the data: it is not logged.
    const fields = changedFields(before as unknown as Record<string, unknown>, values).filter((f) => f !== 'language');
    const keys = Object.keys(values) as (keyof typeof COLUMNS)[];
    const sets = keys.map((k) => `${COLUMNS[k]} = @${k}`).concat(extra ? [extra] : []);
    if (!sets.length) return;
    ctx.sqlite
      .prepare(`UPDATE settings SET ${sets.join(', ')}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = 1`)
      .run(values);
    if (fields.length || extra) recordAudit(ctx, 'settings', before.installationId, 'update', fields);
  });
  return readSettings(ctx);
}
