import type { Output } from '../../../api/contract';
import { changedFields, recordAudit } from '../../audit/record';
import { selectAs, sqlColumns } from '../../core/columns';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { schemaVersionOf } from '../../core/migrate';
import { APP_VERSION } from '../../core/version';
import type { HandlerGroup } from '../../dispatch/types';
import { databaseHoldsData, generateDemo } from '../demo/generate';
import { settings } from '../../schema';
import { inTransaction } from '../shared/records';

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

const COLUMNS = sqlColumns(settings, ['communeFr', 'communeAr', 'role', 'operatorName', 'language']);

function writeSettings(ctx: DataContext, given: Partial<Record<keyof typeof COLUMNS, string | undefined>>, extra = ''): Settings {
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

export const settingsHandlers: HandlerGroup<'app.info' | 'settings.get' | 'settings.update' | 'settings.setup' | 'demo.load'> = {
  'app.info': (_input, ctx) => {
    const s = readSettings(ctx);
    return {
      appVersion: APP_VERSION,
      schemaVersion: schemaVersionOf(ctx.sqlite),
      setupDone: s.setupDone,
      language: s.language,
      readOnly: ctx.readOnly,
      isEmpty: !databaseHoldsData(ctx),
    };
  },

  'settings.get': (_input, ctx) => readSettings(ctx),

  'settings.update': (values, ctx) => writeSettings(ctx, values),

  'settings.setup': (values, ctx) => writeSettings(ctx, values, 'setup_done = 1'),

  'demo.load': ({ scale }, ctx) => {
    if (databaseHoldsData(ctx)) throw new DomainError('conflict', 'errors.demoNeedsEmpty');
    return generateDemo(ctx, { scale });
  },
};
