import { Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sessionHref } from '../../app/links';
import { ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatDate, pickName } from '../../lib/format';
import { todayIso, weekdayOf } from './calendar-dates';
import classes from './calendar.module.css';
import type { PlacedSlot } from './SessionCalendar';
import { SESSION_STATUS_COLOURS, sessionTitle, timeRange } from './session-format';
import { ConflictMark, StatusBadge } from './SessionMarks';
import { slotLabel } from './slot-label';

/** A week, Monday to Sunday: each day's slots in time order, with the session's venue, state and conflicts. */
export function CalendarWeek({ days, byDay, onOpen }: { days: string[]; byDay: Map<string, PlacedSlot[]>; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const today = todayIso();
  return (
    <div className={classes.week} role="list" aria-label={t('sessions.calendar.weekGrid')} data-testid="calendar-week">
      {days.map((day) => (
        <div key={day} role="listitem" className={classes.weekDay} data-today={day === today || undefined} data-day={day}>
          <Text size="xs" fw={600} mb={4}>
            {t(`sessions.calendar.weekdays.${weekdayOf(day) + 1}`)} <span dir="ltr">{formatDate(day).slice(0, 5)}</span>
          </Text>
          {(byDay.get(day) ?? []).map((p) => (
            <UnstyledButton
              key={p.slotId}
              component="a"
              href={sessionHref(p.session.id)}
              className={classes.card}
              style={{ borderInlineStartColor: `var(--mantine-color-${SESSION_STATUS_COLOURS[p.session.status]}-6)` }}
              data-session={p.session.code}
              title={slotLabel(p, t, lang)}
              onClick={(e: React.MouseEvent) => {
                e.preventDefault();
                onOpen(p.session.id);
              }}
            >
              <Text size="xs" fw={700}>
                {timeRange(p.startTime, p.endTime)}
              </Text>
              <Text size="xs" fw={600} lineClamp={2}>
                {sessionTitle(p.session, lang)}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {ltr(p.session.code)}
                {pickName(p.session.venueNameFr, p.session.venueNameAr, lang) &&
                  ` · ${pickName(p.session.venueNameFr, p.session.venueNameAr, lang)}`}
              </Text>
              <Group gap={4} mt={2} wrap="nowrap">
                <StatusBadge status={p.session.status} size="xs" />
                <ConflictMark kinds={p.session.conflicts} />
              </Group>
            </UnstyledButton>
          ))}
        </div>
      ))}
    </div>
  );
}
