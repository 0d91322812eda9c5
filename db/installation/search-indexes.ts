import { ENTITIES } from '../../api/entities';
import type { DataContext } from '../core/context';
import { REGISTRY } from '../registry';
import { SEARCH_FOLD_VERSION } from '../search/fold';

/**
 * The search indexes hold text folded by `searchFold`. When the folding changes (its version is
 * bumped), an installation's indexes are rebuilt once, on the first writable open, from the
 * records: every `index` entity of the registry says how (docs/ARCHITECTURE.md §8). One
 * transaction: an interrupted rebuild leaves the old indexes and is done again next time.
 */
export function ensureSearchIndexes(ctx: DataContext): boolean {
  const row = ctx.sqlite.prepare('SELECT search_fold_version AS v FROM settings WHERE id = 1').get() as { v: number } | undefined;
  if (!row || row.v === SEARCH_FOLD_VERSION) return false;
  ctx.sqlite
    .transaction(() => {
      for (const e of ENTITIES) REGISTRY[e].rebuild?.(ctx);
      ctx.sqlite.prepare('UPDATE settings SET search_fold_version = ? WHERE id = 1').run(SEARCH_FOLD_VERSION);
    })
    .immediate();
  return true;
}
