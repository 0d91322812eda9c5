import { jobProfiles, jobRequirements } from '../../schema';
import type { EntityEntries } from '../../registry/types';

export const jobEntities: EntityEntries<'jobProfiles' | 'jobRequirements'> = {
  // Requirements are edited with their job sheet: the job's audit entry names them.
  jobProfiles: { kind: 'record', table: jobProfiles, counted: true, auditFields: ['requirements'], demo: true },
  jobRequirements: { kind: 'record', table: jobRequirements, demo: true },
};
