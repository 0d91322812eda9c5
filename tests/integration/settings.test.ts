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

  it('setup requires an operator name and the commune in one language at least', () => {
    const ctx = openTemp();
    const error = refusal(ctx, 'settings.setup', { role: 'sas', operatorName: '  ', language: 'fr' });
    expect(error.issues).toEqual([
      { path: 'operatorName', message: 'errors.required' },
      { path: 'communeFr', message: 'errors.nameOneLanguage' },
    ]);
    expect(call(ctx, 'app.info', {}).setupDone).toBe(false);
  });

  it('changing only the language keeps the commune and the operator', () => {
    const ctx = openTemp();
    setup(ctx, 'Samira Alaoui');
    const after = call(ctx, 'settings.update', { language: 'ar' });
    expect(after).toMatchObject({ language: 'ar', communeFr: 'Berkane', communeAr: 'بركان', operatorName: 'Samira Alaoui' });
    const entry = call(ctx, 'audit.list', { limit: 1 })[0];
    expect(entry).toMatchObject({ tableName: 'settings', action: 'update', operator: 'Samira Alaoui', fields: ['language'] });
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
    expect(call(ctx, 'audit.list', { limit: 5 }).map((e) => e.recordId)).toEqual(units.reverse());
  });
});
