import { z } from 'zod';
import { channel } from '../channel';
import { deleteInput, deleteOutput, empty, id } from '../common';
import * as d from './directory';
import * as f from './directory-files';
import * as r from './directory-records';

/**
 * Channels of the social directory: organisations, services, subsidies (issue: social directory).
 * Each feature keeps its channels in its own file; api/contract.ts merges them.
 */
/** What an organisation's record is made of: its row, phones, places, contacts, terms and search entry. */
const ORG = [
  'organizations',
  'organizationPhones',
  'organizationLocations',
  'organizationContacts',
  'organizationTerms',
  'organizationSearch',
  'organizationFacets',
] as const;
/** What a search row or a record shows besides the organisation: term names and quality checks. */
const ORG_READS = [...ORG, 'terms', 'checks', 'criteria'] as const;
const SUBSIDY_READS = ['subsidies', 'organizations', 'organizationTerms', 'terms'] as const;
export const directoryChannels = {
  'organizations.search': channel({ input: d.organizationSearchInput, output: d.organizationSearchOutput, reads: ORG_READS }),
  'organizations.get': channel({ input: z.object({ id }), output: d.organization, reads: ORG_READS }),
  /** Refused with `conflict` and `duplicates` when the name, a phone or the e-mail matches, unless `createAnyway`. */
  'organizations.create': channel({ input: d.organizationCreate, output: d.organization, reads: ORG_READS, writes: ORG }),
  'organizations.update': channel({ input: d.organizationUpdate, output: d.organization, reads: ORG_READS, writes: ORG }),
  'organizations.verify': channel({ input: z.object({ id }), output: d.organization, reads: ORG_READS, writes: ORG }),
  'organizations.setArchived': channel({ input: d.setArchivedInput, output: d.organization, reads: ORG_READS, writes: ORG }),
  /** Refused (holders: subsidies) while subsidies refer to it, unless archiveInstead. */
  'organizations.delete': channel({ input: deleteInput, output: deleteOutput, reads: ['organizations', 'subsidies'], writes: ORG }),
  'organizations.duplicates': channel({
    input: d.duplicateCheckInput,
    output: z.array(d.duplicateMatch),
    reads: ['organizations', 'organizationPhones'],
  }),
  /** Moves everything of `mergeId` onto `keepId` (empty fields filled), then deletes `mergeId`. */
  'organizations.merge': channel({
    input: d.mergeInput,
    output: d.organization,
    reads: ORG_READS,
    writes: [...ORG, 'services', 'subsidies', 'partnerships', 'checks'],
  }),

  'services.list': channel({ input: r.byOrganization, output: z.array(r.service), reads: ['services', 'organizations'] }),
  'services.create': channel({
    input: r.serviceCreate,
    output: r.service,
    reads: ['services'],
    writes: ['services', 'organizationSearch'],
  }),
  'services.update': channel({
    input: r.serviceUpdate,
    output: r.service,
    reads: ['services'],
    writes: ['services', 'organizationSearch'],
  }),
  'services.delete': channel({
    input: z.object({ id }),
    output: deleteOutput,
    reads: ['services'],
    writes: ['services', 'organizationSearch'],
  }),

  'partnerships.list': channel({ input: r.byOrganization, output: z.array(r.partnership), reads: ['partnerships', 'organizations'] }),
  'partnerships.create': channel({ input: r.partnershipCreate, output: r.partnership, reads: ['partnerships'], writes: ['partnerships'] }),
  'partnerships.update': channel({ input: r.partnershipUpdate, output: r.partnership, reads: ['partnerships'], writes: ['partnerships'] }),
  'partnerships.delete': channel({ input: z.object({ id }), output: deleteOutput, reads: ['partnerships'], writes: ['partnerships'] }),

  'subsidies.list': channel({ input: r.subsidyListInput, output: r.subsidyListOutput, reads: SUBSIDY_READS }),
  'subsidies.create': channel({ input: r.subsidyCreate, output: r.subsidy, reads: ['subsidies'], writes: ['subsidies'] }),
  'subsidies.update': channel({ input: r.subsidyUpdate, output: r.subsidy, reads: ['subsidies'], writes: ['subsidies'] }),
  'subsidies.delete': channel({ input: z.object({ id }), output: deleteOutput, reads: ['subsidies'], writes: ['subsidies'] }),
  'subsidies.totals': channel({ input: r.subsidyTotalsInput, output: z.array(r.subsidyTotal), reads: SUBSIDY_READS }),
  /** Granted or paid subsidies whose report is past due (today by default). */
  'subsidies.overdue': channel({ input: r.overdueInput, output: z.array(r.subsidy), reads: SUBSIDY_READS }),

  'terms.list': channel({ input: r.termListInput, output: z.array(d.term), reads: ['terms'] }),
  'terms.create': channel({ input: r.termCreate, output: d.term, reads: ['terms'], writes: ['terms'] }),
  'terms.update': channel({ input: r.termUpdate, output: d.term, reads: ['terms'], writes: ['terms'] }),
  'terms.setArchived': channel({ input: d.setArchivedInput, output: d.term, reads: ['terms'], writes: ['terms'] }),

  'criteria.list': channel({ input: empty, output: z.array(r.criterion), reads: ['criteria'] }),
  'criteria.create': channel({ input: r.criterionCreate, output: r.criterion, reads: ['criteria'], writes: ['criteria'] }),
  'criteria.update': channel({ input: r.criterionUpdate, output: r.criterion, reads: ['criteria'], writes: ['criteria'] }),
  'criteria.setArchived': channel({ input: d.setArchivedInput, output: r.criterion, reads: ['criteria'], writes: ['criteria'] }),
  'checks.list': channel({ input: r.byOrganization, output: r.checksOutput, reads: ['checks', 'criteria'] }),
  'checks.set': channel({ input: r.checkSet, output: r.checksOutput, reads: ['checks', 'criteria'], writes: ['checks', 'organizations'] }),

  'directory.importPreview': channel({ input: f.importPreviewInput, output: f.importPreviewOutput, reads: ORG_READS }),
  'directory.import': channel({ input: f.importInput, output: f.importOutput, reads: ORG_READS, writes: [...ORG, 'terms'] }),
  'directory.template': channel({ input: empty, output: f.fileOutput, reads: [] }),
  'directory.export': channel({ input: f.exportInput, output: f.fileOutput, reads: [...ORG_READS, 'services', 'subsidies'] }),
} as const;
