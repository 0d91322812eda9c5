import { directoryServices, partnerships, subsidies } from '../../schema';
import { childTable } from './child-records';
import { indexOrganization } from './search-index';

/** The plain records that hang off an organisation, as the handlers, the import, the export and demo data use them. */

/** Services are searched with their organisation: every change re-indexes it. */
export const SERVICES = childTable({
  entity: 'services',
  table: directoryServices,
  fields: [
    'nameFr',
    'nameAr',
    'descriptionFr',
    'descriptionAr',
    'eligibilityFr',
    'eligibilityAr',
    'feesFr',
    'feesAr',
    'scheduleFr',
    'scheduleAr',
  ],
  after: indexOrganization,
});

export const PARTNERSHIPS = childTable({
  entity: 'partnerships',
  table: partnerships,
  fields: ['titleFr', 'titleAr', 'startDate', 'endDate', 'documentRef'],
});

export const SUBSIDIES = childTable({
  entity: 'subsidies',
  table: subsidies,
  fields: [
    'year',
    'programmeFr',
    'programmeAr',
    'purposeFr',
    'purposeAr',
    'requestedCentimes',
    'grantedCentimes',
    'status',
    'decisionDate',
    'deliberationRef',
    'reportDueDate',
  ],
});
