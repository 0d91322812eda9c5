/**
 * The one folding function of the application (docs/ARCHITECTURE.md §3). Stored search text and typed
 * queries both go through it, so "Benali", "bénali" and "BENALI" meet, and so do "أحمد",
 * "احمد" and "أَحْمَد".
 */

// Arabic diacritics (tashkeel: fathatan … sukun, superscript alef), Quranic marks and tatweel.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g; // آ أ إ ٱ ٲ ٳ → ا
const LATIN_MARKS = /\p{M}/gu;

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function fold(input: string): string {
  if (!input) return '';
  return (
    input
      .toLowerCase()
      .replace(/[œæß]/g, (c) => LIGATURES[c])
      // Arabic first: NFD would split some Arabic letters (آ → ا + madda) before we map them.
      .replace(ARABIC_MARKS, '')
      .replace(ALEF_FORMS, '\u0627')
      .replace(/\u0629/g, '\u0647') // ة → ه
      .replace(/\u0649/g, '\u064A') // ى → ي
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .normalize('NFD')
      .replace(LATIN_MARKS, '')
      .normalize('NFC')
      // Punctuation that joins name parts (Ben-Ali, O'Neil, ابن_…) separates words instead.
      .replace(/[\p{P}\p{S}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The Arabic article and the particles written attached to it: ال, and و ف ب ك ل before it
 * (وال، بال، فال، كال، وبال…), plus لل (ل + ال). Only prefixes that end in the article are removed:
 * a lone و ب ك ل ف is too often the first letter of a name (وليد، بركان، كريم، فاطمة).
 */
const ARTICLE = /^(?:[\u0648\u0641]?[\u0628\u0643\u0644]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)(?=\S{2})/;

/** A folded word without its Arabic article and attached particles (`الاعاقه` → `اعاقه`). */
export const withoutArticle = (word: string): string => word.replace(ARTICLE, '');

/**
 * Folding for search (docs/ARCHITECTURE.md §3): `fold`, then each word without its Arabic
 * article, so `إعاقة` finds `الإعاقة` and `الإدريسي` finds `إدريسي`. The search indexes store
 * text folded this way; sort keys and duplicate keys use `fold` alone.
 */
export const searchFold = (input: string): string => fold(input).split(' ').map(withoutArticle).join(' ');

/**
 * Bumped when `searchFold` changes: a database whose indexes were built by another version has
 * them rebuilt on open (db/installation/search-indexes.ts).
 */
export const SEARCH_FOLD_VERSION = 2;

/**
 * An FTS5 MATCH expression for what a user typed: every word must appear as the start of a
 * word in the record ("fat zah" finds "Fatima Zahra"). A word typed with its article is also
 * looked for as typed, so an index built before articles were removed (a partner's read-only
 * dataset from an older version) still answers. Null when nothing searchable remains.
 */
export function ftsQuery(typed: string): string | null {
  const words = fold(typed).split(' ').filter(Boolean).slice(0, 12);
  if (!words.length) return null;
  const term = (w: string) => `"${w.replace(/"/g, '')}"*`;
  return words
    .map((w) => {
      const bare = withoutArticle(w);
      return bare === w ? term(w) : `(${term(bare)} OR ${term(w)})`;
    })
    .join(' AND '); // FTS5 wants an explicit AND before a parenthesised group
}
