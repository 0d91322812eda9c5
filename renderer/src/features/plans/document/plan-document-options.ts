import { type PrintLanguage, readPrintLanguage } from '../../../i18n';

/** The plan document's options live in its path (`#/plan-document?plan=…&lang=ar`), so the route alone reproduces it. */
export interface PlanDocumentOptions {
  planId: string;
  /** French, Arabic, or both side by side. */
  lang: PrintLanguage;
}

export const planDocumentHref = (o: PlanDocumentOptions): string =>
  `/plan-document?${new URLSearchParams({ plan: o.planId, lang: o.lang }).toString()}`;

export function readPlanDocumentOptions(path: string): PlanDocumentOptions {
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  return { planId: query.get('plan') ?? '', lang: readPrintLanguage(query.get('lang')) };
}
