import { QueryClient, keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { Channel, Input, Output } from '../../../api/contract';
import type { Result } from '../../../api/result';
import { bridge, call, getDataset, invoke, subscribeDataset } from './bridge';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: false } },
});

/**
 * Which tables a read channel depends on: a write naming one of them refreshes the query.
 * Channels not listed depend on everything (cheap to refetch, and never stale by mistake).
 */
const READS: Partial<Record<Channel, string[]>> = {
  'units.list': ['units', 'staff'],
  'units.get': ['units', 'staff'],
  'staff.list': ['staff', 'units', 'jobProfiles'],
  'staff.get': ['staff'],
  'jobs.list': ['jobProfiles', 'staff'],
  'jobs.get': ['jobProfiles', 'competencies', 'staff'],
  'framework.get': ['competencies', 'jobProfiles', 'settings'],
  'settings.get': ['settings'],
  'app.info': ['settings', 'staff', 'units', 'jobProfiles'],
  'organizations.search': ['organizations', 'terms', 'checks', 'criteria'],
  'organizations.get': ['organizations', 'terms', 'checks', 'criteria'],
  'organizations.duplicates': ['organizations'],
  'services.list': ['services', 'organizations'],
  'partnerships.list': ['partnerships', 'organizations'],
  'subsidies.list': ['subsidies', 'organizations'],
  'subsidies.totals': ['subsidies', 'organizations', 'terms'],
  'subsidies.overdue': ['subsidies', 'organizations'],
  'terms.list': ['terms'],
  'criteria.list': ['criteria'],
  'checks.list': ['checks', 'criteria', 'organizations'],
};

export function refreshAfter(tables: string[]): void {
  void queryClient.invalidateQueries({
    predicate: (q) => {
      const reads = READS[q.queryKey[0] as Channel];
      return !reads || reads.some((t) => tables.includes(t));
    },
  });
}

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
