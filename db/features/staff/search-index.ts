import type { DataContext } from '../../core/context';
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

/** Keeps the staff member's row in the name search index in step with the record. */
export function indexStaff(ctx: DataContext, id: string, n: Names): void {
  ctx.sqlite.prepare('DELETE FROM staff_search WHERE staff_id = ?').run(id);
  const names = searchFold([n.matricule, n.lastNameFr, n.firstNameFr, n.lastNameAr, n.firstNameAr].join(' '));
  ctx.sqlite.prepare('INSERT INTO staff_search (staff_id, names) VALUES (?, ?)').run(id, names);
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
  for (const r of rows) insert.run(r.id, searchFold([r.matricule, r.lastNameFr, r.firstNameFr, r.lastNameAr, r.firstNameAr].join(' ')));
}
