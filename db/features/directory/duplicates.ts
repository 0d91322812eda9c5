import type { DuplicateMatch } from '../../../api/result';
import type { DataContext } from '../../core/context';
import { fold } from '../../search/fold';
import { plucked, stmt } from '../../core/statements';
import { normaliseEmail, phoneDigits } from './search-index';

export interface DuplicateKeys {
  nameFr: string;
  nameAr: string;
  phones: string[];
  email: string;
}

/**
 * The probe, one statement per number of phones (0, 1, 2… numbers: each text is prepared once):
 * the same folded French or Arabic name, a common phone, the same e-mail, each an index seek
 * limited to 20 (an empty key is bound as NULL, which equals nothing: bound as '' it would
 * read every organisation without an e-mail). One statement rather than four per organisation: on a 20,000-row import the
 * separate calls cost a tenth of the time. An organisation listed twice under one number is
 * counted once by the caller: no DISTINCT, which would read every row of a number shared by
 * many before the LIMIT.
 */
const probe = (phones: number) =>
  [
    "SELECT id, 'name' AS reason FROM (SELECT id FROM organizations WHERE sort_name_fr = ? LIMIT 20)",
    "SELECT id, 'name' FROM (SELECT id FROM organizations WHERE sort_name_ar = ? LIMIT 20)",
    "SELECT id, 'email' FROM (SELECT id FROM organizations WHERE email = ? LIMIT 20)",
    ...Array.from(
      { length: phones },
      () => `SELECT id, 'phone' FROM (SELECT organization_id AS id FROM organization_phones WHERE digits = ? LIMIT 20)`,
    ),
  ].join(' UNION ALL ');

/** The values the probe compares, as it binds them: folded names, the e-mail as stored, each line's last nine digits. */
export interface ProbeKeys {
  nameFr: string;
  nameAr: string;
  email: string;
  digits: string[];
}

/** Most rows have one number or none: no set built for them. */
const distinct = (xs: string[]) => (xs.length > 1 ? [...new Set(xs)] : xs);

export const probeKeys = (keys: DuplicateKeys): ProbeKeys => ({
  nameFr: fold(keys.nameFr),
  nameAr: fold(keys.nameAr),
  email: normaliseEmail(keys.email),
  // Shorter than six digits is an extension or a typo, not a line worth matching on.
  digits: distinct(keys.phones.map(phoneDigits).filter((d) => d.length >= 6)),
});

/**
 * Existing organisations that look like the given one: same folded name (in either script),
 * a common phone (last nine digits) or the same e-mail.
 */
export function findDuplicates(ctx: DataContext, keys: DuplicateKeys, excludeId: string | null = null, limit = 10): DuplicateMatch[] {
  const k = probeKeys(keys);
  const rows = stmt(ctx, probe(k.digits.length)).all(k.nameFr || null, k.nameAr || null, k.email || null, ...k.digits) as {
    id: string;
    reason: DuplicateMatch['reasons'][number];
  }[];
  const found = new Map<string, Set<DuplicateMatch['reasons'][number]>>();
  for (const { id, reason } of rows) if (id !== excludeId) found.set(id, (found.get(id) ?? new Set()).add(reason));
  if (!found.size) return [];
  const name = stmt(ctx, 'SELECT name_fr AS nameFr, name_ar AS nameAr FROM organizations WHERE id = ?');
  return [...found.entries()]
    .map(([id, reasons]) => ({ id, ...(name.get(id) as { nameFr: string; nameAr: string }), reasons: [...reasons].sort() }))
    .sort((a, b) => b.reasons.length - a.reasons.length)
    .slice(0, limit);
}

/**
 * What json_each hands back unchanged: no control character, nothing outside the basic plane
 * (a half of a surrogate pair would not survive the JSON); the rare rest goes to the probe.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const plain = (key: string) => !/[\u0000-\u001F\uD800-\uDFFF]/.test(key);

/** Each key of the probe with the statement that finds it in the database. */
const SCREENED = {
  nameFr: 'SELECT 1 FROM organizations WHERE sort_name_fr = value',
  nameAr: 'SELECT 1 FROM organizations WHERE sort_name_ar = value',
  email: 'SELECT 1 FROM organizations WHERE email = value',
  digits: 'SELECT 1 FROM organization_phones WHERE digits = value',
} as const;

/**
 * For a whole import: which of its rows may have a duplicate, so the probe runs only for them
 * (on a 20,000-row import of new organisations every probe finds nothing, and the probes took
 * about 190 ms of the import's 2.9 s). The keys of all the rows (null: a row not written) are
 * looked up in one statement per key before the loop; what the import then writes (`add`:
 * inserted or merged) joins them. `mayMatch(row)` is false only when the probe would find
 * nothing: none of the row's keys is in the database or was written since; a key it cannot
 * vouch for goes to the probe.
 */
export function duplicateScreen(ctx: DataContext, rows: (ProbeKeys | null)[]) {
  const seen = { nameFr: new Set<string>(), nameAr: new Set<string>(), email: new Set<string>(), digits: new Set<string>() };
  for (const key of Object.keys(SCREENED) as (keyof typeof SCREENED)[]) {
    const asked: string[] = [];
    const ask = (value: string) => {
      if (!value) return;
      if (plain(value)) asked.push(value);
      else seen[key].add(value);
    };
    for (const row of rows) {
      if (!row) continue;
      if (key === 'digits') row.digits.forEach(ask);
      else ask(row[key]);
    }
    const sql = `SELECT DISTINCT value FROM json_each(?) WHERE EXISTS (${SCREENED[key]})`;
    for (const value of plucked(ctx, sql).all(JSON.stringify(asked)) as string[]) seen[key].add(value);
  }
  const has = (k: ProbeKeys) =>
    (k.nameFr !== '' && seen.nameFr.has(k.nameFr)) ||
    (k.nameAr !== '' && seen.nameAr.has(k.nameAr)) ||
    (k.email !== '' && seen.email.has(k.email)) ||
    k.digits.some((d) => seen.digits.has(d));
  return {
    mayMatch: (row: number) => rows[row] !== null && has(rows[row]),
    /** An organisation the import wrote, with the values written. */
    add: (k: ProbeKeys) => {
      if (k.nameFr) seen.nameFr.add(k.nameFr);
      if (k.nameAr) seen.nameAr.add(k.nameAr);
      if (k.email) seen.email.add(k.email);
      for (const d of k.digits) seen.digits.add(d);
    },
  };
}
