import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { archivedAt, recordColumns } from './columns';
import { competencies } from './competencies';

/** A job description (fiche de poste) in the structure of Moroccan communes' job sheets. */
export const jobProfiles = sqliteTable(
  'job_profiles',
  {
    ...recordColumns,
    code: text('code').notNull(),
    titleFr: text('title_fr').notNull().default(''),
    titleAr: text('title_ar').notNull().default(''),
    fieldFr: text('field_fr').notNull().default(''),
    fieldAr: text('field_ar').notNull().default(''),
    missionFr: text('mission_fr').notNull().default(''),
    missionAr: text('mission_ar').notNull().default(''),
    activitiesFr: text('activities_fr').notNull().default(''),
    activitiesAr: text('activities_ar').notNull().default(''),
    contextFr: text('context_fr').notNull().default(''),
    contextAr: text('context_ar').notNull().default(''),
    relationsInternalFr: text('relations_internal_fr').notNull().default(''),
    relationsInternalAr: text('relations_internal_ar').notNull().default(''),
    relationsExternalFr: text('relations_external_fr').notNull().default(''),
    relationsExternalAr: text('relations_external_ar').notNull().default(''),
    reportsToId: text('reports_to_id').references((): AnySQLiteColumn => jobProfiles.id, { onDelete: 'set null' }),
    archivedAt: archivedAt(),
  },
  (t) => [uniqueIndex('job_profiles_code').on(t.code)],
);

/** A competency a job requires, at a level of the scale, with an importance. */
export const jobRequirements = sqliteTable(
  'job_requirements',
  {
    ...recordColumns,
    jobId: text('job_id')
      .notNull()
      .references(() => jobProfiles.id, { onDelete: 'cascade' }),
    competencyId: text('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'restrict' }),
    requiredLevel: integer('required_level').notNull(),
    importance: text('importance', { enum: ['essential', 'important', 'useful'] })
      .notNull()
      .default('important'),
  },
  (t) => [
    uniqueIndex('job_requirements_job_competency').on(t.jobId, t.competencyId),
    index('job_requirements_competency').on(t.competencyId),
  ],
);
