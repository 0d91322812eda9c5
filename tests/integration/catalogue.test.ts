import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataContext } from '../../db/core/context';
import { auditOf, call, count, openTemp, refusal, sas, setup, tempDir } from './helpers';

/** The shared directory of trainings and trainers (issue 10): rules, the file, consent. */

const competencyId = (ctx: DataContext, code: string) =>
  (ctx.sqlite.prepare('SELECT id FROM competencies WHERE code = ?').get(code) as { id: string }).id;

function freshDb(): DataContext {
  const ctx = openTemp(path.join(tempDir(), 'sas.sqlite'));
  setup(ctx);
  return ctx;
}

const quartier = (ctx: DataContext, nameFr: string, nameAr: string) =>
  call(ctx, 'terms.create', { kind: 'quartier', nameFr, nameAr, code: '' }).id;

/** A small catalogue: two courses, three trainers (one not consenting), one venue. */
function fill(ctx: DataContext) {
  const q = quartier(ctx, 'Hay Salam', 'حي السلام');
  const course = call(ctx, 'courses.create', {
    code: 'FOR-01',
    titleFr: 'Écoute active',
    titleAr: 'الإصغاء النشيط',
    objectivesFr: 'Mener un entretien d’accueil',
    hours: 14,
    modality: 'in_person',
    languages: ['ar', 'fr'],
    competencies: [{ competencyId: competencyId(ctx, 'REL-COM'), targetLevel: 3 }],
  });
  call(ctx, 'courses.create', { code: 'FOR-02', titleFr: 'Montage de projet', hours: 21, modality: 'mixed', competencies: [] });
  const person = call(ctx, 'staff.create', {
    matricule: 'M-1',
    lastNameFr: 'Benali',
    firstNameFr: 'Naïma',
    lastNameAr: 'بنعلي',
    firstNameAr: 'نعيمة',
    gender: 'f',
  });
  const internal = call(ctx, 'trainers.create', {
    kind: 'internal',
    staffId: person.id,
    expertise: [competencyId(ctx, 'REL-COM')],
    languages: ['ar'],
    phone: '0600000001',
    shareConsent: true,
    consentDate: '2025-01-10',
  });
  const external = call(ctx, 'trainers.create', {
    kind: 'external',
    nameFr: 'Karim Idrissi',
    nameAr: 'كريم الإدريسي',
    email: 'k.idrissi@example.ma',
    phone: '0611111111',
    shareConsent: true,
    consentDate: '2025-02-01',
    expertise: [competencyId(ctx, 'PRJ-DESIGN')],
    dailyRateCentimes: 150000,
  });
  const secret = call(ctx, 'trainers.create', {
    kind: 'external',
    nameFr: 'Sans Consentement',
    phone: '0622222222',
    email: 'no@example.ma',
  });
  const venue = call(ctx, 'venues.create', {
    nameFr: 'Salle polyvalente',
    nameAr: 'القاعة المتعددة الاختصاصات',
    quartierId: q,
    capacity: 80,
  });
  return { course, person, internal, external, secret, venue };
}

const exportOf = (ctx: DataContext) =>
  JSON.parse(call(ctx, 'catalogue.export', {}).content) as {
    courses: { code: string; competencies: { competency: string; level: number }[] }[];
    trainers: { id: string; kind: string; nameFr: string; phone: string; email: string }[];
    venues: { id: string; quartier: string }[];
  };
const sorted = <T>(list: T[], key: (x: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));

describe('courses', () => {
  it('creates with competencies and levels, audits, refuses a taken code and a level above the scale', () => {
    const ctx = freshDb();
    const { course } = fill(ctx);
    expect(course.competencies).toMatchObject([{ code: 'REL-COM', targetLevel: 3 }]);
    expect(course.languages).toEqual(['ar', 'fr']);
    expect(refusal(ctx, 'courses.create', { code: 'FOR-01', titleFr: 'Autre' })).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.codeTaken',
    });
    expect(
      refusal(ctx, 'courses.create', {
        code: 'FOR-09',
        titleFr: 'X',
        competencies: [{ competencyId: competencyId(ctx, 'REL-COM'), targetLevel: 9 }],
      }),
    ).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'competencies.0.targetLevel' }],
    });
    const updated = call(ctx, 'courses.update', { ...course, hours: 10.5, competencies: [] });
    expect(updated.hours).toBe(10.5);
    expect(auditOf(ctx, course.id).map((a) => [a.action, a.fields])).toEqual([
      ['create', []],
      ['update', ['hours']],
      ['update', ['competencies']],
    ]);
    expect(call(ctx, 'courses.list', { query: 'ecoute' }).map((c) => c.code)).toEqual(['FOR-01']);
    expect(call(ctx, 'courses.list', { query: 'الإصغاء' }).map((c) => c.code)).toEqual(['FOR-01']);
    expect(call(ctx, 'courses.list', { modality: 'mixed' }).map((c) => c.code)).toEqual(['FOR-02']);
  });

  it('is deleted when nothing uses it, archived instead when a plan action does', () => {
    const ctx = freshDb();
    const { course } = fill(ctx);
    const plan = 'p1';
    ctx.sqlite
      .prepare(
        "INSERT INTO training_plans (id, created_at, updated_at, year, period_start, period_end) VALUES (?, '', '', 2026, '2026-01-01', '2026-12-31')",
      )
      .run(plan);
    ctx.sqlite
      .prepare("INSERT INTO plan_actions (id, created_at, updated_at, plan_id, course_id) VALUES ('a1', '', '', ?, ?)")
      .run(plan, course.id);
    expect(call(ctx, 'courses.get', { id: course.id }).usedBy).toBe(1);
    expect(refusal(ctx, 'courses.delete', { id: course.id })).toMatchObject({
      code: 'conflict',
      holders: [{ kind: 'planActions', count: 1 }],
    });
    expect(call(ctx, 'courses.delete', { id: course.id, archiveInstead: true })).toEqual({ deleted: false, archived: true });
    expect(call(ctx, 'courses.list', {}).map((c) => c.code)).toEqual(['FOR-02']);
    const other = call(ctx, 'courses.list', {})[0];
    expect(call(ctx, 'courses.delete', { id: other.id })).toEqual({ deleted: true, archived: false });
    expect(count(ctx, 'course_competencies')).toBe(1);
  });
});

describe('trainers', () => {
  it('takes names from the staff record or the directory, requires the link for its kind and a consent date with consent', () => {
    const ctx = freshDb();
    const { internal, person } = fill(ctx);
    expect(internal).toMatchObject({ nameFr: 'Benali Naïma', nameAr: 'بنعلي نعيمة', ownNameFr: '' });
    expect(refusal(ctx, 'trainers.create', { kind: 'internal', nameFr: 'X' })).toMatchObject({
      issues: [{ path: 'staffId', message: 'errors.trainerStaffRequired' }],
    });
    expect(refusal(ctx, 'trainers.create', { kind: 'organisation' })).toMatchObject({
      issues: [{ path: 'organizationId', message: 'errors.trainerOrganizationRequired' }],
    });
    expect(refusal(ctx, 'trainers.create', { kind: 'external' })).toMatchObject({
      issues: [{ path: 'nameFr', message: 'errors.nameOneLanguage' }],
    });
    expect(refusal(ctx, 'trainers.create', { kind: 'external', nameFr: 'Y', shareConsent: true })).toMatchObject({
      issues: [{ path: 'consentDate', message: 'errors.consentDateRequired' }],
    });
    expect(refusal(ctx, 'trainers.create', { kind: 'internal', staffId: person.id })).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.alreadyTrainer',
    });
    // A local internal trainer cannot lose its link.
    expect(refusal(ctx, 'trainers.update', { ...internal, staffId: null, nameFr: 'Quelqu’un', expertise: [] })).toMatchObject({
      issues: [{ path: 'staffId' }],
    });
    const org = call(ctx, 'organizations.create', { nameFr: 'Association Amal', nameAr: 'جمعية أمل' });
    const byOrg = call(ctx, 'trainers.create', { kind: 'organisation', organizationId: org.id, allowDoubleBooking: true });
    expect(byOrg).toMatchObject({ nameFr: 'Association Amal', nameAr: 'جمعية أمل', allowDoubleBooking: true });
    // Consent withdrawn: its date goes too.
    const ext = call(ctx, 'trainers.update', {
      ...call(ctx, 'trainers.get', { id: byOrg.id }),
      shareConsent: false,
      consentDate: '2025-01-01',
      expertise: [],
    });
    expect(ext.consentDate).toBeNull();
    expect(call(ctx, 'trainers.ofStaff', { staffId: person.id })).toEqual({ trainerId: internal.id, courses: 1, archived: false });
    expect(call(ctx, 'trainers.list', { kind: 'internal' }).map((t) => t.id)).toEqual([internal.id]);
    expect(call(ctx, 'trainers.delete', { id: byOrg.id })).toEqual({ deleted: true, archived: false });
  });
});

describe('the catalogue file', () => {
  it('leaves out trainers who did not consent, and never writes the daily rate or the local links', () => {
    const ctx = freshDb();
    const { internal, external, secret } = fill(ctx);
    const file = exportOf(ctx);
    expect(file).toMatchObject({ format: 'sas-catalogue', version: 1 });
    const ids = file.trainers.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining([internal.id, external.id]));
    expect(ids).not.toContain(secret.id);
    const text = call(ctx, 'catalogue.export', {}).content;
    expect(text).not.toContain('0622222222');
    expect(text).not.toContain('no@example.ma');
    expect(text).not.toContain('150000');
    expect(text).not.toContain(internal.staffId!);
    expect(file.trainers.find((t) => t.id === internal.id)).toMatchObject({
      kind: 'internal',
      nameFr: 'Benali Naïma',
      phone: '0600000001',
    });
    // The printed directory lists everyone, contacts only with consent.
    const dir = call(ctx, 'catalogue.directory', {});
    expect(dir.trainers.find((t) => t.id === secret.id)).toMatchObject({ phone: '', email: '' });
  });

  it('goes from one database to another and back the same, apart from order', () => {
    const a = freshDb();
    fill(a);
    const fromA = exportOf(a);
    const b = freshDb();
    quartier(b, 'Hay Salam', 'حي السلام');
    const content = call(a, 'catalogue.export', {}).content;
    const result = call(b, 'catalogue.import', { content });
    expect(result).toMatchObject({ created: 2 + 2 + 1, updated: 0, refused: false, problems: [] });
    const fromB = exportOf(b);
    const norm = (f: typeof fromA) => ({
      ...f,
      courses: sorted(f.courses, (c) => c.code),
      trainers: sorted(f.trainers, (t) => t.id),
      venues: sorted(f.venues, (v) => v.id),
    });
    expect(norm(fromB)).toEqual(norm(fromA));
    // The internal trainer has no staff record here: kept internal, under the file's names.
    const t = call(b, 'trainers.list', { kind: 'internal' })[0];
    expect(t).toMatchObject({ staffId: null, nameFr: 'Benali Naïma', shareConsent: true });
    // Such a trainer may be saved as it is (it was imported without a link).
    expect(call(b, 'trainers.update', { ...call(b, 'trainers.get', { id: t.id }), expertise: [] }).staffId).toBeNull();
    // Again: nothing new, nothing deleted.
    expect(call(b, 'catalogue.import', { content })).toMatchObject({ created: 0, refused: false });
    expect(count(b, 'courses')).toBe(2);
  });

  it('lists unknown competency codes and quartiers as problems and imports the rest; a dry run writes nothing', () => {
    const a = freshDb();
    fill(a);
    const file = exportOf(a);
    file.courses[0].competencies.push({ competency: 'ZZZ-99', level: 2 });
    const b = freshDb();
    const content = JSON.stringify(file);
    const dry = call(b, 'catalogue.import', { content, dryRun: true });
    expect(dry.problems).toEqual([
      'course FOR-01: competency "ZZZ-99" is not in this framework; left out',
      `venue ${file.venues[0].id}: quartier "Hay Salam" is not in this directory's list; left empty`,
    ]);
    expect(dry.problemKeys.map((p) => p.key)).toEqual(['catalogue.problems.unknownCompetency', 'catalogue.problems.unknownQuartier']);
    expect(count(b, 'courses') + count(b, 'trainers') + count(b, 'venues')).toBe(0);
    const real = call(b, 'catalogue.import', { content });
    expect({ ...real, dryRun: true }).toEqual(dry);
    expect(call(b, 'courses.list', { query: 'FOR-01' })[0].competencies.map((c) => c.code)).toEqual(['REL-COM']);
    expect(call(b, 'venues.list', {})[0].quartierId).toBeNull();
  });

  it('refuses a file that is not a catalogue and writes nothing', () => {
    const ctx = freshDb();
    for (const content of [
      '{',
      '{"format": "sas-referentiel", "version": 1}',
      '{"format": "sas-catalogue", "version": 2}',
      '{"format": "sas-catalogue", "version": 1, "courses": [{"code": ""}]}',
    ]) {
      const r = call(ctx, 'catalogue.import', { content });
      expect(r.refused, content).toBe(true);
      expect(r.problems.length).toBeGreaterThan(0);
    }
    expect(count(ctx, 'courses')).toBe(0);
  });
});

describe('sas catalogue', () => {
  it('exports, imports with --json and exit codes, refuses a bad file with 1', { timeout: 300_000 }, () => {
    const dir = tempDir();
    const [a, b, out] = [path.join(dir, 'a.sqlite'), path.join(dir, 'b.sqlite'), path.join(dir, 'cat.json')];
    const actx = openTemp(a);
    setup(actx);
    fill(actx);
    actx.sqlite.close();
    const bctx = openTemp(b);
    setup(bctx);
    bctx.sqlite.close();
    const ex = sas('catalogue', 'export', '--db', a, '--out', out);
    expect(ex.code, ex.stderr).toBe(0);
    const dry = sas('catalogue', 'import', out, '--db', b, '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    const venueId = (JSON.parse(fs.readFileSync(out, 'utf8')) as { venues: { id: string }[] }).venues[0].id;
    const expected = {
      created: 5,
      updated: 0,
      problems: [`venue ${venueId}: quartier "Hay Salam" is not in this directory's list; left empty`],
    };
    expect(JSON.parse(dry.stdout)).toEqual(expected);
    const real = sas('catalogue', 'import', out, '--db', b, '--json');
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout)).toEqual(expected);
    fs.writeFileSync(out, '{"format": "other"}');
    const bad = sas('catalogue', 'import', out, '--db', b, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ created: 0, updated: 0 });
    expect(sas('catalogue', 'import', out, '--db', b).stderr).toMatch(/refused, nothing was written/);
  });
});
