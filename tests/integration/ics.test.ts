import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { localToUtc, utcToLocal } from '../../db/features/sessions/time-zone';
import { openAppDatabase } from '../../db/installation/open-database';
import { call, openTemp, refusal, sas, tempDir } from './helpers';
import { LONG_ARABIC_TITLE, calendarCase } from './calendar-fixture';

/**
 * The `.ics` export (`sessions.ics`, `sas calendar export`), read back with ical.js, a parser
 * that shares nothing with the writer: what Outlook or a phone would make of the file.
 */

interface ParsedEvent {
  uid: string;
  summary: string;
  location: string;
  description: string;
  status: string;
  start: Date;
  end: Date;
  startIsUtc: boolean;
}

function parse(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      location: e.location ?? '',
      description: e.description ?? '',
      status: String(v.getFirstPropertyValue('status')),
      start: e.startDate.toJSDate(),
      end: e.endDate.toJSDate(),
      startIsUtc: e.startDate.zone === ICAL.Timezone.utcTimezone,
    };
  });
  return { calendar, events };
}

/** What a phone set to Casablanca shows for an instant: read with the runtime's own zone data, not the app's code. */
const inCasablanca = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);

function fixture() {
  const ctx = openTemp();
  return { ctx, ...calendarCase(ctx) };
}

const ics = (ctx: ReturnType<typeof openTemp>, input: { sessionId?: string | null; from?: string | null; to?: string | null }) =>
  call(ctx, 'sessions.ics', input);

describe('the .ics calendar', () => {
  it('puts a 09:00 slot at 09:00 in Casablanca on both sides of the Ramadan change of offset', () => {
    const { ctx, acc1 } = fixture();
    const { events } = parse(ics(ctx, { sessionId: acc1.id }).text);
    expect(events).toHaveLength(2);
    const [before, during] = events;
    expect(before.startIsUtc && during.startIsUtc).toBe(true);
    // UTC+1 on 12 February, UTC+0 on 5 March: the same wall-clock hour is one UTC hour apart.
    expect(during.start.getUTCHours() - before.start.getUTCHours()).toBe(1);
    expect([before, during].map((e) => [inCasablanca(e.start), inCasablanca(e.end)])).toEqual([
      ['2026-02-12 09:00', '2026-02-12 12:30'],
      ['2026-03-05 09:00', '2026-03-05 12:30'],
    ]);
  });

  it("follows the installation's time zone when it is changed", () => {
    const { ctx, acc1 } = fixture();
    call(ctx, 'settings.update', { timeZone: 'Europe/Paris' });
    const { events } = parse(ics(ctx, { sessionId: acc1.id }).text);
    const inParis = (d: Date) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
    expect(events.map((e) => inParis(e.start))).toEqual(['09:00', '09:00']);
    // Paris has no Ramadan change: both slots are at the same UTC hour.
    expect(events[0].start.getUTCHours()).toBe(events[1].start.getUTCHours());
  });

  it('holds one event per slot of the sessions not cancelled, with their title, venue, code and status', () => {
    const { ctx } = fixture();
    const out = ics(ctx, { from: '2026-02-01', to: '2026-03-31' });
    const { calendar, events } = parse(out.text);
    expect(out.events).toBe(3);
    expect(out.fileName).toBe('sessions-2026-02-01-2026-03-31.ics');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/^-\/\/.+\/\/.+/);
    // The cancelled session ACC-2 is nowhere in the file.
    expect(out.text).not.toContain('ACC-2');
    expect(events.map((e) => e.summary)).toEqual([
      'Accueil des usagers, session 1 / استقبال المرتفقين',
      'Accueil des usagers, session 1 / استقبال المرتفقين',
      LONG_ARABIC_TITLE,
    ]);
    expect(events[0].location).toBe('Salle polyvalente, Bd Mohammed V, Berkane');
    expect(events[2].location).toBe('');
    expect(events[0].description).toContain('ACC-1');
    expect(events[0].description).toContain('FOR-ACC');
    expect(events.map((e) => e.status)).toEqual(['TENTATIVE', 'TENTATIVE', 'CONFIRMED']);
    // A period with none of the slots of ACC-1 but one of NUM-1's: only NUM-1.
    expect(parse(ics(ctx, { from: '2026-03-10', to: '2026-03-10' }).text).events.map((e) => e.summary)).toEqual([LONG_ARABIC_TITLE]);
    // A period that reaches one slot of ACC-1 brings all its slots.
    expect(ics(ctx, { from: '2026-03-01', to: '2026-03-06' }).events).toBe(2);
  });

  it('keeps characters a calendar would misread (; , \\ and line breaks) as they were typed', () => {
    const { ctx, acc1 } = fixture();
    const title = 'Accueil; écoute, suivi \\ orientation\nJour 1';
    ctx.sqlite.prepare('UPDATE training_sessions SET title_fr = ?, title_ar = ? WHERE id = ?').run(title, '', acc1.id);
    expect(parse(ics(ctx, { sessionId: acc1.id }).text).events[0].summary).toBe(title);
  });

  it('folds a long Arabic title at 75 octets without cutting a letter in two', () => {
    const { ctx, num1 } = fixture();
    const dir = tempDir();
    const file = path.join(dir, 'num.ics');
    fs.writeFileSync(file, ics(ctx, { sessionId: num1.id }).text, 'utf8');
    const bytes = fs.readFileSync(file);
    // Lines end with CRLF, never a bare LF.
    expect(bytes.toString('latin1').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines: Buffer[] = [];
    for (let start = 0, i = bytes.indexOf('\r\n'); i >= 0; start = i + 2, i = bytes.indexOf('\r\n', start))
      lines.push(bytes.subarray(start, i));
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(75);
    // Each physical line on its own is valid UTF-8: no Arabic letter was cut between two lines.
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) expect(() => strict.decode(line)).not.toThrow();
    // The title (about 230 octets) takes the SUMMARY line and several continuation lines.
    const text = lines.map((l) => l.toString('utf8'));
    const at = text.findIndex((l) => l.startsWith('SUMMARY:'));
    const continued = text.slice(at + 1).findIndex((l) => !l.startsWith(' '));
    expect(continued).toBeGreaterThanOrEqual(2);
    expect(parse(bytes.toString('utf8')).events[0].summary).toBe(LONG_ARABIC_TITLE);
  });

  it('gives each slot the same UID from one export to the next, even after the session is changed', () => {
    const { ctx, acc1 } = fixture();
    const uids = () => parse(ics(ctx, {}).text).events.map((e) => e.uid);
    const first = uids();
    expect(first).toHaveLength(3);
    expect(new Set(first).size).toBe(3);
    ctx.sqlite.prepare("UPDATE training_sessions SET title_fr = 'Accueil (reprogrammée)' WHERE id = ?").run(acc1.id);
    ctx.sqlite.prepare("UPDATE session_slots SET start_time = '10:00' WHERE session_id = ?").run(acc1.id);
    expect(uids()).toEqual(first);
  });

  it('exports one session by its id (none when it is cancelled) and refuses an unknown id', () => {
    const { ctx, acc1, acc2 } = fixture();
    const one = ics(ctx, { sessionId: acc1.id });
    expect([one.fileName, one.events]).toEqual(['session-ACC-1.ics', 2]);
    expect(ics(ctx, { sessionId: acc2.id }).events).toBe(0);
    expect(refusal(ctx, 'sessions.ics', { sessionId: '0190a0a0-0000-7000-8000-000000000000' }).code).toBe('not_found');
  });
});

describe('wall-clock times at a change of offset', () => {
  const zone = 'Africa/Casablanca';
  it('moves a time that does not exist forward by the jump, and takes the first of a time that exists twice', () => {
    // 22 March 2026, 02:00 → 03:00: 02:30 never shows on a Casablanca clock; it is read as 03:30.
    expect(inCasablanca(new Date(localToUtc('2026-03-22', '02:30', zone)))).toBe('2026-03-22 03:30');
    // 15 February 2026, 03:00 → 02:00: 02:30 shows twice; the first (still UTC+1) is taken.
    const twice = localToUtc('2026-02-15', '02:30', zone);
    expect(inCasablanca(new Date(twice))).toBe('2026-02-15 02:30');
    expect(inCasablanca(new Date(twice - 3_600_000))).toBe('2026-02-15 01:30');
    expect(new Date(twice).toISOString()).toBe('2026-02-15T01:30:00.000Z');
  });

  it('reads back the wall clock it was given on every day of the year', () => {
    for (let day = 0; day < 365; day++) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      expect(utcToLocal(localToUtc(date, '09:00', zone), zone)).toEqual({ date, time: '09:00' });
    }
  });
});

describe('sas calendar export', () => {
  function caseFile() {
    const db = path.join(tempDir(), 'sas.sqlite');
    const ctx = openAppDatabase(db);
    calendarCase(ctx);
    ctx.sqlite.close();
    return db;
  }

  it('writes the period as an .ics file a calendar reads', () => {
    const db = caseFile();
    const out = path.join(tempDir(), 'sessions.ics');
    const r = sas('calendar', 'export', '--db', db, '--out', out, '--from', '2026-02-01', '--to', '2026-02-28');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 event(s)');
    const { events } = parse(fs.readFileSync(out, 'utf8'));
    expect(events.map((e) => inCasablanca(e.start))).toEqual(['2026-02-12 09:00', '2026-03-05 09:00']);
  });

  it('refuses a bad date, a period that ends before it starts and a missing --out (exit code 2)', () => {
    const db = caseFile();
    const out = path.join(tempDir(), 'x.ics');
    for (const args of [
      ['--out', out, '--from', '2026-02-30'],
      ['--out', out, '--from', '2026-03-01', '--to', '2026-02-01'],
      ['--from', '2026-02-01'],
    ]) {
      const r = sas('calendar', 'export', '--db', db, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^sas: --(from|to|out)|needs --out/);
    }
    expect(fs.existsSync(out)).toBe(false);
  });
});
