import type { PlanSummary } from '../../../../api/channels/plans';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';

/** A plan in a picker: its year and title ("2026 — Plan de formation du Service"). */
export const planLabel = (p: Pick<PlanSummary, 'year' | 'titleFr' | 'titleAr'>, lang: Language): string =>
  `${p.year} — ${pickName(p.titleFr, p.titleAr, lang)}`;
