import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { newId } from '../../core/ids';
import { seededRandom } from './names';

/**
 * The demo's directory of trainings and trainers (R3.9): about 30 courses drawn from the
 * programme's themes, with the default framework's competencies and target levels; 15 trainers
 * (staff members, external people, organisations of the directory; some consenting to be shared);
 * 5 venues in the demo's quartiers. Deterministic (its own seed: the other demo files keep theirs).
 */

const DOMAINS: Record<string, [fr: string, ar: string]> = {
  social: ['Action sociale', 'العمل الاجتماعي'],
  planning: ['Planification', 'التخطيط'],
  project: ['Conception de projets', 'إعداد المشاريع'],
  me: ['Suivi et évaluation', 'التتبع والتقييم'],
  hr: ['Ressources humaines', 'الموارد البشرية'],
  conflict: ['Gestion des conflits', 'تدبير النزاعات'],
  comm: ['Communication', 'التواصل'],
  law: ['Droit des associations', 'قانون الجمعيات'],
  office: ['Bureautique', 'المكتبيات'],
  pedagogy: ['Pédagogie des centres de formation féminine', 'بيداغوجيا مراكز التكوين النسوي'],
  listening: ['Écoute et accompagnement', 'الإصغاء والمواكبة'],
  economics: ['Notions d’économie', 'مبادئ الاقتصاد'],
};

type Modality = 'in_person' | 'distance' | 'mixed' | 'training_action' | 'coaching' | 'exchange_visit' | 'expert_mission';
type Origin = 'internal' | 'national' | 'partner' | 'association' | 'other';
type Audience = 'staff' | 'associations' | 'both';

/** code, domain, titles, hours, modality, origin, audience, competencies as CODE:level. */
const COURSES: [string, string, string, string, number, Modality, Origin, Audience, string][] = [
  [
    'FOR-SOC-01',
    'social',
    'Accueil et orientation des publics',
    'استقبال المرتفقين وتوجيههم',
    14,
    'in_person',
    'internal',
    'both',
    'SOC-ACC:3,REL-COM:2',
  ],
  [
    'FOR-SOC-02',
    'social',
    'Diagnostic social du territoire',
    'التشخيص الاجتماعي للمجال الترابي',
    21,
    'mixed',
    'partner',
    'staff',
    'SOC-DIAG:3,PRJ-PART:2',
  ],
  [
    'FOR-SOC-03',
    'social',
    'Publics vulnérables : enfance, handicap, personnes âgées',
    'الفئات الهشة: الطفولة والإعاقة والمسنون',
    14,
    'in_person',
    'national',
    'both',
    'SOC-PUB:3',
  ],
  [
    'FOR-SOC-04',
    'social',
    'Cadre juridique de l’action sociale communale',
    'الإطار القانوني للعمل الاجتماعي الجماعي',
    7,
    'in_person',
    'national',
    'staff',
    'SOC-LAW:3',
  ],
  [
    'FOR-SOC-05',
    'social',
    'Visite d’échange avec un CPAS partenaire',
    'زيارة تبادل مع مركز عمومي للعمل الاجتماعي شريك',
    35,
    'exchange_visit',
    'partner',
    'staff',
    'SOC-ACC:3,SOC-DIAG:3',
  ],
  [
    'FOR-PLA-01',
    'planning',
    'Élaborer le plan d’action communal',
    'إعداد برنامج عمل الجماعة',
    21,
    'in_person',
    'national',
    'staff',
    'PRJ-PLAN:3',
  ],
  [
    'FOR-PLA-02',
    'planning',
    'Planification participative avec les associations',
    'التخطيط التشاركي مع الجمعيات',
    14,
    'training_action',
    'partner',
    'both',
    'PRJ-PLAN:2,PRJ-PART:3',
  ],
  [
    'FOR-PRJ-01',
    'project',
    'Cycle de projet et cadre logique',
    'دورة المشروع والإطار المنطقي',
    21,
    'in_person',
    'partner',
    'both',
    'PRJ-DESIGN:3',
  ],
  [
    'FOR-PRJ-02',
    'project',
    'Répondre à un appel à projets',
    'الاستجابة لطلب مشاريع',
    14,
    'mixed',
    'internal',
    'associations',
    'PRJ-DESIGN:2,ADM-WRITE:2',
  ],
  [
    'FOR-PRJ-03',
    'project',
    'Budget d’un projet associatif',
    'ميزانية مشروع جمعوي',
    7,
    'in_person',
    'internal',
    'associations',
    'ADM-FIN:2,PRJ-DESIGN:2',
  ],
  [
    'FOR-SE-01',
    'me',
    'Indicateurs de suivi et tableaux de bord',
    'مؤشرات التتبع ولوحات القيادة',
    14,
    'in_person',
    'partner',
    'staff',
    'PRJ-ME:3',
  ],
  ['FOR-SE-02', 'me', 'Évaluer une action sociale', 'تقييم عمل اجتماعي', 14, 'expert_mission', 'partner', 'both', 'PRJ-ME:3,SOC-DIAG:2'],
  [
    'FOR-SE-03',
    'me',
    'Rapport d’activité annuel',
    'التقرير السنوي للأنشطة',
    7,
    'distance',
    'internal',
    'associations',
    'PRJ-ME:2,ADM-WRITE:2',
  ],
  [
    'FOR-RH-01',
    'hr',
    'Bases de la gestion des ressources humaines',
    'أساسيات تدبير الموارد البشرية',
    14,
    'in_person',
    'national',
    'staff',
    'ADM-HR:2',
  ],
  ['FOR-RH-02', 'hr', 'Conduire l’entretien annuel', 'إجراء المقابلة السنوية', 7, 'coaching', 'internal', 'staff', 'ADM-HR:3,REL-COM:3'],
  [
    'FOR-RH-03',
    'hr',
    'Animer une équipe de bénévoles',
    'تنشيط فريق من المتطوعين',
    7,
    'in_person',
    'association',
    'associations',
    'REL-TEAM:3',
  ],
  [
    'FOR-CON-01',
    'conflict',
    'Prévenir et gérer les conflits',
    'الوقاية من النزاعات وتدبيرها',
    14,
    'in_person',
    'partner',
    'both',
    'REL-CONF:3',
  ],
  [
    'FOR-CON-02',
    'conflict',
    'Médiation sociale de proximité',
    'الوساطة الاجتماعية للقرب',
    21,
    'training_action',
    'association',
    'both',
    'REL-CONF:3,SOC-ACC:2',
  ],
  ['FOR-COM-01', 'comm', 'Communication interpersonnelle', 'التواصل بين الأشخاص', 14, 'in_person', 'internal', 'both', 'REL-COM:3'],
  ['FOR-COM-02', 'comm', 'Prise de parole en public', 'التحدث أمام الجمهور', 7, 'in_person', 'other', 'both', 'REL-COM:3'],
  [
    'FOR-COM-03',
    'comm',
    'Travailler en équipe pluridisciplinaire',
    'العمل ضمن فريق متعدد التخصصات',
    7,
    'in_person',
    'internal',
    'staff',
    'REL-TEAM:3',
  ],
  [
    'FOR-DRA-01',
    'law',
    'Loi sur les associations (dahir de 1958)',
    'قانون تأسيس الجمعيات (ظهير 1958)',
    7,
    'in_person',
    'national',
    'associations',
    'SOC-LAW:2',
  ],
  [
    'FOR-DRA-02',
    'law',
    'Gouvernance associative et assemblées générales',
    'الحكامة الجمعوية والجموع العامة',
    7,
    'in_person',
    'association',
    'associations',
    'SOC-LAW:2,ADM-WRITE:2',
  ],
  [
    'FOR-DRA-03',
    'law',
    'Partenariat et conventions avec la commune',
    'الشراكة والاتفاقيات مع الجماعة',
    7,
    'mixed',
    'internal',
    'both',
    'SOC-LAW:3,ADM-FIN:2',
  ],
  ['FOR-BUR-01', 'office', 'Traitement de texte et tableur', 'معالجة النصوص والجداول', 21, 'in_person', 'internal', 'both', 'ADM-IT:2'],
  [
    'FOR-BUR-02',
    'office',
    'Messagerie et partage de documents',
    'البريد الإلكتروني وتقاسم الوثائق',
    7,
    'distance',
    'internal',
    'both',
    'ADM-IT:2',
  ],
  [
    'FOR-PED-01',
    'pedagogy',
    'Pédagogie pour adultes',
    'بيداغوجيا تعليم الكبار',
    21,
    'in_person',
    'partner',
    'associations',
    'REL-COM:3,SOC-PUB:2',
  ],
  [
    'FOR-PED-02',
    'pedagogy',
    'Préparer et animer une séance de formation',
    'إعداد حصة تكوينية وتنشيطها',
    14,
    'training_action',
    'partner',
    'associations',
    'REL-COM:3,REL-TEAM:2',
  ],
  [
    'FOR-ECO-01',
    'listening',
    'Écoute active et entretien d’aide',
    'الإصغاء النشيط ومقابلة المساعدة',
    14,
    'in_person',
    'partner',
    'both',
    'SOC-ACC:3,REL-COM:3',
  ],
  [
    'FOR-ECO-02',
    'listening',
    'Accompagner les femmes en situation de précarité',
    'مواكبة النساء في وضعية هشاشة',
    14,
    'coaching',
    'association',
    'associations',
    'SOC-PUB:3,SOC-ACC:2',
  ],
  [
    'FOR-ECN-01',
    'economics',
    'Notions d’économie et activités génératrices de revenus',
    'مبادئ الاقتصاد والأنشطة المدرة للدخل',
    14,
    'in_person',
    'national',
    'associations',
    'ADM-FIN:2,PRJ-DESIGN:2',
  ],
  [
    'FOR-ECN-02',
    'economics',
    'Gérer la caisse d’une coopérative féminine',
    'تدبير صندوق تعاونية نسوية',
    7,
    'training_action',
    'association',
    'associations',
    'ADM-FIN:3',
  ],
];

/** External trainers: names, expertise, languages, daily rate in dirhams, consent. */
const EXTERNAL: [fr: string, ar: string, expertise: string, languages: string, rate: number, consent: boolean][] = [
  ['Hakima Zerouali', 'حكيمة الزروالي', 'REL-CONF,REL-COM', 'ar,fr', 2500, true],
  ['Mohamed Bentaleb', 'محمد بنطالب', 'PRJ-DESIGN,PRJ-ME', 'ar,fr', 3000, true],
  ['Anne Dubois', 'آن دوبوا', 'PRJ-ME,SOC-DIAG', 'fr,nl', 4500, true],
  ['Latifa Amrani', 'لطيفة العمراني', 'SOC-ACC,SOC-PUB', 'ar,ber', 1800, false],
  ['Rachid Ouazzani', 'رشيد الوزاني', 'ADM-IT', 'ar,fr', 1500, false],
  ['Samira Lahlou', 'سميرة لحلو', 'ADM-FIN,PRJ-DESIGN', 'ar,fr', 2200, true],
];

/** Venues: names, quartier (the demo directory's French name), capacity, accessible, equipment. */
const VENUES: [fr: string, ar: string, quartier: string, address: string, capacity: number, accessible: boolean, equipment: string][] = [
  [
    'Salle polyvalente de la commune',
    'القاعة المتعددة الاختصاصات للجماعة',
    'Centre-ville',
    'Boulevard Mohammed V',
    120,
    true,
    'Sonorisation, vidéoprojecteur',
  ],
  [
    'Centre de formation féminine Al Qods',
    'مركز التكوين النسوي القدس',
    'Hay Al Qods',
    'Rue 12, Hay Al Qods',
    30,
    true,
    'Tableau, machines à coudre',
  ],
  [
    'Centre de formation féminine Lalla Meriem',
    'مركز التكوين النسوي للا مريم',
    'Lalla Meriem',
    'Avenue Lalla Meriem',
    25,
    false,
    'Tableau, cuisine pédagogique',
  ],
  ['Local de l’association Espoir', 'مقر جمعية الأمل', 'Hay Essalam', 'Rue 4, Hay Essalam', 20, false, 'Tableau'],
  [
    'Salle de réunion de l’hôtel de ville',
    'قاعة الاجتماعات بمقر الجماعة',
    'Centre-ville',
    'Place de l’Hôtel de ville',
    40,
    true,
    'Écran, visioconférence',
  ],
];

const OBJECTIVES: Record<string, [fr: string, ar: string]> = {
  default: [
    'À l’issue de la formation, le participant sait appliquer les méthodes vues à des situations de son travail.',
    'في نهاية التكوين، يطبق المشارك الطرق المدروسة على وضعيات من عمله.',
  ],
};

export function generateCatalogue(ctx: DataContext): { courses: number; trainers: number; venues: number } {
  const rand = seededRandom(20120101);
  const competency = new Map(
    (ctx.sqlite.prepare('SELECT code, id FROM competencies').all() as { code: string; id: string }[]).map((r) => [r.code, r.id]),
  );
  const insertCourse = ctx.sqlite.prepare(
    `INSERT INTO courses (id, code, title_fr, title_ar, domain_fr, domain_ar, objectives_fr, objectives_ar, audience, hours, modality,
       evaluation_level, attestation, cost_per_participant_centimes, group_size, origin, languages)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLink = ctx.sqlite.prepare('INSERT INTO course_competencies (course_id, competency_id, target_level) VALUES (?, ?, ?)');
  for (const [code, domain, fr, ar, hours, modality, origin, audience, comps] of COURSES) {
    const id = newId();
    const [dFr, dAr] = DOMAINS[domain];
    const [oFr, oAr] = OBJECTIVES.default;
    insertCourse.run(
      id,
      code,
      fr,
      ar,
      dFr,
      dAr,
      `${fr} : ${oFr.charAt(0).toLowerCase()}${oFr.slice(1)}`,
      `${ar}: ${oAr}`,
      audience,
      hours,
      modality,
      1 + Math.floor(rand() * 3),
      hours >= 14 ? 'achievement' : 'attendance',
      (200 + Math.floor(rand() * 8) * 50) * 100,
      modality === 'coaching' ? 8 : 20,
      origin,
      origin === 'partner' ? 'fr,ar' : 'ar,fr',
    );
    for (const c of comps.split(',')) {
      const [cc, level] = c.split(':');
      const cid = competency.get(cc);
      if (cid) insertLink.run(id, cid, Number(level));
    }
    recordAudit(ctx, 'courses', id, 'create');
  }

  const insertTrainer = ctx.sqlite.prepare(
    `INSERT INTO trainers (id, kind, staff_id, organization_id, name_fr, name_ar, bio_fr, bio_ar, languages, daily_rate_centimes, phone, email,
       share_consent, consent_date, allow_double_booking) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertExpertise = ctx.sqlite.prepare('INSERT INTO trainer_expertise (trainer_id, competency_id) VALUES (?, ?)');
  const expertise = (id: string, codes: string) => {
    for (const c of codes.split(',')) if (competency.get(c)) insertExpertise.run(id, competency.get(c));
  };
  const phone = () =>
    `06 ${String(10 + Math.floor(rand() * 90))} ${String(10 + Math.floor(rand() * 90))} ${String(10 + Math.floor(rand() * 90))} ${String(10 + Math.floor(rand() * 90))}`;
  let trainers = 0;

  // Internal: five heads of unit of the Service, each with what their job requires most.
  const heads = ctx.sqlite
    .prepare(
      `SELECT s.id, s.phone, s.email, (SELECT group_concat(c.code) FROM job_requirements r JOIN competencies c ON c.id = r.competency_id
         WHERE r.job_id = s.job_id AND r.importance = 'essential') AS codes
       FROM staff s WHERE s.is_manager = 1 AND s.status = 'active' ORDER BY s.matricule LIMIT 5`,
    )
    .all() as { id: string; phone: string; email: string; codes: string | null }[];
  heads.forEach((h, i) => {
    const id = newId();
    insertTrainer.run(
      id,
      'internal',
      h.id,
      null,
      '',
      '',
      'Cadre du Service d’action sociale, forme ses collègues et les associations.',
      'إطار بمصلحة العمل الاجتماعي، يكوّن زملاءه والجمعيات.',
      'ar,fr',
      0,
      h.phone,
      h.email,
      i < 2 ? 1 : 0,
      i < 2 ? '2025-03-15' : null,
      0,
    );
    expertise(id, h.codes || 'REL-COM');
    recordAudit(ctx, 'trainers', id, 'create');
    trainers++;
  });

  EXTERNAL.forEach(([fr, ar, codes, languages, rate, consent], i) => {
    const id = newId();
    const slug = fr
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z]+/g, '.');
    insertTrainer.run(
      id,
      'external',
      null,
      null,
      fr,
      ar,
      'Formateur indépendant, intervient auprès des collectivités et des associations.',
      'مكوّن مستقل، يتدخل لدى الجماعات الترابية والجمعيات.',
      languages,
      rate * 100,
      phone(),
      `${slug}@formation.example.ma`,
      consent ? 1 : 0,
      consent ? `2025-0${1 + (i % 6)}-10` : null,
      0,
    );
    expertise(id, codes);
    recordAudit(ctx, 'trainers', id, 'create');
    trainers++;
  });

  // Organisations: four associations of the directory that train others (several trainers: double booking allowed).
  const orgs = ctx.sqlite.prepare('SELECT id FROM organizations ORDER BY id LIMIT 4').all() as { id: string }[];
  const orgCodes = ['SOC-PUB,SOC-ACC', 'REL-CONF,PRJ-PART', 'ADM-FIN,PRJ-DESIGN', 'REL-TEAM,SOC-LAW'];
  orgs.forEach((o, i) => {
    const id = newId();
    insertTrainer.run(
      id,
      'organisation',
      null,
      o.id,
      '',
      '',
      'Association locale qui anime des formations pour ses pairs.',
      'جمعية محلية تؤطر تكوينات لفائدة نظيراتها.',
      'ar',
      1200 * 100,
      phone(),
      '',
      i % 2 === 0 ? 1 : 0,
      i % 2 === 0 ? '2024-11-20' : null,
      1,
    );
    expertise(id, orgCodes[i]);
    recordAudit(ctx, 'trainers', id, 'create');
    trainers++;
  });

  const quartier = ctx.sqlite.prepare("SELECT id FROM directory_terms WHERE kind = 'quartier' AND name_fr = ?");
  const insertVenue = ctx.sqlite.prepare(
    'INSERT INTO venues (id, name_fr, name_ar, address, quartier_id, capacity, accessible, equipment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const [fr, ar, q, address, capacity, accessible, equipment] of VENUES) {
    const id = newId();
    insertVenue.run(
      id,
      fr,
      ar,
      address,
      (quartier.get(q) as { id: string } | undefined)?.id ?? null,
      capacity,
      accessible ? 1 : 0,
      equipment,
    );
    recordAudit(ctx, 'venues', id, 'create');
  }
  return { courses: COURSES.length, trainers, venues: VENUES.length };
}
