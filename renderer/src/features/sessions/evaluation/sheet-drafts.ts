import { useSyncExternalStore } from 'react';

/**
 * Answers typed on a round's sheets grid and not saved yet, kept outside the tab (as the
 * attendance's drafts): going to another tab and back finds them as they were. Keyed by round;
 * cells by `sheetKey|columnKey`, where a sheet is `s:<id>` (saved, anonymous), `e:<enrolmentId>`
 * (named) or `n:<k>` (a new anonymous sheet, the k-th added).
 */
export interface SheetDraft {
  cells: Readonly<Record<string, string>>;
  /** New anonymous sheets opened (rows shown under the saved ones; at least one is always there). */
  extra: number;
  /** The date the batch's new sheets were filled in (null: the round's due date). */
  submittedOn: string | null;
}

const drafts = new Map<string, SheetDraft>();
const listeners = new Set<() => void>();
const EMPTY: SheetDraft = { cells: {}, extra: 1, submittedOn: null };

export const draftCellKey = (sheetKey: string, columnKey: string) => `${sheetKey}|${columnKey}`;
export const sheetKeyOf = (cellKey: string) => cellKey.slice(0, cellKey.indexOf('|'));

const emit = () => listeners.forEach((l) => l());
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

function put(roundId: string, next: SheetDraft) {
  if (!Object.keys(next.cells).length && next.extra <= 1 && next.submittedOn === null) drafts.delete(roundId);
  else drafts.set(roundId, next);
  emit();
}

export function setDraftCell(roundId: string, key: string, raw: string, saved: string): void {
  const d = drafts.get(roundId) ?? EMPTY;
  const cells = { ...d.cells };
  // Back to what is saved: no longer a change.
  if (raw === saved) delete cells[key];
  else cells[key] = raw;
  put(roundId, { ...d, cells });
}

export function addDraftSheet(roundId: string): void {
  const d = drafts.get(roundId) ?? EMPTY;
  put(roundId, { ...d, extra: d.extra + 1 });
}

export function setDraftDate(roundId: string, submittedOn: string | null): void {
  put(roundId, { ...(drafts.get(roundId) ?? EMPTY), submittedOn });
}

export function clearSheetDraft(roundId: string): void {
  if (drafts.delete(roundId)) emit();
}

export function useSheetDraft(roundId: string): SheetDraft {
  return useSyncExternalStore(subscribe, () => drafts.get(roundId) ?? EMPTY);
}
