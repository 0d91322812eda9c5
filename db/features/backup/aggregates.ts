import { ENTITIES, type Entity } from '../../../api/entities';
import type { DataContext } from '../../core/context';
import { nowIso } from '../../core/ids';
import { noContactsColumns, references, REGISTRY, sqlNameOf } from '../../registry';
import type { Indicators } from '../../../api/channels/evaluation';
import { yearIndicators } from '../evaluation/indicators';

/**
 * The `aggregates` backup profile: what the Belgian partner may receive without personal data
 * (Moroccan law 09-08 asks an authorisation for personal data sent abroad). Applied to the
 * snapshot's copy, never to the installation's database:
 * 1. the year's indicators are computed for every year with sessions, while the people are
 *    still there, and kept in `shared_indicators`;
 * 2. every row about a person goes (the registry's `personalRows`), and every row that cannot
 *    stand without one (a not-null reference to a removed row); a nullable reference to a person
 *    is emptied (a unit's head, an internal trainer's staff record);
 * 3. contact details and free texts are emptied (as the no-contacts profile), the operator's
 *    name and the signatories too, and the search indexes are rebuilt from what is left.
 * The plan, the catalogue, the sessions (with their counts in the indicators) and the directory
 * of organisations stay.
 */

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The entities whose rows go: those flagged, and those that cannot exist without them. */
export function removedEntities(): Set<Entity> {
  const removed = new Set(ENTITIES.filter((e) => REGISTRY[e].personalRows));
  const refs = references();
  for (let grew = true; grew;) {
    grew = false;
    for (const r of refs)
      if (removed.has(r.to) && !r.nullable && !removed.has(r.from)) {
        removed.add(r.from);
        grew = true;
      }
  }
  return removed;
}

/** Years that have a session slot: those the partner's dashboards can show. */
const yearsWithSessions = (ctx: DataContext): number[] =>
  (
    ctx.sqlite.prepare('SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) AS y FROM session_slots ORDER BY y').all() as { y: number }[]
  ).map((r) => r.y);

/** Steps 1–3 above, on a copy opened as a context (one transaction). */
export function reduceToAggregates(ctx: DataContext): void {
  ctx.sqlite.pragma('foreign_keys = OFF');
  ctx.sqlite.transaction(() => {
    const insert = ctx.sqlite.prepare('INSERT OR REPLACE INTO shared_indicators (year, indicators, computed_at) VALUES (?, ?, ?)');
    const at = nowIso();
    for (const year of yearsWithSessions(ctx)) insert.run(year, JSON.stringify(yearIndicators(ctx, year)), at);

    const removed = removedEntities();
    for (const e of removed) {
      const table = sqlNameOf(e);
      if (table && REGISTRY[e].kind !== 'index') ctx.sqlite.prepare(`DELETE FROM ${quote(table)}`).run();
    }
    for (const r of references())
      if (removed.has(r.to) && !removed.has(r.from))
        ctx.sqlite.prepare(`UPDATE ${quote(sqlNameOf(r.from)!)} SET ${r.columns.map((c) => `${quote(c)} = NULL`).join(', ')}`).run();
    for (const { table, columns } of noContactsColumns())
      ctx.sqlite.prepare(`UPDATE ${quote(table)} SET ${columns.map((c) => `${quote(c)} = ''`).join(', ')}`).run();
    ctx.sqlite.prepare("UPDATE settings SET operator_name = '', signatories = '[]'").run();
    for (const e of ENTITIES) REGISTRY[e].rebuild?.(ctx);
    // A deleted row's words stay in an FTS5 index's segments (even 'optimize' kept them here):
    // 'rebuild' writes each index anew from its content, which holds only what is left.
    const fts = ctx.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")
      .all() as {
      name: string;
    }[];
    for (const { name } of fts) ctx.sqlite.prepare(`INSERT INTO ${quote(name)} (${quote(name)}) VALUES ('rebuild')`).run();
  })();
  ctx.sqlite.pragma('foreign_keys = ON');
  const broken = ctx.sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length) throw new Error(`the aggregates copy breaks ${broken.length} reference(s)`);
}

/** The indicators kept in an aggregates copy for a year (null: not such a copy, or no figures for that year). */
export function sharedIndicatorsOf(ctx: DataContext, year: number): unknown {
  const row = ctx.sqlite.prepare('SELECT indicators FROM shared_indicators WHERE year = ?').get(year) as { indicators: string } | undefined;
  return row ? JSON.parse(row.indicators) : null;
}

/** An aggregates copy is recognised by its kept figures (the own database never writes any). */
export const isAggregatesCopy = (ctx: DataContext): boolean => Boolean(ctx.sqlite.prepare('SELECT 1 FROM shared_indicators LIMIT 1').get());

/** The year's indicators of a dataset: those an aggregates copy carries, else computed on its records. */
export const indicatorsFor = (ctx: DataContext, year: number): Indicators =>
  (sharedIndicatorsOf(ctx, year) as Indicators | null) ?? yearIndicators(ctx, year);
