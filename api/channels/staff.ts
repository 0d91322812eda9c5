import { z } from 'zod';
import { archived, email, id, longText, optionalDate, phone, sortDir, text, timestamps } from '../common';

export const GENDERS = ['f', 'm'] as const;
export const STAFF_STATUSES = ['active', 'left'] as const;
export const STAFF_SORTS = ['name', 'matricule', 'unit', 'job', 'hireDate'] as const;

const staffFields = {
  matricule: z
    .string()
    .trim()
    .min(1, { message: 'errors.required' })
    .max(20, { message: 'errors.tooLong' })
    .regex(/^[A-Za-z0-9/_.-]+$/, { message: 'errors.invalidMatricule' }),
  firstNameFr: text(80),
  lastNameFr: text(80),
  firstNameAr: text(80),
  lastNameAr: text(80),
  gender: z.enum(GENDERS, { message: 'errors.required' }),
  /** A grade of the bilingual list (grades.list). */
  gradeId: id.nullable().default(null),
  unitId: id.nullable().default(null),
  jobId: id.nullable().default(null),
  isManager: z.boolean().default(false),
  hireDate: optionalDate,
  status: z.enum(STAFF_STATUSES).default('active'),
  leftDate: optionalDate,
  phone,
  email,
  notes: longText(4000),
};

type StaffShape = {
  firstNameFr?: string;
  lastNameFr?: string;
  firstNameAr?: string;
  lastNameAr?: string;
  status?: string;
  leftDate?: string | null;
  hireDate?: string | null;
};

const checkStaff = (v: StaffShape, ctx: z.RefinementCtx) => {
  if (!(v.lastNameFr || v.firstNameFr) && !(v.lastNameAr || v.firstNameAr)) {
    ctx.addIssue({ code: 'custom', path: ['lastNameFr'], message: 'errors.nameOneLanguage' });
  }
  if (v.status === 'left' && !v.leftDate) ctx.addIssue({ code: 'custom', path: ['leftDate'], message: 'errors.leftDateRequired' });
  if (v.status === 'active' && v.leftDate) ctx.addIssue({ code: 'custom', path: ['leftDate'], message: 'errors.leftDateOnlyWhenLeft' });
  if (v.hireDate && v.leftDate && v.leftDate < v.hireDate)
    ctx.addIssue({ code: 'custom', path: ['leftDate'], message: 'errors.leftBeforeHire' });
};

export const staffCreate = z.object(staffFields).superRefine(checkStaff);
export const staffUpdate = z.object({ id, ...staffFields }).superRefine(checkStaff);

export const staffMember = z.object({
  id,
  matricule: z.string(),
  firstNameFr: z.string(),
  lastNameFr: z.string(),
  firstNameAr: z.string(),
  lastNameAr: z.string(),
  gender: z.enum(GENDERS),
  gradeId: id.nullable(),
  unitId: id.nullable(),
  jobId: id.nullable(),
  isManager: z.boolean(),
  hireDate: z.string().nullable(),
  status: z.enum(STAFF_STATUSES),
  leftDate: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
  notes: z.string(),
  ...timestamps,
});
export type StaffMember = z.infer<typeof staffMember>;

/** One line of the staff list: only what the list shows, so 50,000 rows stay light. */
export const staffRow = z.object({
  id,
  matricule: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  unitNameFr: z.string().nullable(),
  unitNameAr: z.string().nullable(),
  jobTitleFr: z.string().nullable(),
  jobTitleAr: z.string().nullable(),
  /** The grade's name in the list's language (the other script's when that one is empty). */
  grade: z.string(),
  status: z.enum(STAFF_STATUSES),
  isManager: z.boolean(),
  hireDate: z.string().nullable(),
});
export type StaffRow = z.infer<typeof staffRow>;

export const staffListInput = z.object({
  query: z.string().trim().max(200).default(''),
  /** A unit includes everything below it in the organisation chart. */
  unitId: id.nullable().default(null),
  jobId: id.nullable().default(null),
  status: z.enum([...STAFF_STATUSES, 'all']).default('active'),
  sort: z.enum(STAFF_SORTS).default('name'),
  dir: sortDir,
  /** The language whose script orders names. */
  lang: z.enum(['fr', 'ar']).default('fr'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type StaffListInput = z.input<typeof staffListInput>;

export const staffListOutput = z.object({ total: z.number().int(), rows: z.array(staffRow) });

/** The grades of the civil service: a bilingual list, archived rather than deleted once used. */
export const grade = z.object({
  id,
  nameFr: z.string(),
  nameAr: z.string(),
  position: z.number().int(),
  ...archived,
});
export type Grade = z.infer<typeof grade>;
export const gradeListInput = z.object({ includeArchived: z.boolean().default(false) });
const gradeNames = { nameFr: text(120), nameAr: text(120) };
const needsName = (v: { nameFr?: string; nameAr?: string }, ctx: z.RefinementCtx) => {
  if (!v.nameFr?.trim() && !v.nameAr?.trim()) ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'errors.nameOneLanguage' });
};
export const gradeCreate = z.object(gradeNames).superRefine(needsName);
export const gradeUpdate = z.object({ id, ...gradeNames }).superRefine(needsName);
