import type { JSX } from 'react';
import type { RouteKey } from '../../../api/routes';
import { BackupsPage } from '../features/backup/BackupsPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { FrameworkPage } from '../features/framework/FrameworkPage';
import { JobsPage } from '../features/jobs/JobsPage';
import { PartnersPage } from '../features/partners/PartnersPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffPage } from '../features/staff/StaffPage';
import { UnitsPage } from '../features/units/UnitsPage';

/**
 * The component of each screen of api/routes.ts. Keyed by the route's key, so a route without
 * a page (or a page without a route) does not compile.
 */
export const PAGES: Record<RouteKey, () => JSX.Element> = {
  staff: StaffPage,
  units: UnitsPage,
  jobs: JobsPage,
  framework: FrameworkPage,
  directory: DirectoryPage,
  backups: BackupsPage,
  partners: PartnersPage,
  settings: SettingsPage,
};
