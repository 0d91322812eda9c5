/**
 * The dashboard's headline figures written a second time in plain SQL, with and without a unit
 * filter (the unit and every unit below it, by a recursive query of its own; association trainees
 * left out under a unit), as someone checking them by hand would: none of the service's fragments.
 * The benchmark compares them with `dashboard.year`.
 */
import type { Database } from 'better-sqlite3';

const MINUTES = (col: string) => `(CAST(substr(${col}, 1, 2) AS INTEGER) * 60 + CAST(substr(${col}, 4, 2) AS INTEGER))`;
const SLOT_HOURS = `round((${MINUTES('x.end_time')} - ${MINUTES('x.start_time')}) / 60.0, 2)`;
const BRANCH = `WITH RECURSIVE branch(id) AS (SELECT @unit UNION ALL SELECT u.id FROM org_units u JOIN branch b ON u.parent_id = b.id)`;
/** Staff of the branch, or everyone when @unit is null. */
const IN_BRANCH = (col: string) => `(@unit IS NULL OR ${col} IN (SELECT id FROM branch))`;
const KEPT = `(e.trainee_id IS NOT NULL AND @unit IS NULL OR e.staff_id IN (SELECT id FROM staff WHERE ${IN_BRANCH('unit_id')}))`;
const ATTENDED = `FROM attendance a JOIN session_slots x ON x.id = a.slot_id JOIN enrolments e ON e.id = a.enrolment_id
  WHERE x.date >= @first AND x.date < @next AND a.mark IN ('present', 'late') AND ${KEPT}`;
const ACTIVE_WHERE = `(hire_date IS NULL OR hire_date <= @day)
  AND CASE WHEN coalesce(left_date, '') = '' THEN status = 'active' ELSE left_date > @day END AND ${IN_BRANCH('unit_id')}`;

export const DASHBOARD_RAW_SQL = {
  staffActive: `${BRANCH} SELECT count(*) FROM staff WHERE ${ACTIVE_WHERE}`,
  staffTrained: `${BRANCH} SELECT count(DISTINCT e.staff_id) ${ATTENDED}`,
  staffNotTrained: `${BRANCH} SELECT count(*) FROM staff WHERE ${ACTIVE_WHERE}
    AND id NOT IN (SELECT e.staff_id ${ATTENDED} AND e.staff_id IS NOT NULL)`,
  trainingHours: `${BRANCH} SELECT round(coalesce(sum(${SLOT_HOURS}), 0), 2) ${ATTENDED}`,
  associationTrainees: `${BRANCH} SELECT count(DISTINCT e.trainee_id) ${ATTENDED}`,
  sessionsDelivered: `${BRANCH} SELECT count(*) FROM training_sessions s WHERE s.status IN ('delivered', 'evaluated', 'closed')
    AND EXISTS (SELECT 1 FROM session_slots x WHERE x.session_id = s.id AND x.date >= @first AND x.date < @next)
    AND (@unit IS NULL OR s.id IN (SELECT e.session_id ${ATTENDED}))`,
  staffWithoutJob: `${BRANCH} SELECT count(*) FROM staff WHERE ${ACTIVE_WHERE} AND job_id IS NULL`,
};
export type RawHeadline = Record<keyof typeof DASHBOARD_RAW_SQL, number>;

/** Prepares the statements once; the function runs them for a year and a unit (null: no filter). */
export function rawHeadline(db: Database): (year: number, day: string, unit: string | null) => RawHeadline {
  const statements = Object.entries(DASHBOARD_RAW_SQL).map(([key, sql]) => [key, db.prepare(sql).pluck()] as const);
  return (year, day, unit) => {
    const params = { first: `${year}-01-01`, next: `${year + 1}-01-01`, day, unit };
    return Object.fromEntries(statements.map(([key, s]) => [key, s.get(params) as number])) as RawHeadline;
  };
}
