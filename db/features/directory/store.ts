import type { Organization, OrganizationValues } from '../../../api/channels/directory';
import { changedFields, recordAudit } from '../../audit/record';
import { selectAs, sqlColumns } from '../../core/columns';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { organizations } from '../../schema';
import { qualityScore } from './quality';
import { plucked, stmt } from '../../core/statements';
import { indexOrganization, insertIndexRow, normaliseEmail, phoneDigits, sortNames } from './search-index';

/** The organisation's own fields, as written by create and update (their columns come from the schema). */
const SCALAR_FIELDS = [
  'nameFr',
  'nameAr',
  'acronymFr',
  'acronymAr',
  'descriptionFr',
  'descriptionAr',
  'type',
  'legalStatusId',
  'registrationNumber',
  'registrationDate',
  'yearFounded',
  'status',
  'email',
  'website',
  'facebook',
  'hoursFr',
  'hoursAr',
  'notes',
] as const;
export const SCALARS = sqlColumns(organizations, SCALAR_FIELDS);
export type Scalar = keyof typeof SCALARS;
export type OrgInput = Omit<OrganizationValues, 'createAnyway'>;

const SELECT_COLUMNS = selectAs(organizations, [
  'id',
  ...SCALAR_FIELDS,
  'verifiedAt',
  'verifiedBy',
  'archivedAt',
  'createdAt',
  'updatedAt',
]);

const termKind = (ctx: DataContext, id: string) =>
  plucked(ctx, 'SELECT kind FROM directory_terms WHERE id = ?').get(id) as string | undefined;

/**
 * Term kinds read once each for the caller's transaction: an import checks the same few terms
 * on every row, and nothing it does changes a term's kind.
 */
export function termKinds(ctx: DataContext): (id: string) => string | undefined {
  const known = new Map<string, string>();
  return (id) => {
    let kind = known.get(id);
    if (kind === undefined && (kind = termKind(ctx, id)) !== undefined) known.set(id, kind);
    return kind;
  };
}

/** Refuses term ids that do not exist or are of the wrong kind (a legal status is not a domain, nor a quartier). */
function assertTerms(v: OrgInput, kind: (id: string) => string | undefined): void {
  const bad = (path: string) => new DomainError('invalid_input', 'errors.notFound', { issues: [{ path, message: 'errors.notFound' }] });
  if (v.legalStatusId && kind(v.legalStatusId) !== 'legal_status') throw bad('legalStatusId');
  for (const t of v.termIds) if (!['domain', 'public', 'language'].includes(kind(t) ?? '')) throw bad('termIds');
  v.locations.forEach((l, i) => {
    if (l.quartierId && kind(l.quartierId) !== 'quartier') throw bad(`locations.${i}.quartierId`);
  });
}

/**
 * Replaces phones, terms, locations and contacts; ids given for locations and contacts are kept.
 * A new organisation (`fresh`) has none to delete.
 */
function writeChildren(ctx: DataContext, id: string, v: OrgInput, fresh = false): void {
  if (!fresh) stmt(ctx, 'DELETE FROM organization_phones WHERE organization_id = ?').run(id);
  const phone = stmt(ctx, 'INSERT INTO organization_phones (id, organization_id, number, digits, position) VALUES (?, ?, ?, ?, ?)');
  v.phones.filter(Boolean).forEach((p, i) => phone.run(newId(), id, p, phoneDigits(p), i));
  if (!fresh) stmt(ctx, 'DELETE FROM organization_terms WHERE organization_id = ?').run(id);
  const term = stmt(ctx, 'INSERT OR IGNORE INTO organization_terms (organization_id, term_id) VALUES (?, ?)');
  for (const t of v.termIds) term.run(id, t);
  if (!fresh) stmt(ctx, 'DELETE FROM organization_locations WHERE organization_id = ?').run(id);
  const loc = stmt(
    ctx,
    'INSERT INTO organization_locations (id, organization_id, address_fr, address_ar, quartier_id, latitude, longitude, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  v.locations.forEach((l, i) => loc.run(l.id ?? newId(), id, l.addressFr, l.addressAr, l.quartierId, l.latitude, l.longitude, i));
  if (!fresh) stmt(ctx, 'DELETE FROM organization_contacts WHERE organization_id = ?').run(id);
  const contact = stmt(
    ctx,
    'INSERT INTO organization_contacts (id, organization_id, name_fr, name_ar, role_fr, role_ar, phone, email, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  v.contacts.forEach((c, i) => contact.run(c.id ?? newId(), id, c.nameFr, c.nameAr, c.roleFr, c.roleAr, c.phone, c.email, i));
}

const scalarParams = (v: OrgInput) => ({
  ...(Object.fromEntries((Object.keys(SCALARS) as Scalar[]).map((k) => [k, v[k] ?? null])) as Record<Scalar, unknown>),
  email: normaliseEmail(v.email),
  ...sortNames(v),
});

/**
 * The INSERT of a new organisation, written once: positional parameters in SCALARS' order (binding
 * two dozen named parameters per row was a fifth of a 20,000-row import's time).
 */
const SCALAR_KEYS = Object.keys(SCALARS) as Scalar[];
const INSERT_ORGANIZATION = `INSERT INTO organizations (id, ${Object.values(SCALARS).join(', ')}, sort_name_fr, sort_name_ar, verified_at, verified_by)
  VALUES (${Array(SCALAR_KEYS.length + 5)
    .fill('?')
    .join(', ')})`;

/**
 * Creates an organisation inside the caller's transaction (also used by import and demo data).
 * An import passes what it already holds for every row: its lookup of term kinds and the folded
 * names its duplicate probe compared (on a 20,000-row import, the term checks and the second
 * folding of each name took about 100 ms).
 */
export function insertOrganization(
  ctx: DataContext,
  v: OrgInput,
  id = newId(),
  extra: {
    verifiedAt?: string | null;
    verifiedBy?: string;
    kindOf?: (termId: string) => string | undefined;
    sortNames?: { sortNameFr: string; sortNameAr: string };
  } = {},
): string {
  assertTerms(v, extra.kindOf ?? ((t) => termKind(ctx, t)));
  const { sortNameFr, sortNameAr } = extra.sortNames ?? sortNames(v);
  const { lastInsertRowid } = stmt(ctx, INSERT_ORGANIZATION).run(
    id,
    ...SCALAR_KEYS.map((k) => (k === 'email' ? normaliseEmail(v.email) : (v[k] ?? null))),
    sortNameFr,
    sortNameAr,
    extra.verifiedAt ?? null,
    extra.verifiedBy ?? '',
  );
  writeChildren(ctx, id, v, true);
  // Indexed from the values just written: a new record has no index row and no services yet.
  insertIndexRow(ctx, lastInsertRowid, id, v, '');
  recordAudit(ctx, 'organizations', id, 'create');
  return id;
}

export function readOrganization(ctx: DataContext, id: string): Organization {
  const row = stmt(ctx, `SELECT ${SELECT_COLUMNS} FROM organizations WHERE id = ?`).get(id) as Omit<Organization, 'phones'> | undefined;
  if (!row) throw notFound();
  const all = <T>(sql: string) => stmt(ctx, sql).all(id) as T[];
  return {
    ...row,
    phones: all<{ number: string }>('SELECT number FROM organization_phones WHERE organization_id = ? ORDER BY position').map(
      (p) => p.number,
    ),
    termIds: all<{ termId: string }>('SELECT term_id AS termId FROM organization_terms WHERE organization_id = ? ORDER BY term_id').map(
      (t) => t.termId,
    ),
    locations: all(
      `SELECT id, address_fr AS addressFr, address_ar AS addressAr, quartier_id AS quartierId, latitude, longitude
       FROM organization_locations WHERE organization_id = ? ORDER BY position`,
    ),
    contacts: all(
      `SELECT id, name_fr AS nameFr, name_ar AS nameAr, role_fr AS roleFr, role_ar AS roleAr, phone, email
       FROM organization_contacts WHERE organization_id = ? ORDER BY position`,
    ),
    qualityScore: qualityScore(ctx, id),
  };
}

/** What `update` compares for the audit: the record as the form sends it. */
const comparable = (o: Organization | OrgInput) => {
  const { phones, termIds, locations, contacts } = o;
  return {
    ...Object.fromEntries((Object.keys(SCALARS) as Scalar[]).map((k) => [k, o[k]])),
    email: normaliseEmail(o.email),
    phones,
    termIds: [...termIds].sort(),
    locations: locations.map(({ id: _i, ...l }) => l),
    contacts: contacts.map(({ id: _i, ...c }) => c),
  };
};

/** Writes new values over an organisation inside the caller's transaction; audits changed fields. */
export function updateOrganization(ctx: DataContext, id: string, v: OrgInput): void {
  const before = readOrganization(ctx, id);
  assertTerms(v, (t) => termKind(ctx, t));
  const fields = changedFields(comparable(before), comparable(v));
  if (!fields.length) return;
  const sets = Object.entries(SCALARS)
    .map(([k, c]) => `${c} = @${k}`)
    .join(', ');
  stmt(
    ctx,
    `UPDATE organizations SET ${sets}, sort_name_fr = @sortNameFr, sort_name_ar = @sortNameAr, updated_at = @now WHERE id = @id`,
  ).run({ id, ...scalarParams(v), now: nowIso() });
  writeChildren(ctx, id, v);
  indexOrganization(ctx, id);
  recordAudit(ctx, 'organizations', id, 'update', fields);
}

/** An organisation as the form would send it back (the starting point of merges). */
export const toInput = (o: Organization): OrgInput => {
  const { id: _id, verifiedAt: _v, verifiedBy: _b, qualityScore: _q, archivedAt: _a, createdAt: _c, updatedAt: _u, ...rest } = o;
  return rest;
};
