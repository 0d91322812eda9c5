/**
 * The dashboards for `npm run bench -- --dashboard` (ms), not pass/fail: `dashboard.year` through
 * the dispatcher on the programme-scale demo, without a filter and with a unit filter (the unit
 * directly under the top with the most staff), p50/p95, beside the same headline figures computed
 * by plain SQL (dashboard-raw.ts), and whether they agree; without a filter the indicators are
 * also compared with indicators.year's raw SQL (indicators-raw.ts).
 */
import type { Dashboard } from '../../api/channels/dashboard';
import type { DataContext } from '../../db/core/context';
import { dispatch } from '../../db/dispatch/dispatcher';
import { referenceDay } from '../../db/features/evaluation/indicator-math';
import { today } from '../../db/features/reviews/people';
import { type RawHeadline, rawHeadline } from './dashboard-raw';
import { rawIndicators } from './indicators-raw';
import { measure } from './stats';

const busiestYear = (ctx: DataContext): number =>
  Number(
    (ctx.sqlite.prepare('SELECT substr(date, 1, 4) FROM session_slots GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1').pluck().get() as
      string | undefined) ?? new Date().getFullYear(),
  );

/** The unit under the top of the chart whose branch holds the most staff. */
const biggestUnit = (ctx: DataContext): { id: string; code: string; staff: number } =>
  ctx.sqlite
    .prepare(
      `WITH RECURSIVE tree(top, id) AS (
         SELECT u.id, u.id FROM org_units u WHERE u.parent_id IN (SELECT id FROM org_units WHERE parent_id IS NULL)
         UNION ALL SELECT t.top, u.id FROM org_units u JOIN tree t ON u.parent_id = t.id)
       SELECT t.top AS id, (SELECT code FROM org_units WHERE id = t.top) AS code, count(s.id) AS staff
       FROM tree t JOIN staff s ON s.unit_id = t.id GROUP BY t.top ORDER BY staff DESC LIMIT 1`,
    )
    .get() as { id: string; code: string; staff: number };

const headlineOf = (d: Dashboard): RawHeadline => ({
  staffActive: d.indicators.staffActive,
  staffTrained: d.indicators.staffTrained,
  staffNotTrained: d.staffNotTrained,
  trainingHours: d.indicators.trainingHours,
  associationTrainees: d.indicators.associationTrainees,
  sessionsDelivered: d.indicators.sessionsDelivered,
  staffWithoutJob: d.quality.staffWithoutJob,
});

const differing = (a: Record<string, number | null>, b: Record<string, number | null>) =>
  Object.keys(b).filter((k) => {
    const x = a[k];
    const y = b[k];
    if (x === null || y === null || x === undefined || y === undefined) return x !== y;
    return Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  });

export function dashboardFigures(ctx: DataContext) {
  const year = busiestYear(ctx);
  const day = referenceDay(year, today());
  const unit = biggestUnit(ctx);
  const raw = rawHeadline(ctx.sqlite);
  const rawAll = rawIndicators(ctx.sqlite);
  const run = (filters: Record<string, unknown>) => () => {
    const r = dispatch('dashboard.year', { year, ...filters }, ctx);
    if (!r.ok) throw new Error(`dashboard.year: ${JSON.stringify(r.error)}`);
    return r.value as Dashboard;
  };
  const figures = (name: string, filters: Record<string, unknown>, unitId: string | null) => {
    const d = run(filters)();
    const viaChannel = headlineOf(d);
    const viaRaw = raw(year, day, unitId);
    const off = differing(viaChannel, viaRaw);
    const indicatorsOff = unitId ? [] : differing(d.indicators as never, rawAll(year, day) as never);
    return {
      [name]: {
        dispatcher: measure(run(filters), 30, 3),
        rawSqlHeadline: measure(() => raw(year, day, unitId), 30, 3),
        equal: off.length === 0 && indicatorsOff.length === 0,
        ...(off.length
          ? { differences: off.map((k) => ({ key: k, dispatcher: viaChannel[k as never], rawSql: viaRaw[k as never] })) }
          : {}),
        ...(indicatorsOff.length ? { indicatorDifferences: indicatorsOff } : {}),
        headline: viaChannel,
      },
    };
  };
  return {
    year,
    staff: ctx.sqlite.prepare('SELECT count(*) FROM staff').pluck().get() as number,
    unit,
    ...figures('unfiltered', {}, null),
    ...figures('unitFilter', { unitId: unit.id }, unit.id),
  };
}
