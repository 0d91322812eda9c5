import { Group, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../api/channels/dashboard';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { formatCentimes, formatCount, formatPercent } from './format';
import { useOpenRecords } from './records-context';
import { FigureButton } from './FigureButton';

/** The plan's execution: actions done of those planned, budget executed of the planned one (by funder), sessions outside the plan. */
export function PlanPanel({ plan, sessions }: { plan: Dashboard['plan']; sessions: Dashboard['sessions'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const open = useOpenRecords();
  const money = (c: number) => formatCentimes(c, lang);
  return (
    <Paper withBorder p="sm" radius="md" className="dashboard-section" data-section="plan">
      <Title order={3} size="h5" mb={6}>
        {plan ? pickName(plan.nameFr, plan.nameAr, lang) : t('dashboard.plan.title')}
      </Title>
      {plan ? (
        <>
          <Group gap="xs" mb={4} wrap="nowrap">
            <Text size="sm">
              {t('dashboard.plan.actionsDone', { done: formatCount(plan.actionsDone, lang), total: formatCount(plan.actions, lang) })}
            </Text>
            {plan.actions > plan.actionsDone && (
              <FigureButton
                label={t('dashboard.plan.notDone', {
                  count: plan.actions - plan.actionsDone,
                  n: formatCount(plan.actions - plan.actionsDone, lang),
                })}
                onClick={() => open({ figure: 'actionsNotDone', title: t('dashboard.figures.actionsNotDone') })}
              />
            )}
          </Group>
          <Progress
            value={plan.actions ? (plan.actionsDone / plan.actions) * 100 : 0}
            mb="xs"
            aria-label={t('dashboard.plan.actionsLabel')}
          />
          <Text size="sm">
            {t('dashboard.plan.budget', {
              executed: money(plan.budgetExecutedCentimes),
              planned: money(plan.budgetPlannedCentimes),
              rate: formatPercent(plan.budgetExecution, lang),
            })}
          </Text>
          <Progress
            value={Math.min(100, (plan.budgetExecution ?? 0) * 100)}
            color={(plan.budgetExecution ?? 0) > 1 ? 'red.8' : 'teal.8'}
            mb="xs"
            aria-label={t('dashboard.plan.budgetLabel')}
          />
          {plan.byFunder.length > 0 && (
            <Table fz="xs" verticalSpacing={2}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dashboard.plan.funder')}</Table.Th>
                  <Table.Th>{t('dashboard.plan.planned')}</Table.Th>
                  <Table.Th>{t('dashboard.plan.executed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.byFunder.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>{pickName(f.nameFr, f.nameAr, lang)}</Table.Td>
                    <Table.Td>{money(f.plannedCentimes)}</Table.Td>
                    <Table.Td>{money(f.executedCentimes)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('dashboard.plan.none')}
        </Text>
      )}
      <Group gap="xs" mt="xs">
        <Text size="sm">{t('dashboard.plan.sessionsOfYear', { n: formatCount(sessions.ofYear, lang) })}</Text>
        <FigureButton
          label={t('dashboard.plan.outsidePlan', {
            n: formatCount(sessions.outsidePlan, lang),
            share: formatPercent(sessions.outsidePlanShare, lang),
          })}
          onClick={() => open({ figure: 'sessionsOutsidePlan', title: t('dashboard.figures.sessionsOutsidePlan') })}
        />
      </Group>
    </Paper>
  );
}
