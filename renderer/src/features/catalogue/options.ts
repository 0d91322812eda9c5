import type { TFunction } from 'i18next';
import { LANGUAGE_CODES } from '../../../../api/channels/catalogue';
import type { Output } from '../../../../api/contract';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';

type Framework = Output<'framework.get'>;

/** The choices of an enum, labelled from `catalogue.<group>.<value>`. */
export const choices = (t: TFunction, group: string, values: readonly string[]) =>
  values.map((v) => ({ value: v, label: t(`catalogue.${group}.${v}`) }));

export const languageChoices = (t: TFunction) => choices(t, 'languages', LANGUAGE_CODES);

/** Competencies grouped by category ("REL-COM — Communication"); archived ones only when already chosen. */
export function competencyOptions(fw: Framework | undefined, used: Set<string>, lang: Language, archivedLabel: string) {
  if (!fw) return [];
  return fw.categories
    .map((cat) => ({
      group: pickName(cat.nameFr, cat.nameAr, lang) || cat.code,
      items: fw.competencies
        .filter((c) => c.categoryId === cat.id && (!c.archivedAt || used.has(c.id)))
        .map((c) => ({
          value: c.id,
          label: `${c.code} — ${pickName(c.nameFr, c.nameAr, lang)}${c.archivedAt ? ` (${archivedLabel})` : ''}`,
        })),
    }))
    .filter((g) => g.items.length);
}

/** Hours as people write them: 14, 3,5 (a comma in French, Western digits in both). */
export const formatHours = (hours: number, lang: Language): string => formatNumber(hours, lang, { max: 1 });
