import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { archivedAt, recordColumns } from './columns';

export const competencyCategories = sqliteTable('competency_categories', {
  ...recordColumns,
  code: text('code').notNull().default(''),
  nameFr: text('name_fr').notNull().default(''),
  nameAr: text('name_ar').notNull().default(''),
  position: integer('position').notNull().default(0),
  archivedAt: archivedAt(),
});

export const competencies = sqliteTable(
  'competencies',
  {
    ...recordColumns,
    categoryId: text('category_id')
      .notNull()
      .references(() => competencyCategories.id, { onDelete: 'restrict' }),
    code: text('code').notNull(),
    nameFr: text('name_fr').notNull().default(''),
    nameAr: text('name_ar').notNull().default(''),
    descriptionFr: text('description_fr').notNull().default(''),
    descriptionAr: text('description_ar').notNull().default(''),
    archivedAt: archivedAt(),
  },
  (t) => [uniqueIndex('competencies_code').on(t.code), index('competencies_category').on(t.categoryId)],
);

/** The proficiency scale shared by every competency (four levels by default). */
export const proficiencyLevels = sqliteTable('proficiency_levels', {
  level: integer('level').primaryKey(),
  nameFr: text('name_fr').notNull().default(''),
  nameAr: text('name_ar').notNull().default(''),
  descriptorFr: text('descriptor_fr').notNull().default(''),
  descriptorAr: text('descriptor_ar').notNull().default(''),
});
