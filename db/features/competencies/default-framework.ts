/**
 * The framework a new installation starts with: the competencies a commune's Social Action
 * Service needs (from the programme's operational plan, DOMAIN.md), in French and Arabic.
 * The user adapts it; nothing here is fixed.
 */
export interface DefaultCategory {
  code: string;
  fr: string;
  ar: string;
  competencies: { code: string; fr: string; ar: string; descFr: string; descAr: string }[];
}

export const DEFAULT_SCALE = [
  {
    level: 1,
    nameFr: 'Notions',
    nameAr: 'مفاهيم أولية',
    descriptorFr: "Connaît les notions de base ; agit avec l'aide d'un collègue.",
    descriptorAr: 'يعرف المفاهيم الأساسية؛ يعمل بمساعدة زميل.',
  },
  {
    level: 2,
    nameFr: 'Application',
    nameAr: 'تطبيق',
    descriptorFr: 'Applique seul dans les situations courantes.',
    descriptorAr: 'يطبق بشكل مستقل في الحالات الاعتيادية.',
  },
  {
    level: 3,
    nameFr: 'Maîtrise',
    nameAr: 'تمكّن',
    descriptorFr: 'Maîtrise les situations complexes et imprévues.',
    descriptorAr: 'يتحكم في الحالات المعقدة وغير المتوقعة.',
  },
  {
    level: 4,
    nameFr: 'Expertise',
    nameAr: 'خبرة',
    descriptorFr: 'Fait évoluer les pratiques et forme les autres.',
    descriptorAr: 'يطوّر الممارسات ويكوّن الآخرين.',
  },
];

/** Level 3 ("Maîtrise") and above count as proficient. */
export const DEFAULT_PROFICIENT_LEVEL = 3;

export const DEFAULT_FRAMEWORK: DefaultCategory[] = [
  {
    code: 'SOC',
    fr: 'Intervention sociale',
    ar: 'التدخل الاجتماعي',
    competencies: [
      {
        code: 'SOC-DIAG',
        fr: 'Diagnostic social',
        ar: 'التشخيص الاجتماعي',
        descFr: "Recueillir et analyser les données sociales d'un territoire et de ses publics.",
        descAr: 'جمع وتحليل المعطيات الاجتماعية للمجال الترابي وفئاته.',
      },
      {
        code: 'SOC-ACC',
        fr: 'Accueil, écoute et orientation',
        ar: 'الاستقبال والإنصات والتوجيه',
        descFr: 'Accueillir les citoyens, comprendre leur demande et les orienter vers le bon service.',
        descAr: 'استقبال المواطنين وفهم طلباتهم وتوجيههم نحو المصلحة المناسبة.',
      },
      {
        code: 'SOC-PUB',
        fr: 'Connaissance des publics cibles',
        ar: 'معرفة الفئات المستهدفة',
        descFr: 'Enfance, jeunesse, femmes, personnes âgées et personnes en situation de handicap.',
        descAr: 'الطفولة والشباب والنساء والمسنون والأشخاص في وضعية إعاقة.',
      },
      {
        code: 'SOC-LAW',
        fr: 'Droit des associations',
        ar: 'قانون الجمعيات',
        descFr: 'Cadre juridique des associations, conventions de partenariat et règlement des subventions.',
        descAr: 'الإطار القانوني للجمعيات واتفاقيات الشراكة ونظام المنح.',
      },
    ],
  },
  {
    code: 'PRJ',
    fr: 'Gestion de projets sociaux',
    ar: 'تدبير المشاريع الاجتماعية',
    competencies: [
      {
        code: 'PRJ-PLAN',
        fr: 'Planification',
        ar: 'التخطيط',
        descFr: "Traduire une politique sociale en plan d'action avec objectifs, moyens et calendrier.",
        descAr: 'ترجمة السياسة الاجتماعية إلى خطة عمل بأهداف ووسائل وجدولة زمنية.',
      },
      {
        code: 'PRJ-DESIGN',
        fr: 'Conception de projets',
        ar: 'إعداد المشاريع',
        descFr: 'Concevoir un projet social intégré et rédiger sa fiche projet.',
        descAr: 'تصميم مشروع اجتماعي مندمج وتحرير بطاقته.',
      },
      {
        code: 'PRJ-ME',
        fr: 'Suivi et évaluation',
        ar: 'التتبع والتقييم',
        descFr: 'Définir des indicateurs, suivre leur évolution et évaluer les résultats.',
        descAr: 'تحديد المؤشرات وتتبع تطورها وتقييم النتائج.',
      },
      {
        code: 'PRJ-PART',
        fr: 'Partenariat avec les associations',
        ar: 'الشراكة مع الجمعيات',
        descFr: 'Identifier, choisir et accompagner les associations partenaires selon des critères objectifs.',
        descAr: 'تحديد الجمعيات الشريكة واختيارها ومواكبتها وفق معايير موضوعية.',
      },
    ],
  },
  {
    code: 'REL',
    fr: 'Compétences relationnelles',
    ar: 'الكفاءات العلائقية',
    competencies: [
      {
        code: 'REL-COM',
        fr: 'Communication',
        ar: 'التواصل',
        descFr: "S'exprimer clairement à l'oral et à l'écrit, en français et en arabe.",
        descAr: 'التعبير بوضوح شفهيا وكتابيا بالعربية والفرنسية.',
      },
      {
        code: 'REL-CONF',
        fr: 'Gestion des conflits',
        ar: 'تدبير النزاعات',
        descFr: 'Prévenir et apaiser les tensions avec les usagers et entre partenaires.',
        descAr: 'الوقاية من التوترات مع المرتفقين وبين الشركاء وتهدئتها.',
      },
      {
        code: 'REL-TEAM',
        fr: 'Travail en équipe',
        ar: 'العمل الجماعي',
        descFr: 'Coopérer avec les collègues et les autres services de la commune.',
        descAr: 'التعاون مع الزملاء ومع باقي مصالح الجماعة.',
      },
    ],
  },
  {
    code: 'ADM',
    fr: 'Gestion administrative',
    ar: 'التدبير الإداري',
    competencies: [
      {
        code: 'ADM-HR',
        fr: 'Bases de la gestion des ressources humaines',
        ar: 'أساسيات تدبير الموارد البشرية',
        descFr: 'Fiches de poste, évaluation des compétences, plan de formation.',
        descAr: 'بطاقات الوظائف وتقييم الكفاءات ومخطط التكوين.',
      },
      {
        code: 'ADM-FIN',
        fr: 'Gestion administrative et financière',
        ar: 'التدبير الإداري والمالي',
        descFr: 'Budget, marchés, pièces justificatives et suivi des dépenses.',
        descAr: 'الميزانية والصفقات والوثائق المثبتة وتتبع النفقات.',
      },
      {
        code: 'ADM-WRITE',
        fr: 'Rédaction administrative',
        ar: 'التحرير الإداري',
        descFr: 'Rédiger courriers, rapports et procès-verbaux.',
        descAr: 'تحرير المراسلات والتقارير والمحاضر.',
      },
      {
        code: 'ADM-IT',
        fr: 'Bureautique',
        ar: 'المكتبيات',
        descFr: 'Traitement de texte, tableur, messagerie et archivage numérique.',
        descAr: 'معالجة النصوص والجداول والبريد الإلكتروني والأرشفة الرقمية.',
      },
    ],
  },
];
