/**
 * A date as a Moroccan office types it: day, month, year (31/12/2024, 1/2/2025, 31.12.2024 or
 * 31-12-2024), or the ISO form an export or a copy-paste brings (2024-12-31). Returns the
 * contract's YYYY-MM-DD, or null for anything else: a two-digit year or a day that does not
 * exist (31/02/2024) is refused, never guessed. Arabic-Indic digits count as digits.
 */
export function parseTypedDate(text: string): string | null {
  const s = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (!dmy && !ymd) return null;
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : [ymd![1], ymd![2], ymd![3]];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** Today as YYYY-MM-DD in the computer's time zone (a hire date is a day in Berkane, not in UTC). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
