import { useEffect, useState } from 'react';

/**
 * Hash routes (`#/staff`, `#/jobs/…`): they work the same under Electron's app:// protocol and
 * the test host, and need no server-side fallback.
 */
export const ROUTES = ['/staff', '/units', '/jobs', '/framework', '/directory', '/backups', '/partners', '/settings'] as const;
export type Route = (typeof ROUTES)[number];

const current = (): string => window.location.hash.replace(/^#/, '') || '/staff';

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

/** The route a path belongs to (`/jobs/123` → `/jobs`). */
export const routeOf = (path: string): Route => (ROUTES.find((r) => path === r || path.startsWith(`${r}/`)) ?? '/staff') as Route;
