/**
 * The records behind a figure, as SQL: a record set selects `id, labelFr, labelAr, detail, date,
 * hours, parentId, sortKey` (a date and hours apart, for the screen to write them in its language), and the figure on the dashboard is `count(*)` of that very set, so the
 * number shown and the list it opens cannot disagree. Labels are what the screens already show:
 * a name (the Arabic one when typed, else the Latin one), a code, a date, a unit's code.
 */
import type { DashboardRecord } from '../../../api/channels/dashboard';
import type { DataContext } from '../../core/context';
import { plucked, stmt } from '../../core/statements';
import { associationTrainees, courses, orgUnits, sessionSlots, staff, trainingSessions } from '../../schema';
import { inYear } from '../evaluation/indicator-sql';
import { type Named, named } from '../sessions/sql-names';

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
  const rows = stmt(
    ctx,
    `SELECT id, labelFr, labelAr, detail, date, hours, parentId FROM (${set.sql}) ORDER BY sortKey, id LIMIT ${RECORDS_LIMIT}`,
  ).all(set.params) as Omit<DashboardRecord, 'kind'>[];
  return { total: countOf(ctx, set), rows: rows.map((r) => ({ kind: set.kind, ...r })) };
}

type PersonNames = { c: (field: 'lastNameFr' | 'firstNameFr' | 'lastNameAr' | 'firstNameAr' | 'sortNameFr') => string };

/** "LAST First" of a person row (staff or association trainee) in one script. */
const nameIn = (t: PersonNames, lang: 'Fr' | 'Ar') =>
  `trim(coalesce(${t.c(`lastName${lang}`)}, '') || ' ' || coalesce(${t.c(`firstName${lang}`)}, ''))`;

/** A person's labels and sort key: the Arabic name when it was typed, else the Latin one. */
export const personLabels = (t: PersonNames) =>
  `${nameIn(t, 'Fr')} AS labelFr, coalesce(nullif(${nameIn(t, 'Ar')}, ''), ${nameIn(t, 'Fr')}) AS labelAr, ${t.c('sortNameFr')} AS sortKey`;

/** The labels of an enrolment's participant, from its staff row `p` or trainee row `t` (both left-joined). */
export const participantLabels = (p: Named<typeof staff>, t: Named<typeof associationTrainees>, sortBefore = "''") => {
  const pick = (lang: 'Fr' | 'Ar') => `CASE WHEN ${p.c('id')} IS NOT NULL THEN ${nameIn(p, lang)} ELSE ${nameIn(t, lang)} END`;
  return `${pick('Fr')} AS labelFr, coalesce(nullif(${pick('Ar')}, ''), ${pick('Fr')}) AS labelAr,
    ${sortBefore} || coalesce(${p.c('sortNameFr')}, ${t.c('sortNameFr')}) AS sortKey`;
};

/** A bilingual title with the Latin one standing in for a missing Arabic one. */
export const titleLabels = (fr: string, ar: string) => `${fr} AS labelFr, coalesce(nullif(${ar}, ''), ${fr}) AS labelAr`;

const S = named(trainingSessions, 's');
const C = named(courses, 'c');
const X = named(sessionSlots, 'x');
const P = named(staff, 'p');
const U = named(orgUnits, 'u');

const FIRST_DATE = `(SELECT min(${X.c('date')}) FROM ${X.from} WHERE ${X.c('sessionId')} = ${S.c('id')} AND ${inYear(X.c('date'))})`;

/** A session's labels (its title, else its course's) and its first slot of the year as detail and sort key; `s` is the session. */
export const SESSION_COLUMNS = `${S.c('id')} AS id,
  ${titleLabels(`coalesce(nullif(${S.c('titleFr')}, ''), ${C.c('titleFr')})`, `coalesce(nullif(${S.c('titleAr')}, ''), ${C.c('titleAr')})`)},
  ${S.c('code')} AS detail, ${FIRST_DATE} AS date, NULL AS hours, NULL AS parentId,
  coalesce(${FIRST_DATE}, '') || ${S.c('code')} AS sortKey
  FROM ${S.from} JOIN ${C.from} ON ${C.c('id')} = ${S.c('courseId')}`;

/** A staff member's record (`p`): matricule and unit code as detail. */
export const STAFF_COLUMNS = `${P.c('id')} AS id, ${personLabels(P)},
  ${P.c('matricule')} || coalesce(' · ' || nullif(${U.c('code')}, ''), '') AS detail, NULL AS date, NULL AS hours, NULL AS parentId
  FROM ${P.from} LEFT JOIN ${U.from} ON ${U.c('id')} = ${P.c('unitId')}`;

/** Ids handed to SQL as one JSON parameter. */
export const idsParam = (ids: Iterable<string>) => JSON.stringify([...ids]);
export const IN_IDS = (column: string, param = 'ids') => `${column} IN (SELECT value FROM json_each(@${param}))`;
