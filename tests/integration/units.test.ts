import { describe, expect, it } from 'vitest';
import { auditOf, call, openTemp, refusal, setup } from './helpers';

describe('units', () => {
  it('records who created and changed a unit, and which fields', () => {
    const ctx = openTemp();
    setup(ctx, 'Samira Alaoui');
    const unit = call(ctx, 'units.create', { kind: 'division', nameFr: 'Division des affaires sociales', nameAr: 'قسم الشؤون الاجتماعية' });
    call(ctx, 'units.update', { id: unit.id, kind: 'division', nameFr: 'Division de l’action sociale', nameAr: 'قسم الشؤون الاجتماعية' });
    expect(auditOf(ctx, unit.id)).toEqual([
      { operator: 'Samira Alaoui', tableName: 'units', action: 'create', fields: [] },
      { operator: 'Samira Alaoui', tableName: 'units', action: 'update', fields: ['nameFr'] },
    ]);
    expect(call(ctx, 'units.get', { id: unit.id }).nameFr).toBe('Division de l’action sociale');
  });

  it('cannot become its own parent or descendant', () => {
    const ctx = openTemp();
    const top = call(ctx, 'units.create', { kind: 'direction', nameFr: 'DGS' });
    const mid = call(ctx, 'units.create', { kind: 'division', nameFr: 'Division', parentId: top.id });
    const low = call(ctx, 'units.create', { kind: 'service', nameFr: 'Service', parentId: mid.id });
    for (const parentId of [top.id, low.id]) {
      expect(refusal(ctx, 'units.update', { id: top.id, kind: 'direction', nameFr: 'DGS', parentId })).toEqual({
        code: 'conflict',
        messageKey: 'errors.unitCycle',
        issues: [{ path: 'parentId', message: 'errors.unitCycle' }],
      });
    }
    expect(call(ctx, 'units.get', { id: top.id }).parentId).toBeNull();
    // Moving a unit sideways is fine.
    expect(call(ctx, 'units.update', { id: low.id, kind: 'service', nameFr: 'Service', parentId: top.id }).parentId).toBe(top.id);
  });

  it('with staff cannot be deleted: the holders are named, and it can be archived instead', () => {
    const ctx = openTemp();
    setup(ctx);
    const unit = call(ctx, 'units.create', { kind: 'service', nameFr: 'Service social' });
    const naima = { lastNameFr: 'Benali', firstNameFr: 'Naïma', lastNameAr: 'بنعلي', firstNameAr: 'نعيمة' };
    call(ctx, 'staff.create', { matricule: '1204001', ...naima, gender: 'f', unitId: unit.id });
    call(ctx, 'staff.create', { matricule: '1204002', lastNameFr: 'Tahiri', firstNameFr: 'Karim', gender: 'm', unitId: unit.id });
    // People are named, not numbered, in each script (the French name where there is no Arabic one).
    const staff = { kind: 'staff', count: 2, examples: ['Benali Naïma', 'Tahiri Karim'], examplesAr: ['بنعلي نعيمة', 'Tahiri Karim'] };
    expect(refusal(ctx, 'units.delete', { id: unit.id })).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.stillReferenced',
      holders: [staff],
    });
    // Said before the confirmation: the same holders, read without trying to delete.
    expect(call(ctx, 'units.holders', { id: unit.id })).toEqual([staff]);
    expect(call(ctx, 'units.holders', { id: call(ctx, 'units.create', { kind: 'bureau', nameFr: 'Vide' }).id })).toEqual([]);
    expect(call(ctx, 'units.list', {}).map((u) => u.nameFr)).toEqual(['Service social', 'Vide']);

    expect(call(ctx, 'units.delete', { id: unit.id, archiveInstead: true })).toEqual({ deleted: false, archived: true });
    expect(call(ctx, 'units.list', {}).map((u) => u.nameFr)).toEqual(['Vide']);
    expect(call(ctx, 'units.list', { includeArchived: true }).find((u) => u.id === unit.id)).toMatchObject({ staffCount: 2 });
    expect(auditOf(ctx, unit.id).map((a) => a.action)).toEqual(['create', 'archive']);
  });

  it('without staff or sub-units is deleted, and the deletion is audited', () => {
    const ctx = openTemp();
    const top = call(ctx, 'units.create', { kind: 'direction', nameFr: 'DGS' });
    const child = call(ctx, 'units.create', { kind: 'division', nameFr: 'Division', parentId: top.id });
    expect(refusal(ctx, 'units.delete', { id: top.id }).holders).toEqual([
      { kind: 'units', count: 1, examples: ['Division'], examplesAr: ['Division'] },
    ]);
    expect(call(ctx, 'units.delete', { id: child.id })).toEqual({ deleted: true, archived: false });
    expect(refusal(ctx, 'units.get', { id: child.id }).code).toBe('not_found');
    expect(auditOf(ctx, child.id).map((a) => a.action)).toEqual(['create', 'delete']);
  });
});
