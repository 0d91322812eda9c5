import { z } from 'zod';

/**
 * Shared pieces of the contract. Messages are i18n keys (see renderer/src/i18n), so the same
 * schema validates a form in the renderer and a call in the data core, and the user reads the
 * error in the interface language.
 */
export const id = z.uuid({ message: 'errors.invalidId' });

const trimmed = z.string().trim();

/** A short free text, empty allowed, stored as '' rather than null. */
export const text = (max = 200) => trimmed.max(max, { message: 'errors.tooLong' }).default('');

/** A required short text. */
export const requiredText = (max = 200) => trimmed.min(1, { message: 'errors.required' }).max(max, { message: 'errors.tooLong' });

/** A long free text (mission, notes…). */
export const longText = (max = 5000) => trimmed.max(max, { message: 'errors.tooLong' }).default('');

/** A calendar date as YYYY-MM-DD (no time zone: a hire date is a day, not an instant). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'errors.invalidDate' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'errors.invalidDate',
  });

export const optionalDate = z
  .union([isoDate, z.literal('')])
  .nullish()
  .transform((v) => v || null);

export const email = z.union([z.email({ message: 'errors.invalidEmail' }), z.literal('')]).default('');

/** Phone numbers as people write them: digits, spaces, +, dots, dashes, parentheses. */
export const phone = z
  .string()
  .trim()
  .regex(/^[+0-9 ().-]{0,30}$/, { message: 'errors.invalidPhone' })
  .default('');

/** A record's bilingual name: at least one of the two scripts must be filled. */
export const bilingualName = <T extends z.ZodRawShape>(shape: T, fr: keyof T & string, ar: keyof T & string) =>
  z.object(shape).superRefine((v, ctx) => {
    const o = v as Record<string, unknown>;
    if (!String(o[fr] ?? '').trim() && !String(o[ar] ?? '').trim()) {
      ctx.addIssue({ code: 'custom', path: [fr], message: 'errors.nameOneLanguage' });
    }
  });

export const timestamps = {
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const archived = { archivedAt: z.string().nullable() };

export const empty = z.object({}).strict().default({});

export const deleteInput = z.object({ id, archiveInstead: z.boolean().default(false) });
export const deleteOutput = z.object({ deleted: z.boolean(), archived: z.boolean() });

export const sortDir = z.enum(['asc', 'desc']).default('asc');
