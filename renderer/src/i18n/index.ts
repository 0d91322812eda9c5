import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json';
import fr from './fr.json';

export type Language = 'fr' | 'ar';
/** The language a printable document is drawn in: French, Arabic, or both side by side. */
export type PrintLanguage = Language | 'both';
/** A document's `lang` option as its path says it (French unless it says otherwise). */
export const readPrintLanguage = (value: string | null): PrintLanguage => (value === 'ar' || value === 'both' ? value : 'fr');
/** The `lang` of a document's file name: `fr`, `ar`, or `fr-ar` for both. */
export const printFileLanguage = (lang: PrintLanguage): string => (lang === 'both' ? 'fr-ar' : lang);
type Tree = { [key: string]: string | Tree };

/**
 * One dictionary per language: the shared strings here (app, menus, errors, common words), and
 * each feature's own strings in `features/<feature>/i18n/{fr,ar}.json` (or, for a feature made of
 * parts written apart, `features/<feature>/<part>/i18n/`), merged at start-up.
 */
const featureFiles = import.meta.glob<{ default: Tree }>(['../features/*/i18n/*.json', '../features/*/*/i18n/*.json'], { eager: true });

function dictionary(lang: Language, shared: Tree): Tree {
  const merged: Tree = { ...shared };
  for (const [path, mod] of Object.entries(featureFiles)) {
    if (path.endsWith(`/${lang}.json`)) Object.assign(merged, mod.default);
  }
  return merged;
}

/** Applies the language to the document: `lang` for screen readers and fonts, `dir` for RTL. */
export function applyDocumentLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

/** The language this window last showed: the first screen starts in it before the settings arrive. */
const LAST_LANGUAGE = 'sas.language';
export const lastLanguage = (): Language => {
  try {
    return localStorage.getItem(LAST_LANGUAGE) === 'ar' ? 'ar' : 'fr';
  } catch {
    return 'fr';
  }
};

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: dictionary('fr', fr) }, ar: { translation: dictionary('ar', ar) } },
  lng: lastLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
// Before the first render, so the layout starts mirrored for a user who last read Arabic.
if (typeof document !== 'undefined') applyDocumentLanguage(lastLanguage());

export async function setLanguage(lang: Language): Promise<void> {
  // Changing to the language already shown would still re-render every translated component:
  // at start-up, the saved language is nearly always the one the window opened in.
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
  try {
    localStorage.setItem(LAST_LANGUAGE, lang);
  } catch {
    // Storage refused (a private window): the next start begins in French, as before.
  }
}

export default i18n;
