import { type PrintLanguage, readPrintLanguage } from '../../../i18n';

/** A round's blank forms (app/documents.ts) keep their options in the path: `#/evaluation-form?round=…&lang=ar`. */
export interface BlankFormOptions {
  roundId: string;
  lang: PrintLanguage;
}

export function readBlankFormOptions(path: string): BlankFormOptions {
  const q = new URLSearchParams(path.split('?')[1] ?? '');
  return { roundId: q.get('round') ?? '', lang: readPrintLanguage(q.get('lang')) };
}

export const blankFormHref = (roundId: string, lang: PrintLanguage) =>
  `/evaluation-form?${new URLSearchParams({ round: roundId, lang }).toString()}`;
