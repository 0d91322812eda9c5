import { z } from 'zod';
import { archived, id, text, timestamps } from '../common';

/** The levels of a Moroccan commune's organisation chart, top to bottom. */
export const UNIT_KINDS = ['direction', 'division', 'service', 'bureau'] as const;
export const unitKind = z.enum(UNIT_KINDS);

export const unit = z.object({
  id,
  parentId: id.nullable(),
  kind: unitKind,
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  /** The staff member who heads the unit, and their name in both scripts. */
  headId: id.nullable(),
  headNameFr: z.string().nullable(),
  headNameAr: z.string().nullable(),
  /** Active staff attached to this unit itself. */
  staffCount: z.number().int(),
  /** Active staff of this unit and of every unit below it: what the staff list filtered by the unit counts. */
  totalStaffCount: z.number().int(),
  ...archived,
  ...timestamps,
});
export type Unit = z.infer<typeof unit>;

const unitFields = {
  parentId: id.nullable().default(null),
  kind: unitKind,
  code: text(30),
  nameFr: text(160),
  nameAr: text(160),
  /** An active staff member of this unit or of a unit below it (the units service checks). */
  headId: id.nullable().default(null),
};

const needsName = (v: { nameFr?: string; nameAr?: string }, ctx: z.RefinementCtx) => {
  if (!v.nameFr && !v.nameAr) ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'errors.nameOneLanguage' });
};

export const unitCreate = z.object(unitFields).superRefine(needsName);
export const unitUpdate = z.object({ id, ...unitFields }).superRefine(needsName);
export const unitListInput = z.object({ includeArchived: z.boolean().default(false) });
export const setArchivedInput = z.object({ id, archived: z.boolean() });

/** What keeps a unit from being deleted (result.ts `Holder`): its staff and its sub-units, a few named. */
export const unitHolder = z.object({
  kind: z.enum(['staff', 'units']),
  count: z.number().int(),
  examples: z.array(z.string()),
  examplesAr: z.array(z.string()),
});
