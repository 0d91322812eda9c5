import { competencies, competencyCategories, proficiencyLevels } from '../../schema';
import type { EntityEntries } from '../../registry/types';

/** The competency framework: categories, competencies and the shared proficiency scale. */
export const competencyEntities: EntityEntries<'categories' | 'competencies' | 'proficiencyLevels'> = {
  categories: { kind: 'record', table: competencyCategories, counted: true },
  competencies: { kind: 'record', table: competencies, counted: true },
  // The scale is saved as a whole: the audit log names the levels and the proficient threshold.
  proficiencyLevels: { kind: 'record', table: proficiencyLevels, auditFields: ['levels', 'proficientLevel'] },
};
