import type { FollowUpRow } from '../../../../api/channels/evaluation';

/**
 * The follow-ups are grouped by the manager who answers them: the head of the person's unit (a
 * staff member, by id), or for an association's worker its president (a contact, by name only).
 * The key stands in the print's path too, so a manager's batch prints on its own.
 */
export const managerKey = (r: Pick<FollowUpRow, 'managerId' | 'managerFr' | 'managerAr'>): string =>
  r.managerId ?? (r.managerFr || r.managerAr ? `contact:${r.managerFr}|${r.managerAr}` : 'none');

export interface ManagerGroup {
  key: string;
  fr: string;
  ar: string;
  rows: FollowUpRow[];
}

/** The rows by manager, in the order they first come (the list is sorted by due date). */
export function byManager(rows: readonly FollowUpRow[]): ManagerGroup[] {
  const groups = new Map<string, ManagerGroup>();
  for (const r of rows) {
    const key = managerKey(r);
    const g = groups.get(key) ?? { key, fr: r.managerFr, ar: r.managerAr, rows: [] };
    g.rows.push(r);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** A follow-up's own key in the list: a person's enrolment and the moment (30 or 90 days). */
export const followUpKey = (r: Pick<FollowUpRow, 'enrolmentId' | 'moment'>): string => `${r.enrolmentId}:${r.moment}`;

export type FollowUpMoment = 'follow_up_30' | 'follow_up_90';
export const asFollowUpMoment = (m: FollowUpRow['moment']): FollowUpMoment => (m === 'follow_up_30' ? 'follow_up_30' : 'follow_up_90');
