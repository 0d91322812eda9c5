import type { TFunction } from 'i18next';
import { format, parseISO } from 'date-fns';
import type { Language } from '../../i18n';
import { formatNumber } from '../../lib/format';

/** Sizes and dates of backups, Western digits in both languages (like the rest of the app). */
export function formatSize(bytes: number, t: TFunction, lang: Language): string {
  const units = ['B', 'kB', 'MB', 'GB'] as const;
  let n = bytes;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${formatNumber(Math.round(n * 10) / 10, lang)} ${t(`backup.units.${units[i]}`)}`;
}

/** Day and time: several automatic backups a day must be told apart. */
export const formatDateTime = (iso: string): string => {
  try {
    return format(parseISO(iso), 'dd/MM/yyyy HH:mm');
  } catch {
    return iso;
  }
};

export type Strength = { level: 'weak' | 'fair' | 'good' | 'strong'; length: number; kinds: number; score: number };

/**
 * A rough hint, not a guarantee: length counts most (a long sentence beats a short jumble),
 * variety (lower, upper, digits, others) a little. The core only enforces ten characters.
 */
export function passphraseStrength(p: string): Strength {
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u].filter((r) => r.test(p)).length;
  const length = [...p].length;
  const score = Math.min(100, length * 4 + kinds * 10);
  const level = length < 10 ? 'weak' : score < 60 ? 'fair' : score < 85 ? 'good' : 'strong';
  return { level, length, kinds, score };
}

/** A text file the browser saves (keys, for a partner). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Record counts in words: "Personnel 120 · Unités 14". */
export const countsText = (counts: Record<string, number>, t: TFunction, lang: Language): string =>
  Object.entries(counts)
    .filter(([table]) => ['staff', 'org_units', 'job_profiles', 'competencies', 'organizations'].includes(table))
    .map(([table, n]) => `${t(`backup.tables.${table}`)} ${formatNumber(n, lang)}`)
    .join(' · ');
