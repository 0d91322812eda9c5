import fs from 'node:fs';
import path from 'node:path';
import type { Output } from '../../../api/contract';
import { closeContext } from '../../../db/core/context';
import { openAppDatabase } from '../../../db/installation/open-database';
import { searchOrganizations } from '../../../db/features/directory/search-query';
import { exportDirectory } from '../../../db/features/directory/file-handlers';
import { importCandidates, readImportFile } from '../../../db/features/directory/import/run-import';
import { UnreadableFile } from '../../../db/features/directory/import/table';
import { organizationSearchInput } from '../../../api/channels/directory';
import { CliError, type Io, UsageError } from '../cli-error';

type Values = Record<string, string | boolean | string[] | undefined> & { db: string };

const POLICIES = ['skip', 'merge', 'create'] as const;
const FORMATS = ['csv', 'xlsx', 'hsds'] as const;

/**
 * `sas directory import FILE`: the file is read and checked before the database is opened, so
 * a file that cannot be read leaves the database untouched (exit 1). Rejected rows do not fail
 * the command: they are listed with their line numbers (exit 0).
 */
async function runImport(file: string | undefined, v: Values, io: Io): Promise<number> {
  if (!file) throw new UsageError('directory import needs a FILE');
  const policy = (v['on-duplicate'] ?? 'skip') as string;
  if (!(POLICIES as readonly string[]).includes(policy))
    throw new UsageError(`--on-duplicate must be skip, merge or create, not "${policy}"`);
  let read;
  try {
    read = await readImportFile(path.basename(file), fs.readFileSync(file), null);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new CliError(`${file} could not be read: ${error.message}; nothing was written.`);
    if (error && typeof error === 'object' && 'code' in error)
      throw new CliError(`${file} could not be read (${String(error.code)}); nothing was written.`);
    throw error;
  }
  const ctx = openAppDatabase(v.db, { backupDir: path.join(path.dirname(path.resolve(v.db)), 'backups') });
  try {
    const s = importCandidates(ctx, read.candidates, { onDuplicate: policy as (typeof POLICIES)[number], dryRun: Boolean(v['dry-run']) });
    if (v.json) {
      // The documented contract: line and reason only (the i18n keys are for the interface).
      const rejected = s.rejected.map(({ line, reason }) => ({ line, reason }));
      io.out(JSON.stringify({ imported: s.imported, duplicates: s.duplicates, rejected }));
    } else {
      const dry = s.dryRun ? ' (dry run: nothing written)' : '';
      io.out(
        `${file}: ${s.imported} imported, ${s.duplicates} duplicate(s) (${policy}${s.merged ? `, ${s.merged} merged` : ''}), ${s.rejected.length} rejected${dry}.`,
      );
      for (const r of s.rejected) io.out(`  line ${r.line}: ${r.reason}`);
    }
    return 0;
  } finally {
    closeContext(ctx);
  }
}

async function runExport(v: Values, io: Io): Promise<number> {
  const format = String(v.format ?? '');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('--format must be csv, xlsx or hsds');
  if (typeof v.out !== 'string' || !v.out) throw new UsageError('directory export needs --out PATH');
  if (!fs.existsSync(v.db)) throw new CliError(`${v.db} does not exist`);
  const ctx = openAppDatabase(v.db, { readOnly: true });
  try {
    const bytes = await exportDirectory(ctx, format as (typeof FORMATS)[number], null);
    fs.writeFileSync(v.out, bytes);
    io.out(`Exported the directory to ${v.out} (${format}, ${bytes.length} bytes).`);
    return 0;
  } finally {
    closeContext(ctx);
  }
}

function runSearch(query: string | undefined, v: Values, io: Io): number {
  if (!query) throw new UsageError('directory search needs a QUERY');
  if (!fs.existsSync(v.db)) throw new CliError(`${v.db} does not exist`);
  const ctx = openAppDatabase(v.db, { readOnly: true });
  try {
    const input = organizationSearchInput.parse({ query, limit: 100, withFacets: false, sort: 'relevance' });
    const rows: Output<'organizations.search'>['rows'] = searchOrganizations(ctx, input).rows;
    if (v.json) io.out(JSON.stringify(rows));
    else if (!rows.length) io.out('No organisation matches.');
    else
      for (const r of rows) io.out(`${r.id}  ${[r.nameFr, r.nameAr].filter(Boolean).join(' / ')}${r.quartier ? `  (${r.quartier})` : ''}`);
    return 0;
  } finally {
    closeContext(ctx);
  }
}

/** `sas directory import FILE | export | search QUERY`. */
export async function runDirectory(action: 'import' | 'export' | 'search', arg: string, v: Values, io: Io): Promise<number> {
  if (action === 'import') return runImport(arg, v, io);
  if (action === 'export') return runExport(v, io);
  return runSearch(arg, v, io);
}
