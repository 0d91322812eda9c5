import { type PrintLanguage, readPrintLanguage } from '../../../i18n';

/** The printed job sheet's path: which sheet, in which language (`#/job-sheet?id=…&lang=ar`, or `lang=both`). */
export const jobSheetHref = (id: string, lang: PrintLanguage): string => `/job-sheet?${new URLSearchParams({ id, lang }).toString()}`;

export function readJobSheetOptions(path: string): { id: string; lang: PrintLanguage } {
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  return { id: query.get('id') ?? '', lang: readPrintLanguage(query.get('lang')) };
}
