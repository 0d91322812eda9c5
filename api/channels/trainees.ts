import { z } from 'zod';
import { channel } from '../channel';
import { deleteInput, deleteOutput, email, id, optionalDate, phone, text, timestamps } from '../common';
import { GENDERS } from './staff';
import { TRAINEE_FUNCTIONS } from './training-enums';

/**
 * Association trainees (issue 10): the social workers, educators, animators and volunteers of the
 * directory's organisations who attend trainings. Their phone and e-mail are kept only with their
 * consent: a contact without a consent date is refused.
 */

/** Today as YYYY-MM-DD in the machine's time zone (a consent given today is not "in the future"). */
const today = (): string => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

const traineeFields = {
  organizationId: z.uuid({ error: (issue) => (issue.input === undefined || issue.input === '' ? 'errors.required' : 'errors.invalidId') }),
  firstNameFr: text(80),
  lastNameFr: text(80),
  firstNameAr: text(80),
  lastNameAr: text(80),
  gender: z.enum(GENDERS, { message: 'errors.required' }),
  function: z.enum(TRAINEE_FUNCTIONS, { message: 'errors.invalidChoice' }).default('social_worker'),
  phone,
  email,
  /** The day the person agreed to the Service keeping their data (and contacts, if given). */
  consentDate: optionalDate,
  /** What they agreed to ("contact for trainings", "photos"…): free text. */
  consentScope: text(300),
};

type TraineeShape = {
  firstNameFr?: string;
  lastNameFr?: string;
  firstNameAr?: string;
  lastNameAr?: string;
  phone?: string;
  email?: string;
  consentDate?: string | null;
};

const checkTrainee = (v: TraineeShape, ctx: z.RefinementCtx) => {
  if (!(v.lastNameFr || v.firstNameFr) && !(v.lastNameAr || v.firstNameAr)) {
    ctx.addIssue({ code: 'custom', path: ['lastNameFr'], message: 'errors.nameOneLanguage' });
  }
  if (v.consentDate && v.consentDate > today()) {
    ctx.addIssue({ code: 'custom', path: ['consentDate'], message: 'errors.consentInFuture' });
  }
  if ((v.phone || v.email) && !v.consentDate) {
    ctx.addIssue({ code: 'custom', path: ['consentDate'], message: 'errors.consentRequired' });
  }
};

export const traineeCreate = z.object(traineeFields).superRefine(checkTrainee);
export const traineeUpdate = z.object({ id, ...traineeFields }).superRefine(checkTrainee);

export const trainee = z.object({
  id,
  organizationId: id,
  firstNameFr: z.string(),
  lastNameFr: z.string(),
  firstNameAr: z.string(),
  lastNameAr: z.string(),
  gender: z.enum(GENDERS),
  function: z.enum(TRAINEE_FUNCTIONS),
  phone: z.string(),
  email: z.string(),
  consentDate: z.string().nullable(),
  consentScope: z.string(),
  archivedAt: z.string().nullable(),
  /** The organisation's name, so a list across organisations can say where each person works. */
  organizationNameFr: z.string(),
  organizationNameAr: z.string(),
  ...timestamps,
});
export type Trainee = z.infer<typeof trainee>;

export const traineeListInput = z.object({
  /** Names in either script, folded (accents, Arabic article and particles ignored). */
  query: z.string().trim().max(200).default(''),
  organizationId: id.nullable().default(null),
  function: z.enum(TRAINEE_FUNCTIONS).nullable().default(null),
  gender: z.enum(GENDERS).nullable().default(null),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
  /** The script whose names order the list. */
  lang: z.enum(['fr', 'ar']).default('fr'),
  limit: z.number().int().min(1).max(5000).default(2000),
});
export type TraineeListInput = z.input<typeof traineeListInput>;

export const traineeListOutput = z.object({ total: z.number().int(), rows: z.array(trainee) });

export const traineeSetArchived = z.object({ id, archived: z.boolean() });

const READS = ['associationTrainees', 'organizations'] as const;
export const traineeChannels = {
  /** A simple filtered list (a few thousand people at programme scale): `total` counts every match, `rows` up to `limit`. */
  'trainees.list': channel({ input: traineeListInput, output: traineeListOutput, reads: READS }),
  'trainees.get': channel({ input: z.object({ id }), output: trainee, reads: READS }),
  'trainees.create': channel({ input: traineeCreate, output: trainee, reads: READS, writes: ['associationTrainees'] }),
  'trainees.update': channel({ input: traineeUpdate, output: trainee, reads: READS, writes: ['associationTrainees'] }),
  'trainees.setArchived': channel({ input: traineeSetArchived, output: trainee, reads: READS, writes: ['associationTrainees'] }),
  /** Personal data: deleted outright while nothing refers to it (sessions will, then: archive instead). */
  'trainees.delete': channel({ input: deleteInput, output: deleteOutput, reads: READS, writes: ['associationTrainees'] }),
} as const;
