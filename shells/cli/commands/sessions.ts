import fs from 'node:fs';
import type { Output } from '../../../api/contract';
import { call, withInstallation } from '../call';
import { type Io, UsageError } from '../cli-error';
import { type Values, str, yearOption } from '../options';

type DbValues = Values & { db: string };

/** A real calendar date `YYYY-MM-DD` (31/02 is refused), or null when the option is absent. */
function dateOption(v: Values, option: string): string | null {
  if (v[option] === undefined) return null;
  const given = str(v, option) ?? '';
  const [y, m, d] = given.split('-').map(Number);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(given) && new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === given;
  if (!valid) throw new UsageError(`--${option} must be a date YYYY-MM-DD${given ? `, not "${given}"` : ''}`);
  return given;
}

/** `--from` and `--to`, the period both commands take; a period that ends before it starts is a usage error. */
function period(v: Values): { from: string | null; to: string | null } {
  const from = dateOption(v, 'from');
  const to = dateOption(v, 'to');
  if (from && to && to < from) throw new UsageError(`--to (${to}) is before --from (${from})`);
  return { from, to };
}

function outOption(v: Values, command: string, what: string): string {
  const out = str(v, 'out');
  if (!out) throw new UsageError(`${command} needs --out ${what}`);
  return out;
}

type SessionRow = Output<'sessions.list'>[number];

/** The issue's JSON of one session: times are the commune's wall clock, as stored. */
export const sessionJson = (s: SessionRow) => ({
  code: s.code,
  course: s.courseCode,
  titleFr: s.titleFr,
  titleAr: s.titleAr,
  status: s.status,
  venue: s.venueNameFr || s.venueNameAr || null,
  capacity: s.maxCapacity,
  booked: s.booked,
  waitlisted: s.waitlisted,
  slots: s.slots.map((x) => ({ start: `${x.date}T${x.startTime}`, end: `${x.date}T${x.endTime}` })),
});

/** `sas sessions list [--from] [--to] [--json]` → `sessions.list`, on the database opened read-only. */
export async function runSessionsList(v: DbValues, io: Io): Promise<number> {
  const { from, to } = period(v);
  const rows = await withInstallation(v.db, (ctx) => call('sessions.list', { from, to }, ctx), { readOnly: true });
  if (v.json) {
    io.out(JSON.stringify(rows.map(sessionJson)));
    return 0;
  }
  const range = from || to ? ` with a slot ${from ? `from ${from} ` : ''}${to ? `to ${to}` : ''}`.trimEnd() : '';
  io.out(`${rows.length} session(s)${range}.`);
  if (!rows.length) return 0;
  const table = rows.map((s) => {
    const first = s.slots[0];
    const last = s.slots.at(-1);
    return [
      s.code,
      s.status,
      first ? `${first.date} ${first.startTime}` : '',
      last && last !== first ? last.date : '',
      String(s.slots.length),
      `${s.booked}/${s.maxCapacity}${s.waitlisted ? ` +${s.waitlisted}` : ''}`,
      s.courseCode,
      s.venueNameFr || s.venueNameAr || '-',
      s.titleFr || s.titleAr,
    ];
  });
  const header = ['code', 'status', 'starts', 'ends', 'slots', 'booked', 'course', 'venue', 'title'];
  // Every column but the title padded to its widest cell; the title (free text, often Arabic) last.
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  io.out(line(header));
  for (const r of table) io.out(line(r));
  return 0;
}

/** `sas calendar export --out FILE.ics [--from] [--to]` → `sessions.ics`. */
export async function runCalendarExport(v: DbValues, io: Io): Promise<number> {
  const { from, to } = period(v);
  const out = outOption(v, 'calendar export', 'FILE.ics');
  const ics = await withInstallation(v.db, (ctx) => call('sessions.ics', { sessionId: null, from, to }, ctx), { readOnly: true });
  fs.writeFileSync(out, ics.text, 'utf8');
  io.out(`Exported ${ics.events} event(s) (one per slot of the sessions not cancelled) to ${out}.`);
  return 0;
}

/** `sas report participations --year YYYY --out FILE.csv` → `sessions.participations`. */
export async function runParticipationsReport(v: DbValues, io: Io): Promise<number> {
  const year = yearOption(v, 'report participations');
  const out = outOption(v, 'report participations', 'FILE.csv');
  const file = await withInstallation(v.db, (ctx) => call('sessions.participations', { year }, ctx), { readOnly: true });
  const bytes = Buffer.from(file.contentBase64, 'base64');
  fs.writeFileSync(out, bytes);
  io.out(`Exported ${file.rows} participation(s) in the sessions of ${year} to ${out} (CSV, ${bytes.length} bytes).`);
  return 0;
}
