/**
 * Demo job descriptions in the structure of Moroccan communes' job sheets. Requirements are
 * `competency code:level:importance` (e = essential, i = important, u = useful).
 */
export interface DemoJob {
  code: string;
  fr: string;
  ar: string;
  fieldFr: string;
  fieldAr: string;
  missionFr: string;
  missionAr: string;
  reportsTo?: string;
  requires: string[];
}

const ADMIN = ['Administration générale', 'الإدارة العامة'];
const SOCIAL = ['Action sociale', 'العمل الاجتماعي'];
const FIN = ['Finances', 'المالية'];
const TECH = ['Services techniques', 'المصالح التقنية'];

const job = (code: string, fr: string, ar: string, [fieldFr, fieldAr]: string[], missionFr: string, missionAr: string, requires: string[], reportsTo?: string): DemoJob => ({
  code, fr, ar, fieldFr, fieldAr, missionFr, missionAr, requires, reportsTo,
});

export const DEMO_JOBS: DemoJob[] = [
  job('DGS', 'Directeur Général des Services', 'المدير العام للمصالح', ADMIN, "Coordonner l'ensemble des services de la commune sous l'autorité du président du conseil.", 'تنسيق جميع مصالح الجماعة تحت سلطة رئيس المجلس.', ['PRJ-PLAN:4:e', 'ADM-HR:3:e', 'REL-COM:4:e', 'ADM-FIN:3:i']),
  job('CHDIV', 'Chef de division', 'رئيس قسم', ADMIN, 'Diriger une division et coordonner ses services.', 'تسيير قسم وتنسيق مصالحه.', ['PRJ-PLAN:3:e', 'ADM-HR:3:e', 'REL-COM:3:i', 'REL-TEAM:3:i'], 'DGS'),
  job('CHSRV', 'Chef de service', 'رئيس مصلحة', ADMIN, "Organiser le travail du service et suivre l'atteinte de ses objectifs.", 'تنظيم عمل المصلحة وتتبع تحقيق أهدافها.', ['PRJ-PLAN:3:e', 'PRJ-ME:3:i', 'ADM-HR:2:i', 'REL-TEAM:3:i'], 'CHDIV'),
  job('CHBUR', 'Chef de bureau', 'رئيس مكتب', ADMIN, 'Encadrer les agents du bureau et assurer le traitement des dossiers.', 'تأطير موظفي المكتب وضمان معالجة الملفات.', ['ADM-WRITE:3:e', 'REL-TEAM:3:i', 'ADM-IT:2:i'], 'CHSRV'),
  job('SAS-RESP', "Responsable du Service d'Action Sociale", 'مسؤول مصلحة العمل الاجتماعي', SOCIAL, "Mettre en œuvre la politique d'action sociale de la commune avec les acteurs locaux.", 'تنفيذ السياسة الاجتماعية للجماعة بتعاون مع الفاعلين المحليين.', ['SOC-DIAG:4:e', 'PRJ-PLAN:3:e', 'PRJ-ME:3:e', 'PRJ-PART:3:e', 'SOC-LAW:3:i', 'REL-COM:3:i'], 'CHDIV'),
  job('SAS-AS', 'Assistant(e) social(e)', 'مساعد(ة) اجتماعي(ة)', SOCIAL, 'Accompagner les personnes et les familles en difficulté et les orienter.', 'مواكبة الأشخاص والأسر في وضعية صعبة وتوجيههم.', ['SOC-ACC:3:e', 'SOC-DIAG:3:e', 'SOC-PUB:3:e', 'REL-CONF:3:i', 'ADM-WRITE:2:u'], 'SAS-RESP'),
  job('SAS-ANIM', 'Animateur socioculturel', 'منشط سوسيوثقافي', SOCIAL, 'Concevoir et animer des activités pour les jeunes, les femmes et les enfants.', 'تصميم وتنشيط أنشطة لفائدة الشباب والنساء والأطفال.', ['SOC-PUB:3:e', 'REL-COM:3:e', 'PRJ-DESIGN:2:i', 'REL-CONF:2:i'], 'SAS-RESP'),
  job('SAS-PART', 'Chargé(e) du partenariat associatif', 'مكلف(ة) بالشراكة مع الجمعيات', SOCIAL, 'Tenir le relevé des associations, préparer les conventions et suivre les subventions.', 'مسك سجل الجمعيات وإعداد الاتفاقيات وتتبع المنح.', ['PRJ-PART:3:e', 'SOC-LAW:3:e', 'PRJ-ME:3:i', 'ADM-FIN:2:i', 'ADM-IT:2:u'], 'SAS-RESP'),
  job('SAS-ACC', "Agent d'accueil et d'orientation", 'عون الاستقبال والتوجيه', SOCIAL, 'Accueillir les citoyens au guichet social et les orienter.', 'استقبال المواطنين بالشباك الاجتماعي وتوجيههم.', ['SOC-ACC:3:e', 'REL-COM:2:e', 'REL-CONF:2:i', 'ADM-IT:1:u'], 'SAS-RESP'),
  job('RH-GEST', 'Gestionnaire des ressources humaines', 'مدبر الموارد البشرية', ADMIN, 'Gérer les dossiers administratifs du personnel.', 'تدبير الملفات الإدارية للموظفين.', ['ADM-HR:3:e', 'ADM-WRITE:3:i', 'ADM-IT:2:i']),
  job('RH-FORM', 'Chargé(e) de formation (référent RH)', 'مكلف(ة) بالتكوين', ADMIN, 'Recenser les besoins, bâtir le plan de formation et évaluer ses effets.', 'رصد الحاجيات وإعداد مخطط التكوين وتقييم آثاره.', ['ADM-HR:3:e', 'PRJ-PLAN:3:e', 'PRJ-ME:3:e', 'REL-COM:3:i']),
  job('EC-OFF', "Officier d'état civil", 'ضابط الحالة المدنية', ADMIN, "Tenir les registres de l'état civil et délivrer les actes.", 'مسك سجلات الحالة المدنية وتسليم الرسوم.', ['ADM-WRITE:3:e', 'SOC-ACC:2:i', 'SOC-LAW:2:u']),
  job('EC-AG', "Agent d'état civil", 'عون الحالة المدنية', ADMIN, 'Recevoir les déclarations et préparer les actes.', 'تلقي التصريحات وإعداد الرسوم.', ['SOC-ACC:2:e', 'ADM-WRITE:2:i', 'ADM-IT:2:i']),
  job('BO-AG', "Agent du bureau d'ordre", 'عون مكتب الضبط', ADMIN, 'Enregistrer et distribuer le courrier, tenir les archives.', 'تسجيل البريد وتوزيعه ومسك الأرشيف.', ['ADM-IT:2:e', 'ADM-WRITE:2:i']),
  job('ADM-AG', 'Agent administratif', 'عون إداري', ADMIN, 'Traiter les dossiers courants et accueillir le public.', 'معالجة الملفات الجارية واستقبال المرتفقين.', ['ADM-WRITE:2:i', 'ADM-IT:2:i', 'SOC-ACC:2:u']),
  job('SEC', 'Secrétaire de direction', 'كاتب(ة) المديرية', ADMIN, "Organiser l'agenda, le courrier et les réunions de la direction.", 'تنظيم جدول الأعمال والبريد واجتماعات المديرية.', ['ADM-WRITE:3:e', 'ADM-IT:3:e', 'REL-COM:2:i']),
  job('INFO', 'Informaticien(ne)', 'مختص(ة) في المعلوميات', ADMIN, 'Maintenir le parc informatique et les applications de la commune.', 'صيانة العتاد المعلوماتي وتطبيقات الجماعة.', ['ADM-IT:4:e', 'REL-TEAM:2:i']),
  job('FIN-COMPT', 'Comptable', 'محاسب', FIN, 'Tenir la comptabilité et préparer les mandats de paiement.', 'مسك المحاسبة وإعداد حوالات الأداء.', ['ADM-FIN:3:e', 'ADM-IT:3:i']),
  job('FIN-BUDG', 'Chargé(e) du budget', 'مكلف(ة) بالميزانية', FIN, 'Préparer le budget et suivre son exécution.', 'إعداد الميزانية وتتبع تنفيذها.', ['ADM-FIN:4:e', 'PRJ-PLAN:3:i', 'ADM-IT:3:i']),
  job('FIN-MARCH', 'Chargé(e) des marchés publics', 'مكلف(ة) بالصفقات العمومية', FIN, "Préparer les appels d'offres et suivre l'exécution des marchés.", 'إعداد طلبات العروض وتتبع تنفيذ الصفقات.', ['ADM-FIN:3:e', 'ADM-WRITE:3:e', 'SOC-LAW:2:u']),
  job('FIN-REG', 'Régisseur des recettes', 'شسيع المداخيل', FIN, 'Percevoir les recettes communales et tenir la caisse.', 'استخلاص المداخيل الجماعية ومسك الصندوق.', ['ADM-FIN:3:e', 'SOC-ACC:2:i']),
  job('TECH-ING', 'Ingénieur(e)', 'مهندس(ة)', TECH, 'Concevoir et suivre les projets techniques de la commune.', 'تصميم وتتبع المشاريع التقنية للجماعة.', ['PRJ-DESIGN:3:e', 'PRJ-ME:3:i', 'ADM-FIN:2:u']),
  job('TECH-TECH', 'Technicien(ne)', 'تقني(ة)', TECH, 'Réaliser et contrôler les travaux et interventions techniques.', 'إنجاز ومراقبة الأشغال والتدخلات التقنية.', ['REL-TEAM:2:i', 'ADM-IT:1:u']),
  job('URB-ARCH', 'Architecte', 'مهندس(ة) معماري(ة)', TECH, "Instruire les demandes d'autorisation et conseiller sur l'urbanisme.", 'دراسة طلبات الرخص وتقديم الاستشارة في التعمير.', ['PRJ-DESIGN:3:e', 'REL-COM:2:i', 'SOC-LAW:2:u']),
  job('ENV-JARD', 'Jardinier(ère)', 'بستاني(ة)', TECH, 'Entretenir les jardins et espaces verts.', 'صيانة الحدائق والمساحات الخضراء.', ['REL-TEAM:2:i']),
  job('ENV-AGT', "Agent d'hygiène et de propreté", 'عون النظافة', TECH, 'Assurer la propreté de la ville et la lutte contre les nuisances.', 'ضمان نظافة المدينة ومحاربة الأضرار.', ['REL-TEAM:2:i', 'SOC-ACC:1:u']),
  job('PARC-CHAUF', 'Chauffeur', 'سائق', TECH, 'Conduire et entretenir les véhicules communaux.', 'سياقة وصيانة سيارات الجماعة.', ['REL-TEAM:2:i']),
  job('CULT-ANIM', 'Animateur(trice) culturel(le) et sportif(ve)', 'منشط(ة) ثقافي(ة) ورياضي(ة)', SOCIAL, 'Animer les équipements culturels et sportifs de proximité.', 'تنشيط المرافق الثقافية والرياضية للقرب.', ['SOC-PUB:2:e', 'REL-COM:3:i', 'PRJ-DESIGN:2:u']),
  job('PAT-GEST', 'Gestionnaire du patrimoine', 'مدبر(ة) الممتلكات', FIN, 'Tenir le sommier des biens communaux et suivre les locations.', 'مسك سجل الممتلكات الجماعية وتتبع الأكرية.', ['ADM-FIN:2:e', 'SOC-LAW:2:i', 'ADM-IT:2:i']),
  job('SANT-MED', "Médecin du bureau communal d'hygiène", 'طبيب(ة) المكتب الجماعي لحفظ الصحة', SOCIAL, "Veiller à l'hygiène publique et au contrôle sanitaire.", 'السهر على الصحة العمومية والمراقبة الصحية.', ['SOC-DIAG:3:i', 'REL-COM:3:i', 'PRJ-ME:2:u']),
];
