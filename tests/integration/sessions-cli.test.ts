import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../db/installation/open-database';
import { call, openTemp, sas, tempDir } from './helpers';
import { LONG_ARABIC_TITLE, calendarCase } from './calendar-fixture';

/** `sas sessions list` and `sas report participations`, run as a user runs them (a child process). */

function caseFile() {
  const db = path.join(tempDir(), 'sas.sqlite');
  const ctx = openAppDatabase(db);
  const k = calendarCase(ctx);
  ctx.sqlite.close();
  return { db, karimId: k.karim.id };
}

const HEADER = 'session;course;participant_type;participant_id;gender;status;hours_attended;attestation';

describe('sas sessions list', () => {
  it('prints the sessions with a slot in the period as the JSON the issue describes, times in local time', () => {
    const { db } = caseFile();
    const r = sas('sessions', 'list', '--db', db, '--from', '2026-02-01', '--to', '2026-02-28', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    // NUM-1 (10 March) is outside February; ACC-1 has a slot on 12 February; ACC-2 (cancelled) on the 19th.
    expect(rows.map((s) => s.code).sort()).toEqual(['ACC-1', 'ACC-2']);
    const acc1 = rows.find((s) => s.code === 'ACC-1')!;
    expect(acc1).toEqual({
      code: 'ACC-1',
      course: 'FOR-ACC',
      titleFr: 'Accueil des usagers, session 1',
      titleAr: 'استقبال المرتفقين',
      status: 'open',
      venue: 'Salle polyvalente',
      capacity: 2,
      // Naïma and Karim hold the two seats (their attendance taken); Salma waits.
      booked: 2,
      waitlisted: 1,
      // Wall-clock times of the commune, as typed: 09:00 on both sides of the Ramadan change.
      slots: [
        { start: '2026-02-12T09:00', end: '2026-02-12T12:30' },
        { start: '2026-03-05T09:00', end: '2026-03-05T12:30' },
      ],
    });
    const all = JSON.parse(sas('sessions', 'list', '--db', db, '--json').stdout) as {
      code: string;
      venue: string | null;
      titleAr: string;
    }[];
    expect(all.find((s) => s.code === 'NUM-1')).toMatchObject({ venue: null, titleAr: LONG_ARABIC_TITLE });
  });

  it('prints a readable table without --json', () => {
    const { db } = caseFile();
    const r = sas('sessions', 'list', '--db', db, '--from', '2026-03-10');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^1 session\(s\) with a slot from 2026-03-10/);
    expect(lines[1]).toMatch(/^code\s+status\s+starts/);
    expect(lines[2]).toMatch(/^NUM-1\s+confirmed\s+2026-03-10 14:00/);
  });

  it('refuses a date that is not YYYY-MM-DD or does not exist (exit code 2)', () => {
    const { db } = caseFile();
    for (const args of [
      ['--from', '2026-13-01'],
      ['--from', '2026-03-02', '--to', '2026-03-01'],
      ['--since', '2026-01-01'],
    ]) {
      const r = sas('sessions', 'list', '--db', db, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^sas: /);
    }
  });
});

describe('sas report participations', () => {
  it('writes one row per enrolment in the sessions of the year, as French Excel reads it', () => {
    const { db, karimId } = caseFile();
    const out = path.join(tempDir(), 'participations.csv');
    const r = sas('report', 'participations', '--db', db, '--year', '2026', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1).map((l) => l.split(';'));
    expect(r.stdout).toContain(`${rows.length} participation(s)`);
    // Four enrolments: three in ACC-1, one (cancelled) in the cancelled ACC-2.
    expect(rows).toHaveLength(4);
    const byId = new Map(rows.map((row) => [`${row[0]} ${row[3]}`, row]));
    // Naïma, staff, by matricule: the morning she attended (3.5 h, a decimal comma); her attestation was revoked.
    expect(byId.get('ACC-1 1204001')).toEqual(['ACC-1', 'FOR-ACC', 'staff', '1204001', 'f', 'attended_partial', '3,5', '']);
    // Karim, association trainee, by his record's id: late once (counted), present once, 7 hours, attestation.
    expect(byId.get(`ACC-1 ${karimId}`)).toEqual(['ACC-1', 'FOR-ACC', 'association', karimId, 'm', 'attended_full', '7', 'SAS-2026-0001']);
    expect(byId.get('ACC-1 1204002')?.[5]).toBe('waitlisted');
    expect(byId.get('ACC-2 1204001')?.[5]).toBe('cancelled');
  });

  it('writes the header alone for a year without sessions', () => {
    const { db } = caseFile();
    const out = path.join(tempDir(), 'empty.csv');
    expect(sas('report', 'participations', '--db', db, '--year', '2025', '--out', out).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('refuses a bad --year and a missing --out (exit code 2), and writes nothing', () => {
    const { db } = caseFile();
    const out = path.join(tempDir(), 'x.csv');
    for (const args of [
      ['--year', '26', '--out', out],
      ['--year', '1999', '--out', out],
      ['--year', '2026'],
    ]) {
      const r = sas('report', 'participations', '--db', db, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^sas: report participations needs --(year|out)/);
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a database that does not exist (exit code 1) without creating it', () => {
    const db = path.join(tempDir(), 'none.sqlite');
    const r = sas('report', 'participations', '--db', db, '--year', '2026', '--out', path.join(tempDir(), 'x.csv'));
    expect(r.code).toBe(1);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('is the same file through the sessions.participations channel the screen calls', () => {
    const ctx = openTemp();
    calendarCase(ctx);
    const file = call(ctx, 'sessions.participations', { year: 2026 });
    expect(file.fileName).toBe('participations-2026.csv');
    expect(file.rows).toBe(4);
    expect(Buffer.from(file.contentBase64, 'base64').toString('utf8').split('\r\n')[0]).toBe(`\uFEFF${HEADER}`);
  });
});

describe('sas doctor', () => {
  it('counts sessions, enrolments, attendance marks and attestations', () => {
    const { db } = caseFile();
    const r = sas('doctor', '--db', db, '--json');
    const report = JSON.parse(r.stdout) as { counts: Record<string, number> };
    expect(report.counts).toMatchObject({ sessions: 3, enrolments: 4, attendance: 4, attestations: 2 });
    expect(sas('doctor', '--db', db).stdout).toContain('Training: 3 sessions, 4 enrolments, 4 attendance marks, 2 attestations');
  });
});
