import type { ExportRecord } from './collect';

const STATUS: Record<string, string> = { active: 'active', inactive: 'inactive', dissolved: 'defunct' };

/**
 * HSDS 3.0 organisations with their services, locations, phones and contacts nested. The
 * standard fields carry the French text (Arabic where there is no French); `x_sas` carries the
 * bilingual record so that importing the file back gives the same organisations.
 */
export function toHsds(records: ExportRecord[], generatedAt = new Date().toISOString()): Buffer {
  const organizations = records.map(({ org: o, terms, legalStatus, quartiers, services }) => {
    const quartierName = (i: number) => (quartiers[i] ? quartiers[i].nameFr || quartiers[i].nameAr : '');
    const {
      id: _id,
      termIds: _t,
      legalStatusId: _l,
      qualityScore: _q,
      verifiedAt,
      verifiedBy: _b,
      archivedAt: _a,
      createdAt: _c,
      updatedAt: _u,
      ...values
    } = o;
    return {
      id: o.id,
      name: o.nameFr || o.nameAr,
      alternate_name: o.nameFr && o.nameAr ? o.nameAr : o.acronymFr || o.acronymAr || null,
      description: o.descriptionFr || o.descriptionAr || o.nameFr || o.nameAr,
      email: o.email || null,
      website: o.website || null,
      legal_status: legalStatus ? legalStatus.nameFr || legalStatus.nameAr : null,
      year_incorporated: o.yearFounded,
      organization_identifiers: o.registrationNumber
        ? [{ id: `${o.id}-reg`, organization_id: o.id, identifier_type: 'registration', identifier: o.registrationNumber }]
        : [],
      phones: o.phones.map((number, i) => ({ id: `${o.id}-phone-${i}`, organization_id: o.id, number, languages: [] })),
      contacts: o.contacts.map((c) => ({
        id: c.id,
        organization_id: o.id,
        name: c.nameFr || c.nameAr,
        title: c.roleFr || c.roleAr || null,
        email: c.email || null,
        phones: c.phone ? [{ id: `${c.id}-phone`, contact_id: c.id, number: c.phone, languages: [] }] : [],
      })),
      locations: o.locations.map((l, i) => ({
        id: l.id,
        location_type: 'physical',
        organization_id: o.id,
        name: quartierName(i) || null,
        latitude: l.latitude,
        longitude: l.longitude,
        addresses: [
          {
            id: `${l.id}-address`,
            location_id: l.id,
            address_1: l.addressFr || l.addressAr,
            city: '',
            region: quartierName(i),
            state_province: '',
            postal_code: '',
            country: 'MA',
            address_type: 'physical',
          },
        ],
      })),
      services: services.map((s) => {
        const { id, ...bilingual } = s;
        const kept = Object.fromEntries(
          Object.keys(bilingual)
            .filter((k) => /(Fr|Ar)$/.test(k))
            .map((k) => [k, (s as unknown as Record<string, string>)[k]]),
        );
        return {
          id,
          organization_id: o.id,
          name: s.nameFr || s.nameAr,
          alternate_name: s.nameFr && s.nameAr ? s.nameAr : null,
          description: s.descriptionFr || s.descriptionAr || null,
          status: STATUS[o.status] ?? 'active',
          eligibility_description: s.eligibilityFr || s.eligibilityAr || null,
          fees_description: s.feesFr || s.feesAr || null,
          schedules:
            s.scheduleFr || s.scheduleAr ? [{ id: `${id}-schedule`, service_id: id, description: s.scheduleFr || s.scheduleAr }] : [],
          x_sas: kept,
        };
      }),
      attributes: terms.map((t) => ({
        id: `${o.id}-${t.kind}-${t.code}`,
        link_id: o.id,
        link_type: 'organization',
        link_entity: 'organization',
        taxonomy_term: { id: `${t.kind}-${t.code}`, code: t.code, name: t.nameFr || t.nameAr, taxonomy: t.kind, language: 'fr' },
      })),
      metadata: verifiedAt
        ? [
            {
              id: `${o.id}-verified`,
              resource_id: o.id,
              resource_type: 'organization',
              last_action_date: verifiedAt,
              last_action_type: 'verified',
            },
          ]
        : [],
      x_sas: {
        values,
        verifiedAt,
        legalStatus: legalStatus ? legalStatus.nameFr || legalStatus.nameAr : '',
        terms: terms.map((t) => ({ kind: t.kind, code: t.code, nameFr: t.nameFr, nameAr: t.nameAr })),
        // One per location (same order): the names find the quartier again in another installation.
        quartiers: quartiers.map((q) => (q ? { code: q.code, nameFr: q.nameFr, nameAr: q.nameAr } : null)),
      },
    };
  });
  return Buffer.from(JSON.stringify({ hsds_version: '3.0', generated_at: generatedAt, organizations }, null, 2), 'utf8');
}
