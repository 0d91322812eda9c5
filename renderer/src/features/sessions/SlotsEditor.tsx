import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { ClockInput } from './ClockInput';
import type { Language } from '../../i18n';
import { nextWorkingDay, todayIso } from './calendar-dates';
import { hours, minutesBetween, slotPart } from './session-format';

export interface SlotValue {
  id?: string | null;
  date: string;
  startTime: string;
  endTime: string;
}

/** A training day as the Service runs it: two half-days around lunch. */
const MORNING = { startTime: '09:00', endTime: '12:30' };
const AFTERNOON = { startTime: '14:00', endTime: '17:00' };

const slotHours = (s: SlotValue): number => {
  const ok = /^\d\d:\d\d$/.test(s.startTime) && /^\d\d:\d\d$/.test(s.endTime);
  return ok ? Math.max(0, minutesBetween(s.startTime, s.endTime)) / 60 : 0;
};
export const totalHours = (slots: SlotValue[]): number => slots.reduce((sum, s) => sum + slotHours(s), 0);

/**
 * The session's slots: date, start, end, each with its hours and whether it is a morning, an
 * afternoon or a whole day; "Add a day" adds the two half-days on the next working day. The
 * total is shown against the course's hours.
 */
export function SlotsEditor({
  slots,
  onChange,
  errors,
  courseHours,
}: {
  slots: SlotValue[];
  onChange: (slots: SlotValue[]) => void;
  errors: Record<string, string>;
  courseHours: number | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const last = [...slots]
    .map((s) => s.date)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .pop();
  const nextDay = nextWorkingDay(last ?? todayIso());
  const setSlot = (i: number, patch: Partial<SlotValue>) => onChange(slots.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);
  const total = totalHours(slots);
  return (
    <Stack gap={6} role="group" aria-labelledby="slots-title">
      <Group justify="space-between">
        <Text fw={600} size="sm" id="slots-title">
          {t('sessions.form.slots')}
        </Text>
        <Text size="sm" fw={600} data-testid="slots-total" c={courseHours && Math.abs(total - courseHours) > 0.01 ? 'orange.9' : undefined}>
          {courseHours
            ? t('sessions.form.totalAgainst', { hours: hours(total, lang), planned: hours(courseHours, lang) })
            : t('sessions.form.total', { hours: hours(total, lang) })}
        </Text>
      </Group>
      {errors.slots && (
        <Text size="sm" c="red" role="alert">
          {t(errors.slots)}
        </Text>
      )}
      {slots.map((s, i) => {
        const h = slotHours(s);
        return (
          <Group key={i} gap="sm" align="flex-start" wrap="nowrap" data-slot={i}>
            <DateField
              label={t('sessions.form.date')}
              w={170}
              clearable={false}
              value={s.date}
              onChange={(v) => setSlot(i, { date: v ?? '' })}
              error={errors[`slots.${i}.date`]}
            />
            <ClockInput
              label={t('sessions.form.start')}
              w={110}
              value={s.startTime}
              onChange={(v) => setSlot(i, { startTime: v })}
              error={err(`slots.${i}.startTime`)}
            />
            <ClockInput
              label={t('sessions.form.end')}
              w={110}
              value={s.endTime}
              onChange={(v) => setSlot(i, { endTime: v })}
              error={err(`slots.${i}.endTime`)}
            />
            <Text size="sm" mt={30} w={150} data-testid="slot-hours">
              {h > 0
                ? `${t('sessions.hoursShort', { hours: hours(h, lang) })} · ${t(`sessions.parts.${slotPart(s.startTime, s.endTime)}`)}`
                : '—'}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('sessions.form.removeSlot', { n: i + 1 })}
              title={t('sessions.form.removeSlot', { n: i + 1 })}
              onClick={() => onChange(slots.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        );
      })}
      <Group gap="sm">
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => onChange([...slots, { id: null, date: nextDay, ...MORNING }, { id: null, date: nextDay, ...AFTERNOON }])}
        >
          {t('sessions.form.addDay')}
        </Button>
        <Button variant="subtle" size="compact-sm" onClick={() => onChange([...slots, { id: null, date: nextDay, ...MORNING }])}>
          {t('sessions.form.addSlot')}
        </Button>
      </Group>
    </Stack>
  );
}
