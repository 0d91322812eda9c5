import type { Language } from '../../../i18n';

/** The printed directory of trainings' path and its language (`#/training-directory?lang=ar`). */
export const trainingDirectoryHref = (lang: Language): string => `/training-directory?lang=${lang}`;
export function readTrainingDirectoryOptions(path: string): { lang: Language } {
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  return { lang: query.get('lang') === 'ar' ? 'ar' : 'fr' };
}
