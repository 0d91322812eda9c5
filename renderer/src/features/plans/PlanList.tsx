import { Badge, Paper, Progress, ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../api/channels/plans';
import type { Language } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { PLAN_STATUS_COLOURS, mad, planName } from './plan-format';

interface Props {
  plans: PlanSummary[];
  loading: boolean;
  onOpen: (id: string) => void;
}

/** The plans, latest year first: public, title, state, version, budget against what the actions plan, actions and needs covered. */
export function PlanList({ plans, loading, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  if (loading) return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <Paper withBorder style={{ flex: '1 1 0px', minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <ScrollArea style={{ flex: '1 1 0px' }}>
        <Table fz="sm" verticalSpacing={6} highlightOnHover stickyHeader aria-label={t('plans.list.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('plans.list.year')}</Table.Th>
              <Table.Th w={150}>{t('plans.list.audience')}</Table.Th>
              <Table.Th>{t('plans.list.title')}</Table.Th>
              <Table.Th w={130}>{t('plans.list.status')}</Table.Th>
              <Table.Th w={100}>{t('plans.list.version')}</Table.Th>
              <Table.Th w={220}>
                {t('plans.list.planned')} / {t('plans.list.budget')}
              </Table.Th>
              <Table.Th w={80} ta="end">
                {t('plans.list.actions')}
              </Table.Th>
              <Table.Th w={150} ta="end">
                {t('plans.list.needs')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.map((p) => {
              const share = p.budgetCentimes ? Math.min(100, (100 * p.plannedCentimes) / p.budgetCentimes) : 0;
              const over = p.budgetCentimes > 0 && p.plannedCentimes > p.budgetCentimes;
              return (
                <Table.Tr key={p.id} data-year={p.year} style={{ cursor: 'pointer' }} onClick={() => onOpen(p.id)}>
                  <Table.Td fw={600}>{p.year}</Table.Td>
                  <Table.Td>{t(`plans.audiences.${p.audience}`)}</Table.Td>
                  <Table.Td>
                    <UnstyledButton onClick={() => onOpen(p.id)} fz="sm" fw={500} c="teal.9" td="underline">
                      {planName(p, lang, t)}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={PLAN_STATUS_COLOURS[p.status]} tt="none">
                      {t(`plans.statuses.${p.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {p.status === 'draft' || p.status === 'submitted' ? '–' : t('plans.versionN', { version: p.version })}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" span dir="ltr" style={{ unicodeBidi: 'isolate', whiteSpace: 'nowrap' }} c={over ? 'red.8' : undefined}>
                      {mad(p.plannedCentimes)} / {mad(p.budgetCentimes)} {t('common.currency')}
                    </Text>
                    <Progress value={share} size="xs" mt={2} color={over ? 'red' : 'teal'} aria-hidden />
                  </Table.Td>
                  <Table.Td ta="end">{formatNumber(p.actions, lang)}</Table.Td>
                  <Table.Td ta="end">{formatNumber(p.needsCovered, lang)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
