import { type PrintLanguage, readPrintLanguage } from '../../i18n';

/** The service synthesis' options live in its path (`#/gaps-synthesis?unit=…&job=…&lang=ar`), so the route alone reproduces it. */
export interface SynthesisOptions {
  unitId: string | null;
  jobId: string | null;
  /** French, Arabic, or both side by side. */
  lang: PrintLanguage;
}

export function synthesisHref(o: SynthesisOptions): string {
  const q = new URLSearchParams({ lang: o.lang });
  if (o.unitId) q.set('unit', o.unitId);
  if (o.jobId) q.set('job', o.jobId);
  return `/gaps-synthesis?${q.toString()}`;
}

export function readSynthesisOptions(path: string): SynthesisOptions {
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  return { unitId: query.get('unit'), jobId: query.get('job'), lang: readPrintLanguage(query.get('lang')) };
}
