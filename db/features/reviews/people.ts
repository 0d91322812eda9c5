/** SQL pieces shared by the review, gap and need queries: a person's and a unit's names. */

/** A person's name in one script, "LAST First", from the staff row aliased `alias`. */
export const personName = (alias: string, lang: 'fr' | 'ar') =>
  `trim(coalesce(${alias}.last_name_${lang}, '') || ' ' || coalesce(${alias}.first_name_${lang}, ''))`;

/** The ids of a unit and every unit below it (bind the unit's id once). */
export const UNIT_BRANCH = `WITH RECURSIVE branch(id) AS (SELECT ? UNION ALL SELECT x.id FROM org_units x JOIN branch ON x.parent_id = branch.id) SELECT id FROM branch`;

/** Today as YYYY-MM-DD in local time: due dates and validity are days in the commune, not UTC instants. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
