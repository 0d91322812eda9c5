/** Moroccan first and family names in both scripts, for demo data only. */
export const FIRST_NAMES: { fr: string; ar: string; gender: 'f' | 'm' }[] = [
  ...[
    ['Mohamed', 'محمد'],
    ['Ahmed', 'أحمد'],
    ['Youssef', 'يوسف'],
    ['Hassan', 'حسن'],
    ['Mustapha', 'مصطفى'],
    ['Abdelkader', 'عبد القادر'],
    ['Rachid', 'رشيد'],
    ['Karim', 'كريم'],
    ['Saïd', 'سعيد'],
    ['Omar', 'عمر'],
    ['Khalid', 'خالد'],
    ['Driss', 'إدريس'],
    ['Hicham', 'هشام'],
    ['Noureddine', 'نور الدين'],
    ['Abdellah', 'عبد الله'],
    ['Mehdi', 'مهدي'],
    ['Ilyas', 'إلياس'],
    ['Brahim', 'إبراهيم'],
    ['Jamal', 'جمال'],
    ['Aziz', 'عزيز'],
    ['Abdelhaï', 'عبد الحي'],
    ['Younès', 'يونس'],
    ['Anouar', 'أنور'],
    ['Redouane', 'رضوان'],
  ].map(([fr, ar]) => ({ fr, ar, gender: 'm' as const })),
  ...[
    ['Fatima', 'فاطمة'],
    ['Khadija', 'خديجة'],
    ['Aïcha', 'عائشة'],
    ['Naïma', 'نعيمة'],
    ['Malika', 'مليكة'],
    ['Zineb', 'زينب'],
    ['Samira', 'سميرة'],
    ['Nadia', 'نادية'],
    ['Hanane', 'حنان'],
    ['Latifa', 'لطيفة'],
    ['Saâdia', 'سعدية'],
    ['Imane', 'إيمان'],
    ['Souad', 'سعاد'],
    ['Meryem', 'مريم'],
    ['Hafsa', 'حفصة'],
    ['Fatima Zahra', 'فاطمة الزهراء'],
    ['Salma', 'سلمى'],
    ['Loubna', 'لبنى'],
    ['Rajae', 'رجاء'],
    ['Asmae', 'أسماء'],
    ['Houda', 'هدى'],
    ['Ghizlane', 'غزلان'],
    ['Wafae', 'وفاء'],
    ['Btissam', 'ابتسام'],
  ].map(([fr, ar]) => ({ fr, ar, gender: 'f' as const })),
];

export const LAST_NAMES: [string, string][] = [
  ['El Amrani', 'العمراني'],
  ['Benali', 'بنعلي'],
  ['Bouzidi', 'البوزيدي'],
  ['El Idrissi', 'الإدريسي'],
  ['Alaoui', 'العلوي'],
  ['Berkani', 'البركاني'],
  ['Chaoui', 'الشاوي'],
  ['Ouazzani', 'الوزاني'],
  ['Tahiri', 'الطاهري'],
  ['Bennani', 'بناني'],
  ['El Fassi', 'الفاسي'],
  ['Zerouali', 'الزروالي'],
  ['Mansouri', 'المنصوري'],
  ['Haddou', 'حدو'],
  ['Boukhari', 'البخاري'],
  ['Lahlou', 'لحلو'],
  ['Saïdi', 'السعيدي'],
  ['Kaddouri', 'القدوري'],
  ['Aït Ali', 'آيت علي'],
  ['Moussaoui', 'الموساوي'],
  ['Ziani', 'الزياني'],
  ['Hamdaoui', 'الحمداوي'],
  ['Bouazza', 'بوعزة'],
  ['Rifi', 'الريفي'],
  ['Oujdi', 'الوجدي'],
  ['Naciri', 'الناصري'],
  ['El Khattabi', 'الخطابي'],
  ['Belhaj', 'بلحاج'],
  ['Ghazi', 'الغازي'],
  ['Touimi', 'التويمي'],
  ['Benjelloun', 'بنجلون'],
  ['Jebari', 'الجباري'],
  ['Chraïbi', 'الشرايبي'],
  ['El Ouali', 'الوالي'],
  ['Mernissi', 'المرنيسي'],
  ['Sbaï', 'السباعي'],
  ['Karroumi', 'الكرومي'],
  ['Bakkali', 'البقالي'],
  ['Fadili', 'الفاضلي'],
  ['Yahyaoui', 'اليحياوي'],
];

/** Grades of the Moroccan territorial civil service, in both scripts. */
export const GRADES: [fr: string, ar: string][] = [
  ['Administrateur 2e grade', 'متصرف من الدرجة الثانية'],
  ['Administrateur 3e grade', 'متصرف من الدرجة الثالثة'],
  ["Ingénieur d'État", 'مهندس دولة'],
  ['Technicien 3e grade', 'تقني من الدرجة الثالثة'],
  ['Technicien 2e grade', 'تقني من الدرجة الثانية'],
  ['Rédacteur', 'محرر'],
  ['Adjoint administratif', 'مساعد إداري'],
  ['Adjoint technique', 'مساعد تقني'],
  ['Assistant administratif', 'معاون إداري'],
  ['Assistant technique', 'معاون تقني'],
];

/** A small seeded generator: the same demo data every run, so screenshots and figures compare. */
export function seededRandom(seed = 20070101): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
