import { INDICATOR_ROWS, type IndicatorKey, type IndicatorKind } from '../../../api/channels/evaluation';
import type { Profile } from '../../../api/channels/backup';
import type { Language } from '../../../api/channels/settings';
import type { DataContext } from '../../core/context';
import { type SheetCell, toXlsxCells } from '../../tabular/write-sheet';
import { comparePartners } from './compare';

/**
 * The programme view as a workbook (`partners.compareExport`): one column per partner, one row
 * per indicator, as on the screen — headers in the language asked for, figures as numbers with
 * their format, so the coordinator can compute with them in a spreadsheet. The words live here
 * because the file is written by the core (like the CLI's labels); the screen has the same ones
 * in renderer/src/features/partners/i18n.
 */

type Key = IndicatorKey;
type Kind = IndicatorKind;

const FORMATS: Record<Kind, string> = {
  count: '0',
  rate: '0.0%',
  hours: '0.00',
  index: '0.00',
  dirhams: '#,##0.00',
};

const WORDS: Record<
  Language,
  {
    title: string;
    indicator: string;
    date: string;
    profile: string;
    none: string;
    noPartner: string;
    labels: Record<Key, string>;
    profiles: Record<Profile, string>;
    unnamed: string;
  }
> = {
  fr: {
    title: 'Indicateurs de formation {{year}}, par partenaire',
    indicator: 'Indicateur',
    date: 'Date de la sauvegarde',
    profile: 'Contenu de la sauvegarde',
    none: '— : rien à calculer cette année (dénominateur vide).',
    noPartner: 'Aucun partenaire importé.',
    unnamed: 'Commune sans nom',
    labels: {
      staffActive: 'Personnel actif',
      staffTrained: 'Agents formés',
      accessRate: "Taux d'accès à la formation",
      trainingHours: 'Heures de formation suivies',
      hoursPerAgent: 'Heures par agent actif',
      associationTrainees: 'Stagiaires des associations',
      associationsReached: 'Associations touchées',
      womenShareOfTrainees: 'Part des femmes parmi les stagiaires',
      sessionsDelivered: 'Sessions réalisées',
      satisfactionIndex: 'Indice de satisfaction (niveau 1, de 0 à 1)',
      meanNormalisedGain: 'Gain normalisé moyen (niveau 2, de 0 à 1)',
      applicationRate: "Taux d'application (niveau 3)",
      costPerTraineeHour: 'Coût par heure-stagiaire (MAD)',
      needsCoverage: 'Couverture des besoins',
    },
    profiles: { complete: 'Complet', 'no-contacts': 'Sans coordonnées personnelles', aggregates: 'Agrégats (sans aucune personne)' },
  },
  ar: {
    title: 'مؤشرات التكوين لسنة {{year}}، حسب الشريك',
    indicator: 'المؤشر',
    date: 'تاريخ النسخة الاحتياطية',
    profile: 'محتوى النسخة الاحتياطية',
    none: '— : لا شيء يُحسب هذه السنة (مقام فارغ).',
    noPartner: 'لم يتم استيراد أي شريك.',
    unnamed: 'جماعة بدون اسم',
    labels: {
      staffActive: 'الموظفون النشيطون',
      staffTrained: 'الموظفون المكوَّنون',
      accessRate: 'نسبة الولوج إلى التكوين',
      trainingHours: 'ساعات التكوين المتابَعة',
      hoursPerAgent: 'الساعات لكل موظف نشيط',
      associationTrainees: 'متدربو الجمعيات',
      associationsReached: 'الجمعيات المستفيدة',
      womenShareOfTrainees: 'نسبة النساء بين المتدربين',
      sessionsDelivered: 'الدورات المنجزة',
      satisfactionIndex: 'مؤشر الرضا (المستوى 1، من 0 إلى 1)',
      meanNormalisedGain: 'متوسط مكسب التعلم المعياري (المستوى 2، من 0 إلى 1)',
      applicationRate: 'نسبة التطبيق (المستوى 3)',
      costPerTraineeHour: 'كلفة ساعة التكوين لكل متدرب (درهم)',
      needsCoverage: 'تغطية الحاجيات',
    },
    profiles: { complete: 'كامل', 'no-contacts': 'بدون معلومات الاتصال الشخصية', aggregates: 'مجاميع (بدون أي شخص)' },
  },
};

const figure = (value: number | null, kind: Kind): SheetCell => (value === null ? '—' : { value, format: FORMATS[kind] });

export async function compareWorkbook(own: DataContext, year: number, lang: Language): Promise<Buffer> {
  const w = WORDS[lang];
  const partners = comparePartners(own, year);
  const name = (p: (typeof partners)[number]) => (lang === 'ar' ? p.partnerAr || p.partner : p.partner || p.partnerAr) || w.unnamed;
  const rows: SheetCell[][] = [
    [w.title.replace('{{year}}', String(year))],
    [w.indicator, ...partners.map(name)],
    [w.date, ...partners.map((p) => new Date(p.backupDate))],
    [w.profile, ...partners.map((p) => w.profiles[p.profile])],
    ...INDICATOR_ROWS.map(([key, kind]): SheetCell[] => [w.labels[key], ...partners.map((p) => figure(p.indicators[key], kind))]),
    [],
    [partners.length ? w.none : w.noPartner],
  ];
  return toXlsxCells(rows, { sheetName: String(year), boldRows: [0, 1], rightToLeft: lang === 'ar', widths: [40, 22] });
}
