import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Channel, Input, Output } from '../../../api/contract';
import { call } from './bridge';
import { queryClient, useDataset } from './queries';

/** A channel that answers one page of a long list: `offset` and `limit` in, `{ rows, total }` out. */
export type PagedChannel = {
  [C in Channel]: Output<C> extends { rows: unknown[]; total: number } ? ('offset' extends keyof Input<C> ? C : never) : never;
}[Channel];

/** What a paged list is filtered and sorted by: the channel's input without the paging. */
export type PagedInput<C extends PagedChannel> = Omit<Input<C>, 'offset' | 'limit'>;
export type PagedRow<C extends PagedChannel> = Output<C>['rows'][number];

/** A long list as the screens (and VirtualTable) use it: the rows loaded so far and how to load more. */
export interface PagedList<R, P = unknown, I = unknown> {
  /** What the list is filtered and sorted by (a table reads its sort from it). */
  input: I;
  rows: R[];
  /** Every row the filters match, loaded or not. */
  total: number;
  /** The first page as the channel answered it (what it says of the whole match: facet counts). */
  firstPage: P | undefined;
  isPending: boolean;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** The list usePagedList gives for this channel. */
export type PagedListOf<C extends PagedChannel> = PagedList<PagedRow<C>, Output<C>, PagedInput<C>>;

interface Options<C extends PagedChannel> {
  pageSize?: number;
  /** More input for the page at this offset (the directory asks for facets with the first page only). */
  pageInput?: (offset: number) => Partial<Input<C>>;
}

/** The query of a paged list: one definition for the hook and for asking ahead (prefetchPagedList). */
function pagedQuery<C extends PagedChannel>(
  channel: C,
  input: PagedInput<C>,
  dataset: string,
  pageSize: number,
  pageInput?: (offset: number) => Partial<Input<C>>,
) {
  return infiniteQueryOptions({
    queryKey: [channel, input, dataset, 'pages'],
    queryFn: ({ pageParam }) => call(channel, { ...input, ...pageInput?.(pageParam), offset: pageParam, limit: pageSize } as Input<C>),
    initialPageParam: 0,
    getNextPageParam: (last: Output<C>, pages: Output<C>[]) => {
      const loaded = pages.length * pageSize;
      return loaded < last.total ? loaded : undefined;
    },
  });
}

/** Asks for a list's first page before its screen is drawn (the page then finds it in the cache). */
export const prefetchPagedList = <C extends PagedChannel>(
  channel: C,
  input: PagedInput<C>,
  { pageSize = 200, pageInput }: Options<C> = {},
  dataset = 'own',
) => queryClient.prefetchInfiniteQuery(pagedQuery(channel, input, dataset, pageSize, pageInput));

/**
 * A long list read page by page as it scrolls, sorted and filtered by the core. The query key
 * is `[channel, input, dataset, 'pages']`: it starts like useCall's, so the cache refresh rule
 * (a query is refreshed by its channel name, bridge/queries.ts) and the dataset switch apply;
 * the last element keeps these pages apart from a useCall of the same channel and input.
 */
export function usePagedList<C extends PagedChannel>(
  channel: C,
  input: PagedInput<C>,
  { pageSize = 200, pageInput }: Options<C> = {},
): PagedListOf<C> {
  const dataset = useDataset();
  const query = useInfiniteQuery(pagedQuery(channel, input, dataset, pageSize, pageInput));

  const pages = query.data?.pages;
  const rows = useMemo(() => pages?.flatMap((p) => p.rows as PagedRow<C>[]) ?? [], [pages]);
  return {
    input,
    rows,
    total: pages?.[0]?.total ?? 0,
    firstPage: pages?.[0],
    isPending: query.isPending,
    isFetching: query.isFetching,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    fetchNextPage: query.fetchNextPage,
  };
}
