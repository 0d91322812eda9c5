import type { Language } from '../../i18n';
import { formatRate } from '../sessions/paper/session-format';

/** A rate or an index (0–1) as a percentage; "—" when it is not known (nothing to compute it from). */
export const percent = (rate: number | null, lang: Language): string => (rate === null ? '—' : formatRate(rate, lang));
