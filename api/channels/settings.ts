import { z } from 'zod';
import { requiredText, text } from '../common';

export const LANGUAGES = ['fr', 'ar'] as const;
export const language = z.enum(LANGUAGES);
export type Language = z.infer<typeof language>;

/** `sas`: the commune's own Social Action Service; `coordinator`: a partner commune's reader. */
export const ROLES = ['sas', 'coordinator'] as const;
export const role = z.enum(ROLES);

/** Who signs the attestations (the president of the commune, the head of the Service…), in both scripts. */
export const signatory = z.object({
  nameFr: z.string().trim().max(120, { message: 'errors.tooLong' }).default(''),
  nameAr: z.string().trim().max(120, { message: 'errors.tooLong' }).default(''),
  titleFr: z.string().trim().max(160, { message: 'errors.tooLong' }).default(''),
  titleAr: z.string().trim().max(160, { message: 'errors.tooLong' }).default(''),
});
export type Signatory = z.infer<typeof signatory>;

/** An IANA time zone the runtime knows (Africa/Casablanca, Europe/Brussels…). */
export const timeZone = z
  .string()
  .trim()
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return tz.length > 0;
      } catch {
        return false;
      }
    },
    { message: 'errors.invalidTimeZone' },
  );

export const settings = z.object({
  installationId: z.string(),
  communeFr: z.string(),
  communeAr: z.string(),
  role,
  operatorName: z.string(),
  language,
  setupDone: z.boolean(),
  proficientLevel: z.number().int(),
  timeZone: z.string(),
  signatories: z.array(signatory),
});
export type Settings = z.infer<typeof settings>;

// No defaults here: zod 4 applies a default even to an omitted optional key, so `text()` would
// blank every field the caller left out ({ language } alone would erase the commune's name).
const optionalText = (max: number) => z.string().trim().max(max, { message: 'errors.tooLong' }).optional();

export const settingsUpdate = z.object({
  communeFr: optionalText(120),
  communeAr: optionalText(120),
  role: role.optional(),
  // Required as at setup: the History says who did what.
  operatorName: z.string().trim().min(1, { message: 'errors.required' }).max(120, { message: 'errors.tooLong' }).optional(),
  language: language.optional(),
  timeZone: timeZone.optional(),
  signatories: z.array(signatory).max(3, { message: 'errors.signatories.tooMany' }).optional(),
});

export const setupInput = z
  .object({
    communeFr: text(120),
    communeAr: text(120),
    role,
    operatorName: requiredText(120),
    language,
  })
  .superRefine((v, ctx) => {
    if (!v.communeFr && !v.communeAr) ctx.addIssue({ code: 'custom', path: ['communeFr'], message: 'errors.nameOneLanguage' });
  });

export const appInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  setupDone: z.boolean(),
  language,
  readOnly: z.boolean(),
  isEmpty: z.boolean(),
});

/** About 490 staff, or about 12 times more (the first is the default). */
export const DEMO_SCALE_NAMES = ['commune', 'programme'] as const;
export const demoLoadInput = z.object({ scale: z.enum(DEMO_SCALE_NAMES).default('commune') });
export const demoLoadOutput = z.object({
  staff: z.number().int(),
  units: z.number().int(),
  jobProfiles: z.number().int(),
  organizations: z.number().int(),
  services: z.number().int(),
  subsidies: z.number().int(),
  reviews: z.number().int(),
  ratings: z.number().int(),
  needs: z.number().int(),
  plans: z.number().int(),
  planActions: z.number().int(),
  associationTrainees: z.number().int(),
  courses: z.number().int(),
  trainers: z.number().int(),
  venues: z.number().int(),
  sessions: z.number().int(),
  attestations: z.number().int(),
  responses: z.number().int(),
  followUps: z.number().int(),
});
