import { describe, expect, it } from 'vitest';
import { call, count, openTemp, refusal } from './helpers';
import { sessionCase } from './session-fixture';

const plan = (ctx: Parameters<typeof call>[0], year: number) =>
  call(ctx, 'plans.create', { year, titleFr: `Plan ${year}`, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });

describe('level 4: result indicators', () => {
  it('follow a baseline to a target through measurements, with the share attributed to training', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const p = plan(ctx, 2026);
    const action = call(ctx, 'actions.create', { planId: p.id, titleFr: 'Accueil', courseId: k.courseId }).actionList[0]!;
    const indicator = call(ctx, 'results.create', {
      planId: p.id,
      actionId: action.id,
      nameFr: 'Dossiers traités dans le mois',
      unitFr: '%',
      baseline: 40,
      baselineDate: '2026-01-15',
      target: 80,
      attributedShare: 0.5,
    });
    expect(indicator).toMatchObject({ latest: null, change: null, progress: null });
    call(ctx, 'results.addMeasurement', { indicatorId: indicator.id, date: '2026-09-30', value: 60, source: 'Registre du guichet' });
    const later = call(ctx, 'results.addMeasurement', { indicatorId: indicator.id, date: '2026-06-30', value: 50, source: 'Registre' });
    // The latest by date, whatever the order of typing.
    expect(later).toMatchObject({ latest: { value: 60 }, change: 20, attributedChange: 10, progress: 0.5 });
    expect(later.measurements.map((m) => m.date)).toEqual(['2026-06-30', '2026-09-30']);
    // A share in per cent outside 0–100, or a figure without its source, is refused and writes nothing.
    expect(
      refusal(ctx, 'results.addMeasurement', { indicatorId: indicator.id, date: '2026-10-30', value: -15, source: 'Registre' }).issues,
    ).toEqual([{ path: 'value', message: 'errors.percentValue' }]);
    expect(
      refusal(ctx, 'results.addMeasurement', { indicatorId: indicator.id, date: '2026-10-30', value: 55, source: ' ' }).issues?.[0]?.path,
    ).toBe('source');
    expect(count(ctx, 'indicator_measurements')).toBe(2);
    expect(call(ctx, 'results.list', { planId: p.id }).map((r) => r.nameFr)).toEqual(['Dossiers traités dans le mois']);
  });

  it('refuses an action of another plan and a share above 1, writing nothing', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const [p1, p2] = [plan(ctx, 2026), plan(ctx, 2027)];
    const other = call(ctx, 'actions.create', { planId: p2.id, titleFr: 'Ailleurs', courseId: k.courseId }).actionList[0]!;
    expect(refusal(ctx, 'results.create', { planId: p1.id, actionId: other.id, nameFr: 'X' }).issues).toEqual([
      { path: 'actionId', message: 'errors.result.notOfPlan' },
    ]);
    expect(refusal(ctx, 'results.create', { planId: p1.id, nameFr: 'X', attributedShare: 1.5 }).issues?.[0]?.path).toBe('attributedShare');
    expect(count(ctx, 'result_indicators')).toBe(0);
  });
});

describe('an action’s return on investment', () => {
  it('sets benefits against the actual costs (planned ones while none are recorded) and the participants’ time', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const p = plan(ctx, 2026);
    const action = call(ctx, 'actions.create', {
      planId: p.id,
      titleFr: 'Accueil',
      courseId: k.courseId,
      costs: [{ item: 'trainer_fees', amountCentimes: 10_000_00 }],
    }).actionList[0]!;
    expect(call(ctx, 'roi.get', { actionId: action.id })).toMatchObject({
      plannedCentimes: 10_000_00,
      fullCostCentimes: 10_000_00,
      roi: -1,
    });
    const saved = call(ctx, 'roi.save', { actionId: action.id, benefitsCentimes: 30_000_00, participantTimeCentimes: 5_000_00, notes: '' });
    expect(saved).toMatchObject({ fullCostCentimes: 15_000_00, benefitCostRatio: 2, roi: 1 });
    k.session(['2026-05-04'], { actionId: action.id, costs: [{ item: 'trainer_fees', amountCentimes: 12_000_00 }] });
    expect(call(ctx, 'roi.get', { actionId: action.id })).toMatchObject({ actualCentimes: 12_000_00, fullCostCentimes: 17_000_00 });
  });
});
