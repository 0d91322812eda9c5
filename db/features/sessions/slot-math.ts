/**
 * Pure arithmetic of slots and attendance (no database): hours of a slot, which half-day it is,
 * hours attended and the attendance rate. Shared by the services, the reports and the tests.
 */
import type { AttendanceMark } from '../../../api/channels/session-enums';

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Hours between two wall-clock times of the same day, to the minute (09:00–12:30 → 3.5). */
export const slotHours = (startTime: string, endTime: string): number =>
  Math.round(((minutes(endTime) - minutes(startTime)) / 60) * 100) / 100;

/** The sign-in sheet's column heading: a slot ending by 13:00 is a morning, one starting at 13:00 or later an afternoon. */
export function slotPart(startTime: string, endTime: string): 'morning' | 'afternoon' | 'day' {
  if (endTime <= '13:00') return 'morning';
  if (startTime >= '13:00') return 'afternoon';
  return 'day';
}

export const withHours = <S extends { startTime: string; endTime: string }>(s: S) => ({
  ...s,
  hours: slotHours(s.startTime, s.endTime),
  part: slotPart(s.startTime, s.endTime),
});

/** Present and late count as attended (late is noted, not deducted). */
export const ATTENDED: readonly AttendanceMark[] = ['present', 'late'];

export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Whether two slots of the same day overlap (touching ends do not). */
export const overlaps = (
  a: { date: string; startTime: string; endTime: string },
  b: { date: string; startTime: string; endTime: string },
) => a.date === b.date && a.startTime < b.endTime && b.startTime < a.endTime;

/**
 * The outcome attendance gives an enrolment once every slot is marked: all attended → in full,
 * some → in part, none attended but every slot excused → excused, else absent.
 */
export function outcomeOf(marks: readonly AttendanceMark[]): 'attended_full' | 'attended_partial' | 'excused' | 'absent' {
  const attended = marks.filter((m) => ATTENDED.includes(m)).length;
  if (attended === marks.length && marks.length > 0) return 'attended_full';
  if (attended > 0) return 'attended_partial';
  if (marks.length > 0 && marks.every((m) => m === 'excused')) return 'excused';
  return 'absent';
}
