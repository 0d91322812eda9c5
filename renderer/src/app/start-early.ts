import type { Channel, Input } from '../../../api/contract';
import { type RouteKey, routeOf } from '../../../api/routes';
import { call } from '../bridge/bridge';
import { queryClient } from '../bridge/queries';
import { prefetchPagedList } from '../bridge/usePagedList';
import { facetsWithFirstPage, firstDirectoryInput } from '../features/directory/filters';
import { firstStaffInput } from '../features/staff/first-page';
import { type Language, lastLanguage } from '../i18n';
import { PAGES } from './pages';

/** Asks for a call's answer under the key `useCall` reads it from (own dataset). */
function prefetchCall<C extends Channel>(channel: C, input: Input<C>): void {
  void queryClient.prefetchQuery({ queryKey: [channel, input, 'own'], queryFn: () => call(channel, input) });
}

/** What a list screen shows first when opened without a filter in its path: its first page and its filters' lists. */
const FIRST_SCREEN: Partial<Record<RouteKey, (lang: Language) => void>> = {
  staff: (lang) => {
    void prefetchPagedList('staff.list', firstStaffInput(lang));
    prefetchCall('units.list', { includeArchived: false });
    prefetchCall('jobs.list', { includeArchived: false });
  },
  directory: (lang) => {
    void prefetchPagedList('organizations.search', firstDirectoryInput(lang), { pageInput: facetsWithFirstPage });
    // The names of the domains each row lists (features/directory/terms.ts).
    prefetchCall('terms.list', { kind: null, includeArchived: true });
  },
};

/**
 * Starts what the first screen needs before React mounts, all at once: the installation's state
 * (app.info), what the Shell around every screen reads (the settings, the backup reminder's
 * status, the follow-ups due counted in the navigation), the code of the screen the window opens
 * on, and, for the staff list and the directory, their first page in the language the window
 * last showed. Each answer lands in the query cache under the key the screen will ask for, so the
 * first render finds them there instead of drawing a loader and rendering again as each arrives;
 * a wrong guess (the language changed elsewhere) costs one unused call.
 *
 * Resolves when the screen's code is in (never rejects): main.tsx mounts React then, so that the
 * screen is drawn in the first render rather than after a Suspense fallback, whose replacement
 * React holds back for up to 300 ms to reveal content in batches.
 */
export function startEarly(): Promise<unknown> {
  const path = window.location.hash.replace(/^#/, '') || '/';
  const route = routeOf(path);
  // The code first: the host serves files and answers calls one at a time, in the order asked.
  const code = PAGES[route.key].preload().catch(() => undefined);
  prefetchCall('app.info', {});
  prefetchCall('settings.get', {});
  prefetchCall('backup.status', {});
  if (path === route.path) FIRST_SCREEN[route.key]?.(lastLanguage());
  // After the screen's own calls: the host answers one call at a time.
  prefetchCall('followUps.list', { status: 'due' });
  return code;
}
