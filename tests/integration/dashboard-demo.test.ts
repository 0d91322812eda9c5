import { describe, expect, it } from 'vitest';
import { FIGURES, type Figure } from '../../api/channels/dashboard';
import { call, openTemp } from './helpers';
import { figureKeys, figureOn } from './dashboard-figures';

/**
 * The dashboards on the demo data (commune scale): without a filter the indicators are
 * indicators.year's, and under filters every figure and every bar of a chart leads to as many
 * records as it shows (a list longer than 500 rows still says its full count).
 */
describe('dashboards on the demo data', () => {
  it('match indicators.year, and every figure’s records count what it shows', () => {
    const ctx = openTemp();
    call(ctx, 'demo.load', {});
    const year = Number(
      (ctx.sqlite
        .prepare('SELECT substr(date, 1, 4) FROM session_slots GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')
        .pluck()
        .get() as string) ?? new Date().getFullYear(),
    );
    const unitId = ctx.sqlite
      .prepare('SELECT unit_id FROM staff WHERE unit_id IS NOT NULL GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1')
      .pluck()
      .get() as string;
    const planId = ctx.sqlite.prepare('SELECT id FROM training_plans WHERE year = ? LIMIT 1').pluck().get(year) as string | undefined;
    const plain = call(ctx, 'dashboard.year', { year });
    expect(plain.indicators).toEqual(call(ctx, 'indicators.year', { year }));
    expect(plain.indicators.staffTrained).toBeGreaterThan(0);

    const variants: Record<string, unknown>[] = [
      {},
      { unitId },
      { gender: 'f' },
      { population: 'associations' },
      ...(planId ? [{ planId }] : []),
    ];
    for (const filters of variants) {
      const d = call(ctx, 'dashboard.year', { year, ...filters } as never);
      for (const [figure, key] of [...FIGURES.map((f) => [f, null] as [Figure, null]), ...figureKeys(d)]) {
        const r = call(ctx, 'dashboard.records', { year, ...filters, figure, key } as never);
        const shown = figureOn(d, figure, key);
        if (shown !== null) expect(r.total, `${figure} ${key ?? ''} ${JSON.stringify(filters)}`).toBe(shown);
        expect(r.rows.length).toBe(Math.min(500, r.total));
      }
      for (const bar of d.charts.hoursByMonth.filter((b) => b.staffHours + b.associationHours > 0)) {
        const r = call(ctx, 'dashboard.records', { year, ...filters, figure: 'hoursByMonth', key: String(bar.month) } as never);
        if (r.total <= 500) expect(r.rows.reduce((a, x) => a + (x.hours ?? NaN), 0)).toBeCloseTo(bar.staffHours + bar.associationHours, 6);
      }
    }
  });
});
