import type { DataContext } from '../../core/context';
import { newId } from '../../core/ids';

type Kind = 'domain' | 'public' | 'language' | 'legal_status';

/** The starting lists of a Moroccan commune's directory; users edit them afterwards. */
const TERMS: Record<Kind, [code: string, fr: string, ar: string][]> = {
  domain: [
    ['social', 'Action sociale', 'العمل الاجتماعي'],
    ['culture', 'Culture', 'الثقافة'],
    ['sport', 'Sport', 'الرياضة'],
    ['education', 'Éducation', 'التربية والتعليم'],
    ['health', 'Santé', 'الصحة'],
    ['women', 'Femmes', 'المرأة'],
    ['disability', 'Handicap', 'الإعاقة'],
    ['youth', 'Jeunesse', 'الشباب'],
    ['childhood', 'Enfance', 'الطفولة'],
    ['elderly', 'Personnes âgées', 'المسنون'],
    ['environment', 'Environnement', 'البيئة'],
    ['development', 'Développement local', 'التنمية المحلية'],
  ],
  public: [
    ['children', 'Enfants', 'الأطفال'],
    ['youth', 'Jeunes', 'الشباب'],
    ['women', 'Femmes', 'النساء'],
    ['elderly', 'Personnes âgées', 'المسنون'],
    ['disabled', 'Personnes en situation de handicap', 'الأشخاص في وضعية إعاقة'],
    ['families', 'Familles', 'الأسر'],
    ['migrants', 'Migrants', 'المهاجرون'],
    ['all', 'Tout public', 'عموم المواطنين'],
  ],
  language: [
    ['ar', 'Arabe', 'العربية'],
    ['dar', 'Darija', 'الدارجة'],
    ['tzm', 'Tamazight', 'الأمازيغية'],
    ['fr', 'Français', 'الفرنسية'],
    ['es', 'Espagnol', 'الإسبانية'],
    ['en', 'Anglais', 'الإنجليزية'],
  ],
  legal_status: [
    ['association', 'Association (Dahir 1958)', 'جمعية (ظهير 1958)'],
    ['public_utility', "Association reconnue d'utilité publique", 'جمعية ذات منفعة عامة'],
    ['cooperative', 'Coopérative (loi 112-12)', 'تعاونية (قانون 112-12)'],
    ['foundation', 'Fondation', 'مؤسسة'],
    ['public_body', 'Établissement public', 'مؤسسة عمومية'],
    ['ngo', 'ONG internationale', 'منظمة غير حكومية دولية'],
  ],
};

/** Objective criteria for choosing partner associations (subsidy regulation of 2016). */
const CRITERIA: [code: string, fr: string, ar: string, weight: number, validityMonths: number | null][] = [
  ['legal', 'Récépissé légal en cours de validité', 'وصل الإيداع القانوني ساري المفعول', 3, null],
  ['assembly', 'Assemblée générale tenue cette année', 'عقد الجمع العام هذه السنة', 2, 12],
  ['financial', 'Rapport financier déposé', 'إيداع التقرير المالي', 2, 12],
  ['activity', "Rapport d'activités déposé", 'إيداع تقرير الأنشطة', 2, 12],
  ['accounts', 'Comptes tenus et compte bancaire au nom de l’association', 'مسك الحسابات وحساب بنكي باسم الجمعية', 1, null],
  ['premises', 'Local identifié', 'مقر معروف', 1, null],
];

/**
 * Gives the directory its default lists the first time they are needed (never on a read-only
 * dataset). Terms and criteria are only archived, never deleted, so an empty table means "never seeded".
 */
export function ensureDirectoryDefaults(ctx: DataContext): void {
  if (ctx.readOnly) return;
  const empty = (table: string) => !ctx.sqlite.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get();
  if (!empty('directory_terms') && !empty('quality_criteria')) return;
  ctx.sqlite
    .transaction(() => {
      if (empty('directory_terms')) {
        const insert = ctx.sqlite.prepare(
          'INSERT INTO directory_terms (id, kind, code, name_fr, name_ar, position) VALUES (?, ?, ?, ?, ?, ?)',
        );
        for (const [kind, list] of Object.entries(TERMS)) list.forEach(([code, fr, ar], i) => insert.run(newId(), kind, code, fr, ar, i));
      }
      if (empty('quality_criteria')) {
        const insert = ctx.sqlite.prepare(
          'INSERT INTO quality_criteria (id, code, name_fr, name_ar, weight, validity_months, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
        );
        CRITERIA.forEach(([code, fr, ar, w, v], i) => insert.run(newId(), code, fr, ar, w, v, i));
      }
    })
    .immediate();
}
