import type { Database, Statement } from 'better-sqlite3';
import type { DataContext } from '../../core/context';

/**
 * What the directory's search filters and counts by, for every organisation, held in memory per
 * connection (issue 13, item 10). A typed query matches thousands of organisations at the
 * programme's scale; counting their domains, quartiers and statuses by joining each match back
 * to three tables cost more than the match itself. Here the full-text index gives the matching
 * rowids and the rest is array lookups.
 *
 * It is read again, whole, when the database has changed since: this connection's own writes
 * (`total_changes()`) or another connection's commits (`PRAGMA data_version`), so it never
 * answers from stale data. At 100,000 organisations that reading takes a few hundred ms, once
 * after a write; at a commune's few hundred, about a millisecond.
 */
export interface FacetIndex {
  size: number;
  /** The slot of an organisation's rowid, -1 for none. */
  slotOf: (rowid: number) => number;
  rowid: Int32Array;
  archived: Uint8Array;
  /** Index into `statuses`. */
  status: Uint8Array;
  statuses: string[];
  /** Index into `legalStatuses`, -1 for none. */
  legal: Int32Array;
  legalStatuses: string[];
  /** ISO timestamps, compared as text like the SQL did; null: never verified. */
  verifiedAt: (string | null)[];
  /** The organisation's terms, `termAt[termStart[s] .. termStart[s + 1])`, as indexes into `terms`. */
  termStart: Int32Array;
  termAt: Int32Array;
  terms: { id: string; kind: string }[];
  /** The quartiers of its addresses, each once, as indexes into `quartiers`. */
  quartierStart: Int32Array;
  quartierAt: Int32Array;
  quartiers: string[];
  /** Every slot, for a search without a query. */
  allSlots: () => Int32Array;
  /** Each slot's place in the order by name for a language and direction, computed when first asked (archived ones last unless `archivedToo`). */
  nameOrder: (lang: 'fr' | 'ar', dir: 'ASC' | 'DESC', archivedToo: boolean) => Int32Array;
}

interface Cached {
  key: string;
  index: FacetIndex;
}

const cache = new WeakMap<Database, Cached>();
const statements = new WeakMap<Database, Map<string, Statement>>();

/** Statements in raw mode (arrays, not objects), kept apart from `stmt`'s cache which must keep giving objects. */
export function rawStatement(ctx: DataContext, sql: string): Statement {
  return raw(ctx.sqlite, sql);
}

function raw(db: Database, sql: string): Statement {
  let map = statements.get(db);
  if (!map) statements.set(db, (map = new Map()));
  let s = map.get(sql);
  if (!s) map.set(sql, (s = db.prepare(sql).raw()));
  return s;
}

/** Changes whenever this connection writes anything or another one commits. */
function changeKey(db: Database): string {
  const [[own]] = raw(db, 'SELECT total_changes()').all() as [[number]];
  const [[others]] = raw(db, 'PRAGMA data_version').all() as [[number]];
  return `${own}:${others}`;
}

export function facetIndex(ctx: DataContext): FacetIndex {
  const db = ctx.sqlite;
  const key = changeKey(db);
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.index;
  const index = build(db);
  cache.set(db, { key, index });
  return index;
}

/** Interns strings as small integers, in the order first seen. */
function interner() {
  const list: string[] = [];
  const map = new Map<string, number>();
  return {
    list,
    of: (s: string) => {
      let i = map.get(s);
      if (i === undefined) map.set(s, (i = list.push(s) - 1));
      return i;
    },
  };
}

/** Rows of (organisation rowid, value) into start offsets and values per slot, each value once per slot. */
function grouped(rows: [number, string][], size: number, slotOf: (r: number) => number, intern: (v: string) => number) {
  const slot = new Int32Array(rows.length);
  const value = new Int32Array(rows.length);
  const count = new Int32Array(size + 1);
  rows.forEach(([r, v], i) => {
    slot[i] = slotOf(r);
    value[i] = intern(v);
    if (slot[i] >= 0) count[slot[i] + 1]++;
  });
  for (let s = 0; s < size; s++) count[s + 1] += count[s];
  const at = new Int32Array(count[size]);
  const fill = count.slice(0, size);
  const start = new Int32Array(size + 1);
  for (let i = 0; i < rows.length; i++) if (slot[i] >= 0) at[fill[slot[i]]++] = value[i];
  // Compacted in place: an organisation counts once per value (two addresses in one quartier are one quartier).
  let out = 0;
  for (let s = 0; s < size; s++) {
    start[s] = out;
    for (let i = count[s]; i < count[s + 1]; i++) {
      let dup = false;
      for (let j = start[s]; j < out; j++) if (at[j] === at[i]) dup = true;
      if (!dup) at[out++] = at[i];
    }
  }
  start[size] = out;
  return { start, at: at.subarray(0, out) };
}

function build(db: Database): FacetIndex {
  const orgs = raw(
    db,
    'SELECT rowid, archived_at IS NOT NULL, status, legal_status_id, verified_at FROM organizations ORDER BY rowid',
  ).all() as [number, number, string, string | null, string | null][];
  const size = orgs.length;
  const maxRowid = size ? orgs[size - 1][0] : 0;
  const slots = new Int32Array(maxRowid + 1).fill(-1);
  const rowid = new Int32Array(size);
  const archived = new Uint8Array(size);
  const status = new Uint8Array(size);
  const legal = new Int32Array(size);
  const verifiedAt: (string | null)[] = new Array(size);
  const statuses = interner();
  const legals = interner();
  orgs.forEach(([r, a, st, lg, v], s) => {
    slots[r] = s;
    rowid[s] = r;
    archived[s] = a;
    status[s] = statuses.of(st);
    legal[s] = lg == null ? -1 : legals.of(lg);
    verifiedAt[s] = v;
  });
  const slotOf = (r: number) => (r >= 0 && r <= maxRowid ? slots[r] : -1);

  const kindOf = new Map(raw(db, 'SELECT id, kind FROM directory_terms').all() as [string, string][]);
  const termIds = interner();
  const terms: { id: string; kind: string }[] = [];
  const internTerm = (id: string) => {
    const i = termIds.of(id);
    if (i === terms.length) terms.push({ id, kind: kindOf.get(id) ?? '' });
    return i;
  };
  const byTerm = grouped(
    raw(db, 'SELECT o.rowid, t.term_id FROM organization_terms t JOIN organizations o ON o.id = t.organization_id').all() as [
      number,
      string,
    ][],
    size,
    slotOf,
    internTerm,
  );
  const quartiers = interner();
  const byQuartier = grouped(
    raw(
      db,
      `SELECT o.rowid, l.quartier_id FROM organization_locations l JOIN organizations o ON o.id = l.organization_id
       WHERE l.quartier_id IS NOT NULL`,
    ).all() as [number, string][],
    size,
    slotOf,
    quartiers.of,
  );

  const orders = new Map<string, Int32Array>();
  const nameOrder = (lang: 'fr' | 'ar', dir: 'ASC' | 'DESC', archivedToo: boolean) => {
    const k = `${lang}${dir}${archivedToo}`;
    let order = orders.get(k);
    if (!order) {
      const other = lang === 'fr' ? 'ar' : 'fr';
      // The list's order by name (empty names last, the other script's name next), ties by rowid;
      // without the archive, read along the partial index `organizations_browse_*` rather than sorted.
      const sorted = raw(
        db,
        `SELECT rowid FROM organizations ${archivedToo ? '' : 'WHERE archived_at IS NULL'}
         ORDER BY sort_name_${lang} = '', sort_name_${lang} ${dir}, sort_name_${other}, rowid`,
      ).all() as [number][];
      order = new Int32Array(size).fill(size);
      sorted.forEach(([r], place) => {
        const s = slotOf(r);
        if (s >= 0) order![s] = place;
      });
      orders.set(k, order);
    }
    return order;
  };

  return {
    size,
    slotOf,
    rowid,
    archived,
    status,
    statuses: statuses.list,
    legal,
    legalStatuses: legals.list,
    verifiedAt,
    termStart: byTerm.start,
    termAt: byTerm.at,
    terms,
    quartierStart: byQuartier.start,
    quartierAt: byQuartier.at,
    quartiers: quartiers.list,
    nameOrder,
    allSlots: () => Int32Array.from({ length: size }, (_, s) => s),
  };
}
