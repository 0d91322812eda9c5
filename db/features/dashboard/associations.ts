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
import { directoryTerms, organizationLocations, organizationTerms, organizations, subsidies } from '../../schema';
import { ratio } from '../evaluation/indicator-math';
import { named } from '../sessions/sql-names';
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

const OT = named(organizationTerms, 'ot');
const L = named(organizationLocations, 'l');
const D = named(directoryTerms, 'd');
const SU = named(subsidies, 'su');
const O = named(organizations, 'o');

const TERM = `${D.c('id')} AS id, ${D.c('nameFr')} AS nameFr, coalesce(nullif(${D.c('nameAr')}, ''), ${D.c('nameFr')}) AS nameAr, ${D.c('position')} AS position`;
const TERMS_OF = {
  domain: `SELECT ${OT.c('organizationId')} AS organizationId, ${TERM}
    FROM ${OT.from} JOIN ${D.from} ON ${D.c('id')} = ${OT.c('termId')} AND ${D.c('kind')} = 'domain' WHERE ${IN_IDS(OT.c('organizationId'))}`,
  quartier: `SELECT DISTINCT ${L.c('organizationId')} AS organizationId, ${TERM}
    FROM ${L.from} JOIN ${D.from} ON ${D.c('id')} = ${L.c('quartierId')} WHERE ${IN_IDS(L.c('organizationId'))}`,
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
  plucked(
    ctx,
    `SELECT DISTINCT ${SU.c('organizationId')} FROM ${SU.from} WHERE ${SU.c('year')} = ? AND ${SU.c('status')} IN (${GRANTED})`,
  ).all(year) as string[];

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
  sql: `SELECT ${O.c('id')} AS id, ${titleLabels(O.c('nameFr'), O.c('nameAr'))}, ${O.c('acronymFr')} AS detail, NULL AS date, NULL AS hours, NULL AS parentId,
      ${O.c('sortNameFr')} AS sortKey
    FROM ${O.from} WHERE ${IN_IDS(O.c('id'))}`,
  params: { ids: idsParam(ids) },
});
