/**
 * Gap and needs figures for `npm run bench` (ms), not pass/fail: the service matrix, the gap rows
 * of `sas gaps` and the needs aggregation of `sas needs`, through the dispatcher, beside the same
 * computation in one raw SQL query, on a demo database (commune: 490 staff; programme: ~5,900).
 */
import type { DataContext } from '../../db/core/context';
import { dispatch } from '../../db/dispatch/dispatcher';
import { measure } from './stats';

const RAW_GAPS = `SELECT s.matricule, c.code AS competency, r.required_level AS required, cr.level,
    CASE WHEN cr.level IS NULL THEN NULL ELSE max(0, r.required_level - cr.level) END AS gap, r.importance
  FROM staff s JOIN job_requirements r ON r.job_id = s.job_id JOIN competencies c ON c.id = r.competency_id
  LEFT JOIN competency_ratings cr ON cr.staff_id = s.id AND cr.competency_id = r.competency_id AND cr.valid_to IS NULL
  WHERE s.status = 'active' ORDER BY s.matricule, c.code`;

const RAW_NEEDS = `SELECT c.code AS competency, count(*) AS people,
    sum(CASE r.importance WHEN 'essential' THEN 3 WHEN 'important' THEN 2 ELSE 1 END * (r.required_level - cr.level)) AS score
  FROM staff s JOIN job_requirements r ON r.job_id = s.job_id JOIN competencies c ON c.id = r.competency_id
  JOIN competency_ratings cr ON cr.staff_id = s.id AND cr.competency_id = r.competency_id AND cr.valid_to IS NULL
  WHERE s.status = 'active' AND cr.level < r.required_level GROUP BY c.code ORDER BY score DESC, c.code`;

/** The matrix in SQL: each active person's current level on each competency any job requires. */
const RAW_MATRIX = `SELECT s.id, cr.competency_id, cr.level, r.required_level
  FROM staff s JOIN competencies c ON c.id IN (SELECT competency_id FROM job_requirements)
  LEFT JOIN competency_ratings cr ON cr.staff_id = s.id AND cr.competency_id = c.id AND cr.valid_to IS NULL
  LEFT JOIN job_requirements r ON r.job_id = s.job_id AND r.competency_id = c.id
  WHERE s.status = 'active' ORDER BY s.sort_name_fr, s.matricule, c.code`;

function channel(ctx: DataContext, name: 'gaps.matrix' | 'gaps.list' | 'needs.scores' | 'needs.priorities', input: object) {
  return () => {
    const r = dispatch(name, input, ctx);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
}

export function gapFigures(ctx: DataContext) {
  const count = (sql: string) => (ctx.sqlite.prepare(sql).get() as { n: number }).n;
  const gaps = ctx.sqlite.prepare(RAW_GAPS);
  const needs = ctx.sqlite.prepare(RAW_NEEDS);
  const matrix = ctx.sqlite.prepare(RAW_MATRIX);
  return {
    activeStaff: count("SELECT count(*) AS n FROM staff WHERE status = 'active'"),
    ratings: count('SELECT count(*) AS n FROM competency_ratings'),
    matrixWholeService: { dispatcher: measure(channel(ctx, 'gaps.matrix', {}), 10, 2), rawSql: measure(() => matrix.all(), 10, 2) },
    gapRows: { dispatcher: measure(channel(ctx, 'gaps.list', {}), 10, 2), rawSql: measure(() => gaps.all(), 10, 2) },
    needScores: { dispatcher: measure(channel(ctx, 'needs.scores', {}), 10, 2), rawSql: measure(() => needs.all(), 10, 2) },
    needPriorities: { dispatcher: measure(channel(ctx, 'needs.priorities', {}), 10, 2) },
  };
}
