import type { z } from 'zod';
import type { organizationSearchInput, organizationSearchOutput } from '../../../api/channels/directory';
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { ftsQuery } from '../../search/fold';
import { storedFacetCounts } from './facet-counts';
import { type FacetIndex, facetIndex, rawStatement } from './facet-index';
import { qualityScores } from './quality';

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

/** Facets whose filter is set. */
const liftedFacets = (input: SearchInput): Set<Facet> => {
  const set = new Set<Facet>();
  for (const [facet, key] of TERM_FILTERS) if (input[key].length) set.add(facet);
  if (input.legalStatusIds.length) set.add('legalStatus');
  if (input.quartierIds.length) set.add('quartier');
  if (input.statuses.length) set.add('status');
  if (input.toVerify) set.add('toVerify');
  return set;
};

/** No query, no filter, no archive: the page reads the name index and the facets the maintained counts. */
const browsing = (input: SearchInput) => !input.query && !input.includeArchived && liftedFacets(input).size === 0;

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

/** The organisations the full-text index matches, as slots, with their bm25 rank when the page is sorted by relevance. */
function matching(ctx: DataContext, index: FacetIndex, match: string, ranked: boolean): { slots: Int32Array; rank: Float64Array | null } {
  const rows = rawStatement(
    ctx,
    ranked
      ? 'SELECT rowid, bm25(organization_search, 0, 10, 1) FROM organization_search WHERE organization_search MATCH ?'
      : 'SELECT rowid FROM organization_search WHERE organization_search MATCH ?',
  ).all(match) as [number, number?][];
  const slots = new Int32Array(rows.length);
  const rank = ranked ? new Float64Array(rows.length) : null;
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const slot = index.slotOf(rows[i][0]);
    if (slot < 0) continue;
    if (rank) rank[n] = rows[i][1]!;
    slots[n++] = slot;
  }
  return { slots: slots.subarray(0, n), rank: rank?.subarray(0, n) ?? null };
}

const FACET_BIT: Record<Facet, number> = { domain: 1, public: 2, language: 4, legalStatus: 8, quartier: 16, status: 32, toVerify: 64 };

/**
 * Filters the candidates and counts the facets in one pass. An organisation failing no filter is
 * a hit and counts in every facet; one failing a single facet's filter counts in that facet alone:
 * a facet's counts are taken with its own filter lifted, so the user sees what else they could pick.
 */
function filterAndCount(index: FacetIndex, input: SearchInput, candidates: Int32Array, withFacets: boolean) {
  const termSet = (ids: string[]) => new Set(ids);
  const wanted = {
    domain: termSet(input.domainIds),
    public: termSet(input.publicIds),
    language: termSet(input.languageIds),
    legal: termSet(input.legalStatusIds),
    quartier: termSet(input.quartierIds),
    status: termSet(input.statuses),
  };
  const stale = staleBefore();
  // Read once into locals: these loops run over every match (tens of thousands at the programme's scale).
  const { termStart, termAt, quartierStart, quartierAt, legal, status, archived, verifiedAt } = index;
  const isStale = (s: number) => {
    const v = verifiedAt[s];
    return v === null || v < stale;
  };
  const anyTerm = (s: number, set: Set<string>) => {
    for (let i = termStart[s]; i < termStart[s + 1]; i++) if (set.has(index.terms[termAt[i]].id)) return true;
    return false;
  };
  const anyQuartier = (s: number, set: Set<string>) => {
    for (let i = quartierStart[s]; i < quartierStart[s + 1]; i++) if (set.has(index.quartiers[quartierAt[i]])) return true;
    return false;
  };

  const termCount = new Int32Array(index.terms.length);
  const termCountLifted = {
    domain: new Int32Array(index.terms.length),
    public: new Int32Array(index.terms.length),
    language: new Int32Array(index.terms.length),
  };
  const legalCount = new Int32Array(index.legalStatuses.length);
  const quartierCount = new Int32Array(index.quartiers.length);
  const statusCount = new Int32Array(index.statuses.length);
  let staleCount = 0;
  const count = (s: number, only: number) => {
    const all = only === 0;
    if (all) for (let i = termStart[s]; i < termStart[s + 1]; i++) termCount[termAt[i]]++;
    else
      for (const [facet] of TERM_FILTERS)
        if (only === FACET_BIT[facet]) for (let i = termStart[s]; i < termStart[s + 1]; i++) termCountLifted[facet][termAt[i]]++;
    if ((all || only === FACET_BIT.legalStatus) && legal[s] >= 0) legalCount[legal[s]]++;
    if (all || only === FACET_BIT.quartier) for (let i = quartierStart[s]; i < quartierStart[s + 1]; i++) quartierCount[quartierAt[i]]++;
    if (all || only === FACET_BIT.status) statusCount[status[s]]++;
    if ((all || only === FACET_BIT.toVerify) && isStale(s)) staleCount++;
  };

  const hits = new Int32Array(candidates.length);
  const hitAt = new Int32Array(candidates.length);
  const filtered = liftedFacets(input).size > 0;
  const archiveToo = input.includeArchived;
  let n = 0;
  for (let c = 0; c < candidates.length; c++) {
    const s = candidates[c];
    if (!archiveToo && archived[s]) continue;
    let failed = 0;
    if (filtered) {
      if (wanted.domain.size && !anyTerm(s, wanted.domain)) failed |= FACET_BIT.domain;
      if (wanted.public.size && !anyTerm(s, wanted.public)) failed |= FACET_BIT.public;
      if (wanted.language.size && !anyTerm(s, wanted.language)) failed |= FACET_BIT.language;
      if (wanted.legal.size && !(legal[s] >= 0 && wanted.legal.has(index.legalStatuses[legal[s]]))) failed |= FACET_BIT.legalStatus;
      if (wanted.quartier.size && !anyQuartier(s, wanted.quartier)) failed |= FACET_BIT.quartier;
      if (wanted.status.size && !wanted.status.has(index.statuses[status[s]])) failed |= FACET_BIT.status;
      if (input.toVerify && !isStale(s)) failed |= FACET_BIT.toVerify;
    }
    if (failed === 0) {
      hits[n] = s;
      hitAt[n++] = c;
    }
    // Failing exactly one filter (a power of two): counted in that facet alone.
    if (withFacets && (failed & (failed - 1)) === 0) count(s, failed);
  }

  const facets = (): NonNullable<SearchOutput['facets']> => {
    const list = (counts: Int32Array, value: (i: number) => string, keep: (i: number) => boolean = () => true): Count[] => {
      const out: Count[] = [];
      counts.forEach((c, i) => c > 0 && keep(i) && out.push({ value: value(i), count: c }));
      return out.sort(byCount);
    };
    const lifted = liftedFacets(input);
    const termFacet = (facet: 'domain' | 'public' | 'language') =>
      list(
        // Lifted: the hits and those failing this facet's filter alone.
        lifted.has(facet) ? termCount.map((c, t) => c + termCountLifted[facet][t]) : termCount,
        (i) => index.terms[i].id,
        (i) => index.terms[i].kind === facet,
      );
    return {
      domain: termFacet('domain'),
      public: termFacet('public'),
      language: termFacet('language'),
      legalStatus: list(legalCount, (i) => index.legalStatuses[i]),
      quartier: list(quartierCount, (i) => index.quartiers[i]),
      status: list(statusCount, (i) => index.statuses[i]),
      toVerify: staleCount,
    };
  };
  return { hits: hits.subarray(0, n), hitAt: hitAt.subarray(0, n), facets: withFacets ? facets() : null };
}

/**
 * The page's items (0 … n − 1) in order: the `offset + limit` best by `before` kept sorted as the hits go by
 * (a page is small beside the hits), or the whole list sorted when the page lies far down.
 */
function topOf(n: number, before: (a: number, b: number) => number, offset: number, limit: number): number[] {
  const k = offset + limit;
  if (k > 2000)
    return Array.from({ length: n }, (_, i) => i)
      .sort(before)
      .slice(offset, k);
  const best: number[] = [];
  for (let h = 0; h < n; h++) {
    if (best.length === k && before(h, best[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(best[mid], h) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, h);
    if (best.length > k) best.pop();
  }
  return best.slice(offset, k);
}

const firstOf = (table: string, column: string) =>
  `(SELECT ${column} FROM ${table} WHERE organization_id = o.id ORDER BY position LIMIT 1)`;

/** The name of the first address's quartier in `lang`, the other script's when that one is empty. */
const quartierName = (lang: 'fr' | 'ar') =>
  `(SELECT coalesce(nullif(d.name_${lang}, ''), d.name_${lang === 'fr' ? 'ar' : 'fr'}) FROM directory_terms d
    WHERE d.id = ${firstOf('organization_locations', 'quartier_id')})`;

/** One page of organisations matching the query and facets, sorted, with facet counts. */
export function searchOrganizations(ctx: DataContext, input: SearchInput): SearchOutput {
  const match = input.query ? ftsQuery(input.query) : null;
  if (input.query && !match) return { total: 0, rows: [], facets: null };
  const dir = input.dir === 'desc' ? 'DESC' : 'ASC';
  const byName = `o.sort_name_${input.lang} = '', o.sort_name_${input.lang} ${dir}, o.sort_name_${input.lang === 'fr' ? 'ar' : 'fr'}`;
  const order = {
    name: byName,
    relevance: byName,
    verifiedAt: `o.verified_at IS NULL ${dir === 'ASC' ? 'DESC' : 'ASC'}, o.verified_at ${dir}, ${byName}`,
    updatedAt: `o.updated_at ${dir}`,
    quartier: `${quartierName(input.lang)} IS NULL, ${quartierName(input.lang)} ${dir}, ${byName}`,
  }[input.sort];

  if (browsing(input)) {
    // Read in the order of the partial index on the sort names (no sort of every row).
    const page = ctx.sqlite
      .prepare(`SELECT o.rowid AS r, o.id FROM organizations o WHERE o.archived_at IS NULL ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(input.limit, input.offset) as { r: number }[];
    return {
      total: liveCount(ctx),
      rows: pageRows(
        ctx,
        input,
        page.map((p) => p.r),
      ),
      facets: input.withFacets ? storedFacets(ctx) : null,
    };
  }

  const index = facetIndex(ctx);
  const relevance = Boolean(match) && input.sort === 'relevance';
  const found = match ? matching(ctx, index, match, relevance) : { slots: index.allSlots(), rank: null };
  const { hits, hitAt, facets } = filterAndCount(index, input, found.slots, input.withFacets);
  let page: number[];
  if (relevance || input.sort === 'name' || input.sort === 'relevance') {
    const place = index.nameOrder(input.lang, dir, input.includeArchived);
    const rank = found.rank;
    const before = rank
      ? (a: number, b: number) => rank[hitAt[a]] - rank[hitAt[b]] || place[hits[a]] - place[hits[b]]
      : (a: number, b: number) => place[hits[a]] - place[hits[b]];
    page = topOf(hits.length, before, input.offset, input.limit).map((i) => index.rowid[hits[i]]);
  } else {
    // The other orders are read in SQL over the hits' rowids.
    page = (
      ctx.sqlite
        .prepare(
          `SELECT o.rowid AS r FROM json_each(?) j JOIN organizations o ON o.rowid = j.value ORDER BY ${order}, o.rowid LIMIT ? OFFSET ?`,
        )
        .all(JSON.stringify(Array.from(hits, (s) => index.rowid[s])), input.limit, input.offset) as { r: number }[]
    ).map((p) => p.r);
  }
  return { total: hits.length, rows: pageRows(ctx, input, page), facets };
}

/** The page's columns (first address, phone, quartier name, domains, quality) for its rows alone, in the page's order. */
function pageRows(ctx: DataContext, input: SearchInput, rowids: number[]): SearchOutput['rows'] {
  const rows = stmt(
    ctx,
    `SELECT o.id, o.name_fr AS nameFr, o.name_ar AS nameAr, o.acronym_fr AS acronymFr, o.type, o.status,
            ${firstOf('organization_locations', 'quartier_id')} AS quartierId, coalesce(${quartierName(input.lang)}, '') AS quartier,
            coalesce(${firstOf('organization_phones', 'number')}, '') AS phone, o.email,
            o.verified_at AS verifiedAt, (o.verified_at IS NULL OR o.verified_at < ?) AS toVerify, o.archived_at AS archivedAt
     FROM json_each(?) j JOIN organizations o ON o.rowid = j.value ORDER BY j.key`,
  ).all(staleBefore(), JSON.stringify(rowids)) as (Omit<SearchOutput['rows'][number], 'toVerify' | 'domainIds' | 'qualityScore'> & {
    toVerify: number;
  })[];
  const domains = domainsOf(
    ctx,
    rows.map((r) => r.id),
  );
  const scores = qualityScores(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    toVerify: Boolean(r.toVerify),
    domainIds: domains.get(r.id) ?? [],
    qualityScore: scores.get(r.id) ?? null,
  }));
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
