import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { traineeCreate } from '../../api/channels/trainees';
import type { DataContext } from '../../db/core/context';
import { takeSnapshot } from '../../db/features/backup/snapshot';
import { contactColumns } from '../../db/registry';
import { auditOf, call, count, openTemp, refusal, setup, tempDir } from './helpers';

const organization = (ctx: DataContext, nameFr: string, nameAr = '') => call(ctx, 'organizations.create', { nameFr, nameAr }).id;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const tomorrow = () => iso(new Date(Date.now() + 2 * 86_400_000));

function fixture() {
  const ctx = openTemp();
  setup(ctx, 'Khadija Ziani');
  const femmes = organization(ctx, 'Association des femmes Triffa', 'جمعية النساء تريفة');
  const espoir = organization(ctx, 'Association Espoir Bouhdila', 'جمعية الأمل بوهديلة');
  const naima = {
    organizationId: femmes,
    firstNameFr: 'Naïma',
    lastNameFr: 'El Idrissi',
    firstNameAr: 'نعيمة',
    lastNameAr: 'الإدريسي',
    gender: 'f',
    function: 'animator',
  } as const;
  return { ctx, femmes, espoir, naima };
}

describe('association trainees', () => {
  it('are created, changed, archived and deleted, each write audited with the fields that changed', () => {
    const { ctx, espoir, naima } = fixture();
    const t = call(ctx, 'trainees.create', naima);
    expect(t).toMatchObject({
      ...naima,
      phone: '',
      email: '',
      consentDate: null,
      archivedAt: null,
      organizationNameFr: 'Association des femmes Triffa',
    });
    expect(t).not.toHaveProperty('sortNameFr');

    const moved = call(ctx, 'trainees.update', { ...naima, id: t.id, organizationId: espoir, function: 'coordinator' });
    expect(moved).toMatchObject({ organizationId: espoir, function: 'coordinator', organizationNameAr: 'جمعية الأمل بوهديلة' });

    expect(call(ctx, 'trainees.setArchived', { id: t.id, archived: true }).archivedAt).not.toBeNull();
    expect(call(ctx, 'trainees.list', {}).total).toBe(0);
    expect(call(ctx, 'trainees.list', { archived: 'archived' }).rows.map((r) => r.id)).toEqual([t.id]);
    call(ctx, 'trainees.setArchived', { id: t.id, archived: false });

    // Personal data: deleted outright (nothing refers to a trainee yet).
    expect(call(ctx, 'trainees.delete', { id: t.id })).toEqual({ deleted: true, archived: false });
    expect(refusal(ctx, 'trainees.get', { id: t.id }).code).toBe('not_found');
    expect(count(ctx, 'association_trainees')).toBe(0);
    expect(auditOf(ctx, t.id)).toEqual([
      { operator: 'Khadija Ziani', tableName: 'associationTrainees', action: 'create', fields: [] },
      { operator: 'Khadija Ziani', tableName: 'associationTrainees', action: 'update', fields: ['organizationId', 'function'] },
      { operator: 'Khadija Ziani', tableName: 'associationTrainees', action: 'archive', fields: [] },
      { operator: 'Khadija Ziani', tableName: 'associationTrainees', action: 'restore', fields: [] },
      { operator: 'Khadija Ziani', tableName: 'associationTrainees', action: 'delete', fields: [] },
    ]);
  });

  it('need a name in either script, a gender and an existing organisation', () => {
    const { ctx, naima } = fixture();
    const issues = (input: object) => refusal(ctx, 'trainees.create', input).issues;
    expect(issues({ ...naima, firstNameFr: '', lastNameFr: '', firstNameAr: '', lastNameAr: '' })).toEqual([
      { path: 'lastNameFr', message: 'errors.nameOneLanguage' },
    ]);
    expect(issues({ ...naima, gender: undefined })).toEqual([{ path: 'gender', message: 'errors.required' }]);
    expect(issues({ ...naima, organizationId: undefined })).toEqual([{ path: 'organizationId', message: 'errors.required' }]);
    expect(issues({ ...naima, organizationId: '0190a0a0-0000-7000-8000-000000000000' })).toEqual([
      { path: 'organizationId', message: 'errors.organizationNotFound' },
    ]);
    expect(issues({ ...naima, phone: 'appeler le matin', consentDate: '2024-01-01' })).toEqual([
      { path: 'phone', message: 'errors.invalidPhone' },
    ]);
    expect(issues({ ...naima, email: 'naima@', consentDate: '2024-01-01' })).toEqual([{ path: 'email', message: 'errors.invalidEmail' }]);
    // A name in Arabic alone is enough.
    expect(call(ctx, 'trainees.create', { ...naima, firstNameFr: '', lastNameFr: '' }).lastNameAr).toBe('الإدريسي');
  });

  it('keep a phone or an e-mail only with a consent date, which cannot be in the future', () => {
    const { ctx, naima } = fixture();
    const consent = [{ path: 'consentDate', message: 'errors.consentRequired' }];
    expect(refusal(ctx, 'trainees.create', { ...naima, phone: '06 61 23 45 67' }).issues).toEqual(consent);
    expect(refusal(ctx, 'trainees.create', { ...naima, email: 'naima@assoc.ma' }).issues).toEqual(consent);
    expect(refusal(ctx, 'trainees.create', { ...naima, consentDate: tomorrow() }).issues).toEqual([
      { path: 'consentDate', message: 'errors.consentInFuture' },
    ]);
    const t = call(ctx, 'trainees.create', { ...naima, phone: '06 61 23 45 67', consentDate: '2024-03-08', consentScope: 'Formations' });
    expect(t).toMatchObject({ phone: '06 61 23 45 67', consentDate: '2024-03-08' });
    // Withdrawing the consent means removing the contacts with it.
    expect(refusal(ctx, 'trainees.update', { ...naima, id: t.id, phone: '06 61 23 45 67', consentDate: null }).issues).toEqual(consent);
    expect(call(ctx, 'trainees.update', { ...naima, id: t.id, consentDate: null })).toMatchObject({ phone: '', consentDate: null });
    // The same rule in the form (the contract's schema), so the user reads it beside the field.
    expect(traineeCreate.safeParse({ ...naima, phone: '0661' }).error?.issues.map((i) => i.message)).toEqual(['errors.consentRequired']);
  });

  it('are found by name in either script, without accents or the Arabic article, and listed per organisation', () => {
    const { ctx, femmes, espoir, naima } = fixture();
    const a = call(ctx, 'trainees.create', naima).id;
    const b = call(ctx, 'trainees.create', {
      organizationId: espoir,
      firstNameFr: 'Saïd',
      lastNameFr: 'Bouzidi',
      firstNameAr: 'سعيد',
      lastNameAr: 'البوزيدي',
      gender: 'm',
      function: 'volunteer',
    }).id;
    const c = call(ctx, 'trainees.create', {
      ...naima,
      firstNameFr: 'Zineb',
      firstNameAr: 'زينب',
      lastNameFr: 'Alaoui',
      lastNameAr: 'العلوي',
    }).id;
    const find = (input: object) => call(ctx, 'trainees.list', input).rows.map((r) => r.id);
    expect(find({ query: 'إدريسي' })).toEqual([a]);
    expect(find({ query: 'الادريسي' })).toEqual([a]);
    expect(find({ query: 'naima idrissi' })).toEqual([a]);
    expect(find({ query: 'SAID' })).toEqual([b]);
    expect(find({ query: 'said bouzidi' })).toEqual([b]);
    expect(find({ query: 'بوزيدي' })).toEqual([b]);
    expect(find({ query: 'nobody' })).toEqual([]);
    expect(find({ organizationId: femmes })).toEqual([c, a]); // Alaoui before El Idrissi
    expect(find({ organizationId: espoir })).toEqual([b]);
    expect(find({ gender: 'm' })).toEqual([b]);
    expect(find({ function: 'animator' }).sort()).toEqual([a, c].sort());
    // Ordered by the names of the interface's script: Alaoui, Bouzidi, El Idrissi; الإدريسي، البوزيدي، العلوي.
    expect(find({})).toEqual([c, b, a]);
    expect(find({ lang: 'ar' })).toEqual([a, b, c]);
  });

  it('keep their organisation from being deleted, and follow it when it is merged into another', () => {
    const { ctx, femmes, espoir, naima } = fixture();
    const t = call(ctx, 'trainees.create', naima);
    const held = refusal(ctx, 'organizations.delete', { id: femmes });
    expect(held).toMatchObject({
      code: 'conflict',
      holders: [{ kind: 'associationTrainees', count: 1, examples: ['El Idrissi Naïma'], examplesAr: ['الإدريسي نعيمة'] }],
    });
    call(ctx, 'organizations.merge', { keepId: espoir, mergeId: femmes });
    expect(call(ctx, 'trainees.get', { id: t.id }).organizationId).toBe(espoir);
  });

  it('lose their phone and e-mail in a backup without personal contact details', () => {
    const { ctx, naima } = fixture();
    expect(contactColumns()).toContainEqual({ table: 'association_trainees', columns: ['phone', 'email'] });
    call(ctx, 'trainees.create', {
      ...naima,
      phone: '06 61 23 45 67',
      email: 'naima@assoc.ma',
      consentDate: '2024-03-08',
      consentScope: 'Formations',
    });
    const dest = path.join(tempDir(), 'snap.sqlite');
    takeSnapshot(ctx, dest, 'no-contacts');
    const db = new Database(dest, { readonly: true });
    expect(db.prepare('SELECT last_name_fr, phone, email, consent_date, consent_scope FROM association_trainees').all()).toEqual([
      { last_name_fr: 'El Idrissi', phone: '', email: '', consent_date: '2024-03-08', consent_scope: '' },
    ]);
    db.close();
  });

  it('come with the demo data: about 150 across about 60 organisations, most of them women, contacts only with consent', () => {
    const ctx = openTemp();
    const loaded = call(ctx, 'demo.load', { scale: 'commune' });
    expect(loaded.associationTrainees).toBeGreaterThanOrEqual(130);
    expect(loaded.associationTrainees).toBeLessThanOrEqual(170);
    const figures = ctx.sqlite
      .prepare(
        `SELECT count(*) AS n, count(DISTINCT organization_id) AS orgs, sum(gender = 'f') AS women,
                sum((phone <> '' OR email <> '') AND consent_date IS NULL) AS unconsented, sum(phone <> '') AS phones,
                count(DISTINCT function) AS functions
         FROM association_trainees`,
      )
      .get() as Record<string, number>;
    expect(figures.n).toBe(loaded.associationTrainees);
    expect(figures.orgs).toBeGreaterThanOrEqual(55);
    expect(figures.women / figures.n).toBeGreaterThan(0.6);
    expect(figures.women / figures.n).toBeLessThan(0.8);
    expect(figures.unconsented).toBe(0);
    expect(figures.phones).toBeGreaterThan(20);
    expect(figures.functions).toBeGreaterThanOrEqual(5);
    // Every demo record passes the contract's rules.
    const rows = call(ctx, 'trainees.list', {}).rows;
    for (const r of rows) expect(traineeCreate.safeParse(r).success, JSON.stringify(r)).toBe(true);
  });
});
