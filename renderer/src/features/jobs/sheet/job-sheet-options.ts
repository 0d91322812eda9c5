import type { Language } from '../../../i18n';

/** The printed job sheet's path: which sheet, in which language (`#/job-sheet?id=…&lang=ar`). */
export const jobSheetHref = (id: string, lang: Language): string => `/job-sheet?${new URLSearchParams({ id, lang }).toString()}`;

export function readJobSheetOptions(path: string): { id: string; lang: Language } {
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  return { id: query.get('id') ?? '', lang: query.get('lang') === 'ar' ? 'ar' : 'fr' };
}
