import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Entity } from '../../../api/entities';
import { changedFields, recordAudit } from '../../audit/record';
import { getTableName, sqlColumns } from '../../core/columns';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';

/**
 * The plain records that hang off an organisation (services, partnerships, subsidies): one
 * drizzle table and the fields a user edits, the same create/update/delete with audit for each.
 */
export interface ChildSpec<T extends SQLiteTable = SQLiteTable> {
  entity: Entity;
  table: T;
  fields: readonly (keyof T['_']['columns'] & string)[];
  /** Runs after every change, inside its transaction (e.g. re-index the organisation). */
  after?: (ctx: DataContext, organizationId: string) => void;
}

/** A child table with its SQL names resolved once from the schema. */
export interface ChildTable {
  entity: Entity;
  table: string;
  columns: Record<string, string>;
  after?: (ctx: DataContext, organizationId: string) => void;
}

export const childTable = <T extends SQLiteTable>(spec: ChildSpec<T>): ChildTable => ({
  entity: spec.entity,
  table: getTableName(spec.table),
  columns: sqlColumns(spec.table, spec.fields),
  after: spec.after,
});

const selectList = (t: ChildTable) =>
  [
    'id',
    'organization_id AS organizationId',
    ...Object.entries(t.columns).map(([k, c]) => `${c} AS ${k}`),
    'created_at AS createdAt',
    'updated_at AS updatedAt',
  ].join(', ');

export function readChild<T>(ctx: DataContext, t: ChildTable, id: string): T {
  const row = stmt(ctx, `SELECT ${selectList(t)} FROM ${t.table} WHERE id = ?`).get(id) as T | undefined;
  if (!row) throw notFound();
  return row;
}

export const listChildren = <T>(ctx: DataContext, t: ChildTable, organizationId: string, order: string): T[] =>
  stmt(ctx, `SELECT ${selectList(t)} FROM ${t.table} WHERE organization_id = ? ORDER BY ${order}`).all(organizationId) as T[];

const assertOrganization = (ctx: DataContext, id: string) => {
  if (!stmt(ctx, 'SELECT 1 FROM organizations WHERE id = ?').get(id)) throw notFound('errors.organizationNotFound');
};

/** Inserts inside the caller's transaction (also used by import and demo data). */
export function insertChild(
  ctx: DataContext,
  t: ChildTable,
  values: Record<string, unknown> & { organizationId: string },
  id = newId(),
): string {
  const keys = Object.keys(t.columns);
  stmt(
    ctx,
    `INSERT INTO ${t.table} (id, organization_id, ${keys.map((k) => t.columns[k]).join(', ')}) VALUES (@id, @organizationId, ${keys.map((k) => `@${k}`).join(', ')})`,
  ).run({ ...Object.fromEntries(keys.map((k) => [k, values[k] ?? null])), id, organizationId: values.organizationId });
  recordAudit(ctx, t.entity, id, 'create');
  t.after?.(ctx, values.organizationId);
  return id;
}

export function createChild<T>(ctx: DataContext, t: ChildTable, values: Record<string, unknown> & { organizationId: string }): T {
  const id = inTransaction(ctx, () => {
    assertOrganization(ctx, values.organizationId);
    return insertChild(ctx, t, values);
  });
  return readChild<T>(ctx, t, id);
}

export function updateChild<T>(
  ctx: DataContext,
  t: ChildTable,
  values: Record<string, unknown> & { id: string; organizationId: string },
): T {
  inTransaction(ctx, () => {
    const before = readChild<Record<string, unknown>>(ctx, t, values.id);
    assertOrganization(ctx, values.organizationId);
    const keys = ['organizationId', ...Object.keys(t.columns)];
    const fields = changedFields(before, Object.fromEntries(keys.map((k) => [k, values[k] ?? null])));
    if (!fields.length) return;
    const sets = Object.entries(t.columns)
      .map(([k, c]) => `${c} = @${k}`)
      .join(', ');
    stmt(ctx, `UPDATE ${t.table} SET organization_id = @organizationId, ${sets}, updated_at = @now WHERE id = @id`).run({
      ...Object.fromEntries(keys.map((k) => [k, values[k] ?? null])),
      id: values.id,
      now: nowIso(),
    });
    recordAudit(ctx, t.entity, values.id, 'update', fields);
    t.after?.(ctx, values.organizationId);
    if (before.organizationId !== values.organizationId) t.after?.(ctx, before.organizationId as string);
  });
  return readChild<T>(ctx, t, values.id);
}

export function deleteChild(ctx: DataContext, t: ChildTable, id: string): { deleted: boolean; archived: boolean } {
  return inTransaction(ctx, () => {
    const before = readChild<{ organizationId: string }>(ctx, t, id);
    stmt(ctx, `DELETE FROM ${t.table} WHERE id = ?`).run(id);
    recordAudit(ctx, t.entity, id, 'delete');
    t.after?.(ctx, before.organizationId);
    return { deleted: true, archived: false };
  });
}
