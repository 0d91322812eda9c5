import { describe, expect, it } from 'vitest';
import type { DataContext } from '../../db/core/context';
import { auditOf, call, openTemp, refusal, setup } from './helpers';

let matricule = 1_300_000;
const person = (ctx: DataContext, unitId: string | null, lastNameFr: string, status: 'active' | 'left' = 'active') =>
  call(ctx, 'staff.create', {
    matricule: String(matricule++),
    lastNameFr,
    firstNameFr: 'A.',
    lastNameAr: `ع${lastNameFr}`,
    gender: 'f',
    unitId,
    status,
    leftDate: status === 'left' ? '2024-06-30' : null,
  });

/**
 * A small chart: direction → (division A → service A1, bureau A1a) and (division B), with staff
 * spread across it, one of whom has left.
 */
function smallChart() {
  const ctx = openTemp();
  setup(ctx);
  const top = call(ctx, 'units.create', { kind: 'direction', nameFr: 'Direction' });
  const a = call(ctx, 'units.create', { kind: 'division', nameFr: 'Division A', parentId: top.id });
  const a1 = call(ctx, 'units.create', { kind: 'service', nameFr: 'Service A1', parentId: a.id });
  const a1a = call(ctx, 'units.create', { kind: 'bureau', nameFr: 'Bureau A1a', parentId: a1.id });
  const b = call(ctx, 'units.create', { kind: 'division', nameFr: 'Division B', parentId: top.id });
  const director = person(ctx, top.id, 'Directrice');
  person(ctx, a.id, 'Alami');
  const clerk = person(ctx, a1a.id, 'Bennani');
  person(ctx, a1a.id, 'Chraibi');
  person(ctx, a1a.id, 'Parti', 'left');
  person(ctx, b.id, 'Doukkali');
  return { ctx, top, a, a1, a1a, b, director, clerk };
}

const counts = (ctx: DataContext) =>
  Object.fromEntries(call(ctx, 'units.list', {}).map((u) => [u.nameFr, [u.staffCount, u.totalStaffCount]]));

describe('the organisation chart', () => {
  it('counts each unit’s own active staff and rolls them up to every unit above', () => {
    const { ctx, top, a1a } = smallChart();
    expect(counts(ctx)).toEqual({
      Direction: [1, 5],
      'Division A': [1, 3],
      'Service A1': [0, 2],
      'Bureau A1a': [2, 2],
      'Division B': [1, 1],
    });
    // The branch total is what the staff list filtered by that unit counts.
    for (const unit of [top, a1a]) {
      const listed = call(ctx, 'staff.list', { unitId: unit.id }).total;
      expect(call(ctx, 'units.get', { id: unit.id }).totalStaffCount).toBe(listed);
    }
    // An archived unit's staff still count in the branch above it, as the staff filter shows them.
    call(ctx, 'units.setArchived', { id: a1a.id, archived: true });
    expect(counts(ctx)['Division A']).toEqual([1, 3]);
  });

  it('gives the demo commune’s top unit the whole staff, as its staff filter does', () => {
    const ctx = openTemp();
    setup(ctx);
    call(ctx, 'demo.load', {});
    const units = call(ctx, 'units.list', {});
    const top = units.find((u) => !u.parentId)!;
    const active = call(ctx, 'staff.list', {}).total;
    expect(top.totalStaffCount).toBe(active);
    expect(call(ctx, 'staff.list', { unitId: top.id }).total).toBe(active);
    expect(top.staffCount).toBeLessThan(10);
    // Every unit has a head in the demo data, an active member of that very unit.
    for (const u of units) {
      expect(u.headNameFr, u.nameFr).toBeTruthy();
      const head = call(ctx, 'staff.get', { id: u.headId! });
      expect(head).toMatchObject({ unitId: u.id, status: 'active', isManager: true });
    }
  });

  it('takes as head an active staff member of the unit or of a unit below it, and nobody else', () => {
    const { ctx, top, a, a1, b, director, clerk } = smallChart();
    const update = (unit: typeof a, headId: string | null) =>
      ({ id: unit.id, kind: unit.kind, nameFr: unit.nameFr, parentId: unit.parentId, headId }) as const;

    expect(call(ctx, 'units.update', update(top, director.id))).toMatchObject({
      headId: director.id,
      headNameFr: 'Directrice A.',
      headNameAr: 'عDirectrice',
    });
    // From a bureau below the division: accepted.
    expect(call(ctx, 'units.update', update(a, clerk.id)).headId).toBe(clerk.id);
    // Someone of another branch, or of the unit above: refused beside the field.
    for (const [unit, headId] of [
      [b, clerk.id],
      [a1, director.id],
    ] as const) {
      expect(refusal(ctx, 'units.update', update(unit, headId))).toEqual({
        code: 'invalid_input',
        messageKey: 'errors.headNotInUnit',
        issues: [{ path: 'headId', message: 'errors.headNotInUnit' }],
      });
    }
    const gone = call(ctx, 'staff.list', { status: 'left' }).rows[0];
    expect(refusal(ctx, 'units.update', update(a, gone.id)).messageKey).toBe('errors.headNotActive');
    expect(refusal(ctx, 'units.update', update(a, '01890000-0000-7000-8000-000000000000')).issues).toEqual([
      { path: 'headId', message: 'errors.notFound' },
    ]);
    // A new unit holds nobody yet: it cannot be created with a head.
    expect(refusal(ctx, 'units.create', { kind: 'bureau', nameFr: 'Nouveau', parentId: a.id, headId: clerk.id }).messageKey).toBe(
      'errors.headNotInUnit',
    );
    expect(auditOf(ctx, a.id).at(-1)).toMatchObject({ action: 'update', fields: ['headId'] });
  });

  it('loses its head, audited, when the head leaves, moves out of the branch or is deleted', () => {
    const { ctx, top, a, a1, b, director, clerk } = smallChart();
    call(ctx, 'units.update', { id: top.id, kind: 'direction', nameFr: 'Direction', headId: director.id });
    call(ctx, 'units.update', { id: a.id, kind: 'division', nameFr: 'Division A', parentId: top.id, headId: clerk.id });
    call(ctx, 'units.update', { id: b.id, kind: 'division', nameFr: 'Division B', parentId: top.id, headId: null });
    const clerkRecord = call(ctx, 'staff.get', { id: clerk.id });

    // Moving within the branch keeps the headship; moving to the other division ends it.
    call(ctx, 'staff.update', { ...clerkRecord, unitId: a1.id });
    expect(call(ctx, 'units.get', { id: a.id }).headId).toBe(clerk.id);
    call(ctx, 'staff.update', { ...clerkRecord, unitId: b.id });
    expect(call(ctx, 'units.get', { id: a.id }).headId).toBeNull();
    expect(auditOf(ctx, a.id).at(-1)).toMatchObject({ action: 'update', fields: ['headId'] });
    // The direction's head is still in its branch.
    expect(call(ctx, 'units.get', { id: top.id }).headId).toBe(director.id);

    // A head whose record is deleted: the unit says so in its History.
    call(ctx, 'staff.delete', { id: director.id });
    expect(call(ctx, 'units.get', { id: top.id })).toMatchObject({ headId: null, headNameFr: null });
    expect(auditOf(ctx, top.id).at(-1)).toMatchObject({ action: 'update', fields: ['headId'] });
    expect(ctx.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('loses a head who works in a sub-unit that moves to another branch', () => {
    const { ctx, top, a, a1, b, clerk } = smallChart();
    call(ctx, 'units.update', { id: a.id, kind: 'division', nameFr: 'Division A', parentId: top.id, headId: clerk.id });
    call(ctx, 'units.update', { id: a1.id, kind: 'service', nameFr: 'Service A1', parentId: b.id });
    expect(call(ctx, 'units.get', { id: a.id }).headId).toBeNull();
  });
});
