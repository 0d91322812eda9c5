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
const ORG = ['organizations'] as const;
export const directoryChannels = {
  'organizations.search': channel({ input: d.organizationSearchInput, output: d.organizationSearchOutput }),
  'organizations.get': channel({ input: z.object({ id }), output: d.organization }),
  /** Refused with `conflict` and `duplicates` when the name, a phone or the e-mail matches, unless `createAnyway`. */
  'organizations.create': channel({ input: d.organizationCreate, output: d.organization, writes: ORG }),
  'organizations.update': channel({ input: d.organizationUpdate, output: d.organization, writes: ORG }),
  'organizations.verify': channel({ input: z.object({ id }), output: d.organization, writes: ORG }),
  'organizations.setArchived': channel({ input: d.setArchivedInput, output: d.organization, writes: ORG }),
  /** Refused (holders: subsidies) while subsidies refer to it, unless archiveInstead. */
  'organizations.delete': channel({ input: deleteInput, output: deleteOutput, writes: ORG }),
  'organizations.duplicates': channel({ input: d.duplicateCheckInput, output: z.array(d.duplicateMatch) }),
  /** Moves everything of `mergeId` onto `keepId` (empty fields filled), then deletes `mergeId`. */
  'organizations.merge': channel({ input: d.mergeInput, output: d.organization, writes: ['organizations', 'services', 'subsidies'] }),

  'services.list': channel({ input: r.byOrganization, output: z.array(r.service) }),
  'services.create': channel({ input: r.serviceCreate, output: r.service, writes: ['services'] }),
  'services.update': channel({ input: r.serviceUpdate, output: r.service, writes: ['services'] }),
  'services.delete': channel({ input: z.object({ id }), output: deleteOutput, writes: ['services'] }),

  'partnerships.list': channel({ input: r.byOrganization, output: z.array(r.partnership) }),
  'partnerships.create': channel({ input: r.partnershipCreate, output: r.partnership, writes: ['partnerships'] }),
  'partnerships.update': channel({ input: r.partnershipUpdate, output: r.partnership, writes: ['partnerships'] }),
  'partnerships.delete': channel({ input: z.object({ id }), output: deleteOutput, writes: ['partnerships'] }),

  'subsidies.list': channel({ input: r.subsidyListInput, output: r.subsidyListOutput }),
  'subsidies.create': channel({ input: r.subsidyCreate, output: r.subsidy, writes: ['subsidies'] }),
  'subsidies.update': channel({ input: r.subsidyUpdate, output: r.subsidy, writes: ['subsidies'] }),
  'subsidies.delete': channel({ input: z.object({ id }), output: deleteOutput, writes: ['subsidies'] }),
  'subsidies.totals': channel({ input: r.subsidyTotalsInput, output: z.array(r.subsidyTotal) }),
  /** Granted or paid subsidies whose report is past due (today by default). */
  'subsidies.overdue': channel({ input: r.overdueInput, output: z.array(r.subsidy) }),

  'terms.list': channel({ input: r.termListInput, output: z.array(d.term) }),
  'terms.create': channel({ input: r.termCreate, output: d.term, writes: ['terms'] }),
  'terms.update': channel({ input: r.termUpdate, output: d.term, writes: ['terms'] }),
  'terms.setArchived': channel({ input: d.setArchivedInput, output: d.term, writes: ['terms'] }),

  'criteria.list': channel({ input: empty, output: z.array(r.criterion) }),
  'criteria.create': channel({ input: r.criterionCreate, output: r.criterion, writes: ['criteria'] }),
  'criteria.update': channel({ input: r.criterionUpdate, output: r.criterion, writes: ['criteria'] }),
  'criteria.setArchived': channel({ input: d.setArchivedInput, output: r.criterion, writes: ['criteria'] }),
  'checks.list': channel({ input: r.byOrganization, output: r.checksOutput }),
  'checks.set': channel({ input: r.checkSet, output: r.checksOutput, writes: ['checks', 'organizations'] }),

  'directory.importPreview': channel({ input: f.importPreviewInput, output: f.importPreviewOutput }),
  'directory.import': channel({ input: f.importInput, output: f.importOutput, writes: ['organizations', 'terms'] }),
  'directory.template': channel({ input: empty, output: f.fileOutput }),
  'directory.export': channel({ input: f.exportInput, output: f.fileOutput }),
} as const;
