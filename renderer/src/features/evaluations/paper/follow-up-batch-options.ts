import { type PrintLanguage, readPrintLanguage } from '../../../i18n';

/**
 * The batch of follow-ups to fill in (app/documents.ts) keeps its options in its path:
 * `#/follow-up-batch?manager=…&lang=ar` (no manager: every manager, one after the other).
 */
export interface FollowUpBatchOptions {
  /** A manager's key (follow-up-format.ts managerKey); empty: all of them. */
  manager: string;
  lang: PrintLanguage;
}

export function readFollowUpBatchOptions(path: string): FollowUpBatchOptions {
  const q = new URLSearchParams(path.split('?')[1] ?? '');
  return { manager: q.get('manager') ?? '', lang: readPrintLanguage(q.get('lang')) };
}

export const followUpBatchHref = (o: FollowUpBatchOptions): string =>
  `/follow-up-batch?${new URLSearchParams(Object.entries(o).filter(([, v]) => v)).toString()}`;
