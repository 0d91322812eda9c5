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
  'timeZone',
  'signatories',
]);

export function readSettings(ctx: DataContext): Settings {
  const row = ctx.sqlite.prepare(`SELECT ${SETTINGS_SELECT} FROM settings WHERE id = 1`).get() as
    (Omit<Settings, 'setupDone' | 'signatories'> & { setupDone: number; signatories: string }) | undefined;
  if (!row) throw new DomainError('bad_file', 'errors.notAppDatabase');
  return { ...row, setupDone: Boolean(row.setupDone), signatories: parseSignatories(row.signatories) };
}

/** Kept as JSON in one column; a row written by hand that is not a list reads as none. */
function parseSignatories(json: string): Settings['signatories'] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? (list as Settings['signatories']) : [];
  } catch {
    return [];
  }
}

/** What a user may change (the rest is set once, at first open). */
export const COLUMNS = sqlColumns(settings, ['communeFr', 'communeAr', 'role', 'operatorName', 'language', 'timeZone', 'signatories']);

type Writable = Partial<Record<Exclude<keyof typeof COLUMNS, 'signatories'>, string | undefined>> & {
  signatories?: Settings['signatories'];
};

export function writeSettings(ctx: DataContext, given: Writable, extra = ''): Settings {
  const values = Object.fromEntries(
    Object.entries(given)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, k === 'signatories' ? JSON.stringify(v) : v]),
  ) as Partial<Record<keyof typeof COLUMNS, string>>;
  inTransaction(ctx, () => {
    const before = readSettings(ctx);
    // The interface language is a preference, not a change to the data: it is not logged.
    const beforeValues = { ...before, signatories: JSON.stringify(before.signatories) };
    const fields = changedFields(beforeValues as unknown as Record<string, unknown>, values).filter((f) => f !== 'language');
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
