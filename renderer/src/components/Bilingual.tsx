import type { TOptions } from 'i18next';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import type { Language, PrintLanguage } from '../i18n';
import { pickName } from '../lib/format';

/**
 * Printable documents in French and Arabic side by side (`lang=both`, components/PrintMenu).
 * Each run of one language carries its own `lang` (fonts, Arabic shaping) and `dir` (an element
 * with `dir` is isolated from the text around it, so neither reorders the other).
 */

/** French text, left to right. */
export const Fr = ({ children, className }: { children: ReactNode; className?: string }) => (
  <span lang="fr" dir="ltr" className={className}>
    {children}
  </span>
);

/** Arabic text, right to left. */
export const Ar = ({ children, className }: { children: ReactNode; className?: string }) => (
  <span lang="ar" dir="rtl" className={className}>
    {children}
  </span>
);

/**
 * The same words in both languages: `inline` on one line ("Compétence / الكفاءة"), `stacked`
 * the Arabic under the French (each aligned to its own start), `columns` French on the left
 * half and Arabic on the right (`.bi-cols`). A side that is empty is left out.
 */
export function Both({ fr, ar, layout = 'inline' }: { fr: ReactNode; ar: ReactNode; layout?: 'inline' | 'stacked' | 'columns' }) {
  if (layout === 'columns')
    return (
      <span className="bi-cols">
        <Fr>{fr}</Fr>
        <Ar>{ar}</Ar>
      </span>
    );
  if (!ar) return <Fr>{fr}</Fr>;
  if (!fr) return <Ar>{ar}</Ar>;
  if (layout === 'stacked')
    return (
      <span className="bi-stacked">
        <Fr>{fr}</Fr>
        <Ar>{ar}</Ar>
      </span>
    );
  return (
    <span className="bi-inline">
      <Fr>{fr}</Fr>
      {' / '}
      <Ar>{ar}</Ar>
    </span>
  );
}

type Layout = 'inline' | 'stacked' | 'columns';

/** How a printable document speaks: its words and names in one language, or in both. */
export interface Voice {
  lang: PrintLanguage;
  /** The language of numbers, dates and the page's frame: French when both. */
  main: Language;
  /** The page's direction: left to right when both (French on the left). */
  dir: 'ltr' | 'rtl';
  /** A translated text, in one language or in both (options may depend on the language: a name in its script). */
  t: (key: string, options?: TOptions | ((lang: Language) => TOptions), layout?: Layout) => ReactNode;
  /** A name typed in both scripts: the chosen one (the other if missing), or both. */
  name: (fr: string | null | undefined, ar: string | null | undefined, layout?: Layout) => ReactNode;
}

export function voice(lang: PrintLanguage): Voice {
  if (lang !== 'both') {
    const t = i18n.getFixedT(lang);
    return {
      lang,
      main: lang,
      dir: lang === 'ar' ? 'rtl' : 'ltr',
      t: (key, options) => t(key, (typeof options === 'function' ? options(lang) : options) ?? {}),
      name: (fr, ar) => pickName(fr, ar, lang),
    };
  }
  const fr = i18n.getFixedT('fr');
  const ar = i18n.getFixedT('ar');
  return {
    lang,
    main: 'fr',
    dir: 'ltr',
    t: (key, options, layout) => {
      const of = (lng: Language) => (typeof options === 'function' ? options(lng) : options) ?? {};
      return <Both fr={fr(key, of('fr'))} ar={ar(key, of('ar'))} layout={layout} />;
    },
    name: (f, a, layout) => <Both fr={(f ?? '').trim()} ar={(a ?? '').trim()} layout={layout} />,
  };
}
