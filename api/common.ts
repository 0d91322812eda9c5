import { z } from 'zod';

/**
 * Shared pieces of the contract. Messages are i18n keys (see renderer/src/i18n), so the same
 * schema validates a form in the renderer and a call in the data core, and the user reads the
 * error in the interface language.
 */
export const id = z.uuid({ message: 'errors.invalidId' });

/**
 * What no text typed by a person holds, refused with `errors.controlCharacter`: NUL and the other
 * C0 control characters (a short text is one line, so tab and line breaks too), DEL, lone
 * surrogates (half of a character: not valid UTF-16) and U+FFFE/U+FFFF. They break exports (XML
 * forbids them), searches and other programs reading the data, and are never what the user meant.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
export const CONTROL_IN_LINE = /[\u0000-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;
/** A long text keeps its tabs and line breaks (CR LF from Windows included). */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
export const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

const clean = (forbidden: RegExp) =>
  z
    .string()
    .trim()
    .refine((s) => !forbidden.test(s), { message: 'errors.controlCharacter' });

/** A short free text, empty allowed, stored as '' rather than null. */
export const text = (max = 200) => clean(CONTROL_IN_LINE).max(max, { message: 'errors.tooLong' }).default('');

/** A required short text. */
export const requiredText = (max = 200) =>
  clean(CONTROL_IN_LINE).min(1, { message: 'errors.required' }).max(max, { message: 'errors.tooLong' });

/** A long free text (mission, notes…). */
export const longText = (max = 5000) => clean(CONTROL_IN_TEXT).max(max, { message: 'errors.tooLong' }).default('');

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
