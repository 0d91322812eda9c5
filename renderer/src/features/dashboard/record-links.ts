import type { DashboardRecord, Figure } from '../../../../api/channels/dashboard';
import { followUpsDue, organizationHref, planHref, reviewIn, sessionHref, staffMember } from '../../app/links';

/**
 * Where a record of the dashboard is seen on its own screen (app/links.ts): a person's drawer,
 * a session's page, an organisation's drawer (an association trainee's association), the
 * follow-ups, an action's plan, a review on its campaign's board. Null when the record lacks
 * the parent its screen needs.
 */
/** A session flagged for its data opens on the tab where that data is typed. */
const SESSION_TAB: Partial<Record<Figure, string>> = { endSheetsNotTyped: 'evaluation', deliveredWithoutAttendance: 'attendance' };

export function recordHref(r: DashboardRecord, figure?: Figure): string | null {
  switch (r.kind) {
    case 'staff':
      return staffMember(r.id);
    case 'trainee':
      return r.parentId ? organizationHref(r.parentId) : null;
    case 'session':
      return sessionHref(r.id, figure && SESSION_TAB[figure]);
    case 'organization':
      return organizationHref(r.id);
    case 'followUp':
      return followUpsDue();
    case 'action':
      return r.parentId ? planHref(r.parentId) : null;
    case 'review':
      return r.parentId ? reviewIn(r.parentId, r.id) : null;
  }
}
