import {
  directoryServices,
  directoryTerms,
  organizationChecks,
  organizationContacts,
  organizationFacetCounts,
  organizationLocations,
  organizationPhones,
  organizationTerms,
  organizations,
  partnerships,
  qualityCriteria,
  subsidies,
} from '../../schema';
import type { EntityEntries } from '../../registry/types';
import { rebuildFacetCounts } from './facet-counts';
import { reindexAllOrganizations } from './search-index';

type DirectoryEntity =
  | 'organizations'
  | 'organizationPhones'
  | 'organizationLocations'
  | 'organizationContacts'
  | 'organizationTerms'
  | 'organizationSearch'
  | 'organizationFacets'
  | 'services'
  | 'partnerships'
  | 'subsidies'
  | 'terms'
  | 'criteria'
  | 'checks';

/**
 * The social directory. An organisation's phones and e-mail are the organisation's, published
 * in the guide; its contact persons' phones and e-mails are personal contact data.
 */
export const directoryEntities: EntityEntries<DirectoryEntity> = {
  organizations: {
    kind: 'record',
    table: organizations,
    counted: true,
    // Phones, terms, places and contacts are saved with the record; a merge names where the duplicate went.
    auditFields: ['phones', 'termIds', 'locations', 'contacts', 'mergedInto'],
    // The commune's own notes about an organisation may name a president and their number.
    freeTextFields: ['notes'],
    demo: true,
  },
  organizationPhones: { kind: 'record', table: organizationPhones, demo: true },
  organizationLocations: { kind: 'record', table: organizationLocations, demo: true },
  organizationContacts: { personalRows: true, kind: 'record', table: organizationContacts, contactFields: ['phone', 'email'], demo: true },
  organizationTerms: { kind: 'record', table: organizationTerms, demo: true },
  organizationSearch: { kind: 'index', sql: 'organization_search', demo: true, rebuild: reindexAllOrganizations },
  organizationFacets: { kind: 'index', table: organizationFacetCounts, demo: true, rebuild: rebuildFacetCounts },
  services: { kind: 'record', table: directoryServices, counted: true, demo: true },
  partnerships: { kind: 'record', table: partnerships, demo: true },
  subsidies: { kind: 'record', table: subsidies, counted: true, demo: true },
  terms: { kind: 'record', table: directoryTerms, demo: true },
  criteria: { kind: 'record', table: qualityCriteria, demo: true },
  checks: { kind: 'record', table: organizationChecks, demo: true },
};
