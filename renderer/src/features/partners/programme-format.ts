import { INDICATOR_ROWS, type IndicatorKind } from '../../../../api/channels/evaluation';

/**
 * How each of the year's indicators reads on the programme view: in the order, with its
 * kind (a count, a rate shown as a percentage, hours, an index between 0 and 1, dirhams). The
 * XLSX export (db/features/backup/compare-sheet.ts) writes the same rows.
 */
type Kind = IndicatorKind;

export const PROGRAMME_ROWS = INDICATOR_ROWS;

/**
 * French writing in both languages, as amounts are written (lib/amount.ts): a comma before the
 * decimals and narrow spaces between thousands, Western digits. fr-MA and ar-MA group thousands
 * with a dot, which reads as a decimal point (2.231 hours).
 */
const FORMATS: Record<Kind, Intl.NumberFormat> = {
  count: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }),
  rate: new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }),
  hours: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }),
  index: new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  dirhams: new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** The figure as the screen shows it; `—` where there was nothing to compute it from (a null). */
export const formatIndicator = (value: number | null, kind: Kind): string => (value === null ? '—' : FORMATS[kind].format(value));

/** Years offered: this year and the nine before it, then the next one (a plan prepared ahead). */
export function programmeYears(now = new Date()): number[] {
  const year = now.getFullYear();
  return [year + 1, ...Array.from({ length: 10 }, (_, i) => year - i)];
}
