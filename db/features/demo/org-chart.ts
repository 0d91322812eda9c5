/**
 * A plausible organisation chart for a commune like Berkane (about 490 staff). `weight` is the
 * unit's share of the staff; `jobs` the job codes held there (the first is the unit head's).
 */
export interface DemoUnit {
  kind: 'direction' | 'division' | 'service' | 'bureau';
  code: string;
  fr: string;
  ar: string;
  weight: number;
  jobs: string[];
  children?: DemoUnit[];
}

const bureau = (code: string, fr: string, ar: string, weight: number, jobs: string[]): DemoUnit => ({
  kind: 'bureau',
  code,
  fr,
  ar,
  weight,
  jobs: ['CHBUR', ...jobs],
});
const service = (code: string, fr: string, ar: string, weight: number, jobs: string[], children: DemoUnit[] = []): DemoUnit => ({
  kind: 'service',
  code,
  fr,
  ar,
  weight,
  jobs: ['CHSRV', ...jobs],
  children,
});
const division = (code: string, fr: string, ar: string, children: DemoUnit[]): DemoUnit => ({
  kind: 'division',
  code,
  fr,
  ar,
  weight: 2,
  jobs: ['CHDIV', 'SEC'],
  children,
});

export const DEMO_ORG_CHART: DemoUnit = {
  kind: 'direction',
  code: 'DGS',
  fr: 'Direction Générale des Services',
  ar: 'المديرية العامة للمصالح',
  weight: 4,
  jobs: ['DGS', 'SEC', 'INFO'],
  children: [
    division('DAA', 'Division des Affaires Administratives', 'قسم الشؤون الإدارية', [
      service(
        'SRH',
        'Service des Ressources Humaines',
        'مصلحة الموارد البشرية',
        3,
        ['RH-GEST'],
        [
          bureau('BGP', 'Bureau de la gestion du personnel', 'مكتب تدبير شؤون الموظفين', 5, ['RH-GEST', 'ADM-AG']),
          bureau('BFOR', 'Bureau de la formation', 'مكتب التكوين', 3, ['RH-FORM']),
        ],
      ),
      service(
        'SEC-CIV',
        "Service de l'État Civil",
        'مصلحة الحالة المدنية',
        4,
        ['EC-OFF'],
        [
          bureau('BNAIS', 'Bureau des naissances et décès', 'مكتب الولادات والوفيات', 12, ['EC-AG', 'EC-OFF']),
          bureau('BLEG', 'Bureau de la légalisation des signatures', 'مكتب تصحيح الإمضاءات', 14, ['EC-AG', 'ADM-AG']),
        ],
      ),
      service('SBO', "Service du Bureau d'Ordre et des Archives", 'مصلحة مكتب الضبط والأرشيف', 8, ['BO-AG', 'ADM-AG']),
      service('SINF', 'Service Informatique', 'مصلحة المعلوميات', 4, ['INFO']),
    ]),
    division('DASC', 'Division des Affaires Sociales et Culturelles', 'قسم الشؤون الاجتماعية والثقافية', [
      service(
        'SAS',
        "Service d'Action Sociale",
        'مصلحة العمل الاجتماعي',
        3,
        ['SAS-RESP', 'SAS-AS'],
        [
          bureau('BACC', "Bureau de l'accueil et de l'orientation", 'مكتب الاستقبال والتوجيه', 4, ['SAS-ACC', 'SAS-AS']),
          bureau('BPART', 'Bureau du partenariat associatif', 'مكتب الشراكة مع الجمعيات', 3, ['SAS-PART', 'SAS-ANIM']),
        ],
      ),
      service(
        'SCS',
        'Service des Affaires Culturelles et Sportives',
        'مصلحة الشؤون الثقافية والرياضية',
        10,
        ['CULT-ANIM', 'ADM-AG'],
        [bureau('BBIB', 'Bureau des bibliothèques et maisons de jeunes', 'مكتب الخزانات ودور الشباب', 6, ['CULT-ANIM'])],
      ),
      service('BCH', "Bureau Communal d'Hygiène", 'المكتب الجماعي لحفظ الصحة', 12, ['SANT-MED', 'ENV-AGT']),
    ]),
    division('DAF', 'Division des Affaires Financières', 'قسم الشؤون المالية', [
      service(
        'SBC',
        'Service du Budget et de la Comptabilité',
        'مصلحة الميزانية والمحاسبة',
        6,
        ['FIN-BUDG', 'FIN-COMPT'],
        [bureau('BENG', 'Bureau des engagements', 'مكتب الالتزامات', 4, ['FIN-COMPT'])],
      ),
      service('SMAR', 'Service des Marchés', 'مصلحة الصفقات', 5, ['FIN-MARCH', 'ADM-AG']),
      service(
        'SREC',
        'Service des Recettes',
        'مصلحة المداخيل',
        6,
        ['FIN-REG', 'ADM-AG'],
        [
          bureau('BREG', 'Bureau de la régie des recettes', 'مكتب وكالة المداخيل', 8, ['FIN-REG', 'ADM-AG']),
          bureau('BTAX', 'Bureau des taxes locales', 'مكتب الرسوم المحلية', 7, ['ADM-AG']),
        ],
      ),
    ]),
    division('DT', 'Division Technique', 'القسم التقني', [
      service(
        'SURB',
        "Service de l'Urbanisme",
        'مصلحة التعمير',
        5,
        ['URB-ARCH', 'TECH-TECH'],
        [bureau('BAUT', 'Bureau des autorisations de construire', 'مكتب رخص البناء', 5, ['TECH-TECH', 'ADM-AG'])],
      ),
      service(
        'STRAV',
        'Service des Travaux',
        'مصلحة الأشغال',
        30,
        ['TECH-ING', 'TECH-TECH'],
        [
          bureau('BVOI', 'Bureau de la voirie', 'مكتب الطرق', 30, ['TECH-TECH']),
          bureau('BECL', "Bureau de l'éclairage public", 'مكتب الإنارة العمومية', 14, ['TECH-TECH']),
        ],
      ),
      service(
        'SENV',
        "Service de l'Environnement et des Espaces Verts",
        'مصلحة البيئة والمساحات الخضراء',
        35,
        ['ENV-JARD', 'ENV-AGT'],
        [
          bureau('BEV', 'Bureau des espaces verts', 'مكتب المساحات الخضراء', 40, ['ENV-JARD']),
          bureau('BPROP', 'Bureau de la propreté', 'مكتب النظافة', 45, ['ENV-AGT']),
        ],
      ),
      service('SPARC', 'Service du Parc Automobile', 'مصلحة حظيرة السيارات', 22, ['PARC-CHAUF', 'TECH-TECH']),
    ]),
    division('DPAT', 'Division du Patrimoine', 'قسم الممتلكات', [
      service(
        'SPAT',
        'Service du Patrimoine Communal',
        'مصلحة الممتلكات الجماعية',
        6,
        ['PAT-GEST', 'ADM-AG'],
        [bureau('BMARCH', 'Bureau des marchés et souks', 'مكتب الأسواق', 8, ['PAT-GEST', 'ADM-AG'])],
      ),
    ]),
  ],
};
