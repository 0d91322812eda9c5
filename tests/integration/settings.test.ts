import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, count, openTemp, refusal, setup, tempDir } from './helpers';
import { loadMigrations } from '../../db/core/migrate';

describe('settings', () => {
  it('a new installation is not set up; setup names the commune and operator', () => {
    const ctx = openTemp();
    expect(call(ctx, 'app.info', {})).toMatchObject({
      setupDone: false,
      isEmpty: true,
      readOnly: false,
      schemaVersion: loadMigrations().length,
    });
    setup(ctx, 'Samira Alaoui');
    expect(call(ctx, 'app.info', {}).setupDone).toBe(true);
    expect(call(ctx, 'settings.get', {})).toMatchObject({
      communeFr: 'Berkane',
      communeAr: 'بركان',
      operatorName: 'Samira Alaoui',
      setupDone: true,
    });
  });

  it('setup runs once: afterwards it is refused (conflict) and the settings stay as they were', () => {
    const ctx = openTemp();
    setup(ctx, 'Samira Alaoui');
    const before = call(ctx, 'settings.get', {});
    const audit = count(ctx, 'audit_log');
    const again = { communeFr: 'Oujda', communeAr: 'وجدة', role: 'coordinator', operatorName: 'Intrus', language: 'ar' };
    expect(refusal(ctx, 'settings.setup', again)).toEqual({ code: 'conflict', messageKey: 'errors.alreadySetUp' });
    expect(call(ctx, 'settings.get', {})).toEqual(before);
    expect(count(ctx, 'audit_log')).toBe(audit);
  });

  it('setup requires an operator name and the commune in one language at least', () => {
    const ctx = openTemp();
    const error = refusal(ctx, 'settings.setup', { role: 'sas', operatorName: '  ', language: 'fr' });
    expect(error.issues).toEqual([
      { path: 'operatorName', message: 'errors.required' },
      { path: 'communeFr', message: 'errors.nameOneLanguage' },
    ]);
    expect(call(ctx, 'app.info', {}).setupDone).toBe(false);
  });

  it('changing only the language keeps the commune and the operator, and is not logged as a change', () => {
    const ctx = openTemp();
    setup(ctx, 'Samira Alaoui');
    const before = call(ctx, 'audit.list', {}).total;
    const after = call(ctx, 'settings.update', { language: 'ar' });
    expect(after).toMatchObject({ language: 'ar', communeFr: 'Berkane', communeAr: 'بركان', operatorName: 'Samira Alaoui' });
    expect(call(ctx, 'audit.list', {}).total).toBe(before);
    call(ctx, 'settings.update', { communeFr: 'Berkane (Oriental)', language: 'fr' });
    expect(call(ctx, 'audit.list', { limit: 1 }).rows[0]).toMatchObject({
      entity: 'settings',
      action: 'update',
      operator: 'Samira Alaoui',
      fields: ['communeFr'],
    });
  });

  it('refuses an empty operator name in the settings, as at setup', () => {
    const ctx = openTemp();
    setup(ctx, 'Samira Alaoui');
    expect(refusal(ctx, 'settings.update', { operatorName: '  ' }).issues).toEqual([{ path: 'operatorName', message: 'errors.required' }]);
    expect(call(ctx, 'settings.get', {}).operatorName).toBe('Samira Alaoui');
  });

  it('keeps the installation id across reopenings', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const first = call(openTemp(file), 'settings.get', {}).installationId;
    expect(call(openTemp(file), 'settings.get', {}).installationId).toBe(first);
  });
});

describe('demo data', () => {
  it('fills an empty database, and is refused on one that holds data', () => {
    const ctx = openTemp();
    expect(call(ctx, 'demo.load', {})).toMatchObject({ staff: 490 });
    expect(call(ctx, 'app.info', {}).isEmpty).toBe(false);
    const staff = count(ctx, 'staff');
    expect(refusal(ctx, 'demo.load', {})).toEqual({ code: 'conflict', messageKey: 'errors.demoNeedsEmpty' });
    expect(count(ctx, 'staff')).toBe(staff);
  });

  it('gives the adopted plan result indicators with measurements and an ROI estimate, the same at every load', () => {
    const shown = () => {
      const ctx = openTemp();
      call(ctx, 'demo.load', {});
      const plan = call(ctx, 'plans.list', {})[0]!;
      const results = call(ctx, 'results.list', { planId: plan.id });
      const action = call(ctx, 'plans.get', { id: plan.id }).actionList.find((a) => a.code === 'F01')!;
      return {
        results: results.map((r) => [r.nameFr, r.baseline, r.target, r.measurements.map((m) => m.value), r.progress]),
        roi: { ...call(ctx, 'roi.get', { actionId: action.id }), actionId: 'F01' },
      };
    };
    const first = shown();
    expect(first.results).toHaveLength(3);
    for (const [, , , values, progress] of first.results) {
      expect((values as number[]).length).toBeGreaterThan(0);
      expect(progress).toBeGreaterThan(0);
      expect(progress).toBeLessThan(1);
    }
    expect(first.roi.benefitCostRatio).toBeGreaterThan(1);
    expect(first.roi.roi).toBeCloseTo(first.roi.benefitCostRatio! - 1);
    expect(shown()).toEqual(first);
  });

  it('is refused when the Service has created even a single unit', () => {
    const ctx = openTemp();
    call(ctx, 'units.create', { kind: 'direction', nameFr: 'DGS' });
    expect(refusal(ctx, 'demo.load', {}).code).toBe('conflict');
    expect(count(ctx, 'staff')).toBe(0);
  });
});

describe('the audit log', () => {
  it('lists the latest change first, even within the same millisecond', () => {
    const ctx = openTemp();
    setup(ctx);
    const units = ['A', 'B', 'C', 'D', 'E'].map((nameFr) => call(ctx, 'units.create', { kind: 'service', nameFr }).id);
    expect(call(ctx, 'audit.list', { limit: 5 }).rows.map((e) => e.recordId)).toEqual(units.reverse());
  });

  it('filters by who, what and when, and pages beyond the first lines', () => {
    const ctx = openTemp();
    setup(ctx, 'Samira Alaoui');
    const firstUnits = Array.from({ length: 30 }, (_, i) => call(ctx, 'units.create', { kind: 'service', nameFr: `U${i}` }).id);
    call(ctx, 'settings.update', { operatorName: 'Karim Benali' });
    const staff = call(ctx, 'staff.create', { matricule: 'M1', lastNameFr: 'Alaoui', gender: 'f' });
    const all = call(ctx, 'audit.list', { limit: 500 });
    expect(all.operators).toEqual(['Karim Benali', 'Samira Alaoui']);
    expect(all.entities).toEqual(expect.arrayContaining(['settings', 'staff', 'units']));

    const units = call(ctx, 'audit.list', { entity: 'units', limit: 20 });
    expect(units.total).toBe(30);
    const page2 = call(ctx, 'audit.list', { entity: 'units', offset: 20, limit: 20 });
    expect(page2.rows.map((r) => r.recordId)).toEqual(firstUnits.slice(0, 10).reverse());

    const byKarim = call(ctx, 'audit.list', { operator: 'Karim Benali' });
    // The change of operator is itself signed by the new name, then everything after it.
    expect(byKarim.rows.map((r) => r.entity)).toEqual(['staff', 'settings']);
    expect(byKarim.rows[0].recordId).toBe(staff.id);

    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(call(ctx, 'audit.list', { since: future }).total).toBe(0);
    expect(call(ctx, 'audit.list', { until: future }).total).toBe(all.total);
  });
});
