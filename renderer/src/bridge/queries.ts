import { QueryClient, keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { Channel, Input, Output } from '../../../api/contract';
import type { Result } from '../../../api/result';
import { bridge, call, getDataset, invoke, subscribeDataset } from './bridge';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: false } },
});

/**
 * Refreshes the cached answers that depend on what changed: a query's key starts with its
 * channel, whose contract entry declares what it reads (api/contract.ts, in the registry's
 * vocabulary). A restore names every entity, so everything is refreshed.
 *
 * The contract is loaded here, on the first change, rather than with the app: it carries every
 * channel's zod schemas, whose building is a good part of the start-up's script time, and the
 * first screen needs none of them to show its rows.
 */
export function refreshAfter(changed: readonly string[]): void {
  void import('../../../api/contract').then(({ contract, isChannel }) =>
    queryClient.invalidateQueries({
      predicate: (q) => {
        const name = q.queryKey[0];
        if (!isChannel(name)) return true;
        return contract[name].reads.some((entity) => changed.includes(entity));
      },
    }),
  );
}

// Another dataset (a partner's, or back to our own) may have changed since it was last shown.
subscribeDataset(() => void queryClient.invalidateQueries());

/** Keeps the cache in step with writes made anywhere (another window, the menu, the host). */
export function useChangeEvents(): void {
  useEffect(() => bridge.on('data:changed', (tables) => refreshAfter(Array.isArray(tables) ? (tables as string[]) : [])), []);
}

/** The dataset shown (own or a partner's); re-renders when it changes. */
export const useDataset = (): string => useSyncExternalStore(subscribeDataset, getDataset);

/** Reads a channel through the query cache; the dataset is part of the key, so datasets never mix. */
export function useCall<C extends Channel>(channel: C, input: Input<C>, options: { enabled?: boolean; keepPrevious?: boolean } = {}) {
  const dataset = useDataset();
  return useQuery<Output<C>, Error>({
    queryKey: [channel, input, dataset],
    queryFn: () => call(channel, input),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/**
 * A write: resolves with the Result so forms can show field errors. The cache refreshes from
 * the `data:changed` event both bridges raise after a successful write (see useChangeEvents).
 */
export function useWrite<C extends Channel>(channel: C) {
  return useMutation<Result<Output<C>>, Error, Input<C>>({ mutationFn: (input) => invoke(channel, input) });
}
