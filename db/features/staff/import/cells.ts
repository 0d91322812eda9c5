/** Reading the cells of a staff file that are not free text: the gender and the dates. */

/** F or M, in either case; null for anything else. */
export const genderOf = (cell: string): 'f' | 'm' | null => {
  const g = cell.trim().toLowerCase();
  return g === 'f' || g === 'm' ? g : null;
};

/** DD/MM/YYYY or YYYY-MM-DD as YYYY-MM-DD; null for anything else, or a day the calendar does not have (31/02/2020). */
export function dateOf(cell: string): string | null {
  const s = cell.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2].padStart(2, '0'), m[1].padStart(2, '0')];
  const iso = `${y}-${mo}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** YYYY-MM-DD as the export writes it: DD/MM/YYYY, as French Excel shows dates. */
export const frenchDate = (iso: string | null): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
