import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { fold, searchFold } from '../../search/fold';

/** The last nine digits of a phone: 0536 12 34 56 and +212 536-123456 are the same line. */
export const phoneDigits = (phone: string): string => phone.replace(/\D/g, '').slice(-9);

/** E-mail addresses compare without case; stored lower-case so the index serves the duplicate check. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export const sortNames = (v: { nameFr: string; nameAr: string }) => ({ sortNameFr: fold(v.nameFr), sortNameAr: fold(v.nameAr) });

/**
 * Rewrites the organisation's row of the search index from the tables: names and acronyms
 * (ranked higher), then descriptions and the names of its services, all folded. The index row
 * shares the organisation's rowid: `organization_id` is UNINDEXED in FTS5, so finding a row by
 * it would scan the whole index (quadratic on a 20,000-row import).
 */
export function indexOrganization(ctx: DataContext, id: string): void {
  const o = stmt(
    ctx,
    'SELECT rowid, name_fr, name_ar, acronym_fr, acronym_ar, description_fr, description_ar FROM organizations WHERE id = ?',
  ).get(id) as Record<string, string> | undefined;
  if (!o) return;
  stmt(ctx, 'DELETE FROM organization_search WHERE rowid = ?').run(o.rowid);
  const services = stmt(
    ctx,
    "SELECT group_concat(name_fr || ' ' || name_ar || ' ' || description_fr || ' ' || description_ar, ' ') AS t FROM directory_services WHERE organization_id = ?",
  ).get(id) as { t: string | null };
  insertIndexRow(
    ctx,
    o.rowid,
    id,
    {
      nameFr: o.name_fr,
      nameAr: o.name_ar,
      acronymFr: o.acronym_fr,
      acronymAr: o.acronym_ar,
      descriptionFr: o.description_fr,
      descriptionAr: o.description_ar,
    },
    services.t ?? '',
  );
}

/** Writes an organisation's index row (none must be there): its names, then its descriptions and services' text. */
export function insertIndexRow(
  ctx: DataContext,
  rowid: number | bigint | string,
  id: string,
  o: { nameFr: string; nameAr: string; acronymFr: string; acronymAr: string; descriptionFr: string; descriptionAr: string },
  services: string,
): void {
  const names = searchFold([o.nameFr, o.nameAr, o.acronymFr, o.acronymAr].join(' '));
  // Most imported records have no description: nothing to fold (blanks fold to '').
  const texts = o.descriptionFr || o.descriptionAr || services ? searchFold([o.descriptionFr, o.descriptionAr, services].join(' ')) : '';
  stmt(ctx, 'INSERT INTO organization_search (rowid, organization_id, names, texts) VALUES (?, ?, ?, ?)').run(rowid, id, names, texts);
}

/** Removes a deleted organisation's index row (rare: delete and merge), found by its id. */
export const unindexOrganization = (ctx: DataContext, id: string): void => {
  stmt(ctx, 'DELETE FROM organization_search WHERE organization_id = ?').run(id);
};

/** Rebuilds the whole directory index from the records (after the search folding changed). */
export function reindexAllOrganizations(ctx: DataContext): void {
  stmt(ctx, 'DELETE FROM organization_search').run();
  for (const { id } of stmt(ctx, 'SELECT id FROM organizations').all() as { id: string }[]) indexOrganization(ctx, id);
}
