import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { archivedAt, recordColumns } from './columns';
import { jobProfiles } from './jobs';
import { orgUnits } from './organisation';

/**
 * The grades of the civil service (Administrateur 2e grade…), a bilingual list the HR referent
 * edits: a grade is named once in both scripts instead of typed freely on every record.
 */
export const staffGrades = sqliteTable('staff_grades', {
  ...recordColumns,
  nameFr: text('name_fr').notNull().default(''),
  nameAr: text('name_ar').notNull().default(''),
  position: integer('position').notNull().default(0),
  archivedAt: archivedAt(),
});

/**
 * A member of the commune's staff. Only what the Service's work needs: no birth date, no
 * home address (personal data is collected when a job needs it, not by default).
 */
export const staff = sqliteTable(
  'staff',
  {
    ...recordColumns,
    matricule: text('matricule').notNull(),
    firstNameFr: text('first_name_fr').notNull().default(''),
    lastNameFr: text('last_name_fr').notNull().default(''),
    firstNameAr: text('first_name_ar').notNull().default(''),
    lastNameAr: text('last_name_ar').notNull().default(''),
    /** Folded "last first" in each script, for sorting by name without re-folding. */
    sortNameFr: text('sort_name_fr').notNull().default(''),
    sortNameAr: text('sort_name_ar').notNull().default(''),
    gender: text('gender', { enum: ['f', 'm'] }).notNull(),
    gradeId: text('grade_id').references(() => staffGrades.id, { onDelete: 'restrict' }),
    unitId: text('unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    jobId: text('job_id').references(() => jobProfiles.id, { onDelete: 'restrict' }),
    isManager: integer('is_manager', { mode: 'boolean' }).notNull().default(false),
    hireDate: text('hire_date'),
    status: text('status', { enum: ['active', 'left'] })
      .notNull()
      .default('active'),
    leftDate: text('left_date'),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    uniqueIndex('staff_matricule').on(t.matricule),
    index('staff_unit').on(t.unitId),
    index('staff_job').on(t.jobId),
    index('staff_grade').on(t.gradeId),
    // The list's order by name (db/features/staff/list-query.ts), term for term, so the first
    // page of 100,000 staff is read from the index instead of sorting them all.
    index('staff_status_name_fr').on(t.status, sql`${t.sortNameFr} = ''`, t.sortNameFr, t.matricule),
    index('staff_status_name_ar').on(t.status, sql`${t.sortNameAr} = ''`, t.sortNameAr, t.matricule),
  ],
);
