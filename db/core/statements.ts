import type { Statement } from 'better-sqlite3';
import type { DataContext } from './context';

const cache = new WeakMap<DataContext['sqlite'], Map<string, Statement>>();

/**
 * A prepared statement reused for the life of the connection: imports, demo data and the audit log write
 * thousands of organisations, and preparing the same SQL for each one dominated their time.
 */
export function stmt(ctx: DataContext, sql: string): Statement {
  let map = cache.get(ctx.sqlite);
  if (!map) cache.set(ctx.sqlite, (map = new Map()));
  let s = map.get(sql);
  if (!s) map.set(sql, (s = ctx.sqlite.prepare(sql)));
  return s;
}

const plucking = new WeakMap<DataContext['sqlite'], Map<string, Statement>>();

/**
 * A prepared statement that returns the first column's values (`.pluck()`), cached apart from
 * `stmt`'s: plucking mutates a statement, and the same SQL asked through `stmt` must still give rows.
 */
export function plucked(ctx: DataContext, sql: string): Statement {
  let map = plucking.get(ctx.sqlite);
  if (!map) plucking.set(ctx.sqlite, (map = new Map()));
  let s = map.get(sql);
  if (!s) map.set(sql, (s = ctx.sqlite.prepare(sql).pluck()));
  return s;
}
