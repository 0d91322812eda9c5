import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { fold, searchFold } from '../../search/fold';

interface Names {
  matricule: string;
  firstNameFr: string;
  lastNameFr: string;
  firstNameAr: string;
  lastNameAr: string;
}

/** Folded "last first" per script: the key the list sorts on. */
export const sortNames = (n: Names) => ({
  sortNameFr: fold(`${n.lastNameFr} ${n.firstNameFr}`),
  sortNameAr: fold(`${n.lastNameAr} ${n.firstNameAr}`),
});

/** What the name index holds for a staff member: matricule and names in both scripts, folded. */
const indexed = (n: Names): string => searchFold([n.matricule, n.lastNameFr, n.firstNameFr, n.lastNameAr, n.firstNameAr].join(' '));

/** Keeps the staff member's row in the name search index in step with the record. */
export function indexStaff(ctx: DataContext, id: string, n: Names): void {
  ctx.sqlite.prepare('DELETE FROM staff_search WHERE staff_id = ?').run(id);
  ctx.sqlite.prepare('INSERT INTO staff_search (staff_id, names) VALUES (?, ?)').run(id, indexed(n));
}

/**
 * The index in step with many records at once (an import): `staff_id` is not indexed by FTS5, so
 * deleting one entry reads the whole index; the entries of every changed record go in one
 * DELETE, and new records (`created`) have none to delete.
 */
export function indexStaffBatch(ctx: DataContext, rows: { id: string; names: Names; created: boolean }[]): void {
  const changed = rows.filter((r) => !r.created).map((r) => r.id);
  if (changed.length) stmt(ctx, 'DELETE FROM staff_search WHERE staff_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(changed));
  const insert = stmt(ctx, 'INSERT INTO staff_search (staff_id, names) VALUES (?, ?)');
  for (const r of rows) insert.run(r.id, indexed(r.names));
}

export const unindexStaff = (ctx: DataContext, id: string): void => {
  ctx.sqlite.prepare('DELETE FROM staff_search WHERE staff_id = ?').run(id);
};

/** Rebuilds the whole name index from the staff table (after the search folding changed). */
export function reindexAllStaff(ctx: DataContext): void {
  ctx.sqlite.prepare('DELETE FROM staff_search').run();
  const rows = ctx.sqlite
    .prepare(
      'SELECT id, matricule, first_name_fr AS firstNameFr, last_name_fr AS lastNameFr, first_name_ar AS firstNameAr, last_name_ar AS lastNameAr FROM staff',
    )
    .all() as (Names & { id: string })[];
  const insert = ctx.sqlite.prepare('INSERT INTO staff_search (staff_id, names) VALUES (?, ?)');
  for (const r of rows) insert.run(r.id, indexed(r));
}
