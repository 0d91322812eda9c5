import { call } from '../../../bridge/bridge';
import { base64ToText } from '../../../lib/files';
import { selectionIds, emptyFilters } from '../filters';
import type { Term } from '../terms';
import type { GuideOptions } from './guide-options';

type Bi = { fr: string; ar: string };
export interface GuideService {
  name: Bi;
  description: Bi;
  eligibility: Bi;
  fees: Bi;
  schedule: Bi;
}
export interface GuideEntry {
  id: string;
  name: Bi;
  acronym: Bi;
  description: Bi;
  hours: Bi;
  addresses: { fr: string; ar: string; quartier: Bi }[];
  phones: string[];
  email: string;
  website: string;
  facebook: string;
  publics: Bi[];
  languages: Bi[];
  services: GuideService[];
}
export interface GuideGroup {
  key: string;
  domain: Bi;
  /** `key` is the quartier's term id ('' for the entries without one). */
  quartiers: { key: string; quartier: Bi; entries: GuideEntry[] }[];
}

type Values = Record<string, unknown>;
const s = (v: unknown) => (typeof v === 'string' ? v : '');
const bi = (o: Values, base: string): Bi => ({ fr: s(o[`${base}Fr`]), ar: s(o[`${base}Ar`]) });

/**
 * The guide's content. The contract has no guide channel (reported); the HSDS export of the
 * selection carries everything a guide prints, bilingual, in one call, so it is read here.
 */
export async function loadGuide(options: GuideOptions, terms: Term[], lang: 'fr' | 'ar'): Promise<GuideGroup[]> {
  const ids = await selectionIds({
    ...emptyFilters,
    domainIds: options.domainIds,
    publicIds: options.publicIds,
    quartierIds: options.quartierIds,
    statuses: ['active'],
  });
  if (!ids.length) return [];
  const file = await call('directory.export', { format: 'hsds', ids });
  const doc = JSON.parse(base64ToText(file.contentBase64)) as { organizations: Values[] };

  const domains = terms
    .filter((t) => t.kind === 'domain' && (!options.domainIds.length || options.domainIds.includes(t.id)))
    .sort((a, b) => a.position - b.position);
  const groups = new Map<string, GuideGroup>(
    domains.map((d) => [d.code, { key: d.code, domain: { fr: d.nameFr, ar: d.nameAr }, quartiers: [] }]),
  );
  const quartierNames = new Map(terms.filter((t) => t.kind === 'quartier').map((t) => [t.id, { fr: t.nameFr, ar: t.nameAr }]));
  const noQuartier: Bi = { fr: '', ar: '' };
  // Organisations with no domain, when no domain was chosen; its title comes from the page's i18n.
  const other: GuideGroup = { key: '', domain: { fr: '', ar: '' }, quartiers: [] };

  for (const o of doc.organizations) {
    const x = (o.x_sas ?? {}) as { values?: Values; terms?: { kind: string; code: string; nameFr: string; nameAr: string }[] };
    const v = x.values ?? {};
    const kinds = (kind: string) => (x.terms ?? []).filter((t) => t.kind === kind);
    const locations = (v.locations as Values[] | undefined) ?? [];
    const entry: GuideEntry = {
      id: s(o.id),
      name: bi(v, 'name'),
      acronym: bi(v, 'acronym'),
      description: bi(v, 'description'),
      hours: bi(v, 'hours'),
      addresses: locations.map((l) => ({
        fr: s(l.addressFr),
        ar: s(l.addressAr),
        quartier: quartierNames.get(s(l.quartierId)) ?? noQuartier,
      })),
      phones: (v.phones as string[] | undefined) ?? [],
      email: s(v.email),
      website: s(v.website),
      facebook: s(v.facebook),
      publics: kinds('public').map((t) => ({ fr: t.nameFr, ar: t.nameAr })),
      languages: kinds('language').map((t) => ({ fr: t.nameFr, ar: t.nameAr })),
      services: ((o.services as Values[] | undefined) ?? []).map((sv) => {
        const b = (sv.x_sas ?? {}) as Values;
        return {
          name: bi(b, 'name'),
          description: bi(b, 'description'),
          eligibility: bi(b, 'eligibility'),
          fees: bi(b, 'fees'),
          schedule: bi(b, 'schedule'),
        };
      }),
    };
    const key = s(locations[0]?.quartierId);
    const quartier = quartierNames.get(key) ?? noQuartier;
    const mine = kinds('domain')
      .map((t) => groups.get(t.code))
      .filter((g): g is GuideGroup => Boolean(g));
    // Listed under each selected domain it works in: the reader looks a need up by domain.
    for (const g of mine.length ? mine : options.domainIds.length ? [] : [other]) {
      let q = g.quartiers.find((x) => x.key === key);
      if (!q) g.quartiers.push((q = { key, quartier, entries: [] }));
      q.entries.push(entry);
    }
  }
  const all = [...groups.values(), other].filter((g) => g.quartiers.length);
  // In the guide's (first) language; the entries without a quartier last.
  const name = (b: Bi) => (lang === 'ar' ? b.ar || b.fr : b.fr || b.ar);
  const byName = (a: string, b: string) => (!a ? 1 : !b ? -1 : a.localeCompare(b, lang));
  for (const g of all) {
    g.quartiers.sort((a, b) => byName(name(a.quartier), name(b.quartier)));
    for (const q of g.quartiers) q.entries.sort((a, b) => (a.name.fr || a.name.ar).localeCompare(b.name.fr || b.name.ar, 'fr'));
  }
  return all;
}
