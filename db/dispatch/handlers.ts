import { competencyHandlers } from '../features/competencies/handlers';
import { jobHandlers } from '../features/jobs/handlers';
import { settingsHandlers } from '../features/settings/handlers';
import { staffHandlers } from '../features/staff/handlers';
import { unitHandlers } from '../features/units/handlers';
import { backupHandlers } from '../features/backup/handlers';
import { directoryHandlers } from '../features/directory/handlers';
import { historyHandlers } from '../features/history/handlers';
import { reviewHandlers } from '../features/reviews/handlers';
import { planHandlers } from '../features/plans/handlers';
import { sessionHandlers } from '../features/sessions/handlers';
import { evaluationHandlers } from '../features/evaluation/handlers';
import { dashboardHandlers } from '../features/dashboard/handlers';
import { reportHandlers } from '../features/reports/handlers';
import { referentielHandlers } from '../features/referentiel/handlers';
import { traineeHandlers } from '../features/trainees/handlers';
import { catalogueHandlers } from '../features/catalogue/handlers';
import type { Handlers } from './types';

/** All handlers, one group per feature. The `Handlers` type makes a missing channel a compile error. */
export const handlers: Handlers = {
  ...settingsHandlers,
  ...historyHandlers,
  ...unitHandlers,
  ...competencyHandlers,
  ...jobHandlers,
  ...referentielHandlers,
  ...staffHandlers,
  ...reviewHandlers,
  ...planHandlers,
  ...sessionHandlers,
  ...evaluationHandlers,
  ...dashboardHandlers,
  ...reportHandlers,
  ...catalogueHandlers,
  ...directoryHandlers,
  ...backupHandlers,
  ...traineeHandlers,
};
