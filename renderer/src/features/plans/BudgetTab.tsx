import { Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../api/channels/plans';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { eur, mad, percent } from './plan-format';

/** What each line of the budget says: planned cost, by axis and by funder, against the budget and the funders' commitments. */
export function budgetLines(plan: Plan, lang: Language, t: (k: string) => string) {
  const total = plan.plannedCentimes;
  const byAxis = [
    ...plan.axes.map((a) => ({
      key: a.id,
      code: a.code,
      name: pickName(a.titleFr, a.titleAr, lang),
      planned: plan.byAxis.find((b) => b.axisId === a.id)?.totalCentimes ?? 0,
    })),
    ...(plan.byAxis.some((b) => b.axisId === null)
      ? [{ key: 'none', code: '', name: t('plans.axes.none'), planned: plan.byAxis.find((b) => b.axisId === null)!.totalCentimes }]
      : []),
  ];
  const byFunder = [
    ...plan.funders.map((f) => ({
      key: f.id,
      name: pickName(f.nameFr, f.nameAr, lang),
      committed: f.amountCentimes as number | null,
      planned: plan.byFunder.find((b) => b.funderId === f.id)?.totalCentimes ?? 0,
    })),
    ...(plan.byFunder.some((b) => b.funderId === null)
      ? [
          {
            key: 'none',
            name: t('plans.budget.unassigned'),
            committed: null,
            planned: plan.byFunder.find((b) => b.funderId === null)!.totalCentimes,
          },
        ]
      : []),
  ];
  return { total, byAxis, byFunder, committed: plan.funders.reduce((s, f) => s + f.amountCentimes, 0) };
}

const Amount = ({ c }: { c: number }) => <span style={{ direction: 'ltr', unicodeBidi: 'isolate', whiteSpace: 'nowrap' }}>{mad(c)}</span>;

/** The budget: planned against the plan's budget, by axis and by funder, in MAD with the EUR equivalent for the partner. */
export function BudgetTab({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const b = budgetLines(plan, lang, t);
  const over = plan.budgetCentimes > 0 && b.total > plan.budgetCentimes;
  const share = (c: number) => percent(b.total ? c / b.total : null, lang);
  const rate = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 }).format(plan.eurRate);
  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} data-testid="budget-summary">
            {t('plans.budget.summary', { planned: mad(b.total), budget: mad(plan.budgetCentimes) })}
          </Text>
          <Text fw={600} c={over ? 'red.8' : 'teal.9'}>
            {over
              ? t('plans.budget.over', { amount: mad(b.total - plan.budgetCentimes) })
              : t('plans.budget.remaining', { amount: mad(plan.budgetCentimes - b.total) })}
          </Text>
        </Group>
        <Progress
          mt={6}
          value={plan.budgetCentimes ? Math.min(100, (100 * b.total) / plan.budgetCentimes) : 0}
          color={over ? 'red' : 'teal'}
          aria-hidden
        />
        <Group justify="space-between" mt={6}>
          <Text size="sm" c="dimmed">
            <Ltr>{`${eur(b.total, plan.eurRate)} / ${eur(plan.budgetCentimes, plan.eurRate)} EUR`}</Ltr>
          </Text>
          <Text size="sm" c="dimmed">
            {t('plans.budget.rate', { rate })} · {t('plans.budget.fundersTotal', { amount: mad(b.committed) })}
          </Text>
        </Group>
      </Paper>
      <SimpleGrid cols={2} spacing="md">
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb={6}>
            {t('plans.budget.byAxis')}
          </Title>
          <Table fz="sm" verticalSpacing={4} aria-label={t('plans.budget.byAxis')} data-testid="budget-by-axis">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.budget.axis')}</Table.Th>
                <Table.Th ta="end">{t('plans.budget.planned')}</Table.Th>
                <Table.Th ta="end">{t('plans.budget.eur')}</Table.Th>
                <Table.Th ta="end">{t('plans.budget.share')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.byAxis.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    {r.code && (
                      <>
                        <Ltr>{r.code}</Ltr>{' '}
                      </>
                    )}
                    {r.name}
                  </Table.Td>
                  <Table.Td ta="end">
                    <Amount c={r.planned} />
                  </Table.Td>
                  <Table.Td ta="end">{eur(r.planned, plan.eurRate)}</Table.Td>
                  <Table.Td ta="end">{share(r.planned)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t('plans.budget.total')}</Table.Td>
                <Table.Td ta="end">
                  <Amount c={b.total} />
                </Table.Td>
                <Table.Td ta="end">{eur(b.total, plan.eurRate)}</Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb={6}>
            {t('plans.budget.byFunder')}
          </Title>
          <Table fz="sm" verticalSpacing={4} aria-label={t('plans.budget.byFunder')} data-testid="budget-by-funder">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.budget.funder')}</Table.Th>
                <Table.Th ta="end">{t('plans.budget.committed')}</Table.Th>
                <Table.Th ta="end">{t('plans.budget.planned')}</Table.Th>
                <Table.Th ta="end">{t('plans.budget.balance')}</Table.Th>
                <Table.Th ta="end">{t('plans.budget.eur')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.byFunder.map((r) => {
                const balance = r.committed === null ? null : r.committed - r.planned;
                return (
                  <Table.Tr key={r.key}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td ta="end">{r.committed === null ? '–' : <Amount c={r.committed} />}</Table.Td>
                    <Table.Td ta="end">
                      <Amount c={r.planned} />
                    </Table.Td>
                    <Table.Td ta="end" c={balance !== null && balance < 0 ? 'red.8' : undefined}>
                      {balance === null ? '–' : <span dir="ltr">{balance < 0 ? `−${mad(-balance)}` : mad(balance)}</span>}
                    </Table.Td>
                    <Table.Td ta="end">{eur(r.planned, plan.eurRate)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
