import type { Organization } from '../../../api/channels/directory';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { readOrganization, SCALARS, type OrgInput, type Scalar, toInput, updateOrganization } from './store';
import { indexOrganization, phoneDigits, unindexOrganization } from './search-index';

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The values of `keep` completed by `other`: every empty field takes the other's value; notes
 * are joined (both may say something); phones, terms, locations and contacts are united.
 * Used by merge and by the import's `merge` duplicate policy.
 */
export function combine(keep: OrgInput, other: OrgInput): OrgInput {
  const out: OrgInput = { ...keep };
  for (const k of Object.keys(SCALARS) as Scalar[])
    if (isEmpty(out[k]) && !isEmpty(other[k])) (out as Record<string, unknown>)[k] = other[k];
  if (keep.notes && other.notes && keep.notes !== other.notes) out.notes = `${keep.notes}\n\n${other.notes}`.slice(0, 4000);
  const digits = new Set(keep.phones.map(phoneDigits));
  out.phones = [...keep.phones, ...other.phones.filter((p) => !digits.has(phoneDigits(p)))].slice(0, 10);
  out.termIds = [...new Set([...keep.termIds, ...other.termIds])];
  const place = (l: OrgInput['locations'][number]) => `${l.quartierId ?? ''}|${l.addressFr}|${l.addressAr}`.toLowerCase();
  const places = new Set(keep.locations.map(place));
  out.locations = [...keep.locations, ...other.locations.filter((l) => !places.has(place(l)))].slice(0, 20);
  const person = (c: OrgInput['contacts'][number]) => `${c.nameFr}|${c.nameAr}|${c.email}`.toLowerCase();
  const people = new Set(keep.contacts.map(person));
  out.contacts = [...keep.contacts, ...other.contacts.filter((c) => !people.has(person(c)))].slice(0, 50);
  return out;
}

/**
 * Merges `mergeId` into `keepId` inside the caller's transaction: the kept record is completed,
 * every record that pointed at the other (services, subsidies, partnerships, trainees, checks) points at
 * the kept one, and the other is deleted. Both changes are audited.
 */
export function mergeOrganizations(ctx: DataContext, keepId: string, mergeId: string): Organization {
  if (keepId === mergeId)
    throw new DomainError('invalid_input', 'errors.mergeSame', { issues: [{ path: 'mergeId', message: 'errors.mergeSame' }] });
  const keep = readOrganization(ctx, keepId);
  const other = readOrganization(ctx, mergeId);
  const db = ctx.sqlite;
  // Locations and contacts move with their ids (so links to them survive); phones and terms are plain values.
  const merged = combine(toInput(keep), toInput(other));
  const moved = new Set([...merged.locations, ...merged.contacts].map((x) => x.id).filter(Boolean));
  db.prepare('DELETE FROM organization_locations WHERE organization_id = ? AND id IN (SELECT value FROM json_each(?))').run(
    mergeId,
    JSON.stringify([...moved]),
  );
  db.prepare('DELETE FROM organization_contacts WHERE organization_id = ? AND id IN (SELECT value FROM json_each(?))').run(
    mergeId,
    JSON.stringify([...moved]),
  );
  for (const table of ['directory_services', 'subsidies', 'partnerships', 'association_trainees', 'training_needs', 'trainers']) {
    db.prepare(`UPDATE ${table} SET organization_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE organization_id = ?`).run(
      keepId,
      mergeId,
    );
  }
  // One check per criterion: the more recent of the two survives.
  db.prepare(
    `DELETE FROM organization_checks WHERE organization_id = ? AND criterion_id IN (
       SELECT o.criterion_id FROM organization_checks o JOIN organization_checks k ON k.criterion_id = o.criterion_id AND k.organization_id = ?
       WHERE o.organization_id = ? AND o.checked_on >= k.checked_on)`,
  ).run(keepId, keepId, mergeId);
  db.prepare('UPDATE OR IGNORE organization_checks SET organization_id = ? WHERE organization_id = ?').run(keepId, mergeId);
  if (!keep.verifiedAt || (other.verifiedAt && other.verifiedAt > keep.verifiedAt)) {
    db.prepare('UPDATE organizations SET verified_at = ?, verified_by = ? WHERE id = ?').run(other.verifiedAt, other.verifiedBy, keepId);
  }
  db.prepare('DELETE FROM organizations WHERE id = ?').run(mergeId);
  unindexOrganization(ctx, mergeId);
  recordAudit(ctx, 'organizations', mergeId, 'delete', ['mergedInto']);
  updateOrganization(ctx, keepId, merged);
  indexOrganization(ctx, keepId);
  return readOrganization(ctx, keepId);
}
