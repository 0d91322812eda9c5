import { useInfiniteQuery } from '@tanstack/react-query';
import type { Output } from '../../../../api/contract';
import { call } from '../../bridge/bridge';
import { useDataset } from '../../bridge/queries';
import type { DirectoryFilters } from './filters';

export const PAGE = 200;
export type OrgRow = Output<'organizations.search'>['rows'][number];

/**
 * The organisations matched by the filters, fetched page by page as the list scrolls. Only the
 * first page asks for facet counts: they describe the whole match, not a page.
 */
export function useOrganizationPages(filters: DirectoryFilters) {
  const dataset = useDataset();
  const query = useInfiniteQuery({
    // The key starts with the channel name so change events refresh it (bridge/queries.ts).
    queryKey: ['organizations.search', filters, dataset],
    queryFn: ({ pageParam }) => call('organizations.search', { ...filters, offset: pageParam, limit: PAGE, withFacets: pageParam === 0 }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.length * PAGE;
      return loaded < last.total ? loaded : undefined;
    },
  });
  const rows: OrgRow[] = query.data?.pages.flatMap((p) => p.rows) ?? [];
  return { query, rows, total: query.data?.pages[0]?.total ?? 0, facets: query.data?.pages[0]?.facets ?? null };
}
