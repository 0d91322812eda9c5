import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { archivedAt, recordColumns } from './columns';

/**
 * The social directory (relevé social et culturel), shaped after HSDS 3.0: organisations with
 * their phones, locations, contacts and services, plus what the commune itself records about
 * them (partnerships, subsidies, quality checks). Every user-written text has fr and ar columns.
 */

/** Editable bilingual lists: domains, target publics, languages offered, legal statuses, quartiers. */
export const directoryTerms = sqliteTable(
  'directory_terms',
  {
    ...recordColumns,
    kind: text('kind', { enum: ['domain', 'public', 'language', 'legal_status', 'quartier'] }).notNull(),
    code: text('code').notNull(),
    nameFr: text('name_fr').notNull().default(''),
    nameAr: text('name_ar').notNull().default(''),
    position: integer('position').notNull().default(0),
    archivedAt: archivedAt(),
  },
  (t) => [uniqueIndex('directory_terms_kind_code').on(t.kind, t.code)],
);

export const organizations = sqliteTable(
  'organizations',
  {
    ...recordColumns,
    nameFr: text('name_fr').notNull().default(''),
    nameAr: text('name_ar').notNull().default(''),
    /** Folded names: sort keys and the duplicate check's keys, kept in step by the service. */
    sortNameFr: text('sort_name_fr').notNull().default(''),
    sortNameAr: text('sort_name_ar').notNull().default(''),
    acronymFr: text('acronym_fr').notNull().default(''),
    acronymAr: text('acronym_ar').notNull().default(''),
    descriptionFr: text('description_fr').notNull().default(''),
    descriptionAr: text('description_ar').notNull().default(''),
    type: text('type', { enum: ['association', 'cooperative', 'foundation', 'public_body', 'ngo', 'federation', 'other'] })
      .notNull()
      .default('association'),
    legalStatusId: text('legal_status_id').references(() => directoryTerms.id, { onDelete: 'set null' }),
    registrationNumber: text('registration_number').notNull().default(''),
    registrationDate: text('registration_date'),
    yearFounded: integer('year_founded'),
    status: text('status', { enum: ['active', 'inactive', 'dissolved'] })
      .notNull()
      .default('active'),
    email: text('email').notNull().default(''),
    website: text('website').notNull().default(''),
    facebook: text('facebook').notNull().default(''),
    hoursFr: text('hours_fr').notNull().default(''),
    hoursAr: text('hours_ar').notNull().default(''),
    notes: text('notes').notNull().default(''),
    verifiedAt: text('verified_at'),
    verifiedBy: text('verified_by').notNull().default(''),
    archivedAt: archivedAt(),
  },
  (t) => [
    index('organizations_sort_fr').on(t.sortNameFr),
    index('organizations_sort_ar').on(t.sortNameAr),
    index('organizations_email').on(t.email),
    index('organizations_status').on(t.status),
    index('organizations_verified').on(t.verifiedAt),
    index('organizations_legal_status').on(t.legalStatusId),
    // Browsing by name (db/features/directory/search-query.ts), term for term, over the records
    // not archived: the first page is read from the index instead of sorting every organisation.
    index('organizations_browse_fr')
      .on(sql`${t.sortNameFr} = ''`, t.sortNameFr, t.sortNameAr)
      .where(sql`${t.archivedAt} IS NULL`),
    index('organizations_browse_ar')
      .on(sql`${t.sortNameAr} = ''`, t.sortNameAr, t.sortNameFr)
      .where(sql`${t.archivedAt} IS NULL`),
    // The "to verify" count of the browse facets, over the records not archived.
    index('organizations_live_verified')
      .on(t.verifiedAt)
      .where(sql`${t.archivedAt} IS NULL`),
  ],
);

/** Phones as written, with their digits (last nine) as the duplicate check's key. */
export const organizationPhones = sqliteTable(
  'organization_phones',
  {
    ...recordColumns,
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    digits: text('digits').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('organization_phones_org').on(t.organizationId), index('organization_phones_digits').on(t.digits)],
);

/** Domains, publics and languages of an organisation (links to directory_terms). */
export const organizationTerms = sqliteTable(
  'organization_terms',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    termId: text('term_id')
      .notNull()
      .references(() => directoryTerms.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.termId] }), index('organization_terms_term').on(t.termId, t.organizationId)],
);

export const organizationLocations = sqliteTable(
  'organization_locations',
  {
    ...recordColumns,
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    addressFr: text('address_fr').notNull().default(''),
    addressAr: text('address_ar').notNull().default(''),
    /** The quartier, from the bilingual list (kind `quartier`): what the guide and the facets group by. */
    quartierId: text('quartier_id').references(() => directoryTerms.id, { onDelete: 'set null' }),
    latitude: real('latitude'),
    longitude: real('longitude'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    // With the quartier, the quartier facet of a search reads the index alone, not each address row.
    index('organization_locations_org_quartier').on(t.organizationId, t.quartierId),
    index('organization_locations_quartier_id').on(t.quartierId, t.organizationId),
  ],
);

export const organizationContacts = sqliteTable(
  'organization_contacts',
  {
    ...recordColumns,
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    nameFr: text('name_fr').notNull().default(''),
    nameAr: text('name_ar').notNull().default(''),
    roleFr: text('role_fr').notNull().default(''),
    roleAr: text('role_ar').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('organization_contacts_org').on(t.organizationId)],
);

export const directoryServices = sqliteTable(
  'directory_services',
  {
    ...recordColumns,
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    nameFr: text('name_fr').notNull().default(''),
    nameAr: text('name_ar').notNull().default(''),
    descriptionFr: text('description_fr').notNull().default(''),
    descriptionAr: text('description_ar').notNull().default(''),
    eligibilityFr: text('eligibility_fr').notNull().default(''),
    eligibilityAr: text('eligibility_ar').notNull().default(''),
    feesFr: text('fees_fr').notNull().default(''),
    feesAr: text('fees_ar').notNull().default(''),
    scheduleFr: text('schedule_fr').notNull().default(''),
    scheduleAr: text('schedule_ar').notNull().default(''),
  },
  (t) => [index('directory_services_org').on(t.organizationId)],
);

/** Partnerships and conventions signed with the commune. */
export const partnerships = sqliteTable(
  'partnerships',
  {
    ...recordColumns,
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    titleFr: text('title_fr').notNull().default(''),
    titleAr: text('title_ar').notNull().default(''),
    startDate: text('start_date'),
    endDate: text('end_date'),
    documentRef: text('document_ref').notNull().default(''),
  },
  (t) => [index('partnerships_org').on(t.organizationId)],
);

/**
 * A subsidy request and its fate. Amounts are integer centimes of MAD: budgets and council
 * deliberations carry two decimals, and integers add up exactly.
 */
export const subsidies = sqliteTable(
  'subsidies',
  {
    ...recordColumns,
    // Restrict: a record of public money outlives nothing silently; the organisation is archived instead.
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    programmeFr: text('programme_fr').notNull().default(''),
    programmeAr: text('programme_ar').notNull().default(''),
    purposeFr: text('purpose_fr').notNull().default(''),
    purposeAr: text('purpose_ar').notNull().default(''),
    requestedCentimes: integer('requested_centimes').notNull().default(0),
    grantedCentimes: integer('granted_centimes').notNull().default(0),
    status: text('status', { enum: ['requested', 'granted', 'rejected', 'paid', 'report_received'] })
      .notNull()
      .default('requested'),
    decisionDate: text('decision_date'),
    deliberationRef: text('deliberation_ref').notNull().default(''),
    reportDueDate: text('report_due_date'),
  },
  (t) => [
    index('subsidies_org').on(t.organizationId),
    index('subsidies_year').on(t.year),
    index('subsidies_status_due').on(t.status, t.reportDueDate),
  ],
);

/** The objective criteria for choosing partner associations (an editable checklist). */
export const qualityCriteria = sqliteTable(
  'quality_criteria',
  {
    ...recordColumns,
    code: text('code').notNull(),
    nameFr: text('name_fr').notNull().default(''),
    nameAr: text('name_ar').notNull().default(''),
    weight: integer('weight').notNull().default(1),
    /** How long a check stays valid (e.g. 12 for "general assembly held this year"); null: forever. */
    validityMonths: integer('validity_months'),
    position: integer('position').notNull().default(0),
    archivedAt: archivedAt(),
  },
  (t) => [uniqueIndex('quality_criteria_code').on(t.code)],
);

/** The latest check of one criterion for one organisation. */
export const organizationChecks = sqliteTable(
  'organization_checks',
  {
    ...recordColumns,
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id')
      .notNull()
      .references(() => qualityCriteria.id, { onDelete: 'cascade' }),
    met: integer('met', { mode: 'boolean' }).notNull().default(true),
    checkedOn: text('checked_on').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [
    uniqueIndex('organization_checks_org_criterion').on(t.organizationId, t.criterionId),
    index('organization_checks_criterion').on(t.criterionId),
  ],
);

/**
 * How many organisations not archived have each status, legal status, term and quartier (an
 * organisation counts once per quartier): the facets of browsing without a query or a filter,
 * read instead of counted (docs/ARCHITECTURE.md §10). Derived and kept by triggers on the
 * organisations and their terms and locations (migration 0013), so every write path keeps it
 * right; rows at 0 are left in place and not shown.
 */
export const organizationFacetCounts = sqliteTable(
  'organization_facet_counts',
  {
    facet: text('facet', { enum: ['status', 'legal_status', 'term', 'quartier'] }).notNull(),
    value: text('value').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.facet, t.value] })],
);
