import { Button, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../../../api/channels/sessions';
import { SESSION_STATUSES } from '../../../../api/channels/session-enums';
import { formatDate } from '../../lib/format';
import { type CalendarMode, monthOf, shift, todayIso, visibleDays, yearOf } from './calendar-dates';
import { CalendarMonth } from './CalendarMonth';
import { CalendarWeek } from './CalendarWeek';
import type { SessionFilters } from './session-filters';
import { SESSION_STATUS_COLOURS } from './session-format';
import classes from './calendar.module.css';

/** One slot of one session, as the calendar places it. */
export interface PlacedSlot {
  session: SessionRow;
  slotId: string;
  date: string;
  startTime: string;
  endTime: string;
}

/** Every slot of the sessions, by day, in time order. */
export function slotsByDay(sessions: SessionRow[]): Map<string, PlacedSlot[]> {
  const byDay = new Map<string, PlacedSlot[]>();
  for (const session of sessions)
    for (const s of session.slots) {
      const list = byDay.get(s.date) ?? [];
      list.push({ session, slotId: s.id, date: s.date, startTime: s.startTime, endTime: s.endTime });
      byDay.set(s.date, list);
    }
  for (const list of byDay.values())
    list.sort((a, b) => a.startTime.localeCompare(b.startTime) || a.session.code.localeCompare(b.session.code));
  return byDay;
}

interface Props {
  filters: SessionFilters;
  onChange: (p: Partial<SessionFilters>) => void;
  sessions: SessionRow[];
  onOpen: (id: string) => void;
}

/** The sessions by month or by week, Monday first, mirrored in Arabic; previous, today, next. */
export function SessionCalendar({ filters, onChange, sessions, onOpen }: Props) {
  const { t } = useTranslation();
  const { mode, date } = filters;
  const days = visibleDays(date, mode);
  const byDay = slotsByDay(sessions);
  const heading =
    mode === 'month'
      ? `${t(`plans.monthsLong.${monthOf(date)}`)} ${yearOf(date)}`
      : t('sessions.calendar.weekOf', { from: formatDate(days[0]), to: formatDate(days[6]) });
  return (
    <section aria-label={t('sessions.calendar.label')}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" size="compact-sm" onClick={() => onChange({ date: shift(date, mode, -1) })}>
            {mode === 'month' ? t('sessions.calendar.previousMonth') : t('sessions.calendar.previousWeek')}
          </Button>
          <Button variant="default" size="compact-sm" onClick={() => onChange({ date: todayIso() })}>
            {t('sessions.calendar.today')}
          </Button>
          <Button variant="default" size="compact-sm" onClick={() => onChange({ date: shift(date, mode, 1) })}>
            {mode === 'month' ? t('sessions.calendar.nextMonth') : t('sessions.calendar.nextWeek')}
          </Button>
          <Title order={3} size="h4" ms="sm" aria-live="polite" data-testid="calendar-heading" style={{ whiteSpace: 'nowrap' }}>
            <bdi>{heading}</bdi>
          </Title>
        </Group>
        <SegmentedControl
          size="xs"
          aria-label={t('sessions.calendar.mode')}
          value={mode}
          onChange={(v) => onChange({ mode: v as CalendarMode })}
          data={[
            { value: 'month', label: t('sessions.calendar.month') },
            { value: 'week', label: t('sessions.calendar.week') },
          ]}
        />
      </Group>
      {mode === 'month' ? (
        <CalendarMonth days={days} month={monthOf(date)} byDay={byDay} onOpen={onOpen} onDay={(d) => onChange({ mode: 'week', date: d })} />
      ) : (
        <CalendarWeek days={days} byDay={byDay} onOpen={onOpen} />
      )}
      <Group gap="md" mt="xs" aria-label={t('sessions.calendar.legend')} role="list">
        {SESSION_STATUSES.map((s) => (
          <Group key={s} gap={4} wrap="nowrap" role="listitem">
            <span className={classes.dot} style={{ background: `var(--mantine-color-${SESSION_STATUS_COLOURS[s]}-6)` }} />
            <Text size="xs">{t(`sessions.statuses.${s}`)}</Text>
          </Group>
        ))}
        <Text size="xs">⚠ {t('sessions.conflicts.legend')}</Text>
      </Group>
    </section>
  );
}
