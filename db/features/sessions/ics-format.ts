/**
 * The text of an iCalendar file (RFC 5545) without any knowledge of sessions: TEXT escaping,
 * line folding and the calendar's envelope. Outlook, Google and phone calendars all read it.
 */

/** A content line before folding: `NAME` or `NAME;PARAM=…`, and its value (already escaped when TEXT). */
export type IcsLine = readonly [name: string, value: string];

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, a line break written `\n`.
 * Other control characters are not allowed in TEXT: they become a space (a hand-written title
 * could hold a tab).
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are what it finds
      .replace(/[\u0000-\u001F\u007F]/g, ' ')
  );
}

const OCTETS = 75;

/**
 * A content line folded as §3.1 asks: no line longer than 75 octets (CRLF not counted), each
 * continuation starting with one space (which counts). Arabic takes two octets a letter in UTF-8:
 * the line is cut between characters (code points), never inside one, or the reader would get
 * two broken halves.
 */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (size + n > OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/** A whole VCALENDAR, CRLF line ends (a final CRLF included), every line folded. */
export function calendarText(prodId: string, extra: readonly IcsLine[], events: readonly (readonly IcsLine[])[]): string {
  const lines: IcsLine[] = [
    ['BEGIN', 'VCALENDAR'],
    ['PRODID', prodId],
    ['VERSION', '2.0'],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
    ...extra,
  ];
  for (const event of events) lines.push(['BEGIN', 'VEVENT'], ...event, ['END', 'VEVENT']);
  lines.push(['END', 'VCALENDAR']);
  return lines.map(([name, value]) => `${fold(`${name}:${value}`)}\r\n`).join('');
}
