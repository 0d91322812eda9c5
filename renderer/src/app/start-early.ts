import { routeOf } from '../../../api/routes';
import { call } from '../bridge/bridge';
import { queryClient } from '../bridge/queries';
import { prefetchPagedList } from '../bridge/usePagedList';
import { firstStaffInput } from '../features/staff/first-page';
import { lastLanguage } from '../i18n';
import { PAGES } from './pages';

/**
 * Starts what the first screen needs before React mounts, all at once: the installation's state
 * (app.info), the code of the screen the window opens on, and, for the staff list (the home
 * screen), its first page and its filters' lists in the language the window last showed. Each
 * answer lands in the query cache under the key the screen will ask for; a wrong guess (the
 * language changed elsewhere) costs one unused call.
 */
export function startEarly(): void {
  const path = window.location.hash.replace(/^#/, '') || '/';
  const route = routeOf(path);
  void queryClient.prefetchQuery({ queryKey: ['app.info', {}, 'own'], queryFn: () => call('app.info', {}) });
  void PAGES[route.key].preload();
  if (route.key !== 'staff' || path !== route.path) return;
  void prefetchPagedList('staff.list', firstStaffInput(lastLanguage()));
  for (const channel of ['units.list', 'jobs.list'] as const) {
    void queryClient.prefetchQuery({
      queryKey: [channel, { includeArchived: false }, 'own'],
      queryFn: () => call(channel, { includeArchived: false }),
    });
  }
}
