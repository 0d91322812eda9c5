import type { RouteKey } from '../../api/routes';
import ar from '../../renderer/src/i18n/ar.json';
import fr from '../../renderer/src/i18n/fr.json';

/**
 * The menu labels come from the renderer's own translation files (`menu` section), so both stay
 * in step. The Go menu's items are the app's screens, labelled by their route key.
 */
type CommandKey =
  | 'file'
  | 'quit'
  | 'edit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'view'
  | 'reload'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'fullscreen'
  | 'go'
  | 'help'
  | 'about';
export type MenuKey = CommandKey | RouteKey;

export type Language = 'fr' | 'ar';

type MenuTable = Partial<Record<MenuKey, string>>;
const tables: Record<Language, MenuTable> = {
  fr: (fr as { menu?: MenuTable }).menu ?? {},
  ar: (ar as { menu?: MenuTable }).menu ?? {},
};

/** A missing Arabic label falls back to French, then to the key, rather than an empty item. */
export const menuLabel = (language: Language, key: MenuKey): string => tables[language][key] ?? tables.fr[key] ?? key;

/**
 * Shown when the database cannot be opened. The settings (and so the language) live in that
 * database, so the sentence is given in both languages.
 */
const OPEN_ERRORS: Record<string, { fr: string; ar: string }> = {
  'errors.databaseTooNew': {
    fr: "Cette base de données a été créée par une version plus récente de l'application. Installez la nouvelle version pour l'ouvrir. Le fichier n'a pas été modifié.",
    ar: 'أُنشئت قاعدة البيانات هذه بإصدار أحدث من التطبيق. ثبّتوا الإصدار الجديد لفتحها. لم يُعدَّل الملف.',
  },
  'errors.migrationChanged': {
    fr: "Une mise à jour de structure déjà appliquée à cette base de données diffère de celle que contient cette version de l'application : elle a été modifiée depuis. Pour ne pas l'abîmer, la base n'est pas ouverte. Le fichier n'a pas été modifié. Transmettez le détail ci-dessous au support.",
    ar: 'تحديثٌ لبنية قاعدة البيانات سبق تطبيقه عليها يختلف عن نظيره في هذا الإصدار من التطبيق، إذ عُدِّل بعد تطبيقه. لم تُفتح القاعدة حتى لا تتضرر، ولم يُعدَّل الملف. أرسلوا التفاصيل أدناه إلى الدعم التقني.',
  },
  'errors.migrationHistory': {
    fr: "L'historique des mises à jour de structure de cette base de données ne correspond pas à sa version (mise à jour manquante, en trop ou dans le désordre). Pour ne pas l'abîmer, la base n'est pas ouverte. Le fichier n'a pas été modifié. Transmettez le détail ci-dessous au support.",
    ar: 'سجلّ تحديثات بنية قاعدة البيانات هذه لا يطابق إصدارها (تحديث ناقص أو زائد أو في غير ترتيبه). لم تُفتح القاعدة حتى لا تتضرر، ولم يُعدَّل الملف. أرسلوا التفاصيل أدناه إلى الدعم التقني.',
  },
  'errors.notADatabase': {
    fr: "Le fichier de données n'est pas une base de données SQLite. Il n'a pas été modifié.",
    ar: 'ملف البيانات ليس قاعدة بيانات SQLite. لم يُعدَّل الملف.',
  },
  'errors.notAppDatabase': {
    fr: "Le fichier de données n'appartient pas à cette application. Il n'a pas été modifié.",
    ar: 'ملف البيانات لا ينتمي إلى هذا التطبيق. لم يُعدَّل الملف.',
  },
};

const GENERIC_OPEN_ERROR = {
  fr: "La base de données n'a pas pu être ouverte.",
  ar: 'تعذّر فتح قاعدة البيانات.',
};

export function openErrorText(messageKey: string | undefined, file: string, detail: string): { title: string; body: string } {
  const text = (messageKey && OPEN_ERRORS[messageKey]) || GENERIC_OPEN_ERROR;
  return {
    title: "Impossible d'ouvrir les données — تعذّر فتح البيانات",
    body: `${text.fr}\n\n${text.ar}\n\n${file}\n${detail}`,
  };
}
