import type { TFunction } from 'i18next';
import type { Conflict, SessionRow, Slot } from '../../../../api/channels/sessions';
import type { EnrolmentStatus, SessionStatus } from '../../../../api/channels/session-enums';
import { isolated, ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatDate, formatNumber, pickName } from '../../lib/format';

/**
 * A colour per state, always shown with the state's words (colour alone says nothing to some).
 * Only colours whose darkest shade reads on their lightest tint (WCAG AA): no orange, lime or green.
 */
export const SESSION_STATUS_COLOURS: Record<SessionStatus, string> = {
  draft: 'gray',
  open: 'blue',
  confirmed: 'indigo',
  in_progress: 'cyan',
  delivered: 'teal',
  evaluated: 'violet',
  closed: 'dark',
  postponed: 'pink',
  cancelled: 'red',
};

export const ENROLMENT_STATUS_COLOURS: Record<EnrolmentStatus, string> = {
  requested: 'gray',
  approved: 'blue',
  declined: 'red',
  booked: 'teal',
  waitlisted: 'violet',
  attended_full: 'indigo',
  attended_partial: 'cyan',
  absent: 'red',
  excused: 'grape',
  cancelled: 'dark',
};

/**
 * A session's title in the interface language; a session saved without one goes by its course
 * (the course's title when known, else its code).
 */
export const sessionTitle = (
  s: { titleFr: string; titleAr: string; courseCode?: string; course?: { titleFr: string; titleAr: string } },
  lang: Language,
): string =>
  pickName(s.titleFr, s.titleAr, lang) || (s.course ? pickName(s.course.titleFr, s.course.titleAr, lang) : '') || (s.courseCode ?? '');

/** Hours with a decimal comma when needed (3,5 h). */
export const hours = (n: number, lang: Language): string => formatNumber(Math.round(n * 100) / 100, lang);

/** Minutes between two HH:MM times. */
export const minutesBetween = (start: string, end: string): number => {
  const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
  return m(end) - m(start);
};

/** The contract's rule (api/channels/sessions.ts `slot.part`): morning ends by 13:00, afternoon starts at 13:00 or later. */
export const slotPart = (start: string, end: string): Slot['part'] => (end <= '13:00' ? 'morning' : start >= '13:00' ? 'afternoon' : 'day');

/** First and last day of the slots: "12/03/2026" or "12/03/2026 – 13/03/2026". */
export function dateSpan(slots: { date: string }[]): string {
  if (!slots.length) return '';
  const dates = slots.map((s) => s.date).sort();
  const [first, last] = [dates[0], dates[dates.length - 1]];
  return first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

/** A time range that reads 09:00–12:30 in Arabic too. */
export const timeRange = (start: string | null, end: string | null): string => ltr(`${start ?? ''}–${end ?? ''}`);

/** Booked / maximum, and the waiting list when someone is on it. */
export function seatsText(s: Pick<SessionRow, 'booked' | 'maxCapacity' | 'waitlisted'>, t: TFunction, lang: Language): string {
  const base = ltr(`${formatNumber(s.booked, lang)} / ${formatNumber(s.maxCapacity, lang)}`);
  return s.waitlisted ? `${base} ${t('sessions.list.waitlisted', { count: s.waitlisted, n: formatNumber(s.waitlisted, lang) })}` : base;
}

/** One conflict in plain words: who or what, which other session, when. */
export function conflictSentence(c: Conflict, t: TFunction, lang: Language): string {
  const name = isolated(pickName(c.nameFr, c.nameAr, lang));
  const when = c.date ? t('sessions.conflicts.when', { date: formatDate(c.date), time: timeRange(c.startTime, c.endTime) }) : '';
  const params = { name, code: ltr(c.otherCode), when, have: formatNumber(c.have ?? 0, lang), need: formatNumber(c.need ?? 0, lang) };
  return t(`sessions.conflicts.${c.kind}`, params);
}
