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
 * Existing organisations that look like the given one: same folded name (in either script),
 * a common phone (last nine digits) or the same e-mail. Each lookup is an index seek.
 */
export function findDuplicates(ctx: DataContext, keys: DuplicateKeys, excludeId: string | null = null, limit = 10): DuplicateMatch[] {
  const found = new Map<string, Set<DuplicateMatch['reasons'][number]>>();
  const add = (ids: { id: string }[], reason: DuplicateMatch['reasons'][number]) => {
    for (const { id } of ids) if (id !== excludeId) found.set(id, (found.get(id) ?? new Set()).add(reason));
  };
  const fr = fold(keys.nameFr);
  const ar = fold(keys.nameAr);
  if (fr) add(stmt(ctx, 'SELECT id FROM organizations WHERE sort_name_fr = ? LIMIT 20').all(fr) as { id: string }[], 'name');
  if (ar) add(stmt(ctx, 'SELECT id FROM organizations WHERE sort_name_ar = ? LIMIT 20').all(ar) as { id: string }[], 'name');
  // An organisation listed twice under one number is counted once by `add`: no DISTINCT, which
  // would read every row of a number shared by many before the LIMIT.
  // Shorter than six digits is an extension or a typo, not a line worth matching on.
  const digits = [...new Set(keys.phones.map(phoneDigits).filter((d) => d.length >= 6))];
  for (const d of digits)
    add(stmt(ctx, 'SELECT organization_id AS id FROM organization_phones WHERE digits = ? LIMIT 20').all(d) as { id: string }[], 'phone');
  const email = normaliseEmail(keys.email);
  if (email) add(stmt(ctx, 'SELECT id FROM organizations WHERE email = ? LIMIT 20').all(email) as { id: string }[], 'email');
  if (!found.size) return [];
  const name = stmt(ctx, 'SELECT name_fr AS nameFr, name_ar AS nameAr FROM organizations WHERE id = ?');
  return [...found.entries()]
    .map(([id, reasons]) => ({ id, ...(name.get(id) as { nameFr: string; nameAr: string }), reasons: [...reasons].sort() }))
    .sort((a, b) => b.reasons.length - a.reasons.length)
    .slice(0, limit);
}
