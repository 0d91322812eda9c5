import fs from 'node:fs';
import { STAFF_EXPORT_FORMATS, missingColumnsSentence } from '../../../api/channels/staff-files';
import type { Output } from '../../../api/contract';
import { dispatchAsync } from '../../../db/dispatch/dispatcher';
import { call, withInstallation, withScratch } from '../call';
import { CliError, type Io, UsageError } from '../cli-error';
import { fileSource } from '../input-file';
import { describeError } from '../messages';
import { type Values, choice } from '../options';

type DbValues = Values & { db: string };

/**
 * The file is read first on a private in-memory database (`staff.importPreview`): a file that
 * cannot be read, or whose header lacks a required column, is refused before the real database
 * is opened, so that database is not even created or migrated.
 */
async function assertReadable(file: string, source: { fileName: string; contentBase64: string }): Promise<void> {
  const result = await withScratch((ctx) => dispatchAsync('staff.importPreview', { ...source, limit: 1 }, ctx));
  if (!result.ok) {
    const { error } = result;
    const reason = error.messageKey === 'errors.importUnreadable' ? error.issues?.[0]?.message : undefined;
    throw new CliError(`${file} could not be read: ${reason ?? describeError(error)}; nothing was written.`);
  }
  const { missing } = result.value as Output<'staff.importPreview'>;
  if (missing.length) throw new CliError(`${file} could not be imported: ${missingColumnsSentence(missing)}; nothing was written.`);
}

/**
 * `sas staff import FILE` → `staff.import`. Rejected rows do not fail the command: they are
 * listed with their line numbers (exit 0).
 */
async function runImport(file: string, v: DbValues, io: Io): Promise<number> {
  if (!file) throw new UsageError('staff import needs a FILE');
  const source = fileSource(file);
  await assertReadable(file, source);
  const input = { ...source, createUnits: Boolean(v['create-units']), dryRun: Boolean(v['dry-run']) };
  const s = await withInstallation(v.db, (ctx) => call('staff.import', input, ctx));
  if (v.json) {
    // The documented contract, exactly: created, updated, rejected [{line, reason}].
    const rejected = s.rejected.map(({ line, reason }) => ({ line, reason }));
    io.out(JSON.stringify({ created: s.created, updated: s.updated, rejected }));
  } else {
    const dry = s.dryRun ? ' (dry run: nothing written)' : '';
    const units = s.unitsCreated ? `, ${s.unitsCreated} unit(s) created` : '';
    io.out(`${file}: ${s.created} created, ${s.updated} updated, ${s.rejected.length} rejected${units}${dry}.`);
    for (const r of s.rejected) io.out(`  line ${r.line}: ${r.reason}`);
  }
  return 0;
}

/** `sas staff export` → `staff.export`, on the database opened read-only. */
async function runExport(v: DbValues, io: Io): Promise<number> {
  const format = choice(v, 'format', STAFF_EXPORT_FORMATS);
  if (typeof v.out !== 'string' || !v.out) throw new UsageError('staff export needs --out PATH');
  const file = await withInstallation(v.db, (ctx) => call('staff.export', { format }, ctx), { readOnly: true });
  const bytes = Buffer.from(file.contentBase64, 'base64');
  fs.writeFileSync(v.out, bytes);
  io.out(`Exported the staff to ${v.out} (${format}, ${bytes.length} bytes).`);
  return 0;
}

/** `sas staff import FILE | export`. */
export const runStaff = (action: 'import' | 'export', file: string, v: DbValues, io: Io): Promise<number> =>
  action === 'import' ? runImport(file, v, io) : runExport(v, io);
