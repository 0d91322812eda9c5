import type { HandlerGroup } from '../../dispatch/types';
import { dashboardRecords } from './records';
import { dashboardYear } from './year';

/** The dashboards of a year (docs/ARCHITECTURE.md §15, "Dashboards"). */
export const dashboardHandlers: HandlerGroup<'dashboard.year' | 'dashboard.records'> = {
  'dashboard.year': (input, ctx) => dashboardYear(ctx, input),
  'dashboard.records': (input, ctx) => dashboardRecords(ctx, input),
};
