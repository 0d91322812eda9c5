import type { z } from 'zod';
import type { TERM_KINDS, term } from '../../../../api/channels/directory';
import { useCall } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';

export type Term = z.infer<typeof term>;
export type TermKind = (typeof TERM_KINDS)[number];
/** What useTerms gives: the terms and how each is named. */
export type Terms = ReturnType<typeof useTerms>;

/** The directory's bilingual lists (domains, publics, languages, legal statuses), by kind. */
export function useTerms() {
  const terms = useCall('terms.list', { kind: null, includeArchived: true });
  const all = terms.data ?? [];
  const byId = new Map(all.map((t) => [t.id, t]));
  return {
    all,
    byId,
    of: (kind: TermKind, keep: string[] = []) => all.filter((t) => t.kind === kind && (!t.archivedAt || keep.includes(t.id))),
    label: (id: string, lang: Language) => {
      const t = byId.get(id);
      return t ? pickName(t.nameFr, t.nameAr, lang) || t.code : '';
    },
  };
}

export const termOptions = (terms: Term[], lang: Language) =>
  terms.map((t) => ({ value: t.id, label: pickName(t.nameFr, t.nameAr, lang) || t.code }));
