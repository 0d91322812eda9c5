import { INDICATOR_ROWS, type IndicatorKind } from '../../../../api/channels/evaluation';
import type { Language } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { percent } from './report-format';

/** The year's indicators in the order the report lists them, each with how it is written. */
type Kind = IndicatorKind;
export { INDICATOR_ROWS };

/** An indicator's value as the report prints it; "—" when its denominator is empty (null). */
export function indicatorText(value: number | null, kind: Kind, lang: Language): string {
  if (value === null) return '—';
  switch (kind) {
    case 'rate':
    case 'index': // the report prints the indices (satisfaction, gain) in per cent, as the dashboard does
      return percent(value, lang);
    case 'hours':
      return formatNumber(Math.round(value * 100) / 100, lang);
    case 'dirhams':
      return formatNumber(Math.round(value * 100) / 100, lang);
    default:
      return formatNumber(value, lang);
  }
}
