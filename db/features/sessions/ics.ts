import type { Output, ParsedInput } from '../../../api/contract';
import type { SessionStatus } from '../../../api/channels/session-enums';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { stmt } from '../../core/statements';
import { courses, sessionSlots, trainingSessions, venues } from '../../schema';
import { readSettings } from '../settings/settings-service';
import { type IcsLine, calendarText, escapeText } from './ics-format';
import { named, select } from './sql-names';
import { icsUtc, isKnownZone, localToUtc } from './time-zone';

/**
 * `sessions.ics` and `sas calendar export`: one VEVENT per slot of every session that is not
 * cancelled (one session, or those with a slot in the period), times in UTC converted from the
 * commune's wall clock with the installation's zone, so a phone in another zone (or a calendar
 * that ignores VTIMEZONE) still shows the right hour, Ramadan weeks included.
 */

const S = named(trainingSessions, 's');
const X = named(sessionSlots, 'x');
/** The slots again, for "has a slot in the period" (every slot of such a session is exported). */
const Y = named(sessionSlots, 'y');
const C = named(courses, 'c');
const V = named(venues, 'v');

const ROWS = `SELECT ${select(S, { sessionId: 'id', code: 'code', titleFr: 'titleFr', titleAr: 'titleAr', status: 'status', sessionUpdatedAt: 'updatedAt' })},
    ${select(X, { slotId: 'id', date: 'date', startTime: 'startTime', endTime: 'endTime', slotUpdatedAt: 'updatedAt' })},
    ${select(C, { courseCode: 'code', courseTitleFr: 'titleFr', courseTitleAr: 'titleAr' })},
    ${select(V, { venueNameFr: 'nameFr', venueNameAr: 'nameAr', venueAddress: 'address' })},
    row_number() OVER (PARTITION BY ${S.c('id')} ORDER BY ${X.c('date')}, ${X.c('startTime')}) AS slotNumber,
    count(*) OVER (PARTITION BY ${S.c('id')}) AS slotCount
  FROM ${S.from}
  JOIN ${X.from} ON ${X.c('sessionId')} = ${S.c('id')}
  JOIN ${C.from} ON ${C.c('id')} = ${S.c('courseId')}
  LEFT JOIN ${V.from} ON ${V.c('id')} = ${S.c('venueId')}
  WHERE ${S.c('status')} <> 'cancelled'
    AND (@sessionId IS NULL OR ${S.c('id')} = @sessionId)
    AND (@sessionId IS NOT NULL OR ${S.c('id')} IN (
      SELECT ${Y.c('sessionId')} FROM ${Y.from}
      WHERE (@from IS NULL OR ${Y.c('date')} >= @from) AND (@to IS NULL OR ${Y.c('date')} <= @to)))
  ORDER BY ${X.c('date')}, ${X.c('startTime')}, ${S.c('code')}`;

interface Row {
  sessionId: string;
  code: string;
  titleFr: string;
  titleAr: string;
  status: SessionStatus;
  sessionUpdatedAt: string;
  slotId: string;
  date: string;
  startTime: string;
  endTime: string;
  slotUpdatedAt: string;
  courseCode: string;
  courseTitleFr: string;
  courseTitleAr: string;
  venueNameFr: string | null;
  venueNameAr: string | null;
  venueAddress: string | null;
  slotNumber: number;
  slotCount: number;
}

/** Not yet firm: a calendar shows these as tentative. */
const TENTATIVE: readonly SessionStatus[] = ['draft', 'open', 'postponed'];

/**
 * The event's one-line title. Both titles when both exist ("Accueil des usagers / استقبال
 * المرتفقين"): the same file goes to French and Arabic readers and a phone shows a single line, so
 * neither is dropped; else the one there is, then the course's title, then the code.
 */
export function eventTitle(fr: string, ar: string, fallbackFr = '', fallbackAr = '', code = ''): string {
  const both = (a: string, b: string) => [a.trim(), b.trim()].filter(Boolean).join(' / ');
  return both(fr, ar) || both(fallbackFr, fallbackAr) || code;
}

/** An ISO timestamp of the database (`2026-03-01T10:00:00.000Z`) as an RFC 5545 UTC date-time. */
const stamp = (iso: string) => icsUtc(Date.parse(iso));

/**
 * The zone the slots were written in. The settings only accept zones the runtime knows; one this
 * runtime's ICU no longer knows (a renamed zone) falls back to the default rather than failing the
 * export.
 */
function installationZone(zone: string): string {
  return isKnownZone(zone) ? zone : 'Africa/Casablanca';
}

function eventLines(r: Row, zone: string, installationId: string, now: string): IcsLine[] {
  const venue = [r.venueNameFr || r.venueNameAr || '', r.venueAddress ?? ''].filter(Boolean).join(', ');
  const lastModified = r.slotUpdatedAt > r.sessionUpdatedAt ? r.slotUpdatedAt : r.sessionUpdatedAt;
  const lines: IcsLine[] = [
    // The slot's id is kept by every update of the session (api/channels/sessions-contract.ts), and
    // the installation's id tells apart the same slot in a partner's dataset: the same event every export.
    ['UID', `${r.slotId}.${installationId}@sas`],
    ['DTSTAMP', now],
    ['LAST-MODIFIED', stamp(lastModified)],
    ['DTSTART', icsUtc(localToUtc(r.date, r.startTime, zone))],
    ['DTEND', icsUtc(localToUtc(r.date, r.endTime, zone))],
    ['SUMMARY', escapeText(eventTitle(r.titleFr, r.titleAr, r.courseTitleFr, r.courseTitleAr, r.code))],
  ];
  if (venue) lines.push(['LOCATION', escapeText(venue)]);
  const courseTitle = eventTitle(r.courseTitleFr, r.courseTitleAr);
  lines.push(
    ['DESCRIPTION', escapeText(`${r.code} (${r.slotNumber}/${r.slotCount})\n${[r.courseCode, courseTitle].filter(Boolean).join(' — ')}`)],
    ['STATUS', TENTATIVE.includes(r.status) ? 'TENTATIVE' : 'CONFIRMED'],
  );
  return lines;
}

/** A file name any system accepts: letters, digits, dot, dash and underscore. */
const safeName = (s: string) => s.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'session';

export function sessionsIcs(ctx: DataContext, input: ParsedInput<'sessions.ics'>): Output<'sessions.ics'> {
  const { sessionId, from, to } = input;
  let fileName = `sessions${from ? `-${from}` : ''}${to ? `-${to}` : ''}.ics`;
  if (sessionId) {
    const session = stmt(ctx, `SELECT ${select(S, { code: 'code' })} FROM ${S.from} WHERE ${S.c('id')} = ?`).get(sessionId) as
      { code: string } | undefined;
    if (!session) throw notFound();
    fileName = `session-${safeName(session.code)}.ics`;
  }
  const settings = readSettings(ctx);
  const zone = installationZone(settings.timeZone);
  const rows = stmt(ctx, ROWS).all({ sessionId, from, to }) as Row[];
  const now = icsUtc(Date.now());
  const events = rows.map((r) => eventLines(r, zone, settings.installationId, now));
  const name = settings.communeFr || settings.communeAr;
  const extra: IcsLine[] = name ? [['X-WR-CALNAME', escapeText(`SAS ${name}`)]] : [];
  return { fileName, text: calendarText('-//SAS Compétences//Sessions de formation//FR', extra, events), events: events.length };
}
