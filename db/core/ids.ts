import { v7 } from 'uuid';

/** UUID v7: unique across installations and roughly ordered by creation time. */
export const newId = (): string => v7();

export const nowIso = (): string => new Date().toISOString();
