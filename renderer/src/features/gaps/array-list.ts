import { useMemo } from 'react';
import type { PagedList } from '../../bridge/usePagedList';

/**
 * A list a channel answers whole (the needs, a job's candidates) in the shape VirtualTable reads:
 * sorted here, every row loaded at once.
 */
export function useArrayList<R, S extends string>(
  rows: R[] | undefined,
  sort: { sort: S; dir: 'asc' | 'desc' },
  key: (row: R, sort: S) => string | number | null,
  query: { isPending: boolean; isFetching: boolean },
): PagedList<R, undefined, { sort: S; dir: 'asc' | 'desc' }> {
  const sorted = useMemo(() => {
    const list = [...(rows ?? [])];
    const sign = sort.dir === 'desc' ? -1 : 1;
    // Empty values last, whichever the direction.
    return list.sort((a, b) => {
      const x = key(a, sort.sort);
      const y = key(b, sort.sort);
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
      return sign * String(x).localeCompare(String(y));
    });
    // The key function is the caller's inline function: the rows and the sort are what change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, sort]);
  return {
    input: sort,
    rows: sorted,
    total: sorted.length,
    firstPage: undefined,
    isPending: query.isPending,
    isFetching: query.isFetching,
    hasNextPage: false,
    isFetchingNextPage: false,
    fetchNextPage: () => undefined,
  };
}
