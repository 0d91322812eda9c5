import { addDays, addMonths, addWeeks, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';

/** The calendar's weeks start on Monday, as in Morocco's offices. */
const WEEK = { weekStartsOn: 1 } as const;
export type CalendarMode = 'month' | 'week';

export const iso = (d: Date): string => format(d, 'yyyy-MM-dd');
export const todayIso = (): string => iso(new Date());

/** The days shown: whole weeks covering the month, or the week of the day. */
export function visibleDays(anchor: string, mode: CalendarMode): string[] {
  const day = parseISO(anchor);
  const first = mode === 'month' ? startOfWeek(startOfMonth(day), WEEK) : startOfWeek(day, WEEK);
  const last = mode === 'month' ? endOfWeek(endOfMonth(day), WEEK) : endOfWeek(day, WEEK);
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(iso(d));
  return days;
}

/** The previous or next month or week. */
export const shift = (anchor: string, mode: CalendarMode, by: number): string =>
  iso(mode === 'month' ? addMonths(parseISO(anchor), by) : addWeeks(parseISO(anchor), by));

export const monthOf = (isoDate: string): number => Number(isoDate.slice(5, 7));
export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));
/** Monday 0 … Sunday 6. */
export const weekdayOf = (isoDate: string): number => (parseISO(isoDate).getDay() + 6) % 7;

/** The next working day (Monday to Friday) after a date: a new training day does not fall on a weekend. */
export function nextWorkingDay(isoDate: string): string {
  let d = addDays(parseISO(isoDate), 1);
  while (d.getDay() === 0 || d.getDay() === 6) d = addDays(d, 1);
  return iso(d);
}
