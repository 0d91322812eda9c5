import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataContext, closeContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { FACET_COUNTS_SQL } from '../../db/features/directory/facet-counts';
import { b64, callAsync } from './directory-helpers';
import { call, setup } from './helpers';

/**
 * Lists at scale (issue 13, item 10): the default staff list and the directory's browse page are
 * read in index order (no sort of every row), give the same rows as the same query without any
 * index, and the browse facets read counts kept by triggers that agree with a fresh count after
 * every kind of write.
 */
type Recorded = { sql: string; params: unknown[] };

/** Records the SQL and parameters of every page query (`.all`) the core runs on this connection. */
function recordQueries(ctx: DataContext): Recorded[] {
  const seen: Recorded[] = [];
  const sqlite = ctx.sqlite as unknown as { prepare: (sql: string) => { all: (...p: unknown[]) => unknown[] } };
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = (sql: string) => {
    const s = prepare(sql);
    const all = s.all.bind(s);
    s.all = (...params: unknown[]) => {
      seen.push({ sql, params });
      return all(...params);
    };
    return s;
  };
  return seen;
}

/** The steps of the query's own plan (not those of the correlated subqueries that fetch a page row's first phone and place). */
const plan = (ctx: DataContext, q: Recorded) =>
  (ctx.sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { parent: number; detail: string }[])
    .filter((r) => r.parent === 0)
    .map((r) => r.detail);

/** The same query with the table's indexes forbidden: SQLite sorts every row, the reference order. */
const withoutIndex = (ctx: DataContext, q: Recorded, from: string) =>
  ctx.sqlite.prepare(q.sql.replace(from, `${from} NOT INDEXED`)).all(...q.params);

let ctx: DataContext;
let queries: Recorded[];
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-scale-'));
  ctx = openAppDatabase(path.join(dir, 'sas.sqlite'));
  setup(ctx);
  call(ctx, 'demo.load', {});
  // Ties and empty names: people without a French name sort last, same names by matricule.
  for (let i = 0; i < 30; i++)
    call(ctx, 'staff.create', {
      matricule: `Z-${String(99 - i).padStart(3, '0')}`,
      firstNameFr: i % 3 ? 'Amina' : '',
      lastNameFr: i % 3 ? 'Idrissi' : '',
      firstNameAr: 'أمينة',
      lastNameAr: i % 2 ? 'الإدريسي' : '',
      gender: 'f',
    });
  queries = recordQueries(ctx);
});

afterAll(() => {
  closeContext(ctx);
  fs.rmSync(dir, { recursive: true, force: true });
});

const pageQuery = (from: string) => {
  const q = queries.filter((r) => r.sql.includes(from) && r.sql.includes('ORDER BY')).at(-1);
  if (!q) throw new Error(`no page query on ${from}`);
  return q;
};

describe('the default staff list', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`is read in the order of its index, in ${lang}, and gives the rows of a full sort`, () => {
      const first = call(ctx, 'staff.list', { lang, limit: 1000 });
      expect(first.total).toBeGreaterThan(100);
      const q = pageQuery('FROM staff s');
      const steps = plan(ctx, q).join('\n');
      expect(steps).toContain(`staff_status_name_${lang}`);
      expect(steps).not.toContain('TEMP B-TREE');
      const reference = withoutIndex(ctx, q, 'FROM staff s') as { id: string }[];
      expect(first.rows.map((r) => r.id)).toEqual(reference.map((r) => r.id));
      // A later page too.
      const later = call(ctx, 'staff.list', { lang, limit: 7, offset: 40 });
      expect(later.rows.map((r) => r.id)).toEqual(reference.slice(40, 47).map((r) => r.id));
    });
  }
});

describe('browsing the directory', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`reads the first page by name from the partial index, in ${lang}, with the rows of a full sort`, () => {
      const org = call(ctx, 'organizations.search', { sort: 'name', lang, limit: 1000, withFacets: false });
      expect(org.total).toBeGreaterThan(20);
      const q = pageQuery('FROM organizations o');
      const steps = plan(ctx, q).join('\n');
      expect(steps).toContain(`organizations_browse_${lang}`);
      expect(steps).not.toContain('TEMP B-TREE FOR ORDER BY');
      const reference = withoutIndex(ctx, q, 'FROM organizations o') as { id: string }[];
      expect(org.rows.map((r) => r.id)).toEqual(reference.map((r) => r.id));
    });
  }

  it('gives the same rows and facets for a typed query sorted by relevance as the full-text table itself', () => {
    const r = call(ctx, 'organizations.search', { query: 'association', limit: 1000 });
    const expected = ctx.sqlite
      .prepare(
        `SELECT o.id FROM organization_search JOIN organizations o ON o.rowid = organization_search.rowid
         WHERE o.archived_at IS NULL AND organization_search MATCH ?
         ORDER BY bm25(organization_search, 0, 10, 1), o.sort_name_fr = '', o.sort_name_fr, o.sort_name_ar`,
      )
      .all('"association"*') as { id: string }[];
    expect(r.total).toBe(expected.length);
    expect(r.rows.map((x) => x.id)).toEqual(expected.map((x) => x.id));
    expect(r.facets!.status.reduce((n, s) => n + s.count, 0)).toBe(expected.length);
    // The facets read from the gathered matches equal those counted over the records (every status picked lifts the status filter).
    const counted = call(ctx, 'organizations.search', { query: 'association', limit: 1000, statuses: ['active', 'inactive', 'dissolved'] });
    expect(counted.total).toBe(r.total);
    expect(counted.facets).toEqual(r.facets);
    // A later page sorted by relevance.
    const later = call(ctx, 'organizations.search', { query: 'association', limit: 7, offset: 40 });
    expect(later.rows.map((x) => x.id)).toEqual(expected.slice(40, 47).map((x) => x.id));
  });
});

describe('the facet counts kept on each write', () => {
  const maintained = () =>
    ctx.sqlite.prepare('SELECT facet, value, count FROM organization_facet_counts WHERE count > 0 ORDER BY facet, value').all();
  const fresh = () => ctx.sqlite.prepare(`SELECT * FROM (${FACET_COUNTS_SQL}) ORDER BY facet, value`).all();

  it('agree with a fresh count after creating, editing, archiving, restoring, deleting, merging, importing and deleting a term', async () => {
    expect(maintained()).toEqual(fresh());
    const terms = call(ctx, 'terms.list', {});
    const of = (kind: string) => terms.filter((t) => t.kind === kind).map((t) => t.id);
    const [q1, q2] = of('quartier');
    const [d1, d2, d3] = of('domain');
    const [legal] = of('legal_status');
    const base = { nameFr: 'Association Test Facettes', nameAr: 'جمعية اختبار', phones: [], termIds: [d1, d2], createAnyway: true };
    const a = call(ctx, 'organizations.create', {
      ...base,
      legalStatusId: legal,
      locations: [
        { addressFr: 'A', quartierId: q1 },
        { addressFr: 'B', quartierId: q1 },
      ],
    });
    expect(maintained()).toEqual(fresh());
    const b = call(ctx, 'organizations.create', { ...base, nameFr: 'Club Facettes', termIds: [d3], locations: [{ quartierId: q2 }] });
    call(ctx, 'organizations.update', {
      ...a,
      status: 'inactive',
      termIds: [d2, d3],
      legalStatusId: null,
      locations: [a.locations[0], { addressFr: 'C', quartierId: q2 }],
    });
    expect(maintained()).toEqual(fresh());
    call(ctx, 'organizations.setArchived', { id: b.id, archived: true });
    expect(maintained()).toEqual(fresh());
    call(ctx, 'organizations.setArchived', { id: b.id, archived: false });
    expect(maintained()).toEqual(fresh());
    call(ctx, 'organizations.merge', { keepId: a.id, mergeId: b.id });
    expect(maintained()).toEqual(fresh());
    call(ctx, 'organizations.setArchived', { id: a.id, archived: true });
    call(ctx, 'organizations.delete', { id: a.id });
    expect(maintained()).toEqual(fresh());
    const lines = ['nom_fr;domaines;quartier', 'Import Un;Nouveau domaine;Nouveau quartier', 'Import Deux;Nouveau domaine;Triffa'];
    await callAsync(ctx, 'directory.import', { fileName: 'x.csv', contentBase64: b64(lines.join('\n')) });
    expect(maintained()).toEqual(fresh());
    // A quartier and a legal status removed by their foreign keys (set null, cascade).
    ctx.sqlite.prepare('DELETE FROM directory_terms WHERE id IN (?, ?, ?)').run(q2, legal, d3);
    expect(maintained()).toEqual(fresh());
  });

  it('are what browsing shows, beside a count over the records', () => {
    const r = call(ctx, 'organizations.search', { sort: 'name' });
    const sum = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
    expect(sum(r.facets!.status)).toBe(r.total);
    // The same facets with every status picked are counted over the records (the status facet's own filter is lifted).
    const counted = call(ctx, 'organizations.search', { sort: 'name', statuses: ['active', 'inactive', 'dissolved'] });
    expect(counted.total).toBe(r.total);
    expect(counted.facets).toEqual(r.facets);
  });
});
