import { LANGUAGE_CODES, type LanguageCode } from '../../../api/channels/catalogue';
import type { Entity } from '../../../api/entities';
import type { Holder } from '../../../api/result';
import type { DataContext } from '../../core/context';
import { references, sqlNameOf } from '../../registry';

/**
 * What still refers to a record of the catalogue, read from the registry's references (so the
 * plan's actions, added by another feature, count without this file naming them): every table
 * whose foreign key to `entity` neither cascades nor empties itself on delete. A course's own
 * competency rows (cascade) do not hold it.
 */
export function catalogueHolders(ctx: DataContext, entity: Entity, id: string): Holder[] {
  const out: Holder[] = [];
  for (const ref of references()) {
    if (ref.to !== entity || ref.from === entity || ref.onDelete === 'cascade' || ref.onDelete === 'set null') continue;
    const table = sqlNameOf(ref.from);
    if (!table) continue;
    const where = ref.columns.map((c) => `${c} = ?`).join(' OR ');
    const count = (
      ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...ref.columns.map(() => id)) as { n: number }
    ).n;
    if (count) out.push({ kind: ref.from as Holder['kind'], count, examples: [] });
  }
  return out;
}

export const usedCount = (ctx: DataContext, entity: Entity, id: string): number =>
  catalogueHolders(ctx, entity, id).reduce((n, h) => n + h.count, 0);

/** Languages are stored as ISO codes separated by commas ("ar,fr"). */
export const readLanguages = (s: string): LanguageCode[] =>
  s.split(',').filter((c): c is LanguageCode => (LANGUAGE_CODES as readonly string[]).includes(c));
export const writeLanguages = (codes: readonly string[]): string => [...new Set(codes)].join(',');
