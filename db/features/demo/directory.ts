import type { DataContext } from '../../core/context';
import { insertChild } from '../directory/child-records';
import { ensureDirectoryDefaults } from '../directory/defaults';
import { SERVICES, SUBSIDIES } from '../directory/child-tables';
import { insertOrganization } from '../directory/store';
import { insertTerm } from '../directory/terms';
import { newId } from '../../core/ids';
import { today } from '../reviews/people';
import { FIRST_NAMES, LAST_NAMES, pick } from './names';

/** Berkane's quartiers (demo data only): the French name, the Arabic name as the list shows it, and the word used in names. */
const QUARTIERS: [fr: string, ar: string, inName: string][] = [
  ['Triffa', 'حي تريفة', 'تريفة'],
  ['Bouhdila', 'حي بوهديلة', 'بوهديلة'],
  ['Quartass', 'حي قرطاس', 'قرطاس'],
  ['Hay Al Qods', 'حي القدس', 'حي القدس'],
  ['Hay Al Massira', 'حي المسيرة', 'حي المسيرة'],
  ['Hay Al Hassani', 'حي الحسني', 'حي الحسني'],
  ['Lalla Meriem', 'حي للا مريم', 'للا مريم'],
  ['Hay Al Andalous', 'حي الأندلس', 'حي الأندلس'],
  ['Centre-ville', 'وسط المدينة', 'وسط المدينة'],
  ['Hay Essalam', 'حي السلام', 'حي السلام'],
];
/** Kinds of actors: French and Arabic name stems, a domain code, a public code and a service. */
const KINDS: [fr: string, ar: string, domain: string, pub: string, serviceFr: string, serviceAr: string][] = [
  ['Association Espoir', 'جمعية الأمل', 'social', 'families', 'Aide alimentaire', 'المساعدة الغذائية'],
  ['Association des femmes', 'جمعية النساء', 'women', 'women', 'Alphabétisation', 'محو الأمية'],
  ['Club sportif', 'النادي الرياضي', 'sport', 'youth', 'Entraînement football', 'تداريب كرة القدم'],
  ['Association culturelle', 'الجمعية الثقافية', 'culture', 'all', 'Atelier théâtre', 'ورشة المسرح'],
  ['Association Enfance heureuse', 'جمعية الطفولة السعيدة', 'childhood', 'children', 'Soutien scolaire', 'الدعم المدرسي'],
  ['Association Handicap et dignité', 'جمعية الإعاقة والكرامة', 'disability', 'disabled', 'Accueil de jour', 'الاستقبال النهاري'],
  ['Coopérative féminine', 'التعاونية النسوية', 'women', 'women', 'Formation couture', 'التكوين في الخياطة'],
  ['Maison des jeunes', 'دار الشباب', 'youth', 'youth', 'Club informatique', 'نادي المعلوميات'],
  ['Association Santé pour tous', 'جمعية الصحة للجميع', 'health', 'all', 'Caravane médicale', 'القافلة الطبية'],
  ['Association des aînés', 'جمعية المسنين', 'elderly', 'elderly', 'Visites à domicile', 'الزيارات المنزلية'],
];
const PROGRAMMES: [string, string][] = [
  ['Appel à projets annuel', 'طلب المشاريع السنوي'],
  ['Subvention de fonctionnement', 'منحة التسيير'],
  ['Fête du Trône', 'عيد العرش'],
];
const pad = (n: number) => String(n).padStart(2, '0');

/** About `target` organisations across the quartiers, with services, contacts and subsidies over the last seven years (the current one still being decided). Deterministic for a given year. */
export function generateDirectory(
  ctx: DataContext,
  rand: () => number,
  target: number,
): { organizations: number; services: number; subsidies: number } {
  ensureDirectoryDefaults(ctx);
  const now = today();
  const thisYear = Number(now.slice(0, 4));
  // A decision of this year's round is not dated after today.
  const decided = (year: number) => (`${year}-04-15` > now ? now : `${year}-04-15`);
  const term = new Map(
    (ctx.sqlite.prepare('SELECT kind, code, id FROM directory_terms').all() as Record<string, string>[]).map((t) => [
      `${t.kind}:${t.code}`,
      t.id,
    ]),
  );
  const quartierIds = QUARTIERS.map(([fr, ar]) => insertTerm(ctx, 'quartier', fr, ar));
  let services = 0;
  let subsidies = 0;
  const criteria = (ctx.sqlite.prepare('SELECT id FROM quality_criteria WHERE archived_at IS NULL').all() as { id: string }[]).map(
    (c) => c.id,
  );
  const check = ctx.sqlite.prepare(
    'INSERT INTO organization_checks (id, organization_id, criterion_id, met, checked_on) VALUES (?, ?, ?, ?, ?)',
  );
  /** A day up to `months` months before today: recent checks count, old ones have expired. */
  const monthsAgo = (months: number) => {
    const d = new Date();
    d.setUTCDate(d.getUTCDate() - Math.floor(months * 30.4));
    return d.toISOString().slice(0, 10);
  };
  for (let i = 0; i < target; i++) {
    const [fr, ar, domain, pub, sFr, sAr] = KINDS[i % KINDS.length];
    const qi = Math.floor(rand() * QUARTIERS.length);
    const [q, , qAr] = QUARTIERS[qi];
    const n = Math.floor(i / KINDS.length) + 1;
    const person = pick(rand, FIRST_NAMES);
    const [lastFr, lastAr] = pick(rand, LAST_NAMES);
    const coop = fr.startsWith('Coopérative');
    const id = insertOrganization(
      ctx,
      {
        nameFr: `${fr} ${q}${n > 1 ? ` ${n}` : ''}`,
        nameAr: `${ar} ${qAr}${n > 1 ? ` ${n}` : ''}`,
        acronymFr: '',
        acronymAr: '',
        descriptionFr: `${sFr} au quartier ${q}.`,
        descriptionAr: `${sAr} في ${qAr}.`,
        type: coop ? 'cooperative' : 'association',
        legalStatusId: term.get(`legal_status:${coop ? 'cooperative' : 'association'}`) ?? null,
        registrationNumber: `${2000 + i}/BRK`,
        registrationDate: `${1995 + (i % 30)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
        yearFounded: 1995 + (i % 30),
        status: rand() < 0.9 ? 'active' : 'inactive',
        phones: [`0536 ${pad(10 + (i % 90))} ${pad(Math.floor(i / 90) % 100)} ${pad(i % 100)}`],
        email: rand() < 0.5 ? `contact${i}@assoc.example.ma` : '',
        website: '',
        facebook: rand() < 0.3 ? `https://facebook.com/assoc${i}` : '',
        hoursFr: 'Lundi-vendredi 9h-17h',
        hoursAr: 'الإثنين-الجمعة 9-17',
        notes: '',
        termIds: [
          term.get(`domain:${domain}`),
          term.get(`public:${pub}`),
          term.get('language:ar'),
          rand() < 0.5 ? term.get('language:fr') : term.get('language:dar'),
        ].filter((t): t is string => Boolean(t)),
        locations: [
          {
            addressFr: `${1 + (i % 120)} rue ${pick(rand, ['des Orangers', 'Al Amal', 'Moulay Youssef', 'Hassan II'])}`,
            addressAr: '',
            quartierId: quartierIds[qi],
            latitude: null,
            longitude: null,
          },
        ],
        contacts: [
          {
            nameFr: `${person.fr} ${lastFr}`,
            nameAr: `${person.ar} ${lastAr}`,
            roleFr: 'Président(e)',
            roleAr: 'الرئيس(ة)',
            phone: '',
            email: '',
          },
        ],
      },
      undefined,
      // Some records were verified long ago: the "to verify" view has work in it.
      { verifiedAt: `${rand() < 0.3 ? 2023 : 2025}-${pad(1 + (i % 12))}-15T10:00:00.000Z`, verifiedBy: 'Demo' },
    );
    // The quality checklist, so the score beside each organisation means something in the demo.
    for (const criterionId of criteria)
      if (rand() < 0.65) check.run(newId(), id, criterionId, rand() < 0.9 ? 1 : 0, monthsAgo(rand() * 20));
    insertChild(ctx, SERVICES, {
      organizationId: id,
      nameFr: sFr,
      nameAr: sAr,
      descriptionFr: '',
      descriptionAr: '',
      eligibilityFr: '',
      eligibilityAr: '',
      feesFr: 'Gratuit',
      feesAr: 'مجاني',
      scheduleFr: '',
      scheduleAr: '',
    });
    services++;
    for (let year = thisYear - 6; year <= thisYear; year++) {
      if (rand() > 0.35) continue;
      const [pFr, pAr] = pick(rand, PROGRAMMES);
      const requested = (5 + Math.floor(rand() * 46)) * 100_000; // 5,000 to 50,000 MAD, in centimes
      const outcome = rand();
      const status =
        year === thisYear
          ? outcome < 0.5
            ? 'requested'
            : 'granted'
          : outcome < 0.15
            ? 'rejected'
            : outcome < 0.3
              ? 'paid'
              : 'report_received';
      insertChild(ctx, SUBSIDIES, {
        organizationId: id,
        year,
        programmeFr: pFr,
        programmeAr: pAr,
        purposeFr: sFr,
        purposeAr: sAr,
        requestedCentimes: requested,
        grantedCentimes: status === 'requested' || status === 'rejected' ? 0 : Math.round(requested * 0.7),
        status,
        decisionDate: status === 'requested' ? null : decided(year),
        deliberationRef: status === 'requested' ? '' : `${year}/${pad(i % 60)}`,
        reportDueDate: status === 'requested' || status === 'rejected' ? null : `${year + 1}-03-31`,
      });
      subsidies++;
    }
  }
  return { organizations: target, services, subsidies };
}
