/**
 * Channels of encrypted backups, restore and partner datasets (issue: encrypted backups).
 * Each feature keeps its channels in its own file; api/contract.ts merges them.
 */
export const backupChannels = {} as const;
