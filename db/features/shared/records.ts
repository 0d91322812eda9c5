import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Entity } from '../../../api/entities';
import type { Holder } from '../../../api/result';
import { changedFields, recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { nowIso } from '../../core/ids';

/** A table with the record columns of docs/ARCHITECTURE.md §3, and one that can also be archived. */
export type RecordTable = SQLiteTable & { id: SQLiteColumn; updatedAt: SQLiteColumn };
type ArchivableTable = RecordTable & { archivedAt: SQLiteColumn };

/** Runs `fn` in one short IMMEDIATE transaction: the change and its audit entry land together. */
export const inTransaction = <T>(ctx: DataContext, fn: () => T): T => ctx.sqlite.transaction(fn).immediate();

export function getOr404<T>(row: T | undefined): T {
  if (!row) throw notFound();
  return row;
}

/** Writes the new values of a record and audits the fields that changed. */
export function updateAudited<R extends Record<string, unknown>>(
  ctx: DataContext,
  table: RecordTable,
  auditName: Entity,
  before: R,
  values: Partial<R>,
): void {
  const fields = changedFields(before, values);
  if (!fields.length) return;
  ctx.orm
    .update(table)
    .set({ ...values, updatedAt: nowIso() } as never)
    .where(eq(table.id, before.id as string))
    .run();
  recordAudit(ctx, auditName, before.id as string, 'update', fields);
}

export function setArchived(ctx: DataContext, table: ArchivableTable, auditName: Entity, id: string, archived: boolean): void {
  inTransaction(ctx, () => {
    const row = ctx.orm.select().from(table).where(eq(table.id, id)).get() as { archivedAt: string | null } | undefined;
    getOr404(row);
    if (Boolean(row!.archivedAt) === archived) return;
    const now = nowIso();
    ctx.orm
      .update(table)
      .set({ archivedAt: archived ? now : null, updatedAt: now } as never)
      .where(eq(table.id, id))
      .run();
    recordAudit(ctx, auditName, id, archived ? 'archive' : 'restore');
  });
}

/**
 * Deletes a record no one refers to. When something still holds it, nothing is deleted: the
 * caller gets a `conflict` naming the holders, or the record is archived if the user chose so.
 */
export function deleteOrArchive(
  ctx: DataContext,
  opts: { table: ArchivableTable; auditName: Entity; id: string; archiveInstead: boolean; holders: () => Holder[] },
): { deleted: boolean; archived: boolean } {
  return inTransaction(ctx, () => {
    getOr404(ctx.orm.select({ id: opts.table.id }).from(opts.table).where(eq(opts.table.id, opts.id)).get());
    const holders = opts.holders().filter((h) => h.count > 0);
    if (holders.length) {
      if (!opts.archiveInstead) throw new DomainError('conflict', 'errors.stillReferenced', { holders });
      setArchived(ctx, opts.table, opts.auditName, opts.id, true);
      return { deleted: false, archived: true };
    }
    ctx.orm.delete(opts.table).where(eq(opts.table.id, opts.id)).run();
    recordAudit(ctx, opts.auditName, opts.id, 'delete');
    return { deleted: true, archived: false };
  });
}

/** SQL for a name in one language, else the other's: `label(lang)` gives each language's column expression. */
export const nameIn = (lang: 'fr' | 'ar', label: (l: 'fr' | 'ar') => string): string =>
  `coalesce(nullif(${label(lang)}, ''), ${label(lang === 'fr' ? 'ar' : 'fr')})`;

/** A staff member as people say it ("Benali Naïma"), for the holders that name people, never by matricule. */
export const staffHolder = (ctx: DataContext, where: string, id: string): Holder =>
  holder(
    ctx,
    'staff',
    `SELECT last_name_fr, first_name_fr, last_name_ar, first_name_ar FROM staff WHERE ${where} ORDER BY sort_name_fr`,
    id,
    ...((['fr', 'ar'] as const).map((lang) => nameIn(lang, (l) => `trim(last_name_${l} || ' ' || first_name_${l})`)) as [string, string]),
  );

/**
 * Counts and a few names of the records that refer to another one; with `labelAr`, the same
 * names in Arabic first too (the interface names them in the user's language).
 */
export function holder(ctx: DataContext, kind: Holder['kind'], sql: string, id: string, label: string, labelAr?: string): Holder {
  const count = (ctx.sqlite.prepare(`SELECT count(*) AS n FROM (${sql})`).get(id) as { n: number }).n;
  const rows = count
    ? (ctx.sqlite.prepare(`SELECT ${label} AS label, ${labelAr ?? label} AS labelAr FROM (${sql}) LIMIT 3`).all(id) as {
        label: string;
        labelAr: string;
      }[])
    : [];
  const examples = rows.map((r) => r.label);
  return labelAr ? { kind, count, examples, examplesAr: rows.map((r) => r.labelAr) } : { kind, count, examples };
}
