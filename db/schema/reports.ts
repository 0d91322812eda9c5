import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

/**
 * The lessons the Service draws from a year (issue 12, the annual report): one row per year, a
 * text in each language, written by the user and printed in the annual report.
 */
export const annualLessons = sqliteTable('annual_lessons', {
  ...recordColumns,
  year: integer('year').notNull().unique(),
  lessonsFr: text('lessons_fr').notNull().default(''),
  lessonsAr: text('lessons_ar').notNull().default(''),
});
