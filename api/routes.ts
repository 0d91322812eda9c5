/**
 * The app's screens, in navigation order: the one table from which the renderer builds its
 * navigation, page titles and pages (renderer/src/app/pages.ts) and Electron builds its "Go"
 * menu (electron/main/menu.ts). It lives in the contract folder because both sides import it;
 * like the rest of api/ it imports nothing but zod.
 *
 * `key` names the screen everywhere: `nav.<key>` and `menu.<key>` in the translation files,
 * the page component in PAGES. `path` is the hash route (`#/staff`, and `#/staff/…` below it).
 */
export const ROUTES = [
  { key: 'staff', path: '/staff', accelerator: 'CmdOrCtrl+1' },
  { key: 'units', path: '/units', accelerator: 'CmdOrCtrl+2' },
  { key: 'jobs', path: '/jobs', accelerator: 'CmdOrCtrl+3' },
  { key: 'framework', path: '/framework', accelerator: 'CmdOrCtrl+4' },
  { key: 'reviews', path: '/reviews', accelerator: 'CmdOrCtrl+5' },
  { key: 'gaps', path: '/gaps', accelerator: 'CmdOrCtrl+6' },
  { key: 'catalogue', path: '/catalogue', accelerator: 'CmdOrCtrl+7' },
  { key: 'plans', path: '/plans', accelerator: 'CmdOrCtrl+8' },
  { key: 'directory', path: '/directory', accelerator: 'CmdOrCtrl+9' },
  // Ctrl+1 … 9 are taken: the screens after them have no shortcut (reached by the Go menu and the navigation).
  { key: 'sessions', path: '/sessions', accelerator: undefined },
  { key: 'evaluations', path: '/evaluations', accelerator: undefined },
  { key: 'dashboard', path: '/dashboard', accelerator: undefined },
  { key: 'backups', path: '/backups', accelerator: undefined },
  { key: 'partners', path: '/partners', accelerator: undefined },
  { key: 'settings', path: '/settings', accelerator: 'CmdOrCtrl+,' },
] as const;

export type AppRoute = (typeof ROUTES)[number];
export type RouteKey = AppRoute['key'];
export type RoutePath = AppRoute['path'];

/** The screen shown first, and for any path that belongs to no screen. */
export const HOME: AppRoute = ROUTES[0];

/**
 * The screen a path belongs to (`/jobs/123` → jobs, `/staff?unit=…` → staff: a screen's filters
 * may follow in the query, so that other screens can link to a filtered list); the home screen
 * for anything else.
 */
export const routeOf = (path: string): AppRoute =>
  ROUTES.find((r) => path === r.path || path.startsWith(`${r.path}/`) || path.startsWith(`${r.path}?`)) ?? HOME;

/** The hash link to a screen, with filters in its query (`#/staff?unit=…`). */
export function routeHref(key: RouteKey, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `#${ROUTES.find((r) => r.key === key)!.path}${search ? `?${search}` : ''}`;
}
