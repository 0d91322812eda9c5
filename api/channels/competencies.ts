import { z } from 'zod';
import { archived, id, longText, text, timestamps } from '../common';

const needsName = (v: { nameFr?: string; nameAr?: string }, ctx: z.RefinementCtx) => {
  if (!v.nameFr && !v.nameAr) ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'errors.nameOneLanguage' });
};

export const category = z.object({
  id,
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  position: z.number().int(),
  ...archived,
  ...timestamps,
});

const categoryFields = { code: text(30), nameFr: text(160), nameAr: text(160), position: z.number().int().default(0) };
export const categoryCreate = z.object(categoryFields).superRefine(needsName);
export const categoryUpdate = z.object({ id, ...categoryFields }).superRefine(needsName);

export const competency = z.object({
  id,
  categoryId: id,
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  descriptionFr: z.string(),
  descriptionAr: z.string(),
  requiredByJobs: z.number().int(),
  ...archived,
  ...timestamps,
});
export type Competency = z.infer<typeof competency>;

const competencyFields = {
  categoryId: id,
  code: z.string().trim().min(1, { message: 'errors.required' }).max(30, { message: 'errors.tooLong' }),
  nameFr: text(200),
  nameAr: text(200),
  descriptionFr: longText(2000),
  descriptionAr: longText(2000),
};
export const competencyCreate = z.object(competencyFields).superRefine(needsName);
export const competencyUpdate = z.object({ id, ...competencyFields }).superRefine(needsName);

/** One step of the proficiency scale, e.g. 1 "notions" … 4 "expert". */
export const scaleLevel = z.object({
  level: z.number().int().min(1).max(10),
  nameFr: text(80),
  nameAr: text(80),
  descriptorFr: longText(1000),
  descriptorAr: longText(1000),
});
export type ScaleLevel = z.infer<typeof scaleLevel>;

export const scaleUpdate = z
  .object({
    levels: z.array(scaleLevel).min(2, { message: 'errors.scaleTooShort' }).max(10),
    proficientLevel: z.number().int().min(1),
  })
  .superRefine((v, ctx) => {
    v.levels.forEach((l, i) => {
      if (l.level !== i + 1) ctx.addIssue({ code: 'custom', path: ['levels', i, 'level'], message: 'errors.scaleOrder' });
      if (!l.nameFr && !l.nameAr) ctx.addIssue({ code: 'custom', path: ['levels', i, 'nameFr'], message: 'errors.nameOneLanguage' });
    });
    if (v.proficientLevel > v.levels.length)
      ctx.addIssue({ code: 'custom', path: ['proficientLevel'], message: 'errors.thresholdOutOfScale' });
  });

export const framework = z.object({
  categories: z.array(category),
  competencies: z.array(competency),
  levels: z.array(scaleLevel),
  proficientLevel: z.number().int(),
});
export const frameworkInput = z.object({ includeArchived: z.boolean().default(false) });
