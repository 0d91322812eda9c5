import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/core/open';
import { call, openTemp, tempDir } from './helpers';
import { migrateTo } from './migrate-to';

/**
 * One `describe` per migration, with rows written as the app of version N wrote them (see
 * migrate-to.ts): 0003_directory (the upgrade users really made, on a database with staff),
 * 0005_audit_entity_names, the first migration that rewrites rows, and 0007-0009 (grades and
 * quartiers as lists: columns added, filled from the texts, texts dropped), tested as one step.
 */

const UNIT = '0190a0a0-0000-7000-8000-0000000000a1';
const STAFF = '0190a0a0-0000-7000-8000-0000000000b1';

describe('0003_directory, on a database of version 3', () => {
  it('keeps the staff, their unit and their name search, and the directory works after it', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const db = openDatabase(file);
    migrateTo(db, 3);
    db.prepare("INSERT INTO settings (id, installation_id, commune_fr, setup_done) VALUES (1, 'inst-v3', 'Berkane', 1)").run();
    db.prepare("INSERT INTO org_units (id, kind, name_fr) VALUES (?, 'direction', 'Direction des services')").run(UNIT);
    db.prepare(
      "INSERT INTO staff (id, matricule, gender, first_name_fr, last_name_fr, sort_name_fr, unit_id) VALUES (?, 'M001', 'f', 'Naïma', 'Benali', 'benali naima', ?)",
    ).run(STAFF, UNIT);
    db.prepare("INSERT INTO staff_search (staff_id, names) VALUES (?, 'm001 benali naima')").run(STAFF);

    expect(migrateTo(db, 4)).toMatchObject({ from: 3, to: 4 });
    expect(db.prepare('SELECT unit_id AS unit FROM staff WHERE id = ?').get(STAFF)).toEqual({ unit: UNIT });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM organizations').get()).toEqual({ n: 0 });
    db.close();

    // The rest of the way through the app's own opener, then the app's own channels.
    const ctx = openTemp(file);
    expect(ctx.migration).toMatchObject({ from: 4 });
    expect(call(ctx, 'staff.list', { query: 'benali' }).rows.map((r) => r.id)).toEqual([STAFF]);
    call(ctx, 'organizations.create', { nameFr: 'Association Espoir', nameAr: 'جمعية الأمل' });
    expect(call(ctx, 'organizations.search', { query: 'espoir' }).total).toBe(1);
  });
});

describe('0005_audit_entity_names, on a database of version 5', () => {
  it('renames the SQL table names of older audit entries to the registry names, and leaves the rest', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const db = openDatabase(file);
    migrateTo(db, 5);
    const insert = db.prepare(
      "INSERT INTO audit_log (id, at, operator, table_name, record_id, action, fields) VALUES (?, '2026-01-02T10:00:00.000Z', 'Samira', ?, 'r', 'update', '[]')",
    );
    const before: [string, string][] = [
      ['org_units', 'units'],
      ['competency_categories', 'categories'],
      ['proficiency_levels', 'proficiencyLevels'],
      ['job_profiles', 'jobProfiles'],
      ['directory_terms', 'terms'],
      ['directory_services', 'services'],
      ['quality_criteria', 'criteria'],
      ['organization_checks', 'checks'],
      ['partner_datasets', 'partnerDatasets'],
      ['recipient_keys', 'recipientKeys'],
      ['staff', 'staff'],
      ['organizations', 'organizations'],
      ['settings', 'settings'],
      ['subsidies', 'subsidies'],
    ];
    before.forEach(([sql], i) => insert.run(`a${i}`, sql));

    expect(migrateTo(db, 6)).toMatchObject({ from: 5, to: 6 });
    const after = db.prepare('SELECT id, table_name AS entity, operator FROM audit_log').all() as {
      id: string;
      entity: string;
      operator: string;
    }[];
    expect(Object.fromEntries(after.map((r) => [r.id, r.entity]))).toEqual(
      Object.fromEntries(before.map(([, entity], i) => [`a${i}`, entity])),
    );
    expect(after.every((r) => r.operator === 'Samira')).toBe(true);
    db.close();
  });
});

describe('0008-0010: grades and quartiers become bilingual lists, on a database of version 8', () => {
  it('turns each distinct text into one list item named in its script, links every record to it, and drops the texts', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const db = openDatabase(file);
    migrateTo(db, 8);
    const person = db.prepare("INSERT INTO staff (id, matricule, gender, grade) VALUES (?, ?, 'f', ?)");
    const grades = ['Administrateur 2e grade', ' administrateur 2e GRADE ', 'متصرف', '', 'Rédacteur'];
    grades.forEach((g, i) => person.run(`0190a0a0-0000-7000-8000-0000000001${i}0`, `M00${i}`, g));
    const ORG = '0190a0a0-0000-7000-8000-0000000000c1';
    db.prepare("INSERT INTO organizations (id, name_fr) VALUES (?, 'Association Amal')").run(ORG);
    const place = db.prepare(
      'INSERT INTO organization_locations (id, organization_id, address_fr, quartier, position) VALUES (?, ?, ?, ?, ?)',
    );
    const quartiers = ['Triffa', 'triffa', 'حي بوهديلة', '  ', 'Hay Al Qods'];
    quartiers.forEach((q, i) => place.run(`0190a0a0-0000-7000-8000-0000000002${i}0`, ORG, `${i + 1} rue Al Amal`, q, i));

    expect(migrateTo(db, 11)).toMatchObject({ from: 8, to: 11 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const items = db.prepare('SELECT id, name_fr AS fr, name_ar AS ar, position FROM staff_grades ORDER BY position').all() as {
      id: string;
      fr: string;
      ar: string;
    }[];
    expect(items.map(({ fr, ar }) => [fr, ar])).toEqual([
      ['Administrateur 2e grade', ''],
      ['Rédacteur', ''],
      ['', 'متصرف'],
    ]);
    // Ids as zod's uuid() accepts them (the contract checks every id it returns).
    for (const { id } of items) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const gradeOf = db.prepare(
      'SELECT g.name_fr || g.name_ar AS name FROM staff s LEFT JOIN staff_grades g ON g.id = s.grade_id WHERE s.matricule = ?',
    );
    expect(grades.map((_, i) => (gradeOf.get(`M00${i}`) as { name: string | null }).name)).toEqual([
      'Administrateur 2e grade',
      'Administrateur 2e grade',
      'متصرف',
      null,
      'Rédacteur',
    ]);
    const quartierOf = db.prepare(
      'SELECT t.kind, t.name_fr || t.name_ar AS name FROM organization_locations l LEFT JOIN directory_terms t ON t.id = l.quartier_id ORDER BY l.position',
    );
    expect(quartierOf.all()).toEqual([
      { kind: 'quartier', name: 'Triffa' },
      { kind: 'quartier', name: 'Triffa' },
      { kind: 'quartier', name: 'حي بوهديلة' },
      { kind: null, name: null },
      { kind: 'quartier', name: 'Hay Al Qods' },
    ]);
    const columns = (table: string) =>
      (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('staff')).not.toContain('grade');
    expect(columns('organization_locations')).not.toContain('quartier');
    db.close();

    // The app's own channels read them back as list items.
    const ctx = openTemp(file);
    expect(call(ctx, 'grades.list', {}).map((g) => g.nameFr || g.nameAr)).toEqual(['Administrateur 2e grade', 'Rédacteur', 'متصرف']);
    const search = call(ctx, 'organizations.search', { lang: 'ar' });
    expect(search.rows[0].quartier).toBe('Triffa');
    expect(search.facets!.quartier.map((f) => f.count)).toEqual([1, 1, 1]);
  });
});

describe('0013_facet_counts, on a database of version 13', () => {
  it('counts the organisations already there (archived ones left out, once per quartier), and the triggers keep counting', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const db = openDatabase(file);
    migrateTo(db, 13);
    const term = db.prepare('INSERT INTO directory_terms (id, kind, code, name_fr) VALUES (?, ?, ?, ?)');
    term.run('0190a0a0-0000-7000-8000-0000000000d1', 'domain', 'enfance', 'Enfance');
    term.run('0190a0a0-0000-7000-8000-0000000000d2', 'quartier', 'triffa', 'Triffa');
    const org = db.prepare('INSERT INTO organizations (id, name_fr, archived_at) VALUES (?, ?, ?)');
    const link = db.prepare('INSERT INTO organization_terms (organization_id, term_id) VALUES (?, ?)');
    const place = db.prepare('INSERT INTO organization_locations (id, organization_id, quartier_id) VALUES (?, ?, ?)');
    ['e1', 'e2', 'e3'].forEach((k, i) => {
      const id = `0190a0a0-0000-7000-8000-0000000000${k}`;
      org.run(id, `Association ${k}`, i === 2 ? '2025-01-01T00:00:00.000Z' : null);
      link.run(id, '0190a0a0-0000-7000-8000-0000000000d1');
      // Two addresses in the same quartier: the organisation counts once there.
      place.run(`0190a0a0-0000-7000-8000-0000000001${k}`, id, '0190a0a0-0000-7000-8000-0000000000d2');
      place.run(`0190a0a0-0000-7000-8000-0000000002${k}`, id, '0190a0a0-0000-7000-8000-0000000000d2');
    });
    migrateTo(db, 14);
    const counts = () =>
      db.prepare("SELECT facet, value, count FROM organization_facet_counts WHERE facet IN ('term', 'quartier') ORDER BY facet").all();
    expect(counts()).toEqual([
      { facet: 'quartier', value: '0190a0a0-0000-7000-8000-0000000000d2', count: 2 },
      { facet: 'term', value: '0190a0a0-0000-7000-8000-0000000000d1', count: 2 },
    ]);
    // Restoring the archived organisation brings its term and quartier back into the counts.
    db.prepare('UPDATE organizations SET archived_at = NULL WHERE id = ?').run('0190a0a0-0000-7000-8000-0000000000e3');
    expect(counts().map((c) => (c as { count: number }).count)).toEqual([3, 3]);
    db.close();
  });
});

describe('0017_evaluation, on a database of version 17', () => {
  it('ships the four default questionnaires published, every title and question in French and Arabic', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const db = openDatabase(file);
    migrateTo(db, 17);
    db.prepare("INSERT INTO settings (id, installation_id, commune_fr, setup_done) VALUES (1, 'inst-v17', 'Berkane', 1)").run();
    migrateTo(db, 18);
    const rows = db
      .prepare(
        `SELECT q.code, q.kind, q.status, q.version, q.title_fr AS titleFr, q.title_ar AS titleAr,
           (SELECT count(*) FROM questions x WHERE x.questionnaire_id = q.id) AS questions,
           (SELECT count(*) FROM questions x WHERE x.questionnaire_id = q.id AND (x.text_fr = '' OR x.text_ar = '')) AS halfWritten
         FROM questionnaires q ORDER BY q.code`,
      )
      .all() as {
      code: string;
      kind: string;
      status: string;
      version: number;
      titleFr: string;
      titleAr: string;
      questions: number;
      halfWritten: number;
    }[];
    expect(rows.map((r) => [r.code, r.kind, r.status, r.version])).toEqual([
      ['FOLLOWUP-MANAGER', 'follow_up_manager', 'published', 1],
      ['FOLLOWUP-TRAINEE', 'follow_up_trainee', 'published', 1],
      ['REACTION', 'reaction', 'published', 1],
      ['TEST', 'test', 'published', 1],
    ]);
    for (const r of rows) {
      expect(r.titleFr && r.titleAr, r.code).toBeTruthy();
      expect(r.questions, r.code).toBeGreaterThan(0);
      expect(r.halfWritten, r.code).toBe(0);
    }
    // A scale question speaks both ends of its scale in both languages.
    expect(
      db
        .prepare(
          "SELECT count(*) AS n FROM questions WHERE type = 'scale' AND (low_fr = '' OR low_ar = '' OR high_fr = '' OR high_ar = '')",
        )
        .get(),
    ).toEqual({ n: 0 });
    db.close();

    // Through the app: the test template scores, and is ready to be scheduled.
    const ctx = openTemp(file);
    const list = call(ctx, 'questionnaires.list', { kind: 'test' });
    expect(list.map((q) => q.code)).toEqual(['TEST']);
    const test = call(ctx, 'questionnaires.get', { id: list[0]!.id });
    expect(test.passThreshold).toBe(0.6);
    expect(test.maxScore).toBe(test.questions.reduce((s, q) => s + q.points, 0));
    expect(test.maxScore).toBeGreaterThan(0);
  });
});

describe('0019_directory_search_prefixes, on a database of version 19', () => {
  it('keeps every organisation findable, by a whole word and by the start of one, with the longer prefixes indexed', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const db = openDatabase(file);
    migrateTo(db, 19);
    const org = db.prepare('INSERT INTO organizations (id, name_fr, name_ar, sort_name_fr) VALUES (?, ?, ?, ?)');
    const fts = db.prepare('INSERT INTO organization_search (rowid, organization_id, names, texts) VALUES (?, ?, ?, ?)');
    for (const [k, name, ar] of [
      ['f1', 'Association Espoir Triffa', 'جمعية الأمل'],
      ['f2', 'Coopérative Nour', 'تعاونية النور'],
    ]) {
      const id = `0190a0a0-0000-7000-8000-0000000000${k}`;
      const { lastInsertRowid } = org.run(id, name, ar, name.toLowerCase());
      fts.run(lastInsertRowid, id, `${name.toLowerCase()} ${ar}`, 'soutien scolaire');
    }
    migrateTo(db, 20);
    const found = (match: string) =>
      db.prepare('SELECT organization_id AS id FROM organization_search WHERE organization_search MATCH ? ORDER BY rowid').all(match);
    expect(found('"espoir"* AND "triff"*')).toEqual([{ id: '0190a0a0-0000-7000-8000-0000000000f1' }]);
    expect(found('"coop"*')).toEqual([{ id: '0190a0a0-0000-7000-8000-0000000000f2' }]);
    expect(found('"scolaire"')).toHaveLength(2);
    expect(found('"التعاون"* OR "تعاون"*')).toEqual([{ id: '0190a0a0-0000-7000-8000-0000000000f2' }]);
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'organization_search'").get() as { sql: string }).sql).toContain(
      "prefix = '2 3 4 5 6'",
    );
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'organization_search_next%'").get()).toEqual({ n: 0 });
    db.close();

    // Then through the app: the rows are found, and a new one is indexed.
    const ctx = openTemp(file);
    expect(call(ctx, 'organizations.search', { query: 'esp tri' }).total).toBe(1);
    call(ctx, 'organizations.create', { nameFr: 'Club Espérance', nameAr: '' });
    expect(call(ctx, 'organizations.search', { query: 'espe' }).rows.map((r) => r.nameFr)).toEqual(['Club Espérance']);
  });
});
