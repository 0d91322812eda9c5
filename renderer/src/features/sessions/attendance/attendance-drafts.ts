import { useSyncExternalStore } from 'react';
import type { AttendanceMark } from '../../../../../api/channels/session-enums';

/**
 * Marks typed on a session's attendance grid and not saved yet, kept outside the tab: switching
 * to another tab of the session (or another screen) and back finds them as they were, and the
 * grid says they are waiting to be saved. Keyed by session, then `enrolmentId|slotId`.
 */
export type Draft = Readonly<Record<string, AttendanceMark | null>>;

const drafts = new Map<string, Draft>();
const listeners = new Set<() => void>();
const EMPTY: Draft = {};

export const cellKey = (enrolmentId: string, slotId: string) => `${enrolmentId}|${slotId}`;

function emit() {
  for (const l of listeners) l();
}
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

export function setDraftMark(sessionId: string, key: string, mark: AttendanceMark | null, saved: AttendanceMark | null): void {
  const next = { ...(drafts.get(sessionId) ?? EMPTY) };
  // Back to what is saved: no longer a change.
  if (mark === saved) delete next[key];
  else next[key] = mark;
  if (Object.keys(next).length) drafts.set(sessionId, next);
  else drafts.delete(sessionId);
  emit();
}

export function clearDraft(sessionId: string): void {
  if (drafts.delete(sessionId)) emit();
}

/** The unsaved marks of a session, re-rendering when they change. */
export function useDraft(sessionId: string): Draft {
  return useSyncExternalStore(subscribe, () => drafts.get(sessionId) ?? EMPTY);
}

/** Whether a session has unsaved marks (for a view that asks before leaving). */
export const hasDraft = (sessionId: string): boolean => drafts.has(sessionId);
