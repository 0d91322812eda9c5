import { z } from 'zod';
import { ATTESTATIONS, AUDIENCES, COURSE_MODALITIES, COURSE_ORIGINS, TRAINER_KINDS } from '../../../api/channels/training-enums';

/**
 * The catalogue file (`sas catalogue export` / `import`, the screen's export and import): the
 * directory of trainings and trainers shared with the network's communes, UTF-8 JSON.
 *
 * ```
 * {"format": "sas-catalogue", "version": 1,
 *  "courses": [{"code", "titleFr", "titleAr", "objectivesFr", "objectivesAr", "hours", "modality",
 *               "competencies": [{"competency": "<code>", "level": n}, …],
 *               optional: "domainFr", "domainAr", "programmeFr", "programmeAr", "prerequisitesFr",
 *               "prerequisitesAr", "audience", "evaluationLevel", "attestation",
 *               "costPerParticipantCentimes", "groupSize", "origin", "languages"}, …],
 *  "trainers": [{"id", "kind", "nameFr", "nameAr", "expertise": ["<code>", …], "languages": ["ar", …],
 *                "phone", "email", optional: "bioFr", "bioAr", "consentDate"}, …],
 *  "venues": [{"id", "nameFr", "nameAr", "quartier", "capacity",
 *              optional: "address", "accessible", "equipment"}, …]}
 * ```
 *
 * What the export writes (export.ts): the active courses, the active venues, and only the active
 * trainers who consented to be listed in the shared directory; a non-consenting trainer is not
 * in the file at all. A consenting trainer's record holds what the directory shows of them: its
 * id, kind, the names shown (a staff member's or an organisation's names as the record gives
 * them), expertise codes, languages, bio, phone, e-mail and the date of their consent. Never in
 * the file: the daily rate and double booking (local arrangements), and the links to a staff
 * record or an organisation of the directory (local ids that mean nothing elsewhere).
 *
 * What the import does (import.ts): courses are matched by code, trainers and venues by id;
 * created or updated, nothing deleted. A new trainer keeps the file's kind with no link, under
 * the file's names ("external-like"): a staff member or an organisation of another commune is
 * not one of ours. An existing trainer keeps its kind and link (and then its linked names).
 * Imported trainers are consenting (only those are shared), with the file's consent date (else
 * the day of the import). A competency code this database lacks, a level above its scale, an
 * unknown quartier or language is left out and listed in the problems; the rest is imported.
 * Unknown keys are ignored. A file that is not such a catalogue is refused whole.
 */
export const CATALOGUE_FORMAT = 'sas-catalogue';
export const CATALOGUE_VERSION = 1;

const str = (max: number) => z.string({ message: 'must be a text' }).max(max, { message: 'is too long' });
const short = (max: number) => str(max).default('');
const opt = (max: number) => str(max).optional();
const count = (max: number) =>
  z
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(0, { message: 'must not be negative' })
    .max(max, { message: 'is too large' });
const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.map((v) => `"${v}"`).join(', ')}` });

const uuid = z.uuid({ message: 'must be a UUID' });

export const fileCourse = z
  .object({
    code: z
      .string({ message: 'must be a text' })
      .trim()
      .min(1, { message: 'is empty' })
      .max(30, { message: 'is too long' })
      .regex(/^[A-Za-z0-9/_.-]+$/, { message: 'must hold only letters, digits and / _ . -' }),
    titleFr: short(200),
    titleAr: short(200),
    objectivesFr: short(4000),
    objectivesAr: short(4000),
    hours: z.number({ message: 'must be a number' }).min(0, { message: 'must not be negative' }).max(2000, { message: 'is too large' }),
    modality: enumOf(COURSE_MODALITIES),
    competencies: z
      .array(z.object({ competency: str(30), level: count(10) }))
      .max(50, { message: 'has more than 50 entries' })
      .default([]),
    domainFr: opt(120),
    domainAr: opt(120),
    programmeFr: opt(8000),
    programmeAr: opt(8000),
    prerequisitesFr: opt(2000),
    prerequisitesAr: opt(2000),
    audience: enumOf(AUDIENCES).optional(),
    evaluationLevel: count(4).min(1, { message: 'must be from 1 to 4' }).optional(),
    attestation: enumOf(ATTESTATIONS).optional(),
    costPerParticipantCentimes: count(100_000_000_00).optional(),
    groupSize: count(500).min(1, { message: 'must be at least 1' }).optional(),
    origin: enumOf(COURSE_ORIGINS).optional(),
    languages: z.array(str(10)).max(10, { message: 'has more than 10 entries' }).optional(),
  })
  .refine((c) => c.titleFr.trim() || c.titleAr.trim(), { message: 'needs a title in French or in Arabic', path: ['titleFr'] });

export const fileTrainer = z
  .object({
    id: uuid,
    kind: enumOf(TRAINER_KINDS),
    nameFr: short(160),
    nameAr: short(160),
    expertise: z.array(str(30)).max(100, { message: 'has more than 100 entries' }).default([]),
    languages: z.array(str(10)).max(10, { message: 'has more than 10 entries' }).default([]),
    phone: short(30),
    email: short(200),
    bioFr: opt(4000),
    bioAr: opt(4000),
    consentDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
      .nullable()
      .optional(),
  })
  .refine((t) => t.nameFr.trim() || t.nameAr.trim(), { message: 'needs a name in French or in Arabic', path: ['nameFr'] });

export const fileVenue = z
  .object({
    id: uuid,
    nameFr: short(160),
    nameAr: short(160),
    quartier: short(120),
    capacity: count(5000),
    address: opt(300),
    accessible: z.boolean({ message: 'must be true or false' }).optional(),
    equipment: opt(2000),
  })
  .refine((v) => v.nameFr.trim() || v.nameAr.trim(), { message: 'needs a name in French or in Arabic', path: ['nameFr'] });

export const catalogueFile = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  version: z.literal(CATALOGUE_VERSION),
  courses: z.array(fileCourse, { message: 'must be a list' }).default([]),
  trainers: z.array(fileTrainer, { message: 'must be a list' }).default([]),
  venues: z.array(fileVenue, { message: 'must be a list' }).default([]),
});

export type CatalogueFile = z.infer<typeof catalogueFile>;
export type FileCourse = z.infer<typeof fileCourse>;
export type FileTrainer = z.infer<typeof fileTrainer>;
export type FileVenue = z.infer<typeof fileVenue>;
