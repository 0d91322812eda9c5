import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Channel, Input, Output } from '../../api/contract';
import type { AppError } from '../../api/result';
import { type DataContext, closeContext } from '../../db/core/context';
import { type OpenOptions, openAppDatabase } from '../../db/installation/open-database';
import { dispatch } from '../../db/dispatch/dispatcher';

const dirs: string[] = [];
const contexts: DataContext[] = [];

afterEach(() => {
  for (const ctx of contexts.splice(0)) closeContext(ctx);
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-test-'));
  dirs.push(dir);
  return dir;
}

/** Opens (creating and migrating) a database file in a temporary folder; closed after the test. */
export function openTemp(file = path.join(tempDir(), 'sas.sqlite'), options: OpenOptions = {}): DataContext {
  const ctx = openAppDatabase(file, options);
  contexts.push(ctx);
  return ctx;
}

export const track = (ctx: DataContext): DataContext => {
  contexts.push(ctx);
  return ctx;
};

/** Calls a channel through the dispatcher and returns its value; fails the test on an error Result. */
export function call<C extends Channel>(ctx: DataContext, channel: C, input: Input<C>): Output<C> {
  const result = dispatch(channel, input, ctx);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as Output<C>;
}

/** Calls a channel that must fail, and returns its error. */
export function refusal<C extends Channel>(ctx: DataContext, channel: C, input: unknown): AppError {
  const result = dispatch(channel, input, ctx);
  if (result.ok) throw new Error(`${channel} should have failed but returned ${JSON.stringify(result.value)}`);
  return result.error;
}

export const count = (ctx: DataContext, table: string): number =>
  (ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** The audit entries of one record, oldest first. */
export const auditOf = (ctx: DataContext, recordId: string) =>
  (
    ctx.sqlite
      .prepare('SELECT operator, table_name AS tableName, action, fields FROM audit_log WHERE record_id = ? ORDER BY at, rowid')
      .all(recordId) as {
      operator: string;
      tableName: string;
      action: string;
      fields: string;
    }[]
  ).map((r) => ({ ...r, fields: JSON.parse(r.fields) as string[] }));

export const setup = (ctx: DataContext, operatorName = 'Samira Alaoui') =>
  call(ctx, 'settings.setup', { communeFr: 'Berkane', communeAr: 'بركان', role: 'sas', operatorName, language: 'fr' });

export const bytes = (file: string): Buffer => fs.readFileSync(file);

/** A migrated database file with one unit in it, closed (WAL checkpointed into the file). */
export function existingDatabase(): string {
  const file = path.join(tempDir(), 'sas.sqlite');
  const ctx = openAppDatabase(file);
  call(ctx, 'units.create', { kind: 'direction', nameFr: 'Direction des services' });
  ctx.sqlite.close();
  return file;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs the real `sas` command line in a child process. */
export function sas(...args: string[]) {
  const r = spawnSync(process.execPath, ['shells/cli/sas.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
