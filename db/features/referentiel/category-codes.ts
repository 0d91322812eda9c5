import type { DataContext } from '../../core/context';
import { competencyCategories } from '../../schema';

export type CategoryRow = typeof competencyCategories.$inferSelect;

/**
 * The code a category goes by in a référentiel file. A category's code may be empty (the form
 * leaves it optional) and is not unique in the database, while the file matches categories by
 * code. So a category without a code, or whose code an older category (smaller id: ids are
 * UUID v7, in creation order) already uses, goes by `CAT-` and the last 12 hex digits of its id
 * (its random part): stable from one export to the next, unique in practice. An import matches
 * database categories by this same code and writes the file's code into the category, so after
 * a round trip the code is stored.
 */
export function categoryCodes(rows: CategoryRow[]): Map<string, string> {
  const codes = new Map<string, string>();
  const used = new Set<string>();
  for (const row of [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const own = row.code.trim();
    const code = own && !used.has(own) ? own : `CAT-${row.id.replace(/-/g, '').slice(-12).toUpperCase()}`;
    used.add(code);
    codes.set(row.id, code);
  }
  return codes;
}

export const readCategories = (ctx: DataContext): CategoryRow[] => ctx.orm.select().from(competencyCategories).all();
