import { describe, expect, it } from 'vitest';
import { auditOf, call, openTemp, refusal, setup } from './helpers';

const naima = {
  matricule: '1204001',
  firstNameFr: 'Naïma',
  lastNameFr: 'Benali',
  firstNameAr: 'نعيمة',
  lastNameAr: 'بنعلي',
  gender: 'f',
} as const;

describe('staff records', () => {
  it('record who created and changed them, and which fields', () => {
    const ctx = openTemp();
    setup(ctx, 'Khalid Mansouri');
    const member = call(ctx, 'staff.create', naima);
    const grade = call(ctx, 'grades.create', { nameFr: 'Administrateur', nameAr: 'متصرف' });
    call(ctx, 'staff.update', { ...naima, id: member.id, lastNameFr: 'Benali-Ziani', gradeId: grade.id });
    call(ctx, 'staff.delete', { id: member.id });
    expect(auditOf(ctx, member.id)).toEqual([
      { operator: 'Khalid Mansouri', tableName: 'staff', action: 'create', fields: [] },
      { operator: 'Khalid Mansouri', tableName: 'staff', action: 'update', fields: ['lastNameFr', 'gradeId'] },
      { operator: 'Khalid Mansouri', tableName: 'staff', action: 'delete', fields: [] },
    ]);
    expect(refusal(ctx, 'staff.get', { id: member.id }).code).toBe('not_found');
  });

  it('refuse a matricule already used, against the matricule field', () => {
    const ctx = openTemp();
    call(ctx, 'staff.create', naima);
    const other = call(ctx, 'staff.create', { ...naima, matricule: '1204002', firstNameFr: 'Karim', gender: 'm' });
    const expected = {
      code: 'conflict',
      messageKey: 'errors.matriculeTaken',
      issues: [{ path: 'matricule', message: 'errors.matriculeTaken' }],
    };
    expect(refusal(ctx, 'staff.create', { ...naima, firstNameFr: 'Autre' })).toEqual(expected);
    expect(refusal(ctx, 'staff.update', { ...naima, id: other.id })).toEqual(expected);
    expect(call(ctx, 'staff.get', { id: other.id }).matricule).toBe('1204002');
  });

  it('keep the name search in step with renames and deletions', () => {
    const ctx = openTemp();
    const member = call(ctx, 'staff.create', naima);
    const find = (query: string) => call(ctx, 'staff.list', { query }).rows.map((r) => r.matricule);
    expect(find('benali')).toEqual(['1204001']);
    call(ctx, 'staff.update', { ...naima, id: member.id, lastNameFr: 'Tahiri' });
    expect(find('benali')).toEqual([]);
    expect(find('tahiri')).toEqual(['1204001']);
    call(ctx, 'staff.delete', { id: member.id });
    expect(find('tahiri')).toEqual([]);
  });

  it('name their grade from a bilingual list, in the list language; an archived grade stays where it was', () => {
    const ctx = openTemp();
    const admin = call(ctx, 'grades.create', { nameFr: 'Administrateur 2e grade', nameAr: 'متصرف من الدرجة الثانية' });
    const writer = call(ctx, 'grades.create', { nameFr: 'Rédacteur', nameAr: '' });
    expect(call(ctx, 'grades.list', {}).map((g) => [g.nameFr, g.position])).toEqual([
      ['Administrateur 2e grade', 0],
      ['Rédacteur', 1],
    ]);
    const member = call(ctx, 'staff.create', { ...naima, gradeId: admin.id });
    expect(call(ctx, 'staff.list', { lang: 'ar' }).rows[0].grade).toBe('متصرف من الدرجة الثانية');
    expect(call(ctx, 'staff.list', { lang: 'fr' }).rows[0].grade).toBe('Administrateur 2e grade');
    call(ctx, 'staff.update', { ...naima, id: member.id, gradeId: writer.id });
    // No Arabic name yet: the list says the French one rather than nothing.
    expect(call(ctx, 'staff.list', { lang: 'ar' }).rows[0].grade).toBe('Rédacteur');

    call(ctx, 'grades.setArchived', { id: writer.id, archived: true });
    expect(call(ctx, 'grades.list', {}).map((g) => g.id)).toEqual([admin.id]);
    expect(call(ctx, 'staff.update', { ...naima, id: member.id, gradeId: writer.id, notes: 'kept' }).gradeId).toBe(writer.id);
    const refused = refusal(ctx, 'staff.create', { ...naima, matricule: '1204009', gradeId: writer.id });
    expect(refused.issues).toEqual([{ path: 'gradeId', message: 'errors.notFound' }]);
    expect(refusal(ctx, 'grades.create', { nameFr: ' ', nameAr: '' }).issues![0]).toMatchObject({ path: 'nameFr' });
  });
});
