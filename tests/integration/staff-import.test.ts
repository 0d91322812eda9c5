import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DataContext } from '../../db/core/context';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import { openAppDatabase } from '../../db/installation/open-database';
import { b64, callAsync } from './directory-helpers';
import { auditOf, call, count, openTemp, sas, setup, tempDir } from './helpers';

const HEADER = 'matricule;nom;prenom;nom_ar;prenom_ar;genre;grade;unite;poste;date_embauche;telephone;email';

/** The Service's units, jobs and grades as a commune has them: what a staff file names. */
function references(ctx: DataContext) {
  setup(ctx);
  const sas = call(ctx, 'units.create', {
    kind: 'service',
    code: 'SAS',
    nameFr: "Service de l'Action Sociale",
    nameAr: 'مصلحة العمل الاجتماعي',
  });
  const rh = call(ctx, 'units.create', { kind: 'service', code: 'RH', nameFr: 'Ressources humaines', nameAr: 'الموارد البشرية' });
  const job = call(ctx, 'jobs.create', { code: 'AS-01', titleFr: 'Assistante sociale' });
  const grade = call(ctx, 'grades.create', { nameFr: 'Administrateur 2e grade', nameAr: 'متصرف من الدرجة الثانية' });
  return { sas, rh, job, grade };
}

/** Line 1 is the header; the comments give each row's line. */
const ROWS = [
  [
    'A-1',
    'Benali',
    'Naïma',
    'بنعلي',
    'نعيمة',
    'F',
    'Administrateur 2e grade',
    'SAS',
    'AS-01',
    '15/03/2019',
    '0536 12 34 56',
    'n.benali@example.ma',
  ], // 2
  ['A-2', 'Kaddouri', 'Hind', '', '', 'F', '', 'ZZZ', '', '', '', ''], // 3 unknown unit
  ['A-3', 'Tazi', 'Omar', '', '', 'M', '', '', 'NOPE', '', '', ''], // 4 unknown job
  ['A-4', 'Alami', 'Sara', '', '', 'X', '', '', '', '', '', ''], // 5 bad genre
  ['A-5', 'Idrissi', 'Karim', '', '', 'M', '', '', '', '31/02/2020', '', ''], // 6 bad date
  ['A-1', 'Benali', 'Autre', '', '', 'F', '', '', '', '', '', ''], // 7 matricule twice
  ['A-6', '', 'Fatima', '', '', 'F', '', '', '', '', '', ''], // 8 no last name in either script: its first name still names her
  ['A-7', '', '', '', '', 'M', '', '', '', '', '', ''], // 9 no name
  ['A-8', '', '', 'الزياني', 'أحمد', 'm', 'متصرف من الدرجة الثانية', 'service de l’action sociale', '', '2010-12-16', '', ''], // 10
  ['A-9', 'Mansouri', 'Laila', '', '', 'f', '', 'ressources HUMAINES', '', '', '', 'pas-un-email'], // 11 bad e-mail
];
const REJECTED = [3, 4, 5, 6, 7, 9, 11];

const csv = (sep: string, bom = false, rows = ROWS, header = HEADER) =>
  (bom ? '\uFEFF' : '') + [header.replaceAll(';', sep), ...rows.map((r) => r.join(sep))].join('\r\n') + '\r\n';

const importFile = (ctx: DataContext, text: string | Buffer, opts: { dryRun?: boolean; createUnits?: boolean; fileName?: string } = {}) =>
  callAsync(ctx, 'staff.import', { fileName: opts.fileName ?? 'agents.csv', contentBase64: b64(text), ...opts });

const byMatricule = (ctx: DataContext, matricule: string) =>
  ctx.sqlite.prepare('SELECT * FROM staff WHERE matricule = ?').get(matricule) as Record<string, string | null> | undefined;

const search = (ctx: DataContext, query: string) => call(ctx, 'staff.list', { query, status: 'all' }).rows.map((r) => r.matricule);

describe('staff import', () => {
  for (const [label, sep, bom] of [
    ['comma', ',', false],
    ['comma', ',', true],
    ['semicolon', ';', false],
    ['semicolon', ';', true],
    ['tab', '\t', false],
    ['tab', '\t', true],
  ] as const) {
    it(`reads a CSV separated by ${label} ${bom ? 'with' : 'without'} a BOM, rejects bad rows by line and imports the rest`, async () => {
      const ctx = openTemp();
      const refs = references(ctx);
      const r = await importFile(ctx, csv(sep, bom));
      expect(r.rejected.map((x) => x.line)).toEqual(REJECTED);
      expect(r).toMatchObject({ created: 3, updated: 0, dryRun: false });
      const reasons = Object.fromEntries(r.rejected.map((x) => [x.line, x.reason]));
      expect(reasons[3]).toMatch(/unite: no unit .*"ZZZ"/);
      expect(reasons[4]).toMatch(/poste: no job .*"NOPE"/);
      expect(reasons[5]).toMatch(/genre: "X" is not F or M/);
      expect(reasons[6]).toMatch(/date_embauche: "31\/02\/2020" is not a valid date/);
      expect(reasons[7]).toMatch(/matricule: A-1 already appears on line 2/);
      expect(reasons[9]).toMatch(/name is needed/);
      expect(reasons[11]).toMatch(/email: "pas-un-email" is not a valid e-mail/);
      // The interface says the same in the user's language: a key with the column and the cell.
      expect(r.rejected[0].problemKeys).toEqual([{ key: 'staff.import.problems.unknownUnit', params: { column: 'unite', value: 'ZZZ' } }]);
      expect(r.rejected.at(-1)!.problemKeys).toEqual([
        { key: 'errors.import.invalidEmail', params: { column: 'email', value: 'pas-un-email' } },
      ]);

      const naima = byMatricule(ctx, 'A-1')!; // the BOM is not glued to the first header
      expect(naima).toMatchObject({
        last_name_fr: 'Benali',
        first_name_fr: 'Naïma',
        last_name_ar: 'بنعلي',
        gender: 'f',
        grade_id: refs.grade.id,
        unit_id: refs.sas.id,
        job_id: refs.job.id,
        hire_date: '2019-03-15',
        phone: '0536 12 34 56',
        status: 'active',
        sort_name_fr: 'benali naima',
      });
      // The Arabic grade name, the unit's French name in another case and apostrophe, an ISO date.
      expect(byMatricule(ctx, 'A-8')).toMatchObject({
        gender: 'm',
        grade_id: refs.grade.id,
        unit_id: refs.sas.id,
        hire_date: '2010-12-16',
      });
      expect(auditOf(ctx, naima.id!)).toEqual([
        expect.objectContaining({ action: 'create', tableName: 'staff', operator: 'Samira Alaoui' }),
      ]);
      // The name index finds them, in either script and by matricule.
      expect(search(ctx, 'naima')).toEqual(['A-1']);
      expect(search(ctx, 'الزياني')).toEqual(['A-8']);
      expect(search(ctx, 'A-6')).toEqual(['A-6']);
      expect(count(ctx, 'staff_search')).toBe(3);
    });
  }

  it('reads an XLSX workbook with headers in another order, case and accents; lines are row numbers', async () => {
    const ctx = openTemp();
    const refs = references(ctx);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Agents');
    sheet.addRow(['Genre', 'NOM', 'Matricule', 'Unité', 'Date_Embauche', 'Prénom']);
    sheet.addRow(['F', 'Benali', 'X-1', 'SAS', '15/03/2019', 'Naïma']);
    sheet.addRow(['Q', 'Tazi', 'X-2', '', '', 'Omar']);
    sheet.addRow([]);
    sheet.addRow(['M', 'Ziani', 'X-3', 'RH', new Date(Date.UTC(2010, 11, 16)), 'Ahmed']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const r = await importFile(ctx, bytes, { fileName: 'agents.xlsx' });
    expect(r.created).toBe(2);
    expect(r.rejected).toEqual([{ line: 3, reason: 'genre: "Q" is not F or M', problemKeys: [expect.anything()] }]);
    expect(byMatricule(ctx, 'X-3')).toMatchObject({ unit_id: refs.rh.id, hire_date: '2010-12-16', first_name_fr: 'Ahmed' });
  });

  it('updates the person a known matricule names, with the columns present; an empty cell changes nothing', async () => {
    const ctx = openTemp();
    const refs = references(ctx);
    await importFile(ctx, csv(';', true, [ROWS[0]]));
    const id = byMatricule(ctx, 'A-1')!.id!;
    const r = await importFile(ctx, 'Matricule;Nom;Téléphone;Unité;Genre\nA-1;Bennani;;RH;\nA-10;Nouveau;;;\n');
    // A-10 has no gender: a new person needs one.
    expect(r).toMatchObject({ created: 0, updated: 1, rejected: [{ line: 3, reason: 'genre: missing (F or M)' }] });
    expect(byMatricule(ctx, 'A-1')).toMatchObject({
      id,
      last_name_fr: 'Bennani',
      first_name_fr: 'Naïma',
      phone: '0536 12 34 56',
      unit_id: refs.rh.id,
      sort_name_fr: 'bennani naima',
    });
    expect(auditOf(ctx, id).at(-1)).toMatchObject({ action: 'update', fields: ['lastNameFr', 'unitId'] });
    expect(search(ctx, 'bennani')).toEqual(['A-1']);
    expect(search(ctx, 'benali')).toEqual([]);
    expect(count(ctx, 'staff_search')).toBe(1);
    // The same row again changes nothing and writes no audit entry.
    const audits = count(ctx, 'audit_log');
    expect((await importFile(ctx, 'matricule;nom;genre\nA-1;Bennani;F\n')).updated).toBe(1);
    expect(count(ctx, 'audit_log')).toBe(audits);
  });

  it('creates a unit the file names with createUnits (a top-level service, once), and rejects the rows without', async () => {
    const ctx = openTemp();
    references(ctx);
    const file = 'matricule;nom;genre;unite\nB-1;Amrani;F;Bureau d’ordre\nB-2;Saidi;M;bureau d’ordre\nB-3;Ouali;M;مكتب الضبط\n';
    const refused = await importFile(ctx, file);
    expect(refused).toMatchObject({ created: 0, unitsCreated: 0 });
    expect(refused.rejected.map((x) => x.line)).toEqual([2, 3, 4]);
    expect(count(ctx, 'org_units')).toBe(2);

    const r = await importFile(ctx, file, { createUnits: true });
    expect(r).toMatchObject({ created: 3, unitsCreated: 2, rejected: [] });
    const units = call(ctx, 'units.list', {});
    const bureau = units.find((u) => u.nameFr === 'Bureau d’ordre')!;
    expect(bureau).toMatchObject({ kind: 'service', parentId: null, staffCount: 2 });
    expect(units.find((u) => u.nameAr === 'مكتب الضبط')).toMatchObject({ kind: 'service', parentId: null, nameFr: '', staffCount: 1 });
    expect(auditOf(ctx, bureau.id)).toEqual([expect.objectContaining({ action: 'create', tableName: 'units' })]);
  });

  it('a dry run reports the same numbers and writes nothing', async () => {
    const ctx = openTemp();
    references(ctx);
    await importFile(ctx, csv(';', false, [ROWS[0]]));
    const file = csv(';', false, [[...ROWS[0].slice(0, 1), 'Bennani', ...ROWS[0].slice(2)], ...ROWS.slice(1)]);
    const tables = ['staff', 'staff_search', 'audit_log', 'org_units'];
    const before = tables.map((t) => count(ctx, t));
    const dry = await importFile(ctx, file, { dryRun: true, createUnits: true });
    expect(tables.map((t) => count(ctx, t))).toEqual(before);
    expect(byMatricule(ctx, 'A-1')!.last_name_fr).toBe('Benali');
    expect(search(ctx, 'bennani')).toEqual([]);
    const real = await importFile(ctx, file, { createUnits: true });
    expect(dry).toEqual({ ...real, dryRun: true });
    expect(real).toMatchObject({ created: 3, updated: 1, unitsCreated: 1 });
  });

  it('the preview says each row’s outcome and the mapping it suggests, and names the required columns missing', async () => {
    const ctx = openTemp();
    references(ctx);
    await importFile(ctx, csv(';', false, [ROWS[0]]));
    const p = await callAsync(ctx, 'staff.importPreview', { fileName: 'a.csv', contentBase64: b64(csv(';', true)) });
    expect(p.mapping).toMatchObject({ matricule: 'matricule', nom_ar: 'nom_ar', date_embauche: 'date_embauche' });
    expect(p.missing).toEqual([]);
    expect(p.counts).toEqual({ create: 2, update: 1, rejected: 7 });
    expect(p.rows.slice(0, 3).map((r) => [r.line, r.outcome])).toEqual([
      [2, 'update'],
      [3, 'rejected'],
      [4, 'rejected'],
    ]);
    const odd = await callAsync(ctx, 'staff.importPreview', { fileName: 'b.csv', contentBase64: b64('Mle;Family;Sexe\nA-1;Benali;F\n') });
    expect(odd.mapping).toEqual({ matricule: 'Mle', genre: 'Sexe' });
    expect(odd.missing).toEqual([['nom', 'nom_ar']]);
    const mapped = await callAsync(ctx, 'staff.importPreview', {
      fileName: 'b.csv',
      contentBase64: b64('Mle;Family;Sexe\nA-1;Benali;F\n'),
      mapping: { nom: 'Family' },
    });
    expect(mapped).toMatchObject({ missing: [], counts: { create: 0, update: 1, rejected: 0 } });
    const refused = await dispatchAsync('staff.import', { fileName: 'b.csv', contentBase64: b64('Mle;Family;Sexe\nA-1;Benali;F\n') }, ctx);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues?.[0]?.message).toMatch(/required column\(s\) nom or nom_ar/);
  });

  it('exports active and left staff in the import columns, and an export imported into an empty database exports the same', async () => {
    const a = openTemp();
    references(a);
    await importFile(a, csv(';', false));
    await importFile(a, 'matricule;nom;prenom;genre;telephone\nC-1;=Formule;Test;M;+212 536 12 34 56\n');
    const left = call(a, 'staff.get', { id: byMatricule(a, 'A-6')!.id! });
    call(a, 'staff.update', { ...left, status: 'left', leftDate: '2024-01-31' });
    const csvA = Buffer.from((await callAsync(a, 'staff.export', { format: 'csv' })).contentBase64, 'base64');
    const text = csvA.toString('utf8');
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(text).toContain(
      'A-1;Benali;Naïma;بنعلي;نعيمة;F;Administrateur 2e grade;SAS;AS-01;15/03/2019;0536 12 34 56;n.benali@example.ma\r\n',
    );
    expect(text).toContain('A-6;;Fatima;'); // left, still exported
    expect(text).toContain("C-1;'=Formule;Test;;;M;;;;;'+212 536 12 34 56;\r\n"); // formulas neutralised
    expect(text.trim().split('\r\n')).toHaveLength(1 + 4);

    const b = openTemp();
    references(b);
    expect(await importFile(b, csvA)).toMatchObject({ created: 4, rejected: [] });
    expect(byMatricule(b, 'C-1')).toMatchObject({ last_name_fr: '=Formule', phone: '+212 536 12 34 56' });
    const csvB = Buffer.from((await callAsync(b, 'staff.export', { format: 'csv' })).contentBase64, 'base64');
    expect(csvB.equals(csvA)).toBe(true);

    const xlsx = Buffer.from((await callAsync(a, 'staff.export', { format: 'xlsx' })).contentBase64, 'base64');
    const c = openTemp();
    references(c);
    expect(await importFile(c, xlsx, { fileName: 'personnel.xlsx' })).toMatchObject({ created: 4, rejected: [] });
    const csvC = Buffer.from((await callAsync(c, 'staff.export', { format: 'csv' })).contentBase64, 'base64');
    expect(csvC.equals(csvA)).toBe(true);

    const template = await callAsync(a, 'staff.importTemplate', {});
    const [header, example] = Buffer.from(template.contentBase64, 'base64').toString('utf8').replace('\uFEFF', '').split('\r\n');
    expect(header).toBe(HEADER);
    expect(example.split(';')).toHaveLength(12);
  });
});

describe('sas staff import / export', () => {
  /** A database file with the references, closed, for the command line. */
  function database(): string {
    const file = path.join(tempDir(), 'sas.sqlite');
    const ctx = openAppDatabase(file);
    references(ctx);
    ctx.sqlite.close();
    return file;
  }

  it('prints exactly {created, updated, rejected: [{line, reason}]} and exits 0 with rejected rows; --dry-run writes nothing', () => {
    const db = database();
    const file = path.join(tempDir(), 'agents.csv');
    fs.writeFileSync(file, csv(';', true));
    const dry = sas('staff', 'import', file, '--db', db, '--json', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(dry.stdout);
    expect(Object.keys(report)).toEqual(['created', 'updated', 'rejected']);
    expect(report.created).toBe(3);
    expect(report.rejected.map((r: { line: number }) => r.line)).toEqual(REJECTED);
    for (const r of report.rejected) expect(Object.keys(r)).toEqual(['line', 'reason']);

    const real = sas('staff', 'import', file, '--db', db, '--json');
    expect(JSON.parse(real.stdout)).toEqual(report);
    const again = sas('staff', 'import', file, '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 3 });

    const out = path.join(tempDir(), 'personnel.csv');
    const exported = sas('staff', 'export', '--db', db, '--format', 'csv', '--out', out);
    expect(exported.code, exported.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8').split('\r\n')[0]).toBe(`\uFEFF${HEADER}`);
  });

  it('exits 1 naming what is wrong when the file cannot be read or lacks a required column, before opening the database', () => {
    const dir = tempDir();
    const db = path.join(dir, 'never.sqlite');
    const binary = path.join(dir, 'agents.csv');
    fs.writeFileSync(binary, Buffer.from([0x6d, 0x61, 0xff, 0xfe, 0x00, 0x3b]));
    const unreadable = sas('staff', 'import', binary, '--db', db, '--json');
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toMatch(/could not be read: the file is not UTF-8/);
    const noGender = path.join(dir, 'b.csv');
    fs.writeFileSync(noGender, 'matricule;nom\nA-1;Benali\n');
    const missing = sas('staff', 'import', noGender, '--db', db, '--json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/required column\(s\) genre/);
    expect(missing.stdout).toBe('');
    expect(fs.existsSync(db)).toBe(false);
  });
});
