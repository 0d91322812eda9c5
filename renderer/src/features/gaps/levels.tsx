import type { TFunction } from 'i18next';
import type { Language } from '../../i18n';
import { formatNumber } from '../../lib/format';

/**
 * How a level reads against a requirement, on screen and on paper: a colour AND a pattern AND a
 * symbol (gaps.css), so a black-and-white print or a colour-blind reader tells them apart.
 */
export type CellStatus = 'met' | 'oneBelow' | 'twoBelow' | 'notAssessed' | 'notRequired';
export const CELL_STATUSES: readonly CellStatus[] = ['met', 'oneBelow', 'twoBelow', 'notAssessed', 'notRequired'];

export function cellStatus(level: number | null, required: number | null): CellStatus {
  if (required === null) return 'notRequired';
  if (level === null) return 'notAssessed';
  const gap = required - level;
  return gap <= 0 ? 'met' : gap === 1 ? 'oneBelow' : 'twoBelow';
}

/** The symbol beside the level: ✓ reached, ▾ one level short, ▾▾ two or more. */
export const STATUS_SYMBOL: Record<CellStatus, string> = {
  met: '✓',
  oneBelow: '▾',
  twoBelow: '▾▾',
  notAssessed: '',
  notRequired: '',
};

/** A fit (0–1) as a whole percentage in the interface language; null reads "not assessed". */
export function fitText(fit: number | null, lang: Language, t: TFunction): string {
  if (fit === null) return t('gaps.fitUnknown');
  return `${formatNumber(Math.round(fit * 100), lang)} %`;
}

/** A cell's text: the level and its symbol, "–" when never assessed (never 0). */
export function cellText(level: number | null, required: number | null): string {
  if (level === null) return '–';
  const symbol = STATUS_SYMBOL[cellStatus(level, required)];
  return symbol ? `${level}${symbol}` : String(level);
}

/** What a cell says to a screen reader or in its tooltip. */
export function cellLabel(level: number | null, required: number | null, t: TFunction): string {
  const status = cellStatus(level, required);
  const levelText = level === null ? t('gaps.notAssessed') : t('gaps.levelN', { level });
  if (required === null) return `${levelText} — ${t('gaps.status.notRequired')}`;
  return `${levelText} — ${t('gaps.requiredN', { level: required })} — ${t(`gaps.status.${status}`)}`;
}
