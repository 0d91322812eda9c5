import type { HandlerGroup } from '../../dispatch/types';

// PLACEHOLDER on the dash-base branch only: the dashboard core replaces this before it reaches main.
export const dashboardHandlers: HandlerGroup<'dashboard.year' | 'dashboard.records'> = {
  'dashboard.year': () => {
    throw new Error('dashboard.year is not written yet');
  },
  'dashboard.records': () => {
    throw new Error('dashboard.records is not written yet');
  },
};
