import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';

/**
 * The facet counts of the organisations not archived, counted from the records: what the
 * triggers of migration 0013 keep in `organization_facet_counts` on every write. An
 * organisation counts once per quartier, however many of its addresses are there.
 */
export const FACET_COUNTS_SQL = `
  SELECT 'status' AS facet, status AS value, count(*) AS count FROM organizations WHERE archived_at IS NULL GROUP BY status
  UNION ALL SELECT 'legal_status', legal_status_id, count(*) FROM organizations
    WHERE archived_at IS NULL AND legal_status_id IS NOT NULL GROUP BY legal_status_id
  UNION ALL SELECT 'term', t.term_id, count(*) FROM organization_terms t
    JOIN organizations o ON o.id = t.organization_id AND o.archived_at IS NULL GROUP BY t.term_id
  UNION ALL SELECT 'quartier', l.quartier_id, count(DISTINCT l.organization_id) FROM organization_locations l
    JOIN organizations o ON o.id = l.organization_id AND o.archived_at IS NULL
    WHERE l.quartier_id IS NOT NULL GROUP BY l.quartier_id`;

/** Rebuilds the counts from the records, inside the caller's transaction (the registry's `rebuild`). */
export function rebuildFacetCounts(ctx: DataContext): void {
  stmt(ctx, 'DELETE FROM organization_facet_counts').run();
  stmt(ctx, `INSERT INTO organization_facet_counts (facet, value, count) ${FACET_COUNTS_SQL}`).run();
}

export interface StoredCount {
  facet: 'status' | 'legal_status' | 'term' | 'quartier';
  value: string;
  count: number;
  /** A term's kind (domain, public, language); null for the other facets. */
  kind: string | null;
}

/** The maintained counts above zero, with each term's kind. */
export const storedFacetCounts = (ctx: DataContext): StoredCount[] =>
  stmt(
    ctx,
    `SELECT c.facet, c.value, c.count, d.kind FROM organization_facet_counts c
     LEFT JOIN directory_terms d ON c.facet = 'term' AND d.id = c.value WHERE c.count > 0`,
  ).all() as StoredCount[];
