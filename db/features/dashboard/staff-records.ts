/**
 * The people behind the figures of people: staff active, trained, not trained, by unit, by month;
 * association trainees. The trained are read from the same attended marks as the indicators
 * (their ids handed to SQL as JSON), the active by the same condition as staffActive, so each
 * list is as long as its figure. Hours in the detail are those of the year (or the month).
 */
import type { MarksRow } from '../evaluation/indicators-people';
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

const hoursJson = (by: Map<string, number>) => JSON.stringify(Object.fromEntries([...by].map(([k, v]) => [k, round2(v)])));

export const staffActive = (s: Scope): RecordSet => ({
  kind: 'staff',
  sql: `SELECT ${STAFF_COLUMNS} WHERE ${STAFF_ACTIVE_WHERE} AND ${s.r.staff('p')}`,
  params: { ...s.r.params, day: s.day },
});

export const staffNotTrained = (s: Scope, marks: readonly MarksRow[]): RecordSet => ({
  kind: 'staff',
  sql: `SELECT ${STAFF_COLUMNS} WHERE ${STAFF_ACTIVE_WHERE} AND ${s.r.staff('p')} AND NOT ${IN_IDS('p.id')}`,
  params: { ...s.r.params, day: s.day, ids: idsParam(hoursByPerson(marks, 'staff').keys()) },
});

/** Staff with attended marks among `marks` (already narrowed to a unit's bar or a month by the caller). */
export function staffTrained(marks: readonly MarksRow[]): RecordSet {
  const hours = hoursByPerson(marks, 'staff');
  return {
    kind: 'staff',
    sql: `SELECT p.id AS id, ${personLabels('p')},
        p.matricule || ' · ' || json_extract(@hours, '$."' || p.id || '"') || ' h' AS detail, NULL AS parentId
      FROM staff p WHERE ${IN_IDS('p.id')}`,
    params: { ids: idsParam(hours.keys()), hours: hoursJson(hours) },
  };
}

/** Association trainees with attended marks among `marks`; their organisation is the parent. */
export function traineesTrained(marks: readonly MarksRow[]): RecordSet {
  const hours = hoursByPerson(marks, 'trainee');
  return {
    kind: 'trainee',
    sql: `SELECT t.id AS id, ${personLabels('t')},
        coalesce(nullif(o.acronym_fr, ''), o.name_fr) || ' · ' || json_extract(@hours, '$."' || t.id || '"') || ' h' AS detail,
        t.organization_id AS parentId
      FROM association_trainees t JOIN organizations o ON o.id = t.organization_id WHERE ${IN_IDS('t.id')}`,
    params: { ids: idsParam(hours.keys()), hours: hoursJson(hours) },
  };
}
