import type { TFunction } from 'i18next';
import type { Language } from '../../i18n';
import { formatDate } from '../../lib/format';
import type { PlacedSlot } from './SessionCalendar';
import { sessionTitle, timeRange } from './session-format';

/** A slot in words, for its tooltip and screen readers: code, title, when, state, conflicts. */
export function slotLabel(p: PlacedSlot, t: TFunction, lang: Language): string {
  const parts = [
    `${p.session.code} — ${sessionTitle(p.session, lang)}`,
    `${formatDate(p.date)} ${timeRange(p.startTime, p.endTime)}`,
    t(`sessions.statuses.${p.session.status}`),
  ];
  if (p.session.conflicts.length) parts.push(t('sessions.conflicts.has'));
  return parts.join(' · ');
}
