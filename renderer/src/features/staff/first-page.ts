import type { Language } from '../../i18n';

/**
 * What the staff list shows before the user touches a filter. The page starts from it, and the
 * app asks for that first page before React has even mounted (app/start-early.ts): the same
 * input, so the page finds its rows already in the cache.
 */
export const START = { unitId: null, jobId: null, status: 'active', sort: 'name', dir: 'asc' } as const;

export const firstStaffInput = (lang: Language) => ({ query: '', ...START, lang });
