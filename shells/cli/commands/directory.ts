import fs from 'node:fs';
import { DUPLICATE_POLICIES, EXPORT_FORMATS } from '../../../api/channels/directory-files';
import { dispatchAsync } from '../../../db/dispatch/dispatcher';
import { call, withInstallation, withScratch } from '../call';
import { CliError, type Io, UsageError } from '../cli-error';
import { fileSource } from '../input-file';
import { describeError } from '../messages';
import { type Values, choice } from '../options';

type DbValues = Values & { db: string };

/**
 * The same reading the import does (`directory.importPreview`), on a private in-memory database:
 * a file that cannot be read is refused before the real database is opened, so that database is
 * not even created or migrated.
 */
async function assertReadable(file: string, source: { fileName: string; contentBase64: string }): Promise<void> {
  const result = await withScratch((ctx) => dispatchAsync('directory.importPreview', { ...source, limit: 1 }, ctx));
  if (result.ok) return;
  const { error } = result;
  const reason = error.messageKey === 'errors.importUnreadable' ? error.issues?.[0]?.message : undefined;
  throw new CliError(`${file} could not be read: ${reason ?? describeError(error)}; nothing was written.`);
}

/**
 * `sas directory import FILE` → `directory.import`. Rejected rows do not fail the command: they
 * are listed with their line numbers (exit 0).
 */
async function runImport(file: string | undefined, v: DbValues, io: Io): Promise<number> {
  if (!file) throw new UsageError('directory import needs a FILE');
  const onDuplicate = choice(v, 'on-duplicate', DUPLICATE_POLICIES, 'skip');
  const source = fileSource(file);
  await assertReadable(file, source);
  const input = { ...source, onDuplicate, dryRun: Boolean(v['dry-run']) };
  const s = await withInstallation(v.db, (ctx) => call('directory.import', input, ctx));
  if (v.json) {
    // The documented contract: line and reason only (the i18n keys are for the interface).
    const rejected = s.rejected.map(({ line, reason }) => ({ line, reason }));
    io.out(JSON.stringify({ imported: s.imported, duplicates: s.duplicates, rejected }));
  } else {
    const dry = s.dryRun ? ' (dry run: nothing written)' : '';
    io.out(
      `${file}: ${s.imported} imported, ${s.duplicates} duplicate(s) (${onDuplicate}${s.merged ? `, ${s.merged} merged` : ''}), ${s.rejected.length} rejected${dry}.`,
    );
    for (const r of s.rejected) io.out(`  line ${r.line}: ${r.reason}`);
  }
  return 0;
}

/** `sas directory export` → `directory.export`, on the database opened read-only. */
async function runExport(v: DbValues, io: Io): Promise<number> {
  const format = choice(v, 'format', EXPORT_FORMATS);
  if (typeof v.out !== 'string' || !v.out) throw new UsageError('directory export needs --out PATH');
  const file = await withInstallation(v.db, (ctx) => call('directory.export', { format }, ctx), { readOnly: true });
  const bytes = Buffer.from(file.contentBase64, 'base64');
  fs.writeFileSync(v.out, bytes);
  io.out(`Exported the directory to ${v.out} (${format}, ${bytes.length} bytes).`);
  return 0;
}

/** `sas directory search QUERY` → `organizations.search`, on the database opened read-only. */
async function runSearch(query: string | undefined, v: DbValues, io: Io): Promise<number> {
  if (!query) throw new UsageError('directory search needs a QUERY');
  const input = { query, limit: 100, withFacets: false, sort: 'relevance' as const };
  const { rows } = await withInstallation(v.db, (ctx) => call('organizations.search', input, ctx), { readOnly: true });
  if (v.json) io.out(JSON.stringify(rows));
  else if (!rows.length) io.out('No organisation matches.');
  else for (const r of rows) io.out(`${r.id}  ${[r.nameFr, r.nameAr].filter(Boolean).join(' / ')}${r.quartier ? `  (${r.quartier})` : ''}`);
  return 0;
}

/** `sas directory import FILE | export | search QUERY`. */
export async function runDirectory(action: 'import' | 'export' | 'search', arg: string, v: DbValues, io: Io): Promise<number> {
  if (action === 'import') return runImport(arg, v, io);
  if (action === 'export') return runExport(v, io);
  return runSearch(arg, v, io);
}
