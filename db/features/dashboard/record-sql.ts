/**
 * The records behind a figure, as SQL: a record set selects `id, labelFr, labelAr, detail,
 * parentId, sortKey`, and the figure on the dashboard is `count(*)` of that very set, so the
 * number shown and the list it opens cannot disagree. Labels are what the screens already show:
 * a name (the Arabic one when typed, else the Latin one), a code, a date, a unit's code.
 */
import type { DashboardRecord } from '../../../api/channels/dashboard';
import type { DataContext } from '../../core/context';
import { plucked, stmt } from '../../core/statements';

/** At most this many records are sent; `total` says how many there are. */
export const RECORDS_LIMIT = 500;

export interface RecordSet {
  kind: DashboardRecord['kind'];
  sql: string;
  params: Record<string, unknown>;
}

export const countOf = (ctx: DataContext, set: RecordSet): number =>
  plucked(ctx, `SELECT count(*) FROM (${set.sql})`).get(set.params) as number;

export function recordsOf(ctx: DataContext, set: RecordSet): { total: number; rows: DashboardRecord[] } {
  const rows = stmt(ctx, `SELECT id, labelFr, labelAr, detail, parentId FROM (${set.sql}) ORDER BY sortKey, id LIMIT ${RECORDS_LIMIT}`).all(
    set.params,
  ) as Omit<DashboardRecord, 'kind'>[];
  return { total: countOf(ctx, set), rows: rows.map((r) => ({ kind: set.kind, ...r })) };
}

/** "LAST First" of a person row (staff or association trainee) in one script. */
const nameIn = (alias: string, lang: 'fr' | 'ar') =>
  `trim(coalesce(${alias}.last_name_${lang}, '') || ' ' || coalesce(${alias}.first_name_${lang}, ''))`;

/** A person's labels and sort key: the Arabic name when it was typed, else the Latin one. */
export const personLabels = (alias: string) =>
  `${nameIn(alias, 'fr')} AS labelFr, coalesce(nullif(${nameIn(alias, 'ar')}, ''), ${nameIn(alias, 'fr')}) AS labelAr,
   ${alias}.sort_name_fr AS sortKey`;

/** The labels of an enrolment's participant, from its staff row `p` or trainee row `t` (both left-joined). */
export const participantLabels = (p: string, t: string, sortBefore = "''") => {
  const pick = (lang: 'fr' | 'ar') => `CASE WHEN ${p}.id IS NOT NULL THEN ${nameIn(p, lang)} ELSE ${nameIn(t, lang)} END`;
  return `${pick('fr')} AS labelFr, coalesce(nullif(${pick('ar')}, ''), ${pick('fr')}) AS labelAr,
    ${sortBefore} || coalesce(${p}.sort_name_fr, ${t}.sort_name_fr) AS sortKey`;
};

/** A bilingual title with the Latin one standing in for a missing Arabic one. */
export const titleLabels = (fr: string, ar: string) => `${fr} AS labelFr, coalesce(nullif(${ar}, ''), ${fr}) AS labelAr`;

/** A session's labels (its title, else its course's) and its first slot of the year as detail and sort key. */
export const SESSION_COLUMNS = `s.id AS id, ${titleLabels("coalesce(nullif(s.title_fr, ''), c.title_fr)", "coalesce(nullif(s.title_ar, ''), c.title_ar)")},
  s.code || ' · ' || coalesce((SELECT min(x.date) FROM session_slots x WHERE x.session_id = s.id AND x.date >= @first AND x.date < @next), '') AS detail,
  NULL AS parentId,
  coalesce((SELECT min(x.date) FROM session_slots x WHERE x.session_id = s.id AND x.date >= @first AND x.date < @next), '') || s.code AS sortKey
  FROM training_sessions s JOIN courses c ON c.id = s.course_id`;

/** A staff member's record: matricule and unit code as detail. */
export const STAFF_COLUMNS = `p.id AS id, ${personLabels('p')},
  p.matricule || coalesce(' · ' || nullif(u.code, ''), '') AS detail, NULL AS parentId
  FROM staff p LEFT JOIN org_units u ON u.id = p.unit_id`;

/** Ids handed to SQL as one JSON parameter. */
export const idsParam = (ids: Iterable<string>) => JSON.stringify([...ids]);
export const IN_IDS = (column: string, param = 'ids') => `${column} IN (SELECT value FROM json_each(@${param}))`;
