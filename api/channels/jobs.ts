import { z } from 'zod';
import { archived, id, longText, text, timestamps } from '../common';

/** How much a required competency matters for the job (drives the priority of a training need). */
export const IMPORTANCES = ['essential', 'important', 'useful'] as const;
export const importance = z.enum(IMPORTANCES);

export const requirement = z.object({
  competencyId: id,
  requiredLevel: z.number().int().min(1, { message: 'errors.levelOutOfScale' }).max(10, { message: 'errors.levelOutOfScale' }),
  importance: importance.default('important'),
});
export type Requirement = z.infer<typeof requirement>;

/** The sections of a Moroccan commune's job sheet (fiche de poste), each in both languages. */
export const JOB_TEXT_SECTIONS = ['field', 'mission', 'activities', 'context', 'relationsInternal', 'relationsExternal'] as const;

const bilingualSections = Object.fromEntries(
  JOB_TEXT_SECTIONS.flatMap((s) => [
    [`${s}Fr`, longText(5000)],
    [`${s}Ar`, longText(5000)],
  ]),
) as Record<`${(typeof JOB_TEXT_SECTIONS)[number]}${'Fr' | 'Ar'}`, ReturnType<typeof longText>>;

const jobFields = {
  code: z.string().trim().min(1, { message: 'errors.required' }).max(30, { message: 'errors.tooLong' }),
  titleFr: text(200),
  titleAr: text(200),
  ...bilingualSections,
  reportsToId: id.nullable().default(null),
  requirements: z.array(requirement).max(200).default([]),
};

const checkJob = (v: { titleFr?: string; titleAr?: string; requirements?: Requirement[] }, ctx: z.RefinementCtx) => {
  if (!v.titleFr && !v.titleAr) ctx.addIssue({ code: 'custom', path: ['titleFr'], message: 'errors.nameOneLanguage' });
  const seen = new Set<string>();
  (v.requirements ?? []).forEach((r, i) => {
    if (seen.has(r.competencyId))
      ctx.addIssue({ code: 'custom', path: ['requirements', i, 'competencyId'], message: 'errors.duplicateRequirement' });
    seen.add(r.competencyId);
  });
};

export const jobCreate = z.object(jobFields).superRefine(checkJob);
export const jobUpdate = z.object({ id, ...jobFields }).superRefine(checkJob);

export const jobProfile = z.object({
  id,
  code: z.string(),
  titleFr: z.string(),
  titleAr: z.string(),
  ...(Object.fromEntries(
    JOB_TEXT_SECTIONS.flatMap((s) => [
      [`${s}Fr`, z.string()],
      [`${s}Ar`, z.string()],
    ]),
  ) as Record<`${(typeof JOB_TEXT_SECTIONS)[number]}${'Fr' | 'Ar'}`, z.ZodString>),
  reportsToId: id.nullable(),
  requirements: z.array(requirement.extend({ importance })),
  holders: z.number().int(),
  ...archived,
  ...timestamps,
});
export type JobProfile = z.infer<typeof jobProfile>;

export const jobSummary = z.object({
  id,
  code: z.string(),
  titleFr: z.string(),
  titleAr: z.string(),
  requirementCount: z.number().int(),
  holders: z.number().int(),
  ...archived,
});
export type JobSummary = z.infer<typeof jobSummary>;

export const jobListInput = z.object({
  includeArchived: z.boolean().default(false),
  /** Only the jobs that require this competency (the framework links to them). */
  competencyId: id.nullable().default(null),
});
