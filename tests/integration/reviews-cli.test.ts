import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../db/installation/open-database';
import { call, count, sas, tempDir } from './helpers';
import { reviewCase } from './review-fixture';

/** A database file with the review case of review-fixture.ts, closed; and the competency codes. */
function caseFile() {
  const db = path.join(tempDir(), 'sas.sqlite');
  const ctx = openAppDatabase(db);
  const k = reviewCase(ctx);
  ctx.sqlite.close();
  return { db, c1: k.c1.code, c2: k.c2.code, c3: k.c3.code };
}

const HEADER = ['matricule', 'competence', 'niveau_auto', 'niveau_responsable', 'niveau_retenu', 'date', 'commentaire'];

function writeCsv(rows: string[][], delimiter: string, bom: boolean): string {
  const file = path.join(tempDir(), 'ratings.csv');
  const text = [HEADER, ...rows].map((r) => r.join(delimiter)).join('\r\n');
  fs.writeFileSync(file, `${bom ? '\uFEFF' : ''}${text}\r\n`);
  return file;
}

const json = (r: { stdout: string }) => JSON.parse(r.stdout) as unknown;

describe('sas review import', () => {
  for (const [delimiter, bom] of [
    [';', true],
    [',', false],
    ['\t', true],
    [';', false],
  ] as const) {
    it(`records each retained level in the history (delimiter ${JSON.stringify(delimiter)}, ${bom ? 'with' : 'without'} BOM) and rejects bad rows by line`, () => {
      const { db, c1, c2, c3 } = caseFile();
      const file = writeCsv(
        [
          ['A-1', c1, '3', '2', '2', '10/03/2026', 'Vu en entretien'],
          ['A-1', c2, '2', '2', '2', '2026-03-10', ''],
          ['Z-9', c1, '', '', '3', '10/03/2026', ''],
          ['B-2', 'NOPE', '', '', '3', '10/03/2026', ''],
          ['B-2', c1, '', '', '7', '10/03/2026', ''],
          ['B-2', c3, '', '', '2', '31/02/2026', ''],
          ['A-1', c1, '', '', '4', '10/03/2026', ''],
          ['B-2', c2, '1', '', '', '', ''],
        ],
        delimiter,
        bom,
      );
      const r = sas('review import', file, '--db', db, '--campaign', 'BC-2026', '--json');
      expect(r.code).toBe(0);
      const out = json(r) as { campaign: string; imported: number; rejected: { line: number; reason: string }[] };
      expect(out.campaign).toBe('BC-2026');
      expect(out.imported).toBe(3);
      expect(out.rejected.map((x) => x.line)).toEqual([4, 5, 6, 7, 8]);
      expect(out.rejected.every((x) => typeof x.reason === 'string' && x.reason.length > 5)).toBe(true);
      expect(Object.keys(out).sort()).toEqual(['campaign', 'imported', 'rejected']);
      // The history now holds Amal's two retained levels; gaps read them.
      const gaps = json(sas('gaps', '--db', db, '--json')) as {
        matricule: string;
        competency: string;
        level: number | null;
        gap: number | null;
      }[];
      expect(gaps.filter((g) => g.matricule === 'A-1').map((g) => [g.competency, g.level, g.gap])).toEqual([
        [c1, 2, 1],
        [c2, 2, 0],
        [c3, null, null],
      ]);
    });
  }

  it('reads XLSX and writes nothing on a dry run', async () => {
    const { db, c1 } = caseFile();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Evaluations');
    sheet.addRow(HEADER.map((h) => h.toUpperCase()));
    sheet.addRow(['B-2', c1, 2, 3, 3, new Date(Date.UTC(2026, 2, 12)), 'Tableau du responsable']);
    const file = path.join(tempDir(), 'ratings.xlsx');
    fs.writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    const dry = sas('review import', file, '--db', db, '--campaign', 'BC-X', '--dry-run', '--json');
    expect(json(dry)).toEqual({ campaign: 'BC-X', imported: 1, rejected: [] });
    const ctx = openAppDatabase(db);
    expect([count(ctx, 'competency_ratings'), count(ctx, 'review_campaigns'), count(ctx, 'reviews')]).toEqual([0, 0, 0]);
    ctx.sqlite.close();
    expect(sas('review import', file, '--db', db, '--campaign', 'BC-X').code).toBe(0);
    const after = openAppDatabase(db);
    const profile = call(after, 'ratings.profile', {
      staffId: (after.sqlite.prepare("SELECT id FROM staff WHERE matricule = 'B-2'").get() as { id: string }).id,
    });
    expect(profile.competencies[0]).toMatchObject({ code: c1, level: 3, gap: 0 });
    expect(profile.competencies[0]!.timeline[0]).toMatchObject({
      validFrom: '2026-03-12',
      source: 'review',
      campaignCode: 'BC-X',
      reason: 'Tableau du responsable',
    });
    expect(call(after, 'campaigns.list', {}).map((c) => [c.code, c.counts.validated])).toEqual([['BC-X', 1]]);
    after.sqlite.close();
  });

  it('refuses a file it cannot read, or without the required columns, with exit 1', () => {
    const { db } = caseFile();
    const bad = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(bad, 'nom;niveau\nA;2\n');
    const r = sas('review import', bad, '--db', db, '--campaign', 'BC-2026', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/matricule/);
    expect(sas('review import', path.join(tempDir(), 'missing.csv'), '--db', db, '--campaign', 'BC').code).toBe(1);
    expect(sas('review import', bad, '--db', db).code).toBe(2);
  });
});

describe('sas gaps and sas needs', () => {
  it('print the contract JSON, filtered by unit with its sub-units, and doctor counts reviews, ratings and needs', () => {
    const { db, c1, c3 } = caseFile();
    const file = writeCsv(
      [
        ['A-1', c1, '', '', '1', '10/03/2026', ''],
        ['B-2', c1, '', '', '2', '10/03/2026', ''],
        ['B-2', c3, '', '', '1', '10/03/2026', ''],
      ],
      ';',
      true,
    );
    expect(sas('review import', file, '--db', db, '--campaign', 'BC-2026').code).toBe(0);
    const gaps = json(sas('gaps', '--db', db, '--unit', 'SRV', '--json')) as Record<string, unknown>[];
    expect(gaps).toHaveLength(3);
    expect(gaps[0]).toEqual({ matricule: 'B-2', competency: c1, required: 3, level: 2, gap: 1, importance: 'essential' });
    expect((json(sas('gaps', '--db', db, '--unit', 'DIR', '--json')) as unknown[]).length).toBe(6);
    expect(sas('gaps', '--db', db, '--unit', 'NOPE', '--json').code).toBe(1);
    // C1: Amal gap 2 and Badr gap 1, essential: 3·2 + 3·1 = 9; C3: Badr gap 1, useful: 1.
    expect(json(sas('needs', '--db', db, '--json'))).toEqual([
      { competency: c1, people: 2, score: 9 },
      { competency: c3, people: 1, score: 1 },
    ]);
    const doctor = json(sas('doctor', '--db', db, '--json')) as { counts: Record<string, number> };
    expect(doctor.counts).toMatchObject({ reviews: 2, ratings: 3, needs: 2 });
  });
});
