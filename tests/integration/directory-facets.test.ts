import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input, Output } from '../../api/contract';
import { type DataContext, closeContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { ftsQuery } from '../../db/search/fold';
import { call, setup } from './helpers';

/**
 * The directory search filters and counts its facets in memory over the full-text matches
 * (db/features/directory/facet-index.ts, issue 13 item 10). These tests count the same in plain
 * SQL over the records — every filter, a facet's own filter lifted for its counts — and compare,
 * for queries and filters together; then check the counts follow every write at once, this
 * connection's and another process's.
 */
type SearchInput = Input<'organizations.search'>;
type Facets = NonNullable<Output<'organizations.search'>['facets']>;

let ctx: DataContext;
let dir: string;
let file: string;
const ids: Record<string, string[]> = {};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-facets-'));
  file = path.join(dir, 'sas.sqlite');
  ctx = openAppDatabase(file);
  setup(ctx);
  call(ctx, 'demo.load', {});
  const terms = call(ctx, 'terms.list', {});
  for (const kind of ['domain', 'public', 'language', 'quartier', 'legal_status'])
    ids[kind] = terms.filter((t) => t.kind === kind).map((t) => t.id);
  // Variety the demo may lack: archived ones, a never-verified one, two addresses in one quartier, no quartier at all.
  const orgs = call(ctx, 'organizations.search', { sort: 'name', limit: 1000, withFacets: false }).rows;
  call(ctx, 'organizations.setArchived', { id: orgs[0].id, archived: true });
  call(ctx, 'organizations.setArchived', { id: orgs[3].id, archived: true });
  ctx.sqlite.prepare('UPDATE organizations SET verified_at = NULL WHERE id = ?').run(orgs[5].id);
  ctx.sqlite.prepare("UPDATE organizations SET verified_at = '2019-05-01T00:00:00Z', status = 'inactive' WHERE id = ?").run(orgs[6].id);
  call(ctx, 'organizations.create', {
    nameFr: 'Association Deux Adresses',
    nameAr: 'جمعية العنوانين',
    phones: [],
    termIds: [ids.domain[0], ids.public[0], ids.language[0]],
    legalStatusId: ids.legal_status[0],
    locations: [
      { addressFr: 'A', quartierId: ids.quartier[0] },
      { addressFr: 'B', quartierId: ids.quartier[0] },
    ],
    createAnyway: true,
  });
  call(ctx, 'organizations.create', {
    nameFr: 'Association Sans Quartier',
    nameAr: '',
    phones: [],
    termIds: [],
    locations: [],
    createAnyway: true,
  });
});

afterAll(() => {
  closeContext(ctx);
  fs.rmSync(dir, { recursive: true, force: true });
});

type Facet = keyof Facets;

/** The WHERE clause of the records an input selects, `except` one facet's own filter. */
function where(input: SearchInput, except?: Facet): { sql: string; params: unknown[] } {
  const c: string[] = [];
  const p: unknown[] = [];
  if (!input.includeArchived) c.push('o.archived_at IS NULL');
  if (input.query) {
    c.push('o.rowid IN (SELECT rowid FROM organization_search WHERE organization_search MATCH ?)');
    p.push(ftsQuery(input.query));
  }
  const terms = { domain: input.domainIds, public: input.publicIds, language: input.languageIds };
  for (const [facet, list] of Object.entries(terms))
    if (facet !== except && list?.length) {
      c.push(`o.id IN (SELECT organization_id FROM organization_terms WHERE term_id IN (${list.map(() => '?').join()}))`);
      p.push(...list);
    }
  if (except !== 'legalStatus' && input.legalStatusIds?.length) {
    c.push(`o.legal_status_id IN (${input.legalStatusIds.map(() => '?').join()})`);
    p.push(...input.legalStatusIds);
  }
  if (except !== 'quartier' && input.quartierIds?.length) {
    c.push(
      `o.id IN (SELECT organization_id FROM organization_locations WHERE quartier_id IN (${input.quartierIds.map(() => '?').join()}))`,
    );
    p.push(...input.quartierIds);
  }
  if (except !== 'status' && input.statuses?.length) {
    c.push(`o.status IN (${input.statuses.map(() => '?').join()})`);
    p.push(...input.statuses);
  }
  if (except !== 'toVerify' && input.toVerify)
    c.push("(o.verified_at IS NULL OR o.verified_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 year'))");
  return { sql: c.length ? `WHERE ${c.join(' AND ')}` : '', params: p };
}

/** The facets counted in SQL over the records. */
function facetsInSql(input: SearchInput): Facets {
  const rows = (sql: string, w: { sql: string; params: unknown[] }) =>
    (ctx.sqlite.prepare(sql.replace('$W', w.sql)).all(...w.params) as { value: string; count: number }[]).map((r) => ({ ...r }));
  const term = (kind: Facet) =>
    rows(
      `SELECT t.term_id AS value, count(*) AS count FROM organizations o JOIN organization_terms t ON t.organization_id = o.id
       JOIN directory_terms d ON d.id = t.term_id AND d.kind = '${kind}' $W GROUP BY t.term_id ORDER BY count DESC, value`,
      where(input, kind),
    );
  return {
    domain: term('domain'),
    public: term('public'),
    language: term('language'),
    legalStatus: rows(
      `SELECT o.legal_status_id AS value, count(*) AS count FROM organizations o $W GROUP BY 1 HAVING value IS NOT NULL ORDER BY count DESC, value`,
      where(input, 'legalStatus'),
    ),
    quartier: rows(
      `SELECT l.quartier_id AS value, count(DISTINCT o.id) AS count FROM organizations o JOIN organization_locations l ON l.organization_id = o.id
       $W ${where(input, 'quartier').sql ? 'AND' : 'WHERE'} l.quartier_id IS NOT NULL GROUP BY 1 ORDER BY count DESC, value`,
      where(input, 'quartier'),
    ),
    status: rows(
      `SELECT o.status AS value, count(*) AS count FROM organizations o $W GROUP BY 1 ORDER BY count DESC, value`,
      where(input, 'status'),
    ),
    toVerify: (() => {
      const w = where(input, 'toVerify');
      return (
        ctx.sqlite
          .prepare(
            `SELECT count(*) AS n FROM organizations o ${w.sql ? `${w.sql} AND` : 'WHERE'}
             (o.verified_at IS NULL OR o.verified_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 year'))`,
          )
          .get(...w.params) as { n: number }
      ).n;
    })(),
  };
}

/** The ids of the records an input selects, by name in French (ties by rowid). */
const idsInSql = (input: SearchInput) => {
  const w = where(input);
  return (
    ctx.sqlite
      .prepare(`SELECT o.id FROM organizations o ${w.sql} ORDER BY o.sort_name_fr = '', o.sort_name_fr, o.sort_name_ar, o.rowid`)
      .all(...w.params) as { id: string }[]
  ).map((r) => r.id);
};

/** Built when run: the term ids come from the loaded demo. */
const CASES: [string, () => SearchInput][] = [
  ['a query', () => ({ query: 'association' })],
  ['an Arabic query', () => ({ query: 'جمعية' })],
  ['a query and a domain', () => ({ query: 'association', domainIds: [ids.domain[0]] })],
  ['two domains and a quartier', () => ({ domainIds: [ids.domain[0], ids.domain[1]], quartierIds: [ids.quartier[0]] })],
  ['statuses and to verify', () => ({ statuses: ['active', 'inactive'], toVerify: true })],
  ['to verify alone', () => ({ toVerify: true })],
  ['the archive with a query', () => ({ query: 'association', includeArchived: true })],
  ['the archive alone', () => ({ includeArchived: true })],
  [
    'a legal status, a public and a language',
    () => ({ legalStatusIds: [ids.legal_status[0]], publicIds: [ids.public[0]], languageIds: [ids.language[0]] }),
  ],
  [
    'every filter at once',
    () => ({
      query: 'association',
      domainIds: [ids.domain[0]],
      publicIds: [ids.public[0]],
      languageIds: [ids.language[0]],
      legalStatusIds: [ids.legal_status[0]],
      quartierIds: [ids.quartier[0]],
      statuses: ['active'],
      toVerify: true,
    }),
  ],
];

describe('the directory search counted in memory', () => {
  it('selects something in most cases (the comparison below is not between empty sets)', () => {
    const nonEmpty = CASES.filter(([, input]) => idsInSql(input()).length > 0);
    expect(nonEmpty.length).toBeGreaterThanOrEqual(8);
  });

  for (const [name, make] of CASES)
    it(`gives the records and facet counts of plain SQL: ${name}`, () => {
      const input = make();
      const r = call(ctx, 'organizations.search', { ...input, sort: 'name', limit: 1000 });
      const expected = idsInSql(input);
      expect(r.total).toBe(expected.length);
      expect(r.rows.map((x) => x.id)).toEqual(expected);
      expect(r.facets).toEqual(facetsInSql(input));
    });

  it('pages by relevance as the full-text table ranks, a far page too', () => {
    const input = { query: 'association' };
    const w = where(input);
    const expected = (
      ctx.sqlite
        .prepare(
          `SELECT o.id FROM organizations o JOIN organization_search s ON s.rowid = o.rowid ${w.sql} AND organization_search MATCH ?
           ORDER BY bm25(organization_search, 0, 10, 1), o.sort_name_fr = '', o.sort_name_fr, o.sort_name_ar, o.rowid`,
        )
        .all(...w.params, ftsQuery('association')) as { id: string }[]
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(10);
    for (const [offset, limit] of [
      [0, 5],
      [3, 4],
      [expected.length - 2, 50],
    ])
      expect(call(ctx, 'organizations.search', { ...input, offset, limit, withFacets: false }).rows.map((x) => x.id)).toEqual(
        expected.slice(offset, offset + limit),
      );
  });

  it('follows a write at once, on this connection and from another process', () => {
    const before = call(ctx, 'organizations.search', { query: 'association', statuses: ['dissolved'] }).total;
    const one = call(ctx, 'organizations.search', { query: 'association', statuses: ['active'], limit: 1 }).rows[0];
    call(ctx, 'organizations.update', { ...call(ctx, 'organizations.get', { id: one.id }), status: 'dissolved' });
    expect(call(ctx, 'organizations.search', { query: 'association', statuses: ['dissolved'] }).total).toBe(before + 1);
    // Another connection (the command line while the app is open) archives it.
    const other = new Database(file);
    other.prepare("UPDATE organizations SET archived_at = '2026-01-01T00:00:00Z' WHERE id = ?").run(one.id);
    other.close();
    const after = call(ctx, 'organizations.search', { query: 'association', statuses: ['dissolved'] });
    expect(after.total).toBe(before);
    expect(after.facets).toEqual(facetsInSql({ query: 'association', statuses: ['dissolved'] }));
  });
});
