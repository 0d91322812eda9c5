import type { Output } from '../../../api/contract';
import { recordAudit } from '../../audit/record';
import { selectAs } from '../../core/columns';
import type { DataContext } from '../../core/context';
import { taken } from '../../core/errors';
import { newId } from '../../core/ids';
import { directoryTerms } from '../../schema';
import { fold } from '../../search/fold';

/** The directory's bilingual term lists (domains, publics, languages, legal statuses) as other parts use them. */
type Term = Output<'terms.create'>;

export const TERM = `SELECT ${selectAs(directoryTerms, ['id', 'kind', 'code', 'nameFr', 'nameAr', 'position', 'archivedAt'])} FROM directory_terms`;

/** A code users need not type: derived from the French (or Arabic) name, unique within its list. */
export function codeFor(ctx: DataContext, table: string, scope: string, given: string, name: string): string {
  const base = (given || fold(name).replace(/ /g, '-') || 'item').slice(0, 60);
  const used = ctx.sqlite.prepare(`SELECT 1 FROM ${table} WHERE code = ? ${scope}`);
  if (given && used.get(given)) throw taken('code', 'errors.codeTaken');
  let code = base;
  for (let i = 2; used.get(code); i++) code = `${base}-${i}`;
  return code;
}

/** Adds a term inside the caller's transaction (the import adds unknown domains this way). */
export function insertTerm(ctx: DataContext, kind: Term['kind'], nameFr: string, nameAr: string, code = ''): string {
  const id = newId();
  const c = codeFor(ctx, 'directory_terms', `AND kind = '${kind}'`, code, nameFr || nameAr);
  const position = (
    ctx.sqlite.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM directory_terms WHERE kind = ?').get(kind) as { p: number }
  ).p;
  ctx.sqlite
    .prepare('INSERT INTO directory_terms (id, kind, code, name_fr, name_ar, position) VALUES (?, ?, ?, ?, ?, ?)')
    .run(id, kind, c, nameFr, nameAr, position);
  recordAudit(ctx, 'terms', id, 'create');
  return id;
}
