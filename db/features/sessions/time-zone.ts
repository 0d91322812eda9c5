/**
 * Wall-clock time of the commune (a slot's date and HH:MM, in the installation's IANA zone,
 * `settings.time_zone`) to and from a UTC instant, with the zone rules of Node's ICU
 * (`Intl.DateTimeFormat`) so no time-zone library is needed. Africa/Casablanca is UTC+1 most of
 * the year and UTC+0 around Ramadan (ICU 78 / tzdata 2026c: 15 February 03:00 → 02:00 and
 * 22 March 02:00 → 03:00 in 2026), so a fixed offset would put every slot of those weeks an hour
 * off in an `.ics`.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone (building one costs far more than formatting). Throws RangeError on an unknown zone. */
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether ICU knows the zone (a hand-edited setting could name one it does not). */
export function isKnownZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of an instant in the zone, as milliseconds "as if UTC". */
function wallMs(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The zone's offset from UTC at an instant, in milliseconds (Casablanca: +3,600,000 or 0). */
export function offsetAt(instant: number, zone: string): number {
  const second = Math.floor(instant / 1000) * 1000; // the formatter reads whole seconds
  return wallMs(second, zone) - second;
}

/**
 * The UTC instant (ms) of a wall-clock date `YYYY-MM-DD` and time `HH:MM` in the zone.
 *
 * At a change of offset, chosen as Temporal's "compatible" disambiguation (and as calendar
 * programs do): a time that does not exist (clocks jump forward, 22 March 2026 02:30 in
 * Casablanca) is read with the offset before the jump, i.e. it moves forward by the jump
 * (02:30 → 03:30 UTC+1); a time that exists twice (clocks go back, 15 February 2026 02:30) is
 * the first of the two (the earlier instant, still UTC+1). Slots are working hours, so neither
 * happens in practice; the rule only has to be deterministic.
 */
export function localToUtc(date: string, time: string, zone: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Offset changes are far more than a day apart: the offsets a day either side are the only candidates.
  const before = offsetAt(wall - DAY, zone);
  const after = offsetAt(wall + DAY, zone);
  const candidates = [...new Set([wall - before, wall - after])].filter((t) => wallMs(t, zone) === wall).sort((a, b) => a - b);
  if (candidates.length) return candidates[0];
  return wall - before;
}

/** The wall-clock date and HH:MM of a UTC instant in the zone (seconds dropped). */
export function utcToLocal(instant: number, zone: string): { date: string; time: string } {
  const iso = new Date(Math.floor(wallMs(instant, zone) / MINUTE) * MINUTE).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** An instant as RFC 5545 writes UTC: `20260310T080000Z`. */
export const icsUtc = (instant: number): string => `${new Date(instant).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
