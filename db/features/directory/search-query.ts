import type { z } from 'zod';
import type { organizationSearchInput, organizationSearchOutput } from '../../../api/channels/directory';
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { ftsQuery } from '../../search/fold';
import { storedFacetCounts } from './facet-counts';
import { qualityScore } from './quality';

type SearchInput = z.output<typeof organizationSearchInput>;
type SearchOutput = z.output<typeof organizationSearchOutput>;
type Facet = 'domain' | 'public' | 'language' | 'legalStatus' | 'quartier' | 'status' | 'toVerify';
type Count = { value: string; count: number };

/** Verified more than twelve months ago (or never): the "to verify" view. */
export const staleBefore = (now = new Date()): string => {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString();
};

const TERM_FILTERS = [
  ['domain', 'domainIds'],
  ['public', 'publicIds'],
  ['language', 'languageIds'],
] as const;

/**
 * The WHERE clause over `o` (organizations) for every filter but `except`: a facet's counts are
 * taken with its own filter lifted, so the user sees what else they could pick. `matched`: the
 * query's matches are in `temp.search_match` (found once per search by `matchOnce`).
 */
function where(input: SearchInput, matched: boolean, except?: Facet): { sql: string; params: unknown[] } {
  const c: string[] = [];
  const p: unknown[] = [];
  if (!input.includeArchived) c.push('o.archived_at IS NULL');
  if (matched) c.push('o.rowid IN (SELECT rowid FROM temp.search_match)');
  for (const [facet, key] of TERM_FILTERS) {
    if (except === facet || !input[key].length) continue;
    c.push(`o.id IN (SELECT organization_id FROM organization_terms WHERE term_id IN (SELECT value FROM json_each(?)))`);
    p.push(JSON.stringify(input[key]));
  }
  if (except !== 'legalStatus' && input.legalStatusIds.length) {
    c.push('o.legal_status_id IN (SELECT value FROM json_each(?))');
    p.push(JSON.stringify(input.legalStatusIds));
  }
  if (except !== 'quartier' && input.quartierIds.length) {
    c.push('o.id IN (SELECT organization_id FROM organization_locations WHERE quartier_id IN (SELECT value FROM json_each(?)))');
    p.push(JSON.stringify(input.quartierIds));
  }
  if (except !== 'status' && input.statuses.length) {
    c.push('o.status IN (SELECT value FROM json_each(?))');
    p.push(JSON.stringify(input.statuses));
  }
  if (except !== 'toVerify' && input.toVerify) {
    c.push('(o.verified_at IS NULL OR o.verified_at < ?)');
    p.push(staleBefore());
  }
  return { sql: c.length ? `WHERE ${c.join(' AND ')}` : '', params: p };
}

/** Facets whose filter is set: their counts need the matches with that one filter lifted. */
const liftedFacets = (input: SearchInput): Set<Facet> => {
  const set = new Set<Facet>();
  for (const [facet, key] of TERM_FILTERS) if (input[key].length) set.add(facet);
  if (input.legalStatusIds.length) set.add('legalStatus');
  if (input.quartierIds.length) set.add('quartier');
  if (input.statuses.length) set.add('status');
  if (input.toVerify) set.add('toVerify');
  return set;
};

/** Facets whose filter is set or a query: without them, browsing reads the maintained counts. */
const browsing = (input: SearchInput, matched: boolean) => !matched && !input.includeArchived && liftedFacets(input).size === 0;

const byCount = (x: Count, y: Count) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0);

/**
 * The facets of browsing without a query or a filter, read from `organization_facet_counts` (kept
 * by triggers on every write) instead of counted over 100,000 organisations; "to verify" depends
 * on today's date: the live organisations less those verified within the year (an index range).
 */
function storedFacets(ctx: DataContext): NonNullable<SearchOutput['facets']> {
  const rows = storedFacetCounts(ctx);
  const of = (facet: string, kind: string | null = null): Count[] =>
    rows
      .filter((r) => r.facet === facet && (kind === null || r.kind === kind))
      .map(({ value, count }) => ({ value, count }))
      .sort(byCount);
  return {
    domain: of('term', 'domain'),
    public: of('term', 'public'),
    language: of('term', 'language'),
    legalStatus: of('legal_status'),
    quartier: of('quartier'),
    status: of('status'),
    toVerify: liveCount(ctx) - freshCount(ctx),
  };
}

/** The organisations not archived: the sum of the maintained status counts. */
const liveCount = (ctx: DataContext): number =>
  (stmt(ctx, `SELECT coalesce(sum(count), 0) AS n FROM organization_facet_counts WHERE facet = 'status'`).get() as { n: number }).n;

/**
 * The organisations not archived verified within the last twelve months: a range of the partial
 * index `organizations_live_verified`, small whatever the directory's size (the rest are "to verify").
 */
const freshCount = (ctx: DataContext): number =>
  (stmt(ctx, 'SELECT count(*) AS n FROM organizations WHERE archived_at IS NULL AND verified_at >= ?').get(staleBefore()) as { n: number })
    .n;

/**
 * Facet counts. The matching organisations are gathered once into a temporary table (in the
 * connection's temp store, so read-only partner datasets work too) and every facet whose own
 * filter is not set counts over it; only facets with a filter set rerun their own selection.
 * At 100,000 organisations this is what keeps browsing with facets interactive.
 */
function facets(ctx: DataContext, input: SearchInput, match: boolean): NonNullable<SearchOutput['facets']> {
  if (browsing(input, match)) return storedFacets(ctx);
  const lifted = liftedFacets(input);
  // With the query alone the matches are the hits, gathered by `matchOnce` with what is grouped here.
  const hits = match && !lifted.size ? 'temp.search_match' : 'temp.search_hits';
  if (hits === 'temp.search_hits') {
    const full = where(input, match);
    ctx.sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (id TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM temp.search_hits;');
    ctx.sqlite.prepare(`INSERT INTO temp.search_hits SELECT o.id FROM organizations o ${full.sql}`).run(...full.params);
  }
  /** `$HITS` becomes the set of organisation ids this facet counts over. */
  const counts = (facet: Facet, select: string): Count[] => {
    if (!lifted.has(facet)) return ctx.sqlite.prepare(select.replace('$HITS', `SELECT id FROM ${hits}`)).all() as Count[];
    const w = where(input, match, facet);
    return ctx.sqlite.prepare(select.replace('$HITS', `SELECT o.id FROM organizations o ${w.sql}`)).all(...w.params) as Count[];
  };
  const all = <T>(sql: string, ...params: unknown[]) => ctx.sqlite.prepare(sql).all(...params) as T[];
  const sorted = (m: Map<string, number>): Count[] => [...m].map(([value, count]) => ({ value, count })).sort(byCount);

  // The term facets whose filter is not set share one pass over the organisations' terms.
  const openKinds = TERM_FILTERS.map(([facet]) => facet).filter((facet) => !lifted.has(facet));
  const termRows = openKinds.length
    ? all<Count & { kind: string }>(
        `SELECT d.kind AS kind, t.term_id AS value, count(*) AS count
         FROM ${hits} h JOIN organization_terms t ON t.organization_id = h.id JOIN directory_terms d ON d.id = t.term_id
         GROUP BY t.term_id ORDER BY count DESC, value`,
      )
    : [];
  const byTerm = (facet: Facet, kind: string): Count[] =>
    lifted.has(facet)
      ? counts(
          facet,
          `SELECT t.term_id AS value, count(*) AS count FROM organization_terms t JOIN directory_terms d ON d.id = t.term_id AND d.kind = '${kind}'
           WHERE t.organization_id IN ($HITS) GROUP BY t.term_id ORDER BY count DESC, value`,
        )
      : termRows.filter((r) => r.kind === kind).map(({ value, count }) => ({ value, count }));

  // Likewise status, legal status and "to verify": one grouped pass over the matches.
  const orgRows = all<{ status: string; legal: string | null; stale: number; n: number }>(
    hits === 'temp.search_match'
      ? `SELECT status, legal, (verified IS NULL OR verified < ?) AS stale, count(*) AS n FROM temp.search_match GROUP BY 1, 2, 3`
      : `SELECT o.status AS status, o.legal_status_id AS legal, (o.verified_at IS NULL OR o.verified_at < ?) AS stale, count(*) AS n
         FROM organizations o WHERE o.id IN (SELECT id FROM temp.search_hits) GROUP BY 1, 2, 3`,
    staleBefore(),
  );
  const sumBy = (key: 'status' | 'legal') => {
    const m = new Map<string, number>();
    for (const r of orgRows) if (r[key] != null) m.set(r[key]!, (m.get(r[key]!) ?? 0) + r.n);
    return sorted(m);
  };
  const stale = where(input, match, 'toVerify');
  return {
    domain: byTerm('domain', 'domain'),
    public: byTerm('public', 'public'),
    language: byTerm('language', 'language'),
    legalStatus: lifted.has('legalStatus')
      ? counts(
          'legalStatus',
          `SELECT o.legal_status_id AS value, count(*) AS count FROM organizations o WHERE o.id IN ($HITS) GROUP BY o.legal_status_id HAVING value IS NOT NULL ORDER BY count DESC, value`,
        )
      : sumBy('legal'),
    quartier: counts(
      'quartier',
      `SELECT l.quartier_id AS value, count(DISTINCT l.organization_id) AS count FROM ($HITS) h
       JOIN organization_locations l ON l.organization_id = h.id WHERE l.quartier_id IS NOT NULL GROUP BY l.quartier_id ORDER BY count DESC, value`,
    ),
    status: lifted.has('status')
      ? counts(
          'status',
          `SELECT o.status AS value, count(*) AS count FROM organizations o WHERE o.id IN ($HITS) GROUP BY o.status ORDER BY count DESC, value`,
        )
      : sumBy('status'),
    toVerify: lifted.has('toVerify')
      ? (
          ctx.sqlite
            .prepare(
              `SELECT count(*) AS n FROM organizations o ${stale.sql ? `${stale.sql} AND` : 'WHERE'} (o.verified_at IS NULL OR o.verified_at < ?)`,
            )
            .get(...stale.params, staleBefore()) as { n: number }
        ).n
      : orgRows.filter((r) => r.stale).reduce((n, r) => n + r.n, 0),
  };
}

const firstOf = (table: string, column: string) =>
  `(SELECT ${column} FROM ${table} WHERE organization_id = o.id ORDER BY position LIMIT 1)`;

/** The name of the first address's quartier in `lang`, the other script's when that one is empty. */
const quartierName = (lang: 'fr' | 'ar') =>
  `(SELECT coalesce(nullif(d.name_${lang}, ''), d.name_${lang === 'fr' ? 'ar' : 'fr'}) FROM directory_terms d
    WHERE d.id = ${firstOf('organization_locations', 'quartier_id')})`;

/**
 * Runs the full-text match once per search: the matching organisations (not archived unless
 * asked) go to `temp.search_match`, in the connection's temp store so read-only partner datasets
 * work too, with their bm25 rank when the page is sorted by relevance, their sort keys in `lang`
 * and the columns the facets group by. The count, the page and the facets read them from there
 * without going back to `organizations` when no other filter is set.
 */
function matchOnce(ctx: DataContext, match: string, ranked: boolean, input: SearchInput): void {
  ctx.sqlite.exec(
    `CREATE TEMP TABLE IF NOT EXISTS search_match (rowid INTEGER PRIMARY KEY, id TEXT, rank REAL, k0, k1, k2, status, legal, verified);
     DELETE FROM temp.search_match;`,
  );
  const [a, b] = input.lang === 'fr' ? ['fr', 'ar'] : ['ar', 'fr'];
  stmt(
    ctx,
    `INSERT INTO temp.search_match SELECT o.rowid, o.id, ${ranked ? 'bm25(organization_search, 0, 10, 1)' : 'NULL'},
       o.sort_name_${a} = '', o.sort_name_${a}, o.sort_name_${b}, o.status, o.legal_status_id, o.verified_at
     FROM organization_search JOIN organizations o ON o.rowid = organization_search.rowid
     WHERE organization_search MATCH ?${input.includeArchived ? '' : ' AND o.archived_at IS NULL'}`,
  ).run(match);
}

/** One page of organisations matching the query and facets, sorted in SQL, with facet counts. */
export function searchOrganizations(ctx: DataContext, input: SearchInput): SearchOutput {
  const match = input.query ? ftsQuery(input.query) : null;
  if (input.query && !match) return { total: 0, rows: [], facets: null };
  const relevance = Boolean(match) && input.sort === 'relevance';
  if (match) matchOnce(ctx, match, relevance, input);
  const w = where(input, Boolean(match));
  /** Only the query (and the archive) selects: the matches are the answer as they stand. */
  const matchesOnly = Boolean(match) && liftedFacets(input).size === 0;
  const dir = input.dir === 'desc' ? 'DESC' : 'ASC';
  const byName = `o.sort_name_${input.lang} = '', o.sort_name_${input.lang} ${dir}, o.sort_name_${input.lang === 'fr' ? 'ar' : 'fr'}`;
  const order = relevance
    ? `m.rank, ${byName}`
    : {
        name: byName,
        relevance: byName,
        verifiedAt: `o.verified_at IS NULL ${dir === 'ASC' ? 'DESC' : 'ASC'}, o.verified_at ${dir}, ${byName}`,
        updatedAt: `o.updated_at ${dir}`,
        quartier: `${quartierName(input.lang)} IS NULL, ${quartierName(input.lang)} ${dir}, ${byName}`,
      }[input.sort];
  // With relevance the page is read through the matches so their rank is at hand; with the query
  // alone, their sort keys too.
  const mKeys = `m.k0, m.k1 ${dir}, m.k2`;
  const pageIds = (
    relevance && matchesOnly
      ? stmt(ctx, `SELECT rowid AS r FROM temp.search_match m ORDER BY m.rank, ${mKeys} LIMIT ? OFFSET ?`).all(input.limit, input.offset)
      : ctx.sqlite
          .prepare(
            `SELECT o.rowid AS r, o.id FROM ${relevance ? 'temp.search_match m JOIN organizations o ON o.rowid = m.rowid' : 'organizations o'}
             ${(relevance ? where(input, false) : w).sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
          )
          .all(...(relevance ? where(input, false) : w).params, input.limit, input.offset)
  ) as { r: number }[];
  const total = matchesOnly
    ? (stmt(ctx, 'SELECT count(*) AS n FROM temp.search_match').get() as { n: number }).n
    : browsing(input, Boolean(match))
      ? liveCount(ctx)
      : (ctx.sqlite.prepare(`SELECT count(*) AS n FROM organizations o ${w.sql}`).get(...w.params) as { n: number }).n;
  // The page's columns (first address, phone, quartier name) for its rows alone, in the page's order.
  const rows = stmt(
    ctx,
    `SELECT o.id, o.name_fr AS nameFr, o.name_ar AS nameAr, o.acronym_fr AS acronymFr, o.type, o.status,
            ${firstOf('organization_locations', 'quartier_id')} AS quartierId, coalesce(${quartierName(input.lang)}, '') AS quartier,
            coalesce(${firstOf('organization_phones', 'number')}, '') AS phone, o.email,
            o.verified_at AS verifiedAt, (o.verified_at IS NULL OR o.verified_at < ?) AS toVerify, o.archived_at AS archivedAt
     FROM json_each(?) j JOIN organizations o ON o.rowid = j.value ORDER BY j.key`,
  ).all(staleBefore(), JSON.stringify(pageIds.map((p) => p.r))) as (Omit<
    SearchOutput['rows'][number],
    'toVerify' | 'domainIds' | 'qualityScore'
  > & {
    toVerify: number;
  })[];
  const domains = domainsOf(
    ctx,
    rows.map((r) => r.id),
  );
  return {
    total,
    rows: rows.map((r) => ({
      ...r,
      toVerify: Boolean(r.toVerify),
      domainIds: domains.get(r.id) ?? [],
      qualityScore: qualityScore(ctx, r.id),
    })),
    facets: input.withFacets ? facets(ctx, input, Boolean(match)) : null,
  };
}

/** The domain terms of a page of organisations, in one query. */
function domainsOf(ctx: DataContext, ids: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  const rows = ctx.sqlite
    .prepare(
      `SELECT t.organization_id AS org, t.term_id AS term FROM organization_terms t JOIN directory_terms d ON d.id = t.term_id AND d.kind = 'domain'
       WHERE t.organization_id IN (SELECT value FROM json_each(?)) ORDER BY d.position, d.code`,
    )
    .all(JSON.stringify(ids)) as { org: string; term: string }[];
  for (const r of rows) out.set(r.org, [...(out.get(r.org) ?? []), r.term]);
  return out;
}
