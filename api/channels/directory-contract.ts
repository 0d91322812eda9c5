/**
 * Channels of the social directory: organisations, services, subsidies (issue: social directory).
 * Each feature keeps its channels in its own file; api/contract.ts merges them.
 */
export const directoryChannels = {} as const;
