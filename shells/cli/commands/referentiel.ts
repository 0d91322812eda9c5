import fs from 'node:fs';
import { call, withInstallation } from '../call';
import { CliError, type Io, UsageError } from '../cli-error';
import type { Values } from '../options';

type DbValues = Values & { db: string };

/** `sas referentiel export --out FILE` → `referentiel.export`, on the database opened read-only. */
async function runExport(v: DbValues, io: Io): Promise<number> {
  if (typeof v.out !== 'string' || !v.out) throw new UsageError('referentiel export needs --out FILE');
  const file = await withInstallation(v.db, (ctx) => call('referentiel.export', {}, ctx), { readOnly: true });
  fs.writeFileSync(v.out, file.content, 'utf8');
  io.out(`Exported the référentiel to ${v.out} (${Buffer.byteLength(file.content)} bytes).`);
  return 0;
}

/**
 * `sas referentiel import FILE` → `referentiel.import`. A refused file is an answer of the
 * channel (its problems), not an error: printed, exit code 1, nothing written. `--json` prints
 * exactly `{created, updated, problems}` whatever happens with the file.
 */
async function runImport(file: string, v: DbValues, io: Io): Promise<number> {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
    throw new CliError(`${file} could not be read (${code}); nothing was written.`);
  }
  const dryRun = Boolean(v['dry-run']);
  const r = await withInstallation(v.db, (ctx) => call('referentiel.import', { content, dryRun }, ctx));
  const refused = r.problems.length > 0;
  if (v.json) {
    io.out(JSON.stringify({ created: r.created, updated: r.updated, problems: r.problems }));
    return refused ? 1 : 0;
  }
  if (refused) {
    io.err(`sas: ${file} refused, nothing was written (${r.problems.length} problem(s)):`);
    for (const p of r.problems) io.err(`  - ${p}`);
    return 1;
  }
  const unchanged = r.changes.filter((c) => c.kind !== 'scale' && c.action === 'unchanged').length;
  const scale = r.changes.find((c) => c.kind === 'scale');
  io.out(
    `${file}: ${r.created} created, ${r.updated} updated, ${unchanged} unchanged${scale ? `; scale ${scale.action}` : ''}${
      dryRun ? ' (dry run: nothing written)' : ''
    }.`,
  );
  for (const c of r.changes.filter((c) => c.action !== 'unchanged' && c.kind !== 'scale')) io.out(`  ${c.action} ${c.kind} ${c.code}`);
  return 0;
}

/** `sas referentiel export --out FILE | import FILE`. */
export async function runReferentiel(action: 'export' | 'import', file: string, v: DbValues, io: Io): Promise<number> {
  return action === 'export' ? runExport(v, io) : runImport(file, v, io);
}
