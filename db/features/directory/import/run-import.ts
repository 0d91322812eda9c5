import type { z } from 'zod';
import type { ImportField, importOutput, importPreviewOutput } from '../../../../api/channels/directory-files';
import type { DataContext } from '../../../core/context';
import { fold } from '../../../search/fold';
import { inTransaction } from '../../shared/records';
import { insertChild } from '../child-records';
import { ensureDirectoryDefaults } from '../defaults';
import { duplicateScreen, findDuplicates, probeKeys } from '../duplicates';
import { insertTerm } from '../terms';
import { combine } from '../merge';
import { SERVICES } from '../child-tables';
import { insertOrganization, readOrganization, termKinds, toInput, updateOrganization } from '../store';
import { type Candidate, type TermRef, termRef } from './candidate';
import { suggestMapping } from './mapping';
import { parseHsds } from './read-hsds';
import { candidatesFromTable } from './rows';
import { keyOf } from '../../../tabular/row-problem';
import { parseCsv } from '../../../tabular/read-csv';
import { parseXlsx } from '../../../tabular/read-xlsx';
import { type Table, UnreadableFile } from '../../../tabular/table';

export interface ReadResult {
  format: 'csv' | 'xlsx' | 'hsds';
  delimiter: string | null;
  columns: string[];
  mapping: Record<string, ImportField | ''>;
  candidates: Candidate[];
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;
const isJson = (b: Uint8Array) => {
  const text = new TextDecoder()
    .decode(b.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('{') || text.startsWith('[');
};

/** Reads a CSV, XLSX or HSDS JSON file (by its content, the name only as a hint). Throws UnreadableFile. */
export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  mapping: Record<string, ImportField | ''> | null,
): Promise<ReadResult> {
  if (!bytes.length) throw new UnreadableFile('the file is empty');
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) return fromTable(await parseXlsx(bytes), mapping);
  if (isJson(bytes) || /\.json$/i.test(fileName)) {
    const candidates = parseHsds(bytes);
    return { format: 'hsds', delimiter: null, columns: [], mapping: {}, candidates };
  }
  return fromTable(parseCsv(bytes), mapping);
}

function fromTable(table: Table, given: Record<string, ImportField | ''> | null): ReadResult {
  const mapping = { ...suggestMapping(table.header), ...(given ?? {}) };
  if (!Object.values(mapping).some((f) => f === 'nom_fr' || f === 'nom_ar')) {
    throw new UnreadableFile('no column holds a name (nom_fr or nom_ar): check the header line or the mapping');
  }
  return {
    format: table.format,
    delimiter: table.delimiter,
    columns: table.header,
    mapping,
    candidates: candidatesFromTable(table, mapping),
  };
}

export function preview(ctx: DataContext, read: ReadResult, limit: number): z.output<typeof importPreviewOutput> {
  return {
    format: read.format,
    delimiter: read.delimiter,
    columns: read.columns,
    mapping: read.mapping,
    totalRows: read.candidates.length,
    rows: read.candidates.slice(0, limit).map((c) => ({
      line: c.line,
      values: c.shown,
      problems: c.problems.map((p) => p.reason),
      problemKeys: c.problems.map(keyOf),
      duplicateOf: c.problems.length ? [] : findDuplicates(ctx, c.values).map((d) => d.id),
    })),
  };
}

/**
 * Finds terms by their folded French or Arabic name or code; creates the ones a file names that
 * do not exist, with every name the file gives.
 */
function termResolver(ctx: DataContext) {
  const known = new Map<string, string>();
  const rows = ctx.sqlite.prepare('SELECT id, kind, code, name_fr, name_ar FROM directory_terms').all() as Record<string, string>[];
  for (const r of rows) for (const n of [r.code, r.name_fr, r.name_ar]) if (n) known.set(`${r.kind}:${fold(n)}`, r.id);
  // The same names recur on thousands of rows: each spelling is folded and looked up once.
  const seen = new Map<string, string>();
  return ({ kind, nameFr, nameAr }: { kind: TermRef['kind'] | 'legal_status'; nameFr: string; nameAr: string }): string => {
    const asGiven = `${kind}\u0000${nameFr}\u0000${nameAr}`;
    const before = seen.get(asGiven);
    if (before) return before;
    const keys = [nameFr, nameAr].filter(Boolean).map((n) => `${kind}:${fold(n)}`);
    let id = keys.map((k) => known.get(k)).find(Boolean);
    if (!id) id = insertTerm(ctx, kind, nameFr, nameAr);
    for (const k of keys) known.set(k, id);
    seen.set(asGiven, id);
    return id;
  };
}

class DryRunRollback extends Error {}

type ImportSummary = z.output<typeof importOutput>;

/**
 * Imports the valid candidates in one transaction; rows with problems are listed and skipped.
 * A dry run does the same work and rolls it back, so its counts are the real ones.
 */
export function importCandidates(
  ctx: DataContext,
  candidates: Candidate[],
  opts: { onDuplicate: 'skip' | 'merge' | 'create'; dryRun: boolean },
): ImportSummary {
  ensureDirectoryDefaults(ctx);
  const summary: ImportSummary = { imported: 0, duplicates: 0, merged: 0, dryRun: opts.dryRun, rejected: [] };
  const run = () => {
    const resolve = termResolver(ctx);
    const kindOf = termKinds(ctx);
    const exists = ctx.sqlite.prepare('SELECT 1 FROM organizations WHERE id = ?');
    const serviceExists = ctx.sqlite.prepare('SELECT 1 FROM directory_services WHERE id = ?');
    const keys = candidates.map((c) => (c.problems.length ? null : probeKeys(c.values)));
    const screen = duplicateScreen(ctx, keys);
    candidates.forEach((c, row) => {
      if (c.problems.length) {
        summary.rejected.push({ line: c.line, reason: c.problems.map((p) => p.reason).join('; '), problemKeys: c.problems.map(keyOf) });
        return;
      }
      const values = { ...c.values, termIds: c.terms.map(resolve) };
      values.legalStatusId = c.legalStatus ? resolve(termRef('legal_status', c.legalStatus)) : null;
      values.locations = values.locations.map((l, i) => {
        const quartier = c.quartiers[i];
        return { ...l, quartierId: quartier ? resolve(quartier) : null };
      });
      const sameId = c.id && exists.get(c.id) ? [{ id: c.id }] : [];
      const duplicates = sameId.length ? sameId : screen.mayMatch(row) ? findDuplicates(ctx, values, null, 1) : [];
      if (duplicates.length) {
        summary.duplicates++;
        if (opts.onDuplicate === 'skip') return;
        if (opts.onDuplicate === 'merge') {
          const target = duplicates[0].id;
          const merged = combine(toInput(readOrganization(ctx, target)), values);
          updateOrganization(ctx, target, merged);
          screen.add(probeKeys(merged));
          for (const s of c.services) insertChild(ctx, SERVICES, { ...s, organizationId: target });
          summary.merged++;
          return;
        }
      }
      const id = insertOrganization(ctx, values, c.id && !sameId.length ? c.id : undefined, {
        verifiedAt: c.verifiedAt ?? null,
        kindOf,
        sortNames: { sortNameFr: keys[row]!.nameFr, sortNameAr: keys[row]!.nameAr },
      });
      screen.add(keys[row]!);
      for (const s of c.services)
        insertChild(ctx, SERVICES, { ...s, organizationId: id }, s.id && !serviceExists.get(s.id) ? s.id : undefined);
      summary.imported++;
    });
    if (opts.dryRun) throw new DryRunRollback();
  };
  try {
    inTransaction(ctx, run);
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return summary;
}
