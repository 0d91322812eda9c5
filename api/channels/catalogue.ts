import { z } from 'zod';
import { channel } from '../channel';
import { archived, deleteInput, deleteOutput, email, empty, id, longText, optionalDate, phone, text, timestamps } from '../common';
import type { Entity } from '../entities';
import { ATTESTATIONS, AUDIENCES, COURSE_MODALITIES, COURSE_ORIGINS, TRAINER_KINDS } from './training-enums';

/**
 * The shared directory of trainings and trainers (R3.9): the catalogue of courses, the trainers
 * (a staff member, an external person, or an organisation of the social directory) and the
 * venues, and the file that shares them with the network's communes
 * (db/features/catalogue/file-format.ts).
 */

/** Languages of delivery or spoken by a trainer, as ISO 639 codes ("ar", "fr", "ber" for Amazigh…). */
export const LANGUAGE_CODES = ['ar', 'fr', 'ber', 'en', 'es', 'nl'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
const languages = z
  .array(z.enum(LANGUAGE_CODES, { message: 'errors.invalidChoice' }))
  .max(10)
  .default([]);

const level = z
  .number({ message: 'errors.levelOutOfScale' })
  .int({ message: 'errors.levelOutOfScale' })
  .min(1, { message: 'errors.levelOutOfScale' })
  .max(10, { message: 'errors.levelOutOfScale' });
const code = z
  .string()
  .trim()
  .min(1, { message: 'errors.required' })
  .max(30, { message: 'errors.tooLong' })
  .regex(/^[A-Za-z0-9/_.-]+$/, { message: 'errors.invalidCode' });
const wholeNumber = (max: number) =>
  z
    .number({ message: 'errors.invalidValue' })
    .int({ message: 'errors.invalidValue' })
    .min(0, { message: 'errors.tooSmall' })
    .max(max, { message: 'errors.tooBig' });

/* ------------------------------------------------------------------ courses */

export const courseCompetencyInput = z.object({ competencyId: id, targetLevel: level });
export type CourseCompetencyInput = z.input<typeof courseCompetencyInput>;

const courseFields = {
  code,
  titleFr: text(200),
  titleAr: text(200),
  domainFr: text(120),
  domainAr: text(120),
  objectivesFr: longText(4000),
  objectivesAr: longText(4000),
  programmeFr: longText(8000),
  programmeAr: longText(8000),
  prerequisitesFr: longText(2000),
  prerequisitesAr: longText(2000),
  audience: z.enum(AUDIENCES).default('both'),
  /** Standard duration in hours (a half-day is 3.5). */
  hours: z
    .number({ message: 'errors.invalidValue' })
    .min(0, { message: 'errors.tooSmall' })
    .max(2000, { message: 'errors.tooBig' })
    .default(0),
  modality: z.enum(COURSE_MODALITIES).default('in_person'),
  /** The highest Kirkpatrick level planned for its evaluation (1 reaction … 4 results). */
  evaluationLevel: z.number().int().min(1, { message: 'errors.tooSmall' }).max(4, { message: 'errors.tooBig' }).default(1),
  attestation: z.enum(ATTESTATIONS).default('attendance'),
  costPerParticipantCentimes: wholeNumber(100_000_000_00).default(0),
  groupSize: z.number().int().min(1, { message: 'errors.tooSmall' }).max(500, { message: 'errors.tooBig' }).default(20),
  origin: z.enum(COURSE_ORIGINS).default('internal'),
  languages,
  /** The competencies it develops and the level it aims to reach (on the framework's scale). */
  competencies: z.array(courseCompetencyInput).max(50, { message: 'errors.tooLong' }).default([]),
};

const checkCourse = (v: { titleFr?: string; titleAr?: string; competencies?: { competencyId: string }[] }, ctx: z.RefinementCtx) => {
  if (!v.titleFr?.trim() && !v.titleAr?.trim()) ctx.addIssue({ code: 'custom', path: ['titleFr'], message: 'errors.nameOneLanguage' });
  const seen = new Set<string>();
  (v.competencies ?? []).forEach((c, i) => {
    if (seen.has(c.competencyId)) {
      ctx.addIssue({ code: 'custom', path: ['competencies', i, 'competencyId'], message: 'errors.duplicateCompetency' });
    }
    seen.add(c.competencyId);
  });
};

export const courseCreate = z.object(courseFields).superRefine(checkCourse);
export const courseUpdate = z.object({ id, ...courseFields }).superRefine(checkCourse);
export type CourseCreate = z.input<typeof courseCreate>;

export const courseCompetency = z.object({
  competencyId: id,
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  targetLevel: z.number().int(),
});

export const course = z.object({
  id,
  code: z.string(),
  titleFr: z.string(),
  titleAr: z.string(),
  domainFr: z.string(),
  domainAr: z.string(),
  objectivesFr: z.string(),
  objectivesAr: z.string(),
  programmeFr: z.string(),
  programmeAr: z.string(),
  prerequisitesFr: z.string(),
  prerequisitesAr: z.string(),
  audience: z.enum(AUDIENCES),
  hours: z.number(),
  modality: z.enum(COURSE_MODALITIES),
  evaluationLevel: z.number().int(),
  attestation: z.enum(ATTESTATIONS),
  costPerParticipantCentimes: z.number().int(),
  groupSize: z.number().int(),
  origin: z.enum(COURSE_ORIGINS),
  languages: z.array(z.enum(LANGUAGE_CODES)),
  competencies: z.array(courseCompetency),
  /** How many plan actions use it: once used, it is archived rather than deleted. */
  usedBy: z.number().int(),
  ...archived,
  ...timestamps,
});
export type Course = z.infer<typeof course>;

export const courseRow = course.pick({
  id: true,
  code: true,
  titleFr: true,
  titleAr: true,
  domainFr: true,
  domainAr: true,
  audience: true,
  hours: true,
  modality: true,
  origin: true,
  archivedAt: true,
  competencies: true,
});
export type CourseRow = z.infer<typeof courseRow>;

export const courseListInput = z.object({
  /** Code or title, in either script (folded as the other searches are). */
  query: z.string().trim().max(200).default(''),
  modality: z.enum(COURSE_MODALITIES).nullable().default(null),
  origin: z.enum(COURSE_ORIGINS).nullable().default(null),
  audience: z.enum(AUDIENCES).nullable().default(null),
  competencyId: id.nullable().default(null),
  includeArchived: z.boolean().default(false),
});
export type CourseListInput = z.input<typeof courseListInput>;

/* ----------------------------------------------------------------- trainers */

const trainerFields = {
  kind: z.enum(TRAINER_KINDS, { message: 'errors.required' }),
  /** Internal: the staff member (names come from the staff record). */
  staffId: id.nullable().default(null),
  /** Organisation: the directory's organisation (names come from the directory). */
  organizationId: id.nullable().default(null),
  /** External: the person's names (an internal or organisation trainer's are read from their record). */
  nameFr: text(160),
  nameAr: text(160),
  bioFr: longText(4000),
  bioAr: longText(4000),
  languages,
  dailyRateCentimes: wholeNumber(100_000_000_00).default(0),
  phone,
  email,
  /** They agreed to be listed in the directory shared with the network's communes. */
  shareConsent: z.boolean().default(false),
  consentDate: optionalDate,
  allowDoubleBooking: z.boolean().default(false),
  /** The competencies they can train. */
  expertise: z.array(id).max(100, { message: 'errors.tooLong' }).default([]),
};

type TrainerShape = {
  kind?: string;
  staffId?: string | null;
  organizationId?: string | null;
  nameFr?: string;
  nameAr?: string;
  shareConsent?: boolean;
  consentDate?: string | null;
  expertise?: string[];
};

/**
 * The rules of a trainer's kind. `linkRequired` false (an update) lets a trainer of kind
 * internal or organisation keep no link when it has names: one imported from another commune,
 * whose staff member or organisation this database does not hold. The service accepts that only
 * for a trainer that already had no link (db/features/catalogue/trainers.ts).
 */
const checkTrainer = (linkRequired: boolean) => (v: TrainerShape, ctx: z.RefinementCtx) => {
  const named = Boolean(v.nameFr?.trim() || v.nameAr?.trim());
  if (v.kind === 'internal' && !v.staffId && (linkRequired || !named)) {
    ctx.addIssue({ code: 'custom', path: ['staffId'], message: 'errors.trainerStaffRequired' });
  }
  if (v.kind === 'organisation' && !v.organizationId && (linkRequired || !named)) {
    ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'errors.trainerOrganizationRequired' });
  }
  if (v.kind === 'external' && !named) ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'errors.nameOneLanguage' });
  if (v.shareConsent && !v.consentDate) ctx.addIssue({ code: 'custom', path: ['consentDate'], message: 'errors.consentDateRequired' });
  if (new Set(v.expertise ?? []).size !== (v.expertise ?? []).length) {
    ctx.addIssue({ code: 'custom', path: ['expertise'], message: 'errors.duplicateCompetency' });
  }
};

export const trainerCreate = z.object(trainerFields).superRefine(checkTrainer(true));
export const trainerUpdate = z.object({ id, ...trainerFields }).superRefine(checkTrainer(false));
export type TrainerCreate = z.input<typeof trainerCreate>;

export const trainer = z.object({
  id,
  kind: z.enum(TRAINER_KINDS),
  staffId: id.nullable(),
  organizationId: id.nullable(),
  /** The names shown: the staff member's or the organisation's when linked, else the record's own. */
  nameFr: z.string(),
  nameAr: z.string(),
  /** The record's own names (an external trainer's, or an imported one's without a local link). */
  ownNameFr: z.string(),
  ownNameAr: z.string(),
  bioFr: z.string(),
  bioAr: z.string(),
  languages: z.array(z.enum(LANGUAGE_CODES)),
  dailyRateCentimes: z.number().int(),
  phone: z.string(),
  email: z.string(),
  shareConsent: z.boolean(),
  consentDate: z.string().nullable(),
  allowDoubleBooking: z.boolean(),
  expertise: z.array(z.object({ competencyId: id, code: z.string(), nameFr: z.string(), nameAr: z.string() })),
  ...archived,
  ...timestamps,
});
export type Trainer = z.infer<typeof trainer>;

export const trainerRow = trainer.pick({
  id: true,
  kind: true,
  staffId: true,
  organizationId: true,
  nameFr: true,
  nameAr: true,
  languages: true,
  phone: true,
  email: true,
  shareConsent: true,
  archivedAt: true,
  expertise: true,
});
export type TrainerRow = z.infer<typeof trainerRow>;

export const trainerListInput = z.object({
  query: z.string().trim().max(200).default(''),
  kind: z.enum(TRAINER_KINDS).nullable().default(null),
  competencyId: id.nullable().default(null),
  /** true: only those who consented to be shared; false: only those who did not. */
  shareConsent: z.boolean().nullable().default(null),
  includeArchived: z.boolean().default(false),
});
export type TrainerListInput = z.input<typeof trainerListInput>;

/** What the staff drawer says of a person who trains others. */
export const staffTrainer = z
  .object({
    trainerId: id,
    /** Active courses of the catalogue that develop a competency of their expertise. */
    courses: z.number().int(),
    archived: z.boolean(),
  })
  .nullable();

/* ------------------------------------------------------------------- venues */

const venueFields = {
  nameFr: text(160),
  nameAr: text(160),
  address: text(300),
  /** A quartier of the directory's list (directory terms of kind `quartier`). */
  quartierId: id.nullable().default(null),
  capacity: wholeNumber(5000).default(0),
  accessible: z.boolean().default(false),
  equipment: longText(2000),
};
const needsName = (v: { nameFr?: string; nameAr?: string }, ctx: z.RefinementCtx) => {
  if (!v.nameFr?.trim() && !v.nameAr?.trim()) ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'errors.nameOneLanguage' });
};
export const venueCreate = z.object(venueFields).superRefine(needsName);
export const venueUpdate = z.object({ id, ...venueFields }).superRefine(needsName);
export type VenueCreate = z.input<typeof venueCreate>;

export const venue = z.object({
  id,
  nameFr: z.string(),
  nameAr: z.string(),
  address: z.string(),
  quartierId: id.nullable(),
  quartierFr: z.string(),
  quartierAr: z.string(),
  capacity: z.number().int(),
  accessible: z.boolean(),
  equipment: z.string(),
  ...archived,
  ...timestamps,
});
export type Venue = z.infer<typeof venue>;

export const venueListInput = z.object({
  query: z.string().trim().max(200).default(''),
  quartierId: id.nullable().default(null),
  includeArchived: z.boolean().default(false),
});

export const setArchivedInput = z.object({ id, archived: z.boolean() });

/* --------------------------------------------------------------- the file */

export const catalogueProblem = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type CatalogueProblem = z.infer<typeof catalogueProblem>;

export const CATALOGUE_CHANGE_KINDS = ['course', 'trainer', 'venue'] as const;
export const catalogueChange = z.object({
  kind: z.enum(CATALOGUE_CHANGE_KINDS),
  /** A course's code, a trainer's or a venue's id. */
  ref: z.string(),
  action: z.enum(['create', 'update', 'unchanged']),
  nameFr: z.string(),
  nameAr: z.string(),
});
export type CatalogueChange = z.infer<typeof catalogueChange>;

export const catalogueExportOutput = z.object({ fileName: z.string(), content: z.string() });
export const catalogueImportInput = z.object({
  /** The file's text (UTF-8 JSON). */
  content: z.string().max(20_000_000),
  dryRun: z.boolean().default(false),
});

/**
 * `refused`: the file is not a catalogue (bad JSON, format, version or shapes): nothing is
 * written and `problems` say why. Otherwise `problems` lists what was left out (a competency
 * code this database lacks, an unknown quartier) while the rest is imported. `created` /
 * `updated` count courses, trainers and venues together.
 */
export const catalogueImportOutput = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  dryRun: z.boolean(),
  refused: z.boolean(),
  problems: z.array(z.string()),
  problemKeys: z.array(catalogueProblem),
  changes: z.array(catalogueChange),
});
export type CatalogueImportOutput = z.infer<typeof catalogueImportOutput>;

/* ------------------------------------------------------- printable directory */

export const directoryCourse = course.pick({
  id: true,
  code: true,
  titleFr: true,
  titleAr: true,
  domainFr: true,
  domainAr: true,
  objectivesFr: true,
  objectivesAr: true,
  hours: true,
  modality: true,
  competencies: true,
});
export const directoryTrainer = trainer.pick({
  id: true,
  kind: true,
  nameFr: true,
  nameAr: true,
  languages: true,
  expertise: true,
  shareConsent: true,
  /** Empty unless the trainer consented to be listed. */
  phone: true,
  email: true,
});
export const trainingDirectory = z.object({ courses: z.array(directoryCourse), trainers: z.array(directoryTrainer) });
export type TrainingDirectory = z.infer<typeof trainingDirectory>;

/* ----------------------------------------------------------------- channels */

const COURSE_READS: Entity[] = ['courses', 'courseCompetencies', 'competencies', 'planActions'];
const TRAINER_READS: Entity[] = ['trainers', 'trainerExpertise', 'competencies', 'staff', 'organizations'];
const VENUE_READS: Entity[] = ['venues', 'terms'];
const CATALOGUE: Entity[] = ['courses', 'courseCompetencies', 'trainers', 'trainerExpertise', 'venues'];

export const catalogueChannels = {
  'courses.list': channel({ input: courseListInput, output: z.array(courseRow), reads: COURSE_READS }),
  'courses.get': channel({ input: z.object({ id }), output: course, reads: COURSE_READS }),
  'courses.create': channel({ input: courseCreate, output: course, reads: COURSE_READS, writes: ['courses', 'courseCompetencies'] }),
  'courses.update': channel({ input: courseUpdate, output: course, reads: COURSE_READS, writes: ['courses', 'courseCompetencies'] }),
  'courses.setArchived': channel({ input: setArchivedInput, output: course, reads: COURSE_READS, writes: ['courses'] }),
  /** Only a course nothing uses (a plan's action): else refused naming its holders, or archived. */
  'courses.delete': channel({ input: deleteInput, output: deleteOutput, reads: COURSE_READS, writes: ['courses', 'courseCompetencies'] }),

  'trainers.list': channel({ input: trainerListInput, output: z.array(trainerRow), reads: TRAINER_READS }),
  'trainers.get': channel({ input: z.object({ id }), output: trainer, reads: TRAINER_READS }),
  'trainers.create': channel({ input: trainerCreate, output: trainer, reads: TRAINER_READS, writes: ['trainers', 'trainerExpertise'] }),
  'trainers.update': channel({ input: trainerUpdate, output: trainer, reads: TRAINER_READS, writes: ['trainers', 'trainerExpertise'] }),
  'trainers.setArchived': channel({ input: setArchivedInput, output: trainer, reads: TRAINER_READS, writes: ['trainers'] }),
  'trainers.delete': channel({ input: deleteInput, output: deleteOutput, reads: TRAINER_READS, writes: ['trainers', 'trainerExpertise'] }),
  /** Whether a staff member is an internal trainer (the staff drawer says so). */
  'trainers.ofStaff': channel({
    input: z.object({ staffId: id }),
    output: staffTrainer,
    reads: ['trainers', 'trainerExpertise', 'courses', 'courseCompetencies'],
  }),

  'venues.list': channel({ input: venueListInput, output: z.array(venue), reads: VENUE_READS }),
  'venues.get': channel({ input: z.object({ id }), output: venue, reads: VENUE_READS }),
  'venues.create': channel({ input: venueCreate, output: venue, reads: VENUE_READS, writes: ['venues'] }),
  'venues.update': channel({ input: venueUpdate, output: venue, reads: VENUE_READS, writes: ['venues'] }),
  'venues.setArchived': channel({ input: setArchivedInput, output: venue, reads: VENUE_READS, writes: ['venues'] }),
  'venues.delete': channel({ input: deleteInput, output: deleteOutput, reads: VENUE_READS, writes: ['venues'] }),

  /** The courses, the consenting trainers and the venues as one JSON file (`sas catalogue export`). */
  'catalogue.export': channel({ input: empty, output: catalogueExportOutput, reads: [...CATALOGUE, ...TRAINER_READS, ...VENUE_READS] }),
  /** Checks the file, then (unless `dryRun` or refused) writes it in one transaction. */
  'catalogue.import': channel({
    input: catalogueImportInput,
    output: catalogueImportOutput,
    reads: [...CATALOGUE, 'competencies', 'terms'],
    writes: CATALOGUE,
  }),
  /** What the printable directory of trainings and trainers shows. */
  'catalogue.directory': channel({ input: empty, output: trainingDirectory, reads: [...CATALOGUE, ...TRAINER_READS] }),
};
