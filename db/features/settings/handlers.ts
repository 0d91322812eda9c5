import type { Output } from '../../../api/contract';
import { changedFields, recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { schemaVersionOf } from '../../core/migrate';
import { APP_VERSION } from '../../core/version';
import type { HandlerGroup } from '../../dispatch/types';
import { databaseHoldsData, generateDemo } from '../demo/generate';
import { inTransaction } from '../shared/records';

type Settings = Output<'settings.get'>;

export function readSettings(ctx: DataContext): Settings {
  const row = ctx.sqlite
    .prepare(
      `SELECT installation_id AS installationId, commune_fr AS communeFr, commune_ar AS communeAr, role,
              operator_name AS operatorName, language, setup_done AS setupDone, proficient_level AS proficientLevel
       FROM settings WHERE id = 1`,
    )
    .get() as (Omit<Settings, 'setupDone'> & { setupDone: number }) | undefined;
  if (!row) throw new DomainError('bad_file', 'errors.notAppDatabase');
  return { ...row, setupDone: Boolean(row.setupDone) };
}

const COLUMNS = {
  communeFr: 'commune_fr',
  communeAr: 'commune_ar',
  role: 'role',
  operatorName: 'operator_name',
  language: 'language',
} as const;

function writeSettings(ctx: DataContext, given: Partial<Record<keyof typeof COLUMNS, string | undefined>>, extra = ''): Settings {
  const values = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof typeof COLUMNS, string>
  >;
  inTransaction(ctx, () => {
    const before = readSettings(ctx);
    const fields = changedFields(before as unknown as Record<string, unknown>, values);
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

export const settingsHandlers: HandlerGroup<
  'app.info' | 'settings.get' | 'settings.update' | 'settings.setup' | 'demo.load' | 'audit.list'
> = {
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

  'audit.list': ({ recordId, limit }, ctx) => {
    const rows = ctx.sqlite
      .prepare(
        `SELECT id, at, operator, table_name AS tableName, record_id AS recordId, action, fields FROM audit_log
         ${recordId ? 'WHERE record_id = @recordId' : ''} ORDER BY at DESC, rowid DESC LIMIT @limit`,
      )
      .all({ recordId, limit }) as (Omit<Output<'audit.list'>[number], 'fields'> & { fields: string })[];
    return rows.map((r) => ({ ...r, fields: JSON.parse(r.fields) as string[] }));
  },
};
