import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { RouteKey } from '../../../api/routes';
import { loadBothLanguages } from '../i18n';

/** A screen's component, loaded when first shown; `preload` starts loading it earlier. */
export type Page = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> };

/**
 * Each screen is its own chunk, so the first one shown is ready sooner. When the chunk has
 * already arrived (app/start-early.ts asks for the first screen's before React mounts), `lazy`
 * is handed a thenable that answers at once: React then draws the screen in the same render
 * instead of suspending, committing the fallback and rendering the Shell a second time.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): Page {
  let loaded: { default: ComponentType } | null = null;
  let loading: Promise<{ default: ComponentType }> | null = null;
  const get = () => (loading ??= load().then((m) => (loaded = { default: m[name] })));
  const start = () => {
    const module = loaded;
    // React's lazy calls `then` and reads the result right away; a settled promise would still answer a microtask later.
    if (module) return { then: (resolve: (m: { default: ComponentType }) => void) => resolve(module) } as unknown as Promise<typeof module>;
    return get();
  };
  return Object.assign(lazy(start), { preload: get });
}

/**
 * The component of each screen of api/routes.ts. Keyed by the route's key, so a route without
 * a page (or a page without a route) does not compile.
 */
export const PAGES: Record<RouteKey, Page> = {
  staff: page(() => import('../features/staff/StaffPage'), 'StaffPage'),
  units: page(() => import('../features/units/UnitsPage'), 'UnitsPage'),
  jobs: page(() => import('../features/jobs/JobsPage'), 'JobsPage'),
  framework: page(() => import('../features/framework/FrameworkPage'), 'FrameworkPage'),
  reviews: page(() => import('../features/reviews/ReviewsPage'), 'ReviewsPage'),
  gaps: page(() => import('../features/gaps/GapsPage'), 'GapsPage'),
  catalogue: page(() => import('../features/catalogue/CataloguePage'), 'CataloguePage'),
  plans: page(() => import('../features/plans/PlansPage'), 'PlansPage'),
  directory: page(() => import('../features/directory/DirectoryPage'), 'DirectoryPage'),
  // Its attendance legend and attestation check read both languages whatever the window's (getFixedT).
  sessions: page(() => Promise.all([import('../features/sessions/SessionsPage'), loadBothLanguages()]).then(([m]) => m), 'SessionsPage'),
  evaluations: page(() => import('../features/evaluations/EvaluationsPage'), 'EvaluationsPage'),
  dashboard: page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage'),
  backups: page(() => import('../features/backup/BackupsPage'), 'BackupsPage'),
  partners: page(() => import('../features/partners/PartnersPage'), 'PartnersPage'),
  settings: page(() => import('../features/settings/SettingsPage'), 'SettingsPage'),
};
