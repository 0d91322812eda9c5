import { annualLessons } from '../../schema';
import type { EntityEntries } from '../../registry/types';

/** Reports: the lessons of each year, the user's own text for the annual report (about no person). */
export const reportEntities: EntityEntries<'annualLessons'> = {
  annualLessons: { kind: 'record', table: annualLessons },
};
