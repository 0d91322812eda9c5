import type { DuplicateMatch } from '../../../api/result';
import type { DataContext } from '../../core/context';
import { fold } from '../../search/fold';
import { stmt } from '../../core/statements';
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

/**
 * Existing organisations that look like the given one: same folded name (in either script),
 * a common phone (last nine digits) or the same e-mail.
 */
export function findDuplicates(ctx: DataContext, keys: DuplicateKeys, excludeId: string | null = null, limit = 10): DuplicateMatch[] {
  // Shorter than six digits is an extension or a typo, not a line worth matching on.
  const digits = [...new Set(keys.phones.map(phoneDigits).filter((d) => d.length >= 6))];
  const rows = stmt(ctx, probe(digits.length)).all(
    fold(keys.nameFr) || null,
    fold(keys.nameAr) || null,
    normaliseEmail(keys.email) || null,
    ...digits,
  ) as {
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
