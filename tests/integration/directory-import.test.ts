import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, count, openTemp } from './helpers';
import { HEADER, b64, callAsync } from './directory-helpers';

const rows = [
  ['Association Espoir', 'جمعية الأمل', 'AE', 'Culture; Sport', 'Triffa', '0536 11 22 33', 'espoir@example.ma', '2012-03-15'],
  ['', '', 'X', '', 'Bouhdila', '', '', ''],
  ['Club Avenir', '', '', 'Jeunesse|Sport', 'Quartass', '0536 44 55 66', 'pas-un-email', ''],
  ['Coopérative Nour', 'تعاونية النور', '', 'Femmes', 'Triffa', '', '', '15/06/2001'],
];
const csv = (sep: string, bom = false) =>
  (bom ? '\uFEFF' : '') + [HEADER, ...rows].map((r) => r.map((c) => (c.includes(sep) ? `"${c}"` : c)).join(sep)).join('\r\n');

describe('directory import', () => {
  for (const [label, sep, bom] of [
    ['comma', ',', false],
    ['semicolon', ';', true],
    ['tab', '\t', false],
  ] as const) {
    it(`reads a CSV separated by ${label}${bom ? ' with a BOM' : ''}, rejects bad rows by line number and imports the rest`, async () => {
      const ctx = openTemp();
      const r = await callAsync(ctx, 'directory.import', { fileName: 'a.csv', contentBase64: b64(csv(sep, bom)) });
      expect(r.imported).toBe(2);
      expect(r.rejected.map((x) => x.line)).toEqual([3, 4]);
      expect(r.rejected[0].reason).toMatch(/name/);
      expect(r.rejected[1].reason).toMatch(/email/);
      // The interface says the same in the user's language: an i18n key with the column and the cell.
      expect(r.rejected[0].problemKeys).toEqual([{ key: 'errors.import.noName', params: { columnFr: 'nom_fr', columnAr: 'nom_ar' } }]);
      expect(r.rejected[1].problemKeys).toEqual([
        { key: 'errors.import.invalidEmail', params: { column: 'email', value: 'pas-un-email' } },
      ]);
      const found = call(ctx, 'organizations.search', { query: 'espoir' });
      expect(found.rows[0].nameFr).toBe('Association Espoir'); // BOM not glued to the first header
      const org = call(ctx, 'organizations.get', { id: found.rows[0].id });
      expect(org.phones).toEqual(['0536 11 22 33']);
      expect(org.registrationDate).toBe('2012-03-15');
      expect(org.termIds).toHaveLength(2);
    });
  }

  it('keeps quoted fields with delimiters, quotes and line breaks, and counts lines as an editor does', async () => {
    const ctx = openTemp();
    const text = 'nom_fr;description_fr\n"Asso ""Les amis""";"ligne 1\nligne 2; suite"\n;\n"";sans nom\n';
    const r = await callAsync(ctx, 'directory.import', { fileName: 'q.csv', contentBase64: b64(text) });
    expect(r.imported).toBe(1);
    expect(r.rejected).toEqual([
      { line: 5, reason: expect.stringMatching(/name/), problemKeys: [expect.objectContaining({ key: 'errors.import.noName' })] },
    ]);
    const org = call(ctx, 'organizations.search', { query: 'amis' }).rows[0];
    expect(org.nameFr).toBe('Asso "Les amis"');
  });

  it('reads a real XLSX workbook, with accented and capitalised headers', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Feuil1');
    sheet.addRow(['Nom FR', 'NOM_AR', 'Téléphone', 'Quartier']);
    sheet.addRow(['Association Amal', 'جمعية أمل', '0536 99 88 77', 'Triffa']);
    sheet.addRow(['', '', '0536 00 00 00', '']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const ctx = openTemp();
    const preview = await callAsync(ctx, 'directory.importPreview', { fileName: 'a.xlsx', contentBase64: b64(bytes) });
    expect(preview.mapping).toMatchObject({ 'Nom FR': 'nom_fr', NOM_AR: 'nom_ar', Téléphone: 'telephone', Quartier: 'quartier' });
    expect(preview.rows.map((r) => [r.line, r.problems.length > 0])).toEqual([
      [2, false],
      [3, true],
    ]);
    expect(preview.rows[1].problemKeys.map((p) => p.key)).toEqual(['errors.import.noName']);
    const r = await callAsync(ctx, 'directory.import', { fileName: 'a.xlsx', contentBase64: b64(bytes) });
    expect(r).toMatchObject({ imported: 1, rejected: [{ line: 3 }] });
    expect(call(ctx, 'organizations.search', { query: 'امل' }).total).toBe(1);
  });

  it('a dry run reports the same counts and writes nothing', async () => {
    const ctx = openTemp();
    call(ctx, 'terms.list', {});
    const before = { orgs: count(ctx, 'organizations'), terms: count(ctx, 'directory_terms'), audit: count(ctx, 'audit_log') };
    const r = await callAsync(ctx, 'directory.import', { fileName: 'a.csv', contentBase64: b64(csv(';')), dryRun: true });
    expect(r).toMatchObject({ imported: 2, dryRun: true });
    expect({ orgs: count(ctx, 'organizations'), terms: count(ctx, 'directory_terms'), audit: count(ctx, 'audit_log') }).toEqual(before);
  });

  it('skips, merges or creates duplicates (same folded name, phone or e-mail) as asked', async () => {
    const ctx = openTemp();
    await callAsync(ctx, 'directory.import', { fileName: 'a.csv', contentBase64: b64(csv(';')) });
    const again = 'nom_fr;telephone;facebook\nASSOCIATION ESPOIR;;https://fb.com/espoir\nAutre nom;+212 536-112233;\n';
    const skip = await callAsync(ctx, 'directory.import', { fileName: 'b.csv', contentBase64: b64(again) });
    expect(skip).toMatchObject({ imported: 0, duplicates: 2 });
    const merge = await callAsync(ctx, 'directory.import', { fileName: 'b.csv', contentBase64: b64(again), onDuplicate: 'merge' });
    expect(merge).toMatchObject({ imported: 0, duplicates: 2, merged: 2 });
    expect(count(ctx, 'organizations')).toBe(2);
    const espoir = call(ctx, 'organizations.get', { id: call(ctx, 'organizations.search', { query: 'espoir' }).rows[0].id });
    expect(espoir.facebook).toBe('https://fb.com/espoir');
    const create = await callAsync(ctx, 'directory.import', { fileName: 'b.csv', contentBase64: b64(again), onDuplicate: 'create' });
    expect(create).toMatchObject({ imported: 2, duplicates: 2 });
    expect(count(ctx, 'organizations')).toBe(4);
  });

  it('finds duplicates among the rows of the file itself, and on a phone or e-mail a merge earlier in the file added', async () => {
    const file = [
      'nom_fr;nom_ar;telephone;email',
      'Club Avenir;;0536 44 55 66;avenir@example.ma',
      'CLUB AVENIR;;;', // the name of the row above
      'Autre club;;+212 536-445566;', // its phone
      'Troisième;;;AVENIR@example.ma', // its e-mail
      'Association Espoir;;0537 00 00 01;contact@espoir.ma', // in the database: a merge adds the phone and the e-mail
      'Quatrième;;0537000001;', // the phone of the row above
      'Cinquième;;;Contact@Espoir.ma', // its e-mail
      ';جمعية الأمل;;',
      ';جمعيه الامل;;', // the same Arabic name, folded
    ].join('\n');
    const expected = {
      skip: { imported: 4, duplicates: 5, merged: 0, organizations: 5 },
      merge: { imported: 2, duplicates: 7, merged: 7, organizations: 3 },
      create: { imported: 9, duplicates: 7, merged: 0, organizations: 10 },
    };
    for (const [onDuplicate, want] of Object.entries(expected)) {
      const ctx = openTemp();
      await callAsync(ctx, 'directory.import', { fileName: 'a.csv', contentBase64: b64('nom_fr\nAssociation Espoir\n') });
      const r = await callAsync(ctx, 'directory.import', {
        fileName: 'b.csv',
        contentBase64: b64(file),
        onDuplicate: onDuplicate as keyof typeof expected,
      });
      expect({ imported: r.imported, duplicates: r.duplicates, merged: r.merged, organizations: count(ctx, 'organizations') }).toEqual(
        want,
      );
    }
  });

  it('says each problem as an i18n key with its column and value, beside the English sentence', async () => {
    const ctx = openTemp();
    const text = 'nom_fr;telephone;date_creation;quartier\nAsso A;abc;31/02/2020;Triffa\nAsso B;;;' + 'q'.repeat(130) + '\n';
    const preview = await callAsync(ctx, 'directory.importPreview', { fileName: 'p.csv', contentBase64: b64(text) });
    expect(preview.rows[0].problems).toEqual([
      'phones.0: not a valid phone number',
      'date_creation: not a valid date (YYYY-MM-DD or DD/MM/YYYY)',
    ]);
    expect(preview.rows[0].problemKeys).toEqual([
      { key: 'errors.import.invalidPhone', params: { column: 'telephone', value: 'abc' } },
      { key: 'errors.import.invalidDate', params: { column: 'date_creation', value: '31/02/2020' } },
    ]);
    expect(preview.rows[1].problemKeys).toEqual([
      { key: 'errors.import.tooLong', params: { column: 'quartier', value: expect.stringMatching(/^q+…$/), max: 120 } },
    ]);
  });

  it('refuses a file it cannot read with bad_file', async () => {
    const ctx = openTemp();
    const { dispatchAsync } = await import('../../db/dispatch/dispatcher');
    const r = await dispatchAsync('directory.import', { fileName: 'x.xlsx', contentBase64: b64('not a workbook') }, ctx);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('bad_file');
  });
});
