import fs from 'node:fs';
import { call, withInstallation } from '../call';
import { CliError, type Io, UsageError } from '../cli-error';
import type { Values } from '../options';

type DbValues = Values & { db: string };

/** `sas catalogue export --out FILE` → `catalogue.export`, on the database opened read-only. */
async function runExport(v: DbValues, io: Io): Promise<number> {
  if (typeof v.out !== 'string' || !v.out) throw new UsageError('catalogue export needs --out FILE');
  const file = await withInstallation(v.db, (ctx) => call('catalogue.export', {}, ctx), { readOnly: true });
  fs.writeFileSync(v.out, file.content, 'utf8');
  io.out(`Exported the catalogue to ${v.out} (${Buffer.byteLength(file.content)} bytes).`);
  return 0;
}

/**
 * `sas catalogue import FILE` → `catalogue.import`. A file that is not a catalogue is refused:
 * printed, exit 1, nothing written. What was left out (unknown competency codes, quartiers) is
 * listed but does not stop the rest. `--json` prints exactly `{created, updated, problems}`.
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
  const r = await withInstallation(v.db, (ctx) => call('catalogue.import', { content, dryRun }, ctx));
  if (v.json) {
    io.out(JSON.stringify({ created: r.created, updated: r.updated, problems: r.problems }));
    return r.refused ? 1 : 0;
  }
  if (r.refused) {
    io.err(`sas: ${file} refused, nothing was written (${r.problems.length} problem(s)):`);
    for (const p of r.problems) io.err(`  - ${p}`);
    return 1;
  }
  io.out(`${file}: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged${dryRun ? ' (dry run: nothing written)' : ''}.`);
  for (const c of r.changes.filter((c) => c.action !== 'unchanged')) io.out(`  ${c.action} ${c.kind} ${c.ref}`);
  if (r.problems.length) {
    io.out(`Left out (${r.problems.length}):`);
    for (const p of r.problems) io.out(`  - ${p}`);
  }
  return 0;
}

/** `sas catalogue export --out FILE | import FILE`. */
export async function runCatalogue(action: 'export' | 'import', file: string, v: DbValues, io: Io): Promise<number> {
  return action === 'export' ? runExport(v, io) : runImport(file, v, io);
}
