import { Paper, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../api/channels/plans';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { actionName, monthsOf, periodLabel } from './plan-format';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The year's calendar: one row per action, one column per month; a quarter fills its three months. */
export function CalendarTab({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const actions = plan.actionList.filter((a) => a.status !== 'cancelled');
  if (!actions.length)
    return (
      <Text c="dimmed" size="sm">
        {t('plans.calendar.none')}
      </Text>
    );
  return (
    <Paper withBorder>
      <ScrollArea>
        <Table
          fz="xs"
          verticalSpacing={4}
          withColumnBorders
          aria-label={t('plans.calendar.label', { year: plan.year })}
          data-testid="calendar"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={260}>{t('plans.calendar.action')}</Table.Th>
              {MONTHS.map((m) => (
                <Table.Th key={m} ta="center" w={62}>
                  {t(`plans.months.${m}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {actions.map((a) => {
              const months = monthsOf(a);
              return (
                <Table.Tr key={a.id} data-action={a.code}>
                  <Table.Td>
                    <Text span fz="xs" c="dimmed">
                      <Ltr>{a.code}</Ltr>{' '}
                    </Text>
                    {actionName(a, lang)}
                  </Table.Td>
                  {MONTHS.map((m) => {
                    const on = months.includes(m);
                    return (
                      <Table.Td
                        key={m}
                        data-on={on || undefined}
                        ta="center"
                        bg={on ? 'teal.6' : undefined}
                        c={on ? 'white' : undefined}
                        title={on ? periodLabel(a, t) : undefined}
                      >
                        {on && m === months[0]
                          ? a.periodKind === 'month'
                            ? t(`plans.months.${m}`)
                            : t('plans.quarter', { n: a.periodValue })
                          : ''}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
