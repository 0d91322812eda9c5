import { type Candidate, type ServiceValues, type TermRef, emptyValues, termRef, validate } from './candidate';
import { UnreadableFile } from '../../../tabular/table';

/**
 * HSDS 3.0 JSON (an array of organisations, or an object with `organizations`). Standard
 * fields are read from any publisher; our own exports also carry an `x_sas` object with the
 * bilingual record, which is preferred so an export imported back gives the same organisations.
 * `line` is the organisation's position in the array, counting from 2 (as if line 1 were a header).
 */
type Json = Record<string, unknown>;
const ARABIC = /[\u0600-\u06FF]/;
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => Boolean(x) && typeof x === 'object') : []);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseHsds(bytes: Uint8Array): Candidate[] {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new UnreadableFile('the file is not valid JSON');
  }
  const list = Array.isArray(json) ? json : json && typeof json === 'object' ? (json as Json).organizations : undefined;
  if (!Array.isArray(list)) throw new UnreadableFile('no "organizations" array in the JSON file');
  return list.map((item, i) => fromOrganization((item ?? {}) as Json, i + 2));
}

function fromOrganization(o: Json, line: number): Candidate {
  const sas = (o.x_sas ?? null) as Json | null;
  const values = emptyValues();
  let terms: TermRef[];
  let quartiers: (TermRef | null)[];
  let legalStatus = str(o.legal_status);
  let services: ServiceValues[];
  const named = (t: Json, kind: TermRef['kind']): TermRef => ({ kind, nameFr: str(t.nameFr), nameAr: str(t.nameAr) });
  if (sas) {
    Object.assign(values, sas.values);
    values.termIds = [];
    values.legalStatusId = null;
    // The ids of another installation's quartiers mean nothing here: they are found again by name.
    values.locations = (values.locations ?? []).map((l) => ({ ...l, quartierId: null }));
    terms = arr(sas.terms).map((t) => named(t, str(t.kind) as TermRef['kind']));
    const byPlace = Array.isArray(sas.quartiers) ? (sas.quartiers as (Json | null)[]) : [];
    // Exports made before quartiers were a list carry the name in the location itself.
    const before = (l: object) => str((l as Json).quartier);
    quartiers = values.locations.map((l, i) =>
      byPlace[i] ? named(byPlace[i]!, 'quartier') : before(l) ? termRef('quartier', before(l).slice(0, 120)) : null,
    );
    legalStatus = str(sas.legalStatus);
    services = arr(o.services).map((s) => ({ ...(s.x_sas as ServiceValues), id: str(s.id) || undefined }));
  } else {
    const name = str(o.name);
    const alt = str(o.alternate_name);
    values.nameFr = ARABIC.test(name) ? '' : name;
    values.nameAr = ARABIC.test(name) ? name : ARABIC.test(alt) ? alt : '';
    if (alt && !ARABIC.test(alt)) values.acronymFr = alt.slice(0, 40);
    values.descriptionFr = str(o.description);
    values.email = str(o.email);
    values.website = str(o.website) || str(o.url);
    values.yearFounded = typeof o.year_incorporated === 'number' ? o.year_incorporated : null;
    values.phones = arr(o.phones)
      .map((p) => str(p.number))
      .filter(Boolean);
    const places = arr(o.locations);
    values.locations = places.map((l) => {
      const a = arr(l.addresses)[0] ?? {};
      const address = [str(a.address_1), str(a.address_2), str(a.city)].filter(Boolean).join(', ');
      return {
        addressFr: ARABIC.test(address) ? '' : address,
        addressAr: ARABIC.test(address) ? address : '',
        quartierId: null,
        latitude: typeof l.latitude === 'number' ? l.latitude : null,
        longitude: typeof l.longitude === 'number' ? l.longitude : null,
      };
    });
    quartiers = places.map((l) => {
      const name = str((arr(l.addresses)[0] ?? {}).region) || str(l.name);
      return name ? termRef('quartier', name.slice(0, 120)) : null;
    });
    values.contacts = arr(o.contacts).map((c) => ({
      nameFr: ARABIC.test(str(c.name)) ? '' : str(c.name),
      nameAr: ARABIC.test(str(c.name)) ? str(c.name) : '',
      roleFr: str(c.title),
      roleAr: '',
      phone: str(arr(c.phones)[0]?.number),
      email: str(c.email),
    }));
    terms = arr(o.attributes)
      .map((a) => (a.taxonomy_term ?? {}) as Json)
      .filter((t) => ['domain', 'public', 'language'].includes(str(t.taxonomy)))
      .map((t) => termRef(str(t.taxonomy) as TermRef['kind'], str(t.name)));
    services = arr(o.services).map((s) => ({
      nameFr: str(s.name),
      nameAr: '',
      descriptionFr: str(s.description),
      descriptionAr: '',
      eligibilityFr: str(s.eligibility_description),
      eligibilityAr: '',
      feesFr: str(s.fees_description),
      feesAr: '',
      scheduleFr: str(arr(s.schedules)[0]?.description),
      scheduleAr: '',
    }));
  }
  const checked = validate(values);
  return {
    line,
    id: UUID.test(str(o.id)) ? str(o.id) : undefined,
    values: checked.values,
    terms: terms.filter((t) => t.nameFr || t.nameAr),
    quartiers: quartiers.map((q) => (q && (q.nameFr || q.nameAr) ? q : null)),
    legalStatus,
    services,
    problems: checked.problems,
    shown: { nom_fr: values.nameFr, nom_ar: values.nameAr, email: values.email, telephone: values.phones.join('; ') },
    verifiedAt: sas ? ((sas.verifiedAt as string | null) ?? null) : null,
  };
}
