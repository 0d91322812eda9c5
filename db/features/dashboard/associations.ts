/**
 * Associations on the dashboard, from the same attended marks as associationsReached:
 * - by domain and by quartier: the organisations reached (a trainee of theirs attended in the
 *   year, among the people kept) that carry the domain (organisation terms of kind `domain`) or
 *   have an address in the quartier, and their distinct trainees; an organisation with two
 *   domains counts in both bars, one with neither in none;
 * - subsidised: organisations with a subsidy of the year granted, paid or reported on; with a
 *   trained worker: those of them reached in the year (so the people filters apply to that half).
 */
import type { Dashboard } from '../../../api/channels/dashboard';
import type { DataContext } from '../../core/context';
import { plucked, stmt } from '../../core/statements';
import { ratio } from '../evaluation/indicator-math';
import type { MarksRow } from '../evaluation/indicators-people';
import { IN_IDS, type RecordSet, idsParam, titleLabels } from './record-sql';

type Section = Dashboard['associations'];
type Bar = Section['byDomain'][number];

const GRANTED = `'granted', 'paid', 'report_received'`;

/** Each organisation reached, with its trainees of the year. */
export function traineesByOrganization(marks: readonly MarksRow[]): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  for (const m of marks)
    if (m.traineeId && m.organizationId) {
      if (!by.has(m.organizationId)) by.set(m.organizationId, new Set());
      by.get(m.organizationId)!.add(m.traineeId);
    }
  return by;
}

const TERMS_OF = {
  domain: `SELECT ot.organization_id AS organizationId, d.id, d.name_fr AS nameFr, coalesce(nullif(d.name_ar, ''), d.name_fr) AS nameAr, d.position
    FROM organization_terms ot JOIN directory_terms d ON d.id = ot.term_id AND d.kind = 'domain' WHERE ${IN_IDS('ot.organization_id')}`,
  quartier: `SELECT DISTINCT l.organization_id AS organizationId, d.id, d.name_fr AS nameFr, coalesce(nullif(d.name_ar, ''), d.name_fr) AS nameAr, d.position
    FROM organization_locations l JOIN directory_terms d ON d.id = l.quartier_id WHERE ${IN_IDS('l.organization_id')}`,
};

/** The organisations reached that carry each term, by term id. */
export function organizationsByTerm(ctx: DataContext, kind: keyof typeof TERMS_OF, organizations: Iterable<string>) {
  const rows = stmt(ctx, TERMS_OF[kind]).all({ ids: idsParam(organizations) }) as {
    organizationId: string;
    id: string;
    nameFr: string;
    nameAr: string;
    position: number;
  }[];
  const terms = new Map<string, { id: string; nameFr: string; nameAr: string; position: number; organizations: Set<string> }>();
  for (const r of rows) {
    if (!terms.has(r.id)) terms.set(r.id, { id: r.id, nameFr: r.nameFr, nameAr: r.nameAr, position: r.position, organizations: new Set() });
    terms.get(r.id)!.organizations.add(r.organizationId);
  }
  return terms;
}

function bars(ctx: DataContext, kind: keyof typeof TERMS_OF, reached: Map<string, Set<string>>): Bar[] {
  return [...organizationsByTerm(ctx, kind, reached.keys()).values()]
    .sort((a, b) => a.position - b.position || a.nameFr.localeCompare(b.nameFr))
    .map((t) => {
      const trainees = new Set([...t.organizations].flatMap((o) => [...reached.get(o)!]));
      return { id: t.id, nameFr: t.nameFr, nameAr: t.nameAr, organizations: t.organizations.size, trainees: trainees.size };
    });
}

export const subsidisedIds = (ctx: DataContext, year: number): string[] =>
  plucked(ctx, `SELECT DISTINCT organization_id FROM subsidies WHERE year = ? AND status IN (${GRANTED})`).all(year) as string[];

export function associationsSection(ctx: DataContext, year: number, marks: readonly MarksRow[]): Section {
  const reached = traineesByOrganization(marks);
  const subsidised = subsidisedIds(ctx, year);
  const withTrained = subsidised.filter((o) => reached.has(o)).length;
  return {
    byDomain: bars(ctx, 'domain', reached),
    byQuartier: bars(ctx, 'quartier', reached),
    subsidised: subsidised.length,
    subsidisedWithTrainedWorker: withTrained,
    subsidisedTrainedShare: ratio(withTrained, subsidised.length),
  };
}

/** Organisation records, for ids worked out by the figure. */
export const organizationSet = (ids: Iterable<string>): RecordSet => ({
  kind: 'organization',
  sql: `SELECT o.id AS id, ${titleLabels('o.name_fr', 'o.name_ar')}, coalesce(nullif(o.acronym_fr, ''), '') AS detail, NULL AS parentId,
      o.sort_name_fr AS sortKey
    FROM organizations o WHERE ${IN_IDS('o.id')}`,
  params: { ids: idsParam(ids) },
});
