import { z } from 'zod';
import { archived, email, id, longText, optionalDate, phone, sortDir, text, timestamps } from '../common';

/** Organisations of the social directory: the record, its nested parts, the search. */

export const ORG_TYPES = ['association', 'cooperative', 'foundation', 'public_body', 'ngo', 'federation', 'other'] as const;
export const ORG_STATUSES = ['active', 'inactive', 'dissolved'] as const;
export const TERM_KINDS = ['domain', 'public', 'language', 'legal_status', 'quartier'] as const;
export const ORG_SORTS = ['name', 'relevance', 'verifiedAt', 'updatedAt', 'quartier'] as const;

const url = text(300);
/** A phone inside a list: no default, so a form's array holds strings, never undefined. */
const listedPhone = z
  .string()
  .trim()
  .regex(/^[+0-9 ().-]{0,30}$/, { message: 'errors.invalidPhone' });
const latitude = z.number().min(-90).max(90).nullable().default(null);
const longitude = z.number().min(-180).max(180).nullable().default(null);

/** A location; `id` is kept when given so an edit does not change what the record is. */
export const locationInput = z.object({
  id: id.optional(),
  addressFr: text(300),
  addressAr: text(300),
  /** A term of the `quartier` list. */
  quartierId: id.nullable().default(null),
  latitude,
  longitude,
});

export const contactInput = z.object({
  id: id.optional(),
  nameFr: text(120),
  nameAr: text(120),
  roleFr: text(120),
  roleAr: text(120),
  phone,
  email,
});

const orgFields = {
  nameFr: text(200),
  nameAr: text(200),
  acronymFr: text(40),
  acronymAr: text(40),
  descriptionFr: longText(),
  descriptionAr: longText(),
  type: z.enum(ORG_TYPES).default('association'),
  legalStatusId: id.nullable().default(null),
  registrationNumber: text(60),
  registrationDate: optionalDate,
  yearFounded: z.number().int().min(1900).max(2100).nullable().default(null),
  status: z.enum(ORG_STATUSES).default('active'),
  phones: z.array(listedPhone).max(10).default([]),
  email,
  website: url,
  facebook: url,
  hoursFr: text(500),
  hoursAr: text(500),
  notes: longText(4000),
  /** Domains, target publics and languages offered (ids of directory terms). */
  termIds: z.array(id).max(100).default([]),
  locations: z.array(locationInput).max(20).default([]),
  contacts: z.array(contactInput).max(50).default([]),
};

const needsName = (v: { nameFr?: string; nameAr?: string }, ctx: z.RefinementCtx) => {
  if (!v.nameFr?.trim() && !v.nameAr?.trim()) ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'errors.nameOneLanguage' });
};

export const organizationCreate = z
  .object({ ...orgFields, /** Skip the duplicate check after the user saw the matches. */ createAnyway: z.boolean().default(false) })
  .superRefine(needsName);
export const organizationUpdate = z.object({ id, ...orgFields }).superRefine(needsName);
export type OrganizationValues = z.output<typeof organizationCreate>;

const location = locationInput.extend({ id, latitude: z.number().nullable(), longitude: z.number().nullable() });
const contact = contactInput.extend({ id });

export const term = z.object({
  id,
  kind: z.enum(TERM_KINDS),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  position: z.number().int(),
  ...archived,
});

export const organization = z.object({
  id,
  nameFr: z.string(),
  nameAr: z.string(),
  acronymFr: z.string(),
  acronymAr: z.string(),
  descriptionFr: z.string(),
  descriptionAr: z.string(),
  type: z.enum(ORG_TYPES),
  legalStatusId: id.nullable(),
  registrationNumber: z.string(),
  registrationDate: z.string().nullable(),
  yearFounded: z.number().int().nullable(),
  status: z.enum(ORG_STATUSES),
  phones: z.array(z.string()),
  email: z.string(),
  website: z.string(),
  facebook: z.string(),
  hoursFr: z.string(),
  hoursAr: z.string(),
  notes: z.string(),
  termIds: z.array(id),
  locations: z.array(location),
  contacts: z.array(contact),
  verifiedAt: z.string().nullable(),
  verifiedBy: z.string(),
  /** Quality score in percent of the weighted criteria met and still valid; null without criteria. */
  qualityScore: z.number().int().nullable(),
  ...archived,
  ...timestamps,
});
export type Organization = z.infer<typeof organization>;

export const organizationFilters = {
  query: z.string().trim().max(200).default(''),
  /** Within one kind the terms are alternatives (OR); kinds combine with AND. */
  domainIds: z.array(id).max(50).default([]),
  publicIds: z.array(id).max(50).default([]),
  languageIds: z.array(id).max(50).default([]),
  legalStatusIds: z.array(id).max(50).default([]),
  quartierIds: z.array(id).max(50).default([]),
  statuses: z.array(z.enum(ORG_STATUSES)).default([]),
  /** Only records not verified for 12 months (or never). */
  toVerify: z.boolean().default(false),
  includeArchived: z.boolean().default(false),
};

export const organizationSearchInput = z.object({
  ...organizationFilters,
  /** `relevance` only means something with a query; without one it sorts by name. */
  sort: z.enum(ORG_SORTS).default('relevance'),
  dir: sortDir,
  lang: z.enum(['fr', 'ar']).default('fr'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(50),
  /** Facet counts cost a few queries: the list view asks for them, the CLI does not. */
  withFacets: z.boolean().default(true),
});
export type OrganizationSearchInput = z.input<typeof organizationSearchInput>;

export const organizationRow = z.object({
  id,
  nameFr: z.string(),
  nameAr: z.string(),
  acronymFr: z.string(),
  type: z.enum(ORG_TYPES),
  status: z.enum(ORG_STATUSES),
  /** The quartier of the first address, and its name in the language asked for (the other when empty). */
  quartierId: id.nullable(),
  quartier: z.string(),
  phone: z.string(),
  email: z.string(),
  verifiedAt: z.string().nullable(),
  toVerify: z.boolean(),
  archivedAt: z.string().nullable(),
  /** The domains it works in (term ids) and its quality score, so a list page needs no other read. */
  domainIds: z.array(id),
  qualityScore: z.number().int().nullable(),
});

const facetCount = z.object({ value: z.string(), count: z.number().int() });
export const organizationFacets = z.object({
  domain: z.array(facetCount),
  public: z.array(facetCount),
  language: z.array(facetCount),
  legalStatus: z.array(facetCount),
  quartier: z.array(facetCount),
  status: z.array(facetCount),
  toVerify: z.number().int(),
});

export const organizationSearchOutput = z.object({
  total: z.number().int(),
  rows: z.array(organizationRow),
  /** Counts per value of each facet, over the rows matched by the query and the other facets. */
  facets: organizationFacets.nullable(),
});

export const duplicateCheckInput = z.object({
  nameFr: text(200),
  nameAr: text(200),
  phones: z.array(z.string().max(30)).max(10).default([]),
  email: z.string().trim().max(200).default(''),
  excludeId: id.nullable().default(null),
});
export const duplicateMatch = z.object({
  id,
  nameFr: z.string(),
  nameAr: z.string(),
  reasons: z.array(z.enum(['name', 'phone', 'email'])),
});

export const mergeInput = z.object({ keepId: id, mergeId: id });
export const setArchivedInput = z.object({ id, archived: z.boolean() });
