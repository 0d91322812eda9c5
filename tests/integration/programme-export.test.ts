import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Indicators } from '../../api/channels/evaluation';
import { dispatch, dispatchAsync } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { INDICATOR_ROWS } from '../../api/channels/evaluation';
import { importPartner } from '../../db/features/backup/partners';
import { openAppDatabase } from '../../db/installation/open-database';
import { KEYS, installation, withInstallation } from './backup-helpers';
import { call, tempDir, track } from './helpers';

const OWN = { identities: [KEYS.own.identity] };

/** A partner commune with the demo's year sends a backup to the coordinator. */
async function partner(communeFr: string, communeAr: string, profile: 'aggregates' | 'no-contacts') {
  const ctx = withInstallation(track(openAppDatabase(path.join(tempDir(), 'partner.sqlite'))), KEYS.other);
  call(ctx, 'demo.load', {});
  call(ctx, 'settings.update', { communeFr, communeAr, operatorName: 'Samira Alaoui' });
  const file = path.join(tempDir(), `${communeFr}.sasbackup`);
  await createBackup(ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.other, out: file, profile });
  return file;
}

async function workbook(ctx: Parameters<typeof dispatch>[2], year: number, language: 'fr' | 'ar') {
  const r = await dispatchAsync('partners.compareExport', { year, language }, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const file = r.value as { fileName: string; contentBase64: string };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return { fileName: file.fileName, sheet: book.worksheets[0]! };
}

/** The sheet's figures back as the channel gives them: a number, or null where the sheet says "—". */
const figure = (v: ExcelJS.CellValue) => (v === '—' ? null : v);

describe('the programme view exported as XLSX', () => {
  it('holds, per partner, the figures partners.compare gives, as numbers, with the commune and the backup date', async () => {
    const coord = installation('Liège');
    await importPartner(coord.ctx, await partner('Ahfir', 'أحفير', 'aggregates'), OWN);
    await importPartner(coord.ctx, await partner('Saïdia', 'السعيدية', 'no-contacts'), OWN);
    const year = new Date().getFullYear();
    const compared = call(coord.ctx, 'partners.compare', { year });
    expect(compared).toHaveLength(2);

    const { fileName, sheet } = await workbook(coord.ctx, year, 'fr');
    expect(fileName).toBe(`programme-${year}.xlsx`);
    const header = sheet.getRow(2).values as ExcelJS.CellValue[];
    compared.forEach((p, i) => {
      const column = i + 2;
      expect(header[column]).toBe(p.partner);
      const date = sheet.getRow(3).getCell(column).value as Date;
      expect(date.toISOString()).toBe(new Date(p.backupDate).toISOString());
      INDICATOR_ROWS.forEach(([key], r) => {
        const cell = sheet.getRow(5 + r).getCell(column);
        expect(figure(cell.value), `${p.partner} ${key}`).toEqual(p.indicators[key]);
      });
    });
    // Rates read as percentages in a spreadsheet, counts as whole numbers.
    const rateRow = 5 + INDICATOR_ROWS.findIndex(([k]) => k === 'accessRate');
    expect(sheet.getRow(rateRow).getCell(1).value).toBe("Taux d'accès à la formation");
    expect(sheet.getRow(rateRow).getCell(2).numFmt).toBe('0.0%');
    const trained = compared[0]!.indicators.staffTrained;
    expect(trained).toBeGreaterThan(0);

    // In Arabic: the communes' Arabic names and Arabic headers, the sheet read from the right.
    const ar = await workbook(coord.ctx, year, 'ar');
    expect(ar.sheet.getRow(2).getCell(1).value).toBe('المؤشر');
    expect([ar.sheet.getRow(2).getCell(2).value, ar.sheet.getRow(2).getCell(3).value]).toEqual(compared.map((p) => p.partnerAr));
    expect(ar.sheet.views[0]?.rightToLeft).toBe(true);
  });

  it('a year without data gives the partners’ columns with zero counts and "—" where nothing can be computed', async () => {
    const coord = installation('Liège');
    await importPartner(coord.ctx, await partner('Ahfir', 'أحفير', 'aggregates'), OWN);
    const compared = call(coord.ctx, 'partners.compare', { year: 2001 });
    const { sheet } = await workbook(coord.ctx, 2001, 'fr');
    const indicators = compared[0]!.indicators as Indicators;
    expect(indicators.sessionsDelivered).toBe(0);
    INDICATOR_ROWS.forEach(([key], r) => expect(figure(sheet.getRow(5 + r).getCell(2).value)).toEqual(indicators[key]));
    expect(sheet.getRow(5 + INDICATOR_ROWS.findIndex(([k]) => k === 'accessRate')).getCell(2).value).toBe('—');
  });

  it('without a partner, says so; a year out of range is refused', async () => {
    const coord = installation('Liège');
    const { sheet } = await workbook(coord.ctx, 2025, 'fr');
    expect(sheet.getRow(2).cellCount).toBe(1);
    expect(sheet.getRow(20).getCell(1).value).toBe('Aucun partenaire importé.');
    for (const year of [1999, 2101, 2025.5]) {
      expect(await dispatchAsync('partners.compareExport', { year, language: 'fr' }, coord.ctx)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
  });
});
