import type { Entity } from '../../api/entities';
import type { DataContext } from '../core/context';
import { newId, nowIso } from '../core/ids';
import { stmt } from '../core/statements';

export type AuditAction = 'create' | 'update' | 'delete' | 'archive' | 'restore';

/**
 * Records one change in the audit log. Call it inside the service's transaction so the change
 * and its record land together or not at all.
 */
export function recordAudit(ctx: DataContext, table: Entity, recordId: string, action: AuditAction, fields: string[] = []): void {
  // Prepared once per connection, the operator named in the settings ("?" before setup) read by
  // the INSERT itself: an import audits thousands of rows in one transaction.
  stmt(
    ctx,
    `INSERT INTO audit_log (id, at, operator, table_name, record_id, action, fields)
     VALUES (?, ?, coalesce((SELECT nullif(operator_name, '') FROM settings WHERE id = 1), '?'), ?, ?, ?, ?)`,
  ).run(newId(), nowIso(), table, recordId, action, JSON.stringify(fields));
}

/** The names of the fields whose values differ between two versions of a record. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): string[] {
  return Object.keys(after).filter((k) => k !== 'updatedAt' && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
