/**
 * Directory figures for `npm run bench` (ms), not pass/fail. Search p50/p95 at
 * 1,000, 10,000 and 100,000 organisations through the dispatcher (typed query, a query matching a
 * quarter of them sorted by relevance, browsing, each with and without facet counts; a typed query
 * just after a write, which reads the facet index again) beside a LIKE
 * scan giving the same count and page; import of a 20,000-row CSV beside a raw loop doing the same
 * writes (rows, children, search index, audit), with the rows each wrote.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Output } from '../../api/contract';
import { closeContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { dispatch, dispatchAsync } from '../../db/dispatch/dispatcher';
import { ensureDirectoryDefaults } from '../../db/features/directory/defaults';
import { insertTerm } from '../../db/features/directory/terms';
import { newId } from '../../db/core/ids';
import { fold, searchFold } from '../../db/search/fold';
import { measure } from './stats';

const QUARTIERS = ['Triffa', 'Bouhdila', 'Quartass', 'Hay Al Qods', 'Centre-ville'];
const STEMS: [string, string][] = [
  ['Association Espoir', 'جمعية الأمل'],
  ['Club sportif', 'النادي الرياضي'],
  ['Coopérative Nour', 'تعاونية النور'],
  ['Fondation Amal', 'مؤسسة أمل'],
];

/** Adds organisations straight into the tables (same shapes as the service, no audit): a bulk load. */
function fill(ctx: ReturnType<typeof openAppDatabase>, from: number, to: number) {
  ensureDirectoryDefaults(ctx);
  const domains = (ctx.sqlite.prepare("SELECT id FROM directory_terms WHERE kind = 'domain'").all() as { id: string }[]).map((r) => r.id);
  const org = ctx.sqlite.prepare(
    'INSERT INTO organizations (id, name_fr, name_ar, sort_name_fr, sort_name_ar, description_fr, verified_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  // Filled in steps: the quartiers are added by the first.
  const known = ctx.sqlite.prepare("SELECT id FROM directory_terms WHERE kind = 'quartier' AND name_fr = ?");
  const quartiers = QUARTIERS.map((name) => (known.get(name) as { id: string } | undefined)?.id ?? insertTerm(ctx, 'quartier', name, ''));
  const loc = ctx.sqlite.prepare('INSERT INTO organization_locations (id, organization_id, quartier_id) VALUES (?, ?, ?)');
  const term = ctx.sqlite.prepare('INSERT INTO organization_terms (organization_id, term_id) VALUES (?, ?)');
  const fts = ctx.sqlite.prepare('INSERT INTO organization_search (rowid, organization_id, names, texts) VALUES (?, ?, ?, ?)');
  ctx.sqlite
    .transaction(() => {
      for (let i = from; i < to; i++) {
        const [fr, ar] = STEMS[i % STEMS.length];
        const id = newId();
        const nameFr = `${fr} ${QUARTIERS[i % 5]} ${i}`;
        const nameAr = `${ar} ${i}`;
        const { lastInsertRowid } = org.run(
          id,
          nameFr,
          nameAr,
          fold(nameFr),
          fold(nameAr),
          'Soutien scolaire',
          i % 3 ? '2025-06-01T00:00:00Z' : null,
        );
        loc.run(newId(), id, quartiers[i % 5]);
        term.run(id, domains[i % domains.length]);
        fts.run(lastInsertRowid, id, fold(`${nameFr} ${nameAr}`), fold('Soutien scolaire'));
      }
    })
    .immediate();
  ctx.sqlite.exec('ANALYZE');
}

/** The organisations a LIKE scan finds for every word (folded names), and the first page by name: what the search does without its index. */
function likeScan(ctx: ReturnType<typeof openAppDatabase>) {
  const where = `WHERE archived_at IS NULL AND (sort_name_fr || ' ' || sort_name_ar) LIKE '%' || ? || '%' AND (sort_name_fr || ' ' || sort_name_ar) LIKE '%' || ? || '%'`;
  const count = ctx.sqlite.prepare(`SELECT count(*) AS n FROM organizations ${where}`);
  const page = ctx.sqlite.prepare(
    `SELECT id, name_fr, name_ar FROM organizations ${where} ORDER BY sort_name_fr = '', sort_name_fr, sort_name_ar LIMIT 50`,
  );
  return () => [count.get('espoir', 'triffa'), page.all('espoir', 'triffa')] as const;
}

/** Search at 1,000, 10,000 and 100,000 organisations (`sizes`), through the dispatcher. */
export function searchFigures(dir: string, sizes = [1_000, 10_000, 100_000], runs = 20) {
  const ctx = openAppDatabase(path.join(dir, 'search.sqlite'));
  const search: Record<string, unknown> = {};
  let have = 0;
  for (const n of sizes) {
    fill(ctx, have, n);
    have = n;
    const call = (input: object) => {
      const r = dispatch('organizations.search', input, ctx);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as Output<'organizations.search'>;
    };
    const run = (input: object) => () => call(input);
    const like = likeScan(ctx);
    const byName = { query: 'espoir triffa', sort: 'name', withFacets: false };
    const [likeCount, likePage] = like();
    const viaIndex = call(byName);
    search[n] = {
      matches: { espoirTriffa: call({ query: 'espoir triffa' }).total, espoir: call({ query: 'espoir' }).total },
      // Typed query, relevance-sorted (the list's default), with and without the facet counts.
      queryWithFacets: measure(run({ query: 'espoir triffa' }), runs),
      queryNoFacets: measure(run({ query: 'espoir triffa', withFacets: false }), runs),
      arabicQuery: measure(run({ query: 'الامل', withFacets: false }), runs),
      // One word matching a quarter of the organisations, sorted by relevance.
      relevanceQuarterWithFacets: measure(run({ query: 'espoir' }), runs),
      relevanceQuarterNoFacets: measure(run({ query: 'espoir', withFacets: false }), runs),
      // The first typed query after a write reads the in-memory facet index again (db/features/directory/facet-index.ts).
      queryAfterAWrite: measure(() => {
        const r = dispatch('organizations.verify', { id: viaIndex.rows[0].id }, ctx);
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        return call({ query: 'espoir triffa' });
      }, 5),
      browseWithFacets: measure(run({ sort: 'name' }), runs),
      browseNoFacets: measure(run({ sort: 'name', withFacets: false }), runs),
      // Like for like: the same count and the same first page (50 by name), with and without the index.
      queryByNameNoFacets: measure(run(byName), runs),
      likeScan: measure(like, runs),
      likeSameAnswer:
        (likeCount as { n: number }).n === viaIndex.total &&
        JSON.stringify((likePage as { id: string }[]).map((r) => r.id)) === JSON.stringify(viaIndex.rows.map((r) => r.id)),
    };
  }
  closeContext(ctx);
  return search;
}

const IMPORT_ROWS = 20_000;
const importLines = () =>
  Array.from(
    { length: IMPORT_ROWS },
    (_, i) => `Association ${i} ${QUARTIERS[i % 5]};جمعية ${i};Action sociale;${QUARTIERS[i % 5]};0536 ${String(i).padStart(6, '0')};`,
  );

/** Rows per table after an import, to show the raw loop wrote the same. */
const written = (ctx: ReturnType<typeof openAppDatabase>) =>
  Object.fromEntries(
    [
      'organizations',
      'organization_phones',
      'organization_terms',
      'organization_locations',
      'organization_search',
      'directory_terms',
      'audit_log',
    ].map((t) => [t, (ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );

/**
 * The import's writes done by hand in one transaction with prepared statements: for each row the
 * organisation (with its folded sort names), its phone, domain, location, search-index row and
 * audit entry; the missing quartiers created first, as the import does.
 */
function rawImportLoop(ctx: ReturnType<typeof openAppDatabase>, lines: string[]) {
  ensureDirectoryDefaults(ctx);
  const termId = (kind: string, name: string) =>
    (
      ctx.sqlite
        .prepare('SELECT id FROM directory_terms WHERE kind = ? AND (name_fr = ? OR name_ar = ? OR code = ?)')
        .get(kind, name, name, name) as { id: string } | undefined
    )?.id ?? insertTerm(ctx, kind as 'quartier', name, '');
  const org = ctx.sqlite.prepare(
    `INSERT INTO organizations (id, name_fr, name_ar, type, status, email, sort_name_fr, sort_name_ar, verified_at, verified_by)
     VALUES (?, ?, ?, 'association', 'active', '', ?, ?, NULL, '')`,
  );
  const phone = ctx.sqlite.prepare(
    'INSERT INTO organization_phones (id, organization_id, number, digits, position) VALUES (?, ?, ?, ?, 0)',
  );
  const term = ctx.sqlite.prepare('INSERT INTO organization_terms (organization_id, term_id) VALUES (?, ?)');
  const loc = ctx.sqlite.prepare(
    "INSERT INTO organization_locations (id, organization_id, address_fr, address_ar, quartier_id, position) VALUES (?, ?, '', '', ?, 0)",
  );
  const fts = ctx.sqlite.prepare('INSERT INTO organization_search (rowid, organization_id, names, texts) VALUES (?, ?, ?, ?)');
  const audit = ctx.sqlite.prepare(
    "INSERT INTO audit_log (id, at, operator, table_name, record_id, action, fields) VALUES (?, ?, ?, 'organizations', ?, 'create', '[]')",
  );
  const operator =
    (ctx.sqlite.prepare('SELECT operator_name AS name FROM settings WHERE id = 1').get() as { name: string } | undefined)?.name || '?';
  ctx.sqlite
    .transaction(() => {
      const domain = termId('domain', 'Action sociale');
      const quartiers = new Map(QUARTIERS.map((q) => [q, termId('quartier', q)]));
      for (const line of lines) {
        const [nameFr, nameAr, , quartier, number] = line.split(';');
        const id = newId();
        const { lastInsertRowid } = org.run(id, nameFr, nameAr, fold(nameFr), fold(nameAr));
        phone.run(newId(), id, number, number.replace(/\D/g, '').slice(-9));
        term.run(id, domain);
        loc.run(newId(), id, quartiers.get(quartier));
        fts.run(lastInsertRowid, id, searchFold(`${nameFr} ${nameAr}`), '');
        audit.run(newId(), new Date().toISOString(), operator, id);
      }
    })
    .immediate();
}

/** A 20,000-row CSV import through the dispatcher beside a raw loop doing the same writes; `runs` fresh databases each. */
export async function importFigures(dir: string, runs = 3) {
  const lines = importLines();
  const csv = Buffer.from(`\uFEFFnom_fr;nom_ar;domaines;quartier;telephone;email\n${lines.join('\n')}\n`);
  const importMs: number[] = [];
  const rawMs: number[] = [];
  let result: unknown = null;
  let imported: Record<string, number> = {};
  let raw: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const target = openAppDatabase(path.join(dir, `import-${i}.sqlite`));
    let t = performance.now();
    const r = await dispatchAsync('directory.import', { fileName: 'big.csv', contentBase64: csv.toString('base64') }, target);
    importMs.push(performance.now() - t);
    result = r.ok ? r.value : r.error;
    imported = written(target);
    closeContext(target);
    const rawCtx = openAppDatabase(path.join(dir, `raw-${i}.sqlite`));
    t = performance.now();
    rawImportLoop(rawCtx, lines);
    rawMs.push(performance.now() - t);
    raw = written(rawCtx);
    closeContext(rawCtx);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    result,
    runs,
    importMs: importMs.map(Math.round),
    rawLoopMs: rawMs.map(Math.round),
    medianRatio: Math.round((median(importMs) / median(rawMs)) * 100) / 100,
    rowsWritten: { import: imported, rawLoop: raw, same: JSON.stringify(imported) === JSON.stringify(raw) },
  };
}

/** Search at 1,000, 10,000 and 100,000 organisations, and a 20,000-row import. */
export async function directoryFigures(opts: { search?: boolean; import?: boolean } = { search: true, import: true }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-bench-dir-'));
  try {
    return {
      search: opts.search ? searchFigures(dir) : undefined,
      import20k: opts.import ? await importFigures(dir) : undefined,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
