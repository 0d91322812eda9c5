import { staff, staffGrades } from '../../schema';
import type { EntityEntries } from '../../registry/types';
import { reindexAllStaff } from './search-index';

/** Staff (docs/ARCHITECTURE.md, "The registry"): names in both scripts, phone and e-mail are personal contact data. */
export const staffEntities: EntityEntries<'staff' | 'staffSearch' | 'grades'> = {
  staff: {
    personalRows: true,
    kind: 'record',
    table: staff,
    counted: true,
    contactFields: ['phone', 'email'],
    freeTextFields: ['notes'],
    demo: true,
  },
  staffSearch: { kind: 'index', sql: 'staff_search', demo: true, rebuild: reindexAllStaff },
  grades: { kind: 'record', table: staffGrades, demo: true },
};
