import { type PrintLanguage, readPrintLanguage } from '../../../i18n';

/** What the printed interview forms cover: one review, or every review of a campaign. */
export type InterviewFormTarget = { review: string } | { campaign: string };

/** The printed interview form's path (`#/interview-form?review=…&lang=ar`, or `?campaign=…`; `lang=both` side by side). */
export const interviewFormHref = (target: InterviewFormTarget, lang: PrintLanguage): string =>
  `/interview-form?${new URLSearchParams({ ...target, lang }).toString()}`;

export function readInterviewFormOptions(path: string): { review: string | null; campaign: string | null; lang: PrintLanguage } {
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  return { review: query.get('review'), campaign: query.get('campaign'), lang: readPrintLanguage(query.get('lang')) };
}
