import { useEffect, useState } from 'react';
import { type AppRoute, HOME, routeOf } from '../../../api/routes';

/**
 * Hash routes (`#/staff`, `#/jobs/…`): they work the same under Electron's app:// protocol and
 * the test host, and need no server-side fallback. The screens themselves are listed once, in
 * api/routes.ts.
 */
const current = (): string => window.location.hash.replace(/^#/, '') || HOME.path;

export function useHashPath(): string {
  const [path, setPath] = useState(current);
  useEffect(() => {
    const onChange = () => setPath(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}

export const navigate = (path: string): void => {
  window.location.hash = path;
};

/** The screen on show (from api/routes.ts), for the navigation, the titles and the page heading. */
export const useRoute = (): AppRoute => routeOf(useHashPath());

/**
 * The query of the path on show (`#/staff?unit=…`): the filters another screen linked to. A
 * screen starts from them and follows them when a link changes them; what the user then
 * changes on the screen stays in the screen (no history entry per filter change).
 */
export const useRouteQuery = (): URLSearchParams => new URLSearchParams(useHashPath().split('?')[1] ?? '');
