/**
 * Directory figures for `npm run bench` (ms), not pass/fail. Search p50/p95 at
 * 1,000, 10,000 and 100,000 organisations through the dispatcher beside a LIKE scan on the same
 * data; import of a 20,000-row CSV beside a raw insert loop of the same rows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { dispatch, dispatchAsync } from '../../db/dispatch/dispatcher';
import { ensureDirectoryDefaults } from '../../db/features/directory/defaults';
import { insertTerm } from '../../db/features/directory/terms';
import { newId } from '../../db/core/ids';
import { fold } from '../../db/search/fold';
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

/** Search at 1,000, 10,000 and 100,000 organisations, and a 20,000-row import. */
export async function directoryFigures() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-bench-dir-'));
  try {
    const ctx = openAppDatabase(path.join(dir, 'search.sqlite'));
    const search: Record<string, unknown> = {};
    let have = 0;
    for (const n of [1_000, 10_000, 100_000]) {
      fill(ctx, have, n);
      have = n;
      const run = (input: object) => () => {
        const r = dispatch('organizations.search', input, ctx);
        if (!r.ok) throw new Error(JSON.stringify(r.error));
      };
      // The same work as a search page without an index: count every match, then the first page by name.
      const likeWhere = "WHERE name_fr LIKE '%' || ? || '%' OR name_ar LIKE '%' || ? || '%'";
      const likeCount = ctx.sqlite.prepare(`SELECT count(*) FROM organizations ${likeWhere}`);
      const likePage = ctx.sqlite.prepare(`SELECT id, name_fr, name_ar FROM organizations ${likeWhere} ORDER BY sort_name_fr LIMIT 200`);
      search[n] = {
        queryWithFacets: measure(run({ query: 'espoir triffa' }), 20),
        queryNoFacets: measure(run({ query: 'espoir triffa', withFacets: false }), 20),
        arabicQuery: measure(run({ query: 'الامل', withFacets: false }), 20),
        facetsOnlyBrowse: measure(run({ sort: 'name' }), 20),
        likeScan: measure(() => (likeCount.get('Espoir', 'الأمل'), likePage.all('Espoir', 'الأمل')), 20),
      };
    }
    closeContext(ctx);

    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `Association ${i} ${QUARTIERS[i % 5]};جمعية ${i};Action sociale;${QUARTIERS[i % 5]};0536 ${String(i).padStart(6, '0')};`,
    );
    const csv = Buffer.from(`\uFEFFnom_fr;nom_ar;domaines;quartier;telephone;email\n${rows.join('\n')}\n`);
    const target = openAppDatabase(path.join(dir, 'import.sqlite'));
    let t = performance.now();
    const r = await dispatchAsync('directory.import', { fileName: 'big.csv', contentBase64: csv.toString('base64') }, target);
    const importMs = performance.now() - t;
    closeContext(target);
    const raw = openAppDatabase(path.join(dir, 'raw.sqlite'));
    const insert = raw.sqlite.prepare('INSERT INTO organizations (id, name_fr, name_ar) VALUES (?, ?, ?)');
    t = performance.now();
    raw.sqlite.transaction(() => rows.forEach((line) => insert.run(newId(), ...line.split(';').slice(0, 2)))).immediate();
    const rawMs = performance.now() - t;
    closeContext(raw);
    return { search, import20k: { result: r.ok ? r.value : r.error, importMs: Math.round(importMs), rawInsertLoopMs: Math.round(rawMs) } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
