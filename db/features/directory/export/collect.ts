import type { Organization } from '../../../../api/channels/directory';
import type { DataContext } from '../../../core/context';
import { listChildren } from '../child-records';
import type { ServiceValues } from '../import/candidate';
import { SERVICES } from '../child-tables';
import { readOrganization } from '../store';

export interface TermInfo {
  kind: string;
  code: string;
  nameFr: string;
  nameAr: string;
}

/** An organisation with what an export writes next to it. */
export interface ExportRecord {
  org: Organization;
  terms: TermInfo[];
  legalStatus: TermInfo | null;
  /** The quartier of each of `org.locations` (same order), null where none. */
  quartiers: (TermInfo | null)[];
  services: (ServiceValues & { id: string })[];
}

/** The selection (or every non-archived organisation), sorted by French name then Arabic. */
export function collect(ctx: DataContext, ids: string[] | null): ExportRecord[] {
  const list = ids
    ? (ctx.sqlite
        .prepare('SELECT id FROM organizations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY sort_name_fr, sort_name_ar')
        .all(JSON.stringify(ids)) as { id: string }[])
    : (ctx.sqlite.prepare('SELECT id FROM organizations WHERE archived_at IS NULL ORDER BY sort_name_fr, sort_name_ar').all() as {
        id: string;
      }[]);
  const terms = new Map(
    (
      ctx.sqlite.prepare('SELECT id, kind, code, name_fr AS nameFr, name_ar AS nameAr FROM directory_terms').all() as (TermInfo & {
        id: string;
      })[]
    ).map(({ id, ...t }) => [id, t]),
  );
  return list.map(({ id }) => {
    const org = readOrganization(ctx, id);
    return {
      org,
      terms: org.termIds.map((t) => terms.get(t)).filter((t): t is TermInfo => Boolean(t)),
      legalStatus: org.legalStatusId ? (terms.get(org.legalStatusId) ?? null) : null,
      quartiers: org.locations.map((l) => (l.quartierId ? (terms.get(l.quartierId) ?? null) : null)),
      services: listChildren<ServiceValues & { id: string }>(ctx, SERVICES, id, 'name_fr, name_ar'),
    };
  });
}
