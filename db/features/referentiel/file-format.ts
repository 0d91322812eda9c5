import { z } from 'zod';
import { IMPORTANCES } from '../../../api/channels/jobs';
import { longText, requiredText, text } from '../../../api/common';

/**
 * The référentiel file (`sas referentiel export` / `import`): the competency framework and the
 * job sheets, in UTF-8 JSON, everything named by code.
 *
 * ```
 * {"format": "sas-referentiel", "version": 1, "proficientLevel": 3,
 *  "scale": [{"level", "nameFr", "nameAr", "descriptorFr", "descriptorAr"}, …],
 *  "categories": [{"code", "nameFr", "nameAr"}, …],
 *  "competencies": [{"code", "category", "nameFr", "nameAr", "descriptionFr", "descriptionAr"}, …],
 *  "jobs": [{"code", "titleFr", "titleAr", "missionFr", "missionAr",
 *            "requirements": [{"competency", "level", "importance"}, …],
 *            optional: "fieldFr", "fieldAr", "activitiesFr", …, "relationsExternalAr", "reportsTo"}, …]}
 * ```
 *
 * The texts the format lists are read as '' when absent. The job sheet's other sections and
 * `reportsTo` are optional: absent, an import leaves them as they are (a new job gets '' / none);
 * `reportsTo: null` says the job reports to no one. `scale` and `proficientLevel` may be left out
 * (the database's scale is kept). Unknown keys are ignored. Limits are the forms' (api/channels).
 */
export const REFERENTIEL_FORMAT = 'sas-referentiel';
export const REFERENTIEL_VERSION = 1;

/** The job sheet's sections beyond title and mission: optional in the file. */
export const OPTIONAL_JOB_TEXTS = [
  'fieldFr',
  'fieldAr',
  'activitiesFr',
  'activitiesAr',
  'contextFr',
  'contextAr',
  'relationsInternalFr',
  'relationsInternalAr',
  'relationsExternalFr',
  'relationsExternalAr',
] as const;
export type OptionalJobText = (typeof OPTIONAL_JOB_TEXTS)[number];

const code = requiredText(30);
const level = z.number({ message: 'must be a whole number from 1 to 10' }).int({ message: 'must be a whole number from 1 to 10' }).min(1, {
  message: 'must be a whole number from 1 to 10',
});
const boundedLevel = level.max(10, { message: 'must be a whole number from 1 to 10' });

export const fileLevel = z.object({
  level: boundedLevel,
  nameFr: text(80),
  nameAr: text(80),
  descriptorFr: longText(1000),
  descriptorAr: longText(1000),
});

export const fileCategory = z.object({ code, nameFr: text(160), nameAr: text(160) });

export const fileCompetency = z.object({
  code,
  category: code,
  nameFr: text(200),
  nameAr: text(200),
  descriptionFr: longText(2000),
  descriptionAr: longText(2000),
});

export const fileRequirement = z.object({
  competency: code,
  level: boundedLevel,
  importance: z.enum(IMPORTANCES, { message: `must be "essential", "important" or "useful"` }).default('important'),
});

const optionalText = longText(5000).unwrap().optional();

export const fileJob = z.object({
  code,
  titleFr: text(200),
  titleAr: text(200),
  missionFr: longText(5000),
  missionAr: longText(5000),
  ...(Object.fromEntries(OPTIONAL_JOB_TEXTS.map((f) => [f, optionalText])) as Record<OptionalJobText, typeof optionalText>),
  reportsTo: code.nullable().optional(),
  requirements: z.array(fileRequirement).max(200, { message: 'has more than 200 entries' }).default([]),
});

/** Checked first, alone: a file of another kind or version is refused with one sentence. */
export const fileHeader = z.object({ format: z.unknown(), version: z.unknown() });

export const referentielFile = z.object({
  format: z.literal(REFERENTIEL_FORMAT),
  version: z.literal(REFERENTIEL_VERSION),
  proficientLevel: level.optional(),
  scale: z.array(fileLevel).min(2, { message: 'needs at least 2 levels' }).max(10, { message: 'has more than 10 levels' }).optional(),
  categories: z.array(fileCategory).default([]),
  competencies: z.array(fileCompetency).default([]),
  jobs: z.array(fileJob).default([]),
});

export type ReferentielFile = z.infer<typeof referentielFile>;
export type FileLevel = z.infer<typeof fileLevel>;
export type FileCategory = z.infer<typeof fileCategory>;
export type FileCompetency = z.infer<typeof fileCompetency>;
export type FileJob = z.infer<typeof fileJob>;
