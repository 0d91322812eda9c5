import { UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sessionHref } from '../../app/links';
import { ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { monthOf, todayIso } from './calendar-dates';
import type { PlacedSlot } from './SessionCalendar';
import { slotLabel } from './slot-label';
import classes from './calendar.module.css';
import { SESSION_STATUS_COLOURS, sessionTitle } from './session-format';

/** How many slots a day of the month shows before "+ n more" (which opens its week). */
const SHOWN = 3;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export function CalendarMonth({
  days,
  month,
  byDay,
  onOpen,
  onDay,
}: {
  days: string[];
  month: number;
  byDay: Map<string, PlacedSlot[]>;
  onOpen: (id: string) => void;
  onDay: (day: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const today = todayIso();
  return (
    <div className={classes.month} role="grid" aria-label={t('sessions.calendar.monthGrid')} data-testid="calendar-month">
      <div role="row" className={classes.weekdays}>
        {WEEKDAYS.map((d) => (
          <div role="columnheader" key={d} className={classes.weekday}>
            {t(`sessions.calendar.weekdays.${d}`)}
          </div>
        ))}
      </div>
      {Array.from({ length: days.length / 7 }, (_, w) => (
        <div role="row" key={w} className={classes.weekRow}>
          {days.slice(w * 7, w * 7 + 7).map((day) => {
            const slots = byDay.get(day) ?? [];
            return (
              <div
                role="gridcell"
                key={day}
                className={classes.day}
                data-outside={monthOf(day) !== month || undefined}
                data-today={day === today || undefined}
                data-day={day}
              >
                <div className={classes.dayNumber}>{Number(day.slice(8, 10))}</div>
                {slots.slice(0, SHOWN).map((p) => (
                  <UnstyledButton
                    key={p.slotId}
                    component="a"
                    href={sessionHref(p.session.id)}
                    className={classes.chip}
                    style={{ borderInlineStartColor: `var(--mantine-color-${SESSION_STATUS_COLOURS[p.session.status]}-6)` }}
                    data-session={p.session.code}
                    data-conflict={p.session.conflicts.length > 0 || undefined}
                    title={slotLabel(p, t, lang)}
                    onClick={(e: React.MouseEvent) => {
                      e.preventDefault();
                      onOpen(p.session.id);
                    }}
                  >
                    {p.session.conflicts.length > 0 && <span className={classes.warn}>⚠</span>}
                    <span dir="ltr" className={classes.time}>
                      {p.startTime}
                    </span>{' '}
                    {sessionTitle(p.session, lang)}
                    {/* What the chip has no room to show, for screen readers (the tooltip shows it on hover). */}
                    <VisuallyHidden>{` · ${p.session.code} · ${t(`sessions.statuses.${p.session.status}`)}${p.session.conflicts.length ? ` · ${t('sessions.conflicts.has')}` : ''}`}</VisuallyHidden>
                  </UnstyledButton>
                ))}
                {slots.length > SHOWN && (
                  <UnstyledButton className={classes.more} onClick={() => onDay(day)}>
                    {t('sessions.calendar.more', { count: slots.length - SHOWN, n: ltr(String(slots.length - SHOWN)) })}
                  </UnstyledButton>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
