import type { PagedList } from '../../bridge/usePagedList';

/**
 * A short list already in memory (a campaign's reviews come whole with the campaign) shaped as
 * the paged list VirtualTable reads: one page, nothing more to fetch.
 */
export function staticList<R, I>(rows: R[], input: I, pending: boolean): PagedList<R, undefined, I> {
  return {
    input,
    rows,
    total: rows.length,
    firstPage: undefined,
    isPending: pending,
    isFetching: pending,
    hasNextPage: false,
    isFetchingNextPage: false,
    fetchNextPage: () => undefined,
  };
}
