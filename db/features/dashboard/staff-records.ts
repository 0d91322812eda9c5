/**
 * The people behind the figures of people: staff active, trained, not trained, by unit, by month;
 * association trainees. The trained are read from the same attended marks as the indicators
 * (their ids handed to SQL as JSON), the active by the same condition as staffActive, so each
 * list is as long as its figure. Hours in the detail are those of the year (or the month).
 */
import { associationTrainees, organizations, staff } from '../../schema';
import type { MarksRow } from '../evaluation/indicators-people';
import { named } from '../sessions/sql-names';
import { STAFF_ACTIVE_WHERE, hoursOf } from '../evaluation/indicators-people';
import { round2 } from '../sessions/slot-math';
import type { Scope } from './quality';
import { IN_IDS, type RecordSet, STAFF_COLUMNS, idsParam, personLabels } from './record-sql';

/** Hours attended per person (staff or trainee id) in the marks given. */
export function hoursByPerson(marks: readonly MarksRow[], which: 'staff' | 'trainee'): Map<string, number> {
  const by = new Map<string, number>();
  for (const m of marks) {
    const id = which === 'staff' ? m.staffId : m.traineeId;
    if (id) by.set(id, (by.get(id) ?? 0) + hoursOf(m));
  }
  return by;
}

const P = named(staff, 'p');
const T = named(associationTrainees, 't');
const O = named(organizations, 'o');

/** A person's hours from the `@hours` JSON object (id → hours), as "7.5 h". */
const hoursOfRow = (id: string) => `json_extract(@hours, '$."' || ${id} || '"')`;

const hoursJson = (by: Map<string, number>) => JSON.stringify(Object.fromEntries([...by].map(([k, v]) => [k, round2(v)])));

export const staffActive = (s: Scope): RecordSet => ({
  kind: 'staff',
  sql: `SELECT ${STAFF_COLUMNS} WHERE ${STAFF_ACTIVE_WHERE} AND ${s.r.staff('p')}`,
  params: { ...s.r.params, day: s.day },
});

export const staffNotTrained = (s: Scope, marks: readonly MarksRow[]): RecordSet => ({
  kind: 'staff',
  sql: `SELECT ${STAFF_COLUMNS} WHERE ${STAFF_ACTIVE_WHERE} AND ${s.r.staff('p')} AND NOT ${IN_IDS(P.c('id'))}`,
  params: { ...s.r.params, day: s.day, ids: idsParam(hoursByPerson(marks, 'staff').keys()) },
});

/** Staff with attended marks among `marks` (already narrowed to a unit's bar or a month by the caller). */
export function staffTrained(marks: readonly MarksRow[]): RecordSet {
  const hours = hoursByPerson(marks, 'staff');
  return {
    kind: 'staff',
    sql: `SELECT ${P.c('id')} AS id, ${personLabels(P)},
        ${P.c('matricule')} AS detail, NULL AS date, ${hoursOfRow(P.c('id'))} AS hours, NULL AS parentId
      FROM ${P.from} WHERE ${IN_IDS(P.c('id'))}`,
    params: { ids: idsParam(hours.keys()), hours: hoursJson(hours) },
  };
}

/** Association trainees with attended marks among `marks`; their organisation is the parent. */
export function traineesTrained(marks: readonly MarksRow[]): RecordSet {
  const hours = hoursByPerson(marks, 'trainee');
  return {
    kind: 'trainee',
    sql: `SELECT ${T.c('id')} AS id, ${personLabels(T)},
        coalesce(nullif(${O.c('acronymFr')}, ''), ${O.c('nameFr')}) AS detail, NULL AS date, ${hoursOfRow(T.c('id'))} AS hours,
        ${T.c('organizationId')} AS parentId
      FROM ${T.from} JOIN ${O.from} ON ${O.c('id')} = ${T.c('organizationId')} WHERE ${IN_IDS(T.c('id'))}`,
    params: { ids: idsParam(hours.keys()), hours: hoursJson(hours) },
  };
}
