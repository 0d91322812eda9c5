/**
 * The year's indicators written a second time, one plain SQL statement per indicator, as someone
 * checking the figures by hand would write them (none of the service's fragments or formulas):
 * the benchmark measures both and says whether they agree. Hours per slot are rounded to the
 * hundredth as slot-math's `slotHours` does.
 */
import type { Database } from 'better-sqlite3';
import type { Indicators } from '../../api/channels/evaluation';

const MINUTES = (col: string) => `(CAST(substr(${col}, 1, 2) AS INTEGER) * 60 + CAST(substr(${col}, 4, 2) AS INTEGER))`;
const SLOT_HOURS = `round((${MINUTES('x.end_time')} - ${MINUTES('x.start_time')}) / 60.0, 2)`;
const IN_YEAR = `x.date >= @first AND x.date < @next`;
const ATTENDED = `FROM attendance a JOIN session_slots x ON x.id = a.slot_id JOIN enrolments e ON e.id = a.enrolment_id
  WHERE ${IN_YEAR} AND a.mark IN ('present', 'late')`;
const SESSION_IN_YEAR = (col: string) => `EXISTS (SELECT 1 FROM session_slots x WHERE x.session_id = ${col} AND ${IN_YEAR})`;
const ACTIVE = `SELECT count(*) FROM staff WHERE (hire_date IS NULL OR hire_date <= @day)
  AND CASE WHEN coalesce(left_date, '') = '' THEN status = 'active' ELSE left_date > @day END`;
const HOURS = `SELECT round(coalesce(sum(${SLOT_HOURS}), 0), 2) ${ATTENDED}`;
const STAFF_HOURS = `SELECT round(coalesce(sum(${SLOT_HOURS}), 0), 2) ${ATTENDED} AND e.staff_id IS NOT NULL`;
const TRAINED = `SELECT count(DISTINCT e.staff_id) ${ATTENDED}`;

export const RAW_SQL: Record<Exclude<keyof Indicators, 'year'>, string> = {
  staffActive: ACTIVE,
  staffTrained: TRAINED,
  accessRate: `SELECT (${TRAINED}) * 1.0 / nullif((${ACTIVE}), 0)`,
  trainingHours: HOURS,
  hoursPerAgent: `SELECT (${STAFF_HOURS}) / nullif((${ACTIVE}), 0)`,
  associationTrainees: `SELECT count(DISTINCT e.trainee_id) ${ATTENDED}`,
  associationsReached: `SELECT count(DISTINCT t.organization_id) FROM association_trainees t
    WHERE t.id IN (SELECT e.trainee_id ${ATTENDED})`,
  womenShareOfTrainees: `SELECT avg(gender = 'f') FROM (
    SELECT DISTINCT coalesce(e.staff_id, e.trainee_id) AS who, coalesce(p.gender, t.gender) AS gender
    FROM attendance a JOIN session_slots x ON x.id = a.slot_id JOIN enrolments e ON e.id = a.enrolment_id
    LEFT JOIN staff p ON p.id = e.staff_id LEFT JOIN association_trainees t ON t.id = e.trainee_id
    WHERE ${IN_YEAR} AND a.mark IN ('present', 'late'))`,
  sessionsDelivered: `SELECT count(*) FROM training_sessions s
    WHERE s.status IN ('delivered', 'evaluated', 'closed') AND ${SESSION_IN_YEAR('s.id')}`,
  satisfactionIndex: `SELECT avg((n.value - 1.0) / (q.scale_points - 1))
    FROM answers n JOIN questions q ON q.id = n.question_id JOIN responses r ON r.id = n.response_id
    JOIN evaluation_rounds ro ON ro.id = r.round_id
    WHERE ro.moment = 'end_sheet' AND q.type = 'scale' AND q.scale_points > 1 AND n.value BETWEEN 1 AND q.scale_points
      AND ${SESSION_IN_YEAR('ro.session_id')}`,
  meanNormalisedGain: `SELECT avg((po.score / po.max_score - pr.score / pr.max_score) / (1 - pr.score / pr.max_score))
    FROM responses pr JOIN evaluation_rounds a ON a.id = pr.round_id AND a.moment = 'pre_test'
    JOIN responses po ON po.enrolment_id = pr.enrolment_id
    JOIN evaluation_rounds b ON b.id = po.round_id AND b.moment = 'post_test'
    WHERE pr.max_score > 0 AND po.max_score > 0 AND pr.score < pr.max_score AND po.score IS NOT NULL
      AND ${SESSION_IN_YEAR('a.session_id')}`,
  applicationRate: `SELECT avg(o.frequency IN ('often', 'always'))
    FROM follow_up_objectives o JOIN follow_ups f ON f.id = o.follow_up_id
    WHERE f.done_on >= @first AND f.done_on < @next`,
  costPerTraineeHour: `SELECT (SELECT coalesce(sum(c.amount_centimes), 0) / 100.0 FROM session_costs c WHERE ${SESSION_IN_YEAR('c.session_id')})
    / nullif((${HOURS}), 0)`,
  needsCoverage: `SELECT sum(state IN ('planned', 'fulfilled')) * 1.0 / nullif(sum(state NOT IN ('rejected', 'deferred')), 0)
    FROM training_needs WHERE archived_at IS NULL`,
};

/** Prepares the statements once; the function runs all of them for a year. */
export function rawIndicators(db: Database): (year: number, day: string) => Indicators {
  // better-sqlite3 wants exactly the named parameters a statement uses: each gets its own list.
  const statements = Object.entries(RAW_SQL).map(
    ([key, sql]) => [key, db.prepare(sql).pluck(), ['first', 'next', 'day'].filter((name) => sql.includes(`@${name}`))] as const,
  );
  return (year, day) => {
    const params: Record<string, string> = { first: `${year}-01-01`, next: `${year + 1}-01-01`, day };
    const out: Record<string, number | null> = { year };
    for (const [key, s, names] of statements) out[key] = s.get(Object.fromEntries(names.map((n) => [n, params[n]]))) as number | null;
    return out as unknown as Indicators;
  };
}
