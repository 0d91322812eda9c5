import { type PrintLanguage, readPrintLanguage } from '../../i18n';

/**
 * The reports (app/documents.ts) keep their options in their path, so the route alone draws them
 * again: `#/session-report?session=…&lang=ar`, `#/annual-report?year=2026&lang=both`.
 */
const query = (path: string) => new URLSearchParams(path.split('?')[1] ?? '');

export interface SessionReportOptions {
  sessionId: string;
  lang: PrintLanguage;
}
export function readSessionReportOptions(path: string): SessionReportOptions {
  const q = query(path);
  return { sessionId: q.get('session') ?? '', lang: readPrintLanguage(q.get('lang')) };
}
export const sessionReportHref = (sessionId: string, lang: PrintLanguage) =>
  `/session-report?${new URLSearchParams({ session: sessionId, lang }).toString()}`;

export interface AnnualReportOptions {
  year: number;
  lang: PrintLanguage;
}
/** The year asked for, else the current one (a path typed by hand without it still draws a report). */
export function readAnnualReportOptions(path: string): AnnualReportOptions {
  const q = query(path);
  const year = Number(q.get('year'));
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear(),
    lang: readPrintLanguage(q.get('lang')),
  };
}
export const annualReportPath = (year: number, lang: PrintLanguage) =>
  `/annual-report?${new URLSearchParams({ year: String(year), lang }).toString()}`;
