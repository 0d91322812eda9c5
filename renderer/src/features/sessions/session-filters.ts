import type { z } from 'zod';
import { POPULATIONS, type sessionListInput } from '../../../../api/channels/sessions';
import { SESSION_STATUSES, type SessionStatus } from '../../../../api/channels/session-enums';
import { type CalendarMode, todayIso, visibleDays } from './calendar-dates';

/**
 * What the sessions screen shows, kept in its path's query (`#/sessions?view=list&plan=…`) so that
 * another screen can link to a filtered view and coming back from a session finds it again.
 */
export interface SessionFilters {
  view: 'calendar' | 'list';
  mode: CalendarMode;
  /** The day the calendar is on (YYYY-MM-DD). */
  date: string;
  plan: string | null;
  action: string | null;
  course: string | null;
  trainer: string | null;
  venue: string | null;
  population: (typeof POPULATIONS)[number];
  status: SessionStatus | null;
  outside: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(q: URLSearchParams): SessionFilters {
  const population = q.get('population');
  const status = q.get('status');
  const date = q.get('date');
  return {
    view: q.get('view') === 'list' ? 'list' : 'calendar',
    mode: q.get('mode') === 'week' ? 'week' : 'month',
    date: date && ISO.test(date) ? date : todayIso(),
    plan: q.get('plan'),
    action: q.get('action'),
    course: q.get('course'),
    trainer: q.get('trainer'),
    venue: q.get('venue'),
    population: POPULATIONS.find((p) => p === population) ?? 'all',
    status: SESSION_STATUSES.find((s) => s === status) ?? null,
    outside: q.get('outside') === '1',
  };
}

/** The query that says these filters (defaults left out). */
export function filtersQuery(f: SessionFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.view === 'list') q.view = 'list';
  if (f.mode === 'week') q.mode = 'week';
  if (f.date !== todayIso()) q.date = f.date;
  for (const k of ['plan', 'action', 'course', 'trainer', 'venue', 'status'] as const) if (f[k]) q[k] = f[k];
  if (f.population !== 'all') q.population = f.population;
  if (f.outside) q.outside = '1';
  return q;
}

/** How many filters narrow the sessions (the "Filters" button says it). */
export const activeFilters = (f: SessionFilters): number =>
  [f.plan, f.action, f.course, f.trainer, f.venue, f.status, f.population !== 'all' || null, f.outside || null].filter(Boolean).length;

/** The list channel's input: the calendar asks for the days it shows, the list for every date. */
export function listInput(f: SessionFilters): z.input<typeof sessionListInput> {
  const days = f.view === 'calendar' ? visibleDays(f.date, f.mode) : null;
  return {
    from: days ? days[0] : null,
    to: days ? days[days.length - 1] : null,
    planId: f.outside ? null : f.plan,
    actionId: f.outside ? null : f.action,
    courseId: f.course,
    trainerId: f.trainer,
    venueId: f.venue,
    population: f.population,
    status: f.status,
    outsidePlan: f.outside,
  };
}
