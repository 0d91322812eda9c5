import type { DataContext } from '../../core/context';
import { fold } from '../../search/fold';

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
  const names = fold([n.matricule, n.lastNameFr, n.firstNameFr, n.lastNameAr, n.firstNameAr].join(' '));
  ctx.sqlite.prepare('INSERT INTO staff_search (staff_id, names) VALUES (?, ?)').run(id, names);
}

export const unindexStaff = (ctx: DataContext, id: string): void => {
  ctx.sqlite.prepare('DELETE FROM staff_search WHERE staff_id = ?').run(id);
};
