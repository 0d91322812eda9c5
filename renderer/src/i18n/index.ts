import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Tree } from './dictionaries/merge';

export type Language = 'fr' | 'ar';
/** The language a printable document is drawn in: French, Arabic, or both side by side. */
export type PrintLanguage = Language | 'both';
/** A document's `lang` option as its path says it (French unless it says otherwise). */
export const readPrintLanguage = (value: string | null): PrintLanguage => (value === 'ar' || value === 'both' ? value : 'fr');
/** The `lang` of a document's file name: `fr`, `ar`, or `fr-ar` for both. */
export const printFileLanguage = (lang: PrintLanguage): string => (lang === 'both' ? 'fr-ar' : lang);

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

/**
 * Each language's words are a chunk of their own (i18n/dictionaries), about half of the whole:
 * the window starts with the language it shows, and the other one arrives when it is chosen,
 * printed, or once the first screen is drawn (main.tsx), so that a switch does not wait.
 */
const DICTIONARIES: Record<Language, () => Promise<{ default: Tree }>> = {
  fr: () => import('./dictionaries/fr'),
  ar: () => import('./dictionaries/ar'),
};
const loading = new Map<Language, Promise<void>>();

/** Loads a language's words (once); `t` and `getFixedT` in that language read them when it resolves. */
export function loadLanguage(lang: Language): Promise<void> {
  let done = loading.get(lang);
  if (!done) {
    done = DICTIONARIES[lang]().then(
      (m) => void i18n.addResourceBundle(lang, 'translation', m.default),
      (error: unknown) => {
        // A chunk that failed to arrive is asked for again next time, not remembered as loaded.
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, done);
  }
  return done;
}

/** Both languages' words: what a bilingual document, or a screen that shows both, needs before drawing. */
export const loadBothLanguages = (): Promise<void> => Promise.all([loadLanguage('fr'), loadLanguage('ar')]).then(() => undefined);

void i18n.use(initReactI18next).init({
  // Filled by loadLanguage: without a backend, i18next serves whatever bundles were added.
  resources: {},
  lng: lastLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
/** The start language's words, asked for as soon as this module runs: main.tsx renders once they are in. */
export const startLanguageLoaded = loadLanguage(lastLanguage());

// Before the first render, so the layout starts mirrored for a user who last read Arabic.
if (typeof document !== 'undefined') applyDocumentLanguage(lastLanguage());

export async function setLanguage(lang: Language): Promise<void> {
  // Changing to the language already shown would still re-render every translated component:
  // at start-up, the saved language is nearly always the one the window opened in.
  // The words first: a screen drawn in a language whose dictionary is missing would show raw keys.
  await loadLanguage(lang);
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
  try {
    localStorage.setItem(LAST_LANGUAGE, lang);
  } catch {
    // Storage refused (a private window): the next start begins in French, as before.
  }
}

export default i18n;
