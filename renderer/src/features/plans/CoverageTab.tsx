import { Badge, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../api/channels/plans';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';
import { percent } from './plan-format';

type Row = Plan['coverage']['rows'][number];
export type CoverageState = 'covered' | 'partly' | 'not';
export const coverageState = (r: Row): CoverageState =>
  r.coveredScore >= r.score - 1e-9 && r.score > 0 ? 'covered' : r.coveredScore > 0 ? 'partly' : 'not';
const COLOURS: Record<CoverageState, string> = { covered: 'teal', partly: 'yellow', not: 'gray' };

/** How much of the priority needs' score the plan answers, row by row, and what it leaves out. */
export function CoverageTab({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const c = plan.coverage;
  const n = (x: number) => formatNumber(x, lang, { max: 1 });
  const name = (r: Row) => (
    <>
      {r.code && (
        <Text span size="xs" c="dimmed">
          <Ltr>{r.code}</Ltr>{' '}
        </Text>
      )}
      {pickName(r.nameFr, r.nameAr, lang)}
    </>
  );
  const leftOut = c.rows
    .filter((r) => coverageState(r) !== 'covered')
    .map((r) => ({ r, remaining: r.score - r.coveredScore }))
    .sort((a, b) => b.remaining - a.remaining);
  if (!c.rows.length)
    return (
      <Text c="dimmed" size="sm">
        {t('plans.coverage.noNeeds')}
      </Text>
    );
  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" data-testid="coverage-share">
            {t('plans.coverage.share', { share: percent(c.share, lang) })}
          </Text>
          <Text c="dimmed" size="sm">
            {t('plans.coverage.parts', { covered: n(c.scoreCovered), total: n(c.scoreTotal) })}
          </Text>
        </Group>
        <Progress mt={6} value={100 * (c.share ?? 0)} color="teal" aria-hidden />
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} size="h5" mb={6}>
          {t('plans.coverage.label')}
        </Title>
        <Table fz="sm" verticalSpacing={4} striped aria-label={t('plans.coverage.label')} data-testid="coverage">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.coverage.competency')}</Table.Th>
              <Table.Th>{t('plans.coverage.population')}</Table.Th>
              <Table.Th ta="end">{t('plans.coverage.people')}</Table.Th>
              <Table.Th ta="end">{t('plans.coverage.score')}</Table.Th>
              <Table.Th ta="end">{t('plans.coverage.coveredPeople')}</Table.Th>
              <Table.Th ta="end">{t('plans.coverage.coveredScore')}</Table.Th>
              <Table.Th>{t('plans.coverage.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.rows.map((r) => {
              const s = coverageState(r);
              return (
                <Table.Tr key={`${r.competencyId ?? r.nameFr} ${r.population}`} data-code={r.code} data-state={s}>
                  <Table.Td>{name(r)}</Table.Td>
                  <Table.Td>{t(`gaps.populations.${r.population}`)}</Table.Td>
                  <Table.Td ta="end">{n(r.people)}</Table.Td>
                  <Table.Td ta="end" fw={700}>
                    {n(r.score)}
                  </Table.Td>
                  <Table.Td ta="end">{n(r.coveredPeople)}</Table.Td>
                  <Table.Td ta="end">{n(r.coveredScore)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={COLOURS[s]} tt="none">
                      {t(`plans.coverage.${s}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="sm" component="section" aria-labelledby="left-out">
        <Title order={3} size="h5" id="left-out">
          {t('plans.coverage.leftOut')}
        </Title>
        <Text size="xs" c="dimmed" mb={6}>
          {t('plans.coverage.leftOutHint')}
        </Text>
        {leftOut.length ? (
          <Table fz="sm" verticalSpacing={4} data-testid="left-out">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.coverage.competency')}</Table.Th>
                <Table.Th>{t('plans.coverage.population')}</Table.Th>
                <Table.Th ta="end">{t('plans.coverage.remaining')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {leftOut.map(({ r, remaining }) => (
                <Table.Tr key={`${r.competencyId ?? r.nameFr} ${r.population}`}>
                  <Table.Td>{name(r)}</Table.Td>
                  <Table.Td>{t(`gaps.populations.${r.population}`)}</Table.Td>
                  <Table.Td ta="end" fw={700}>
                    {n(remaining)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">{t('plans.coverage.nothingLeft')}</Text>
        )}
      </Paper>
    </Stack>
  );
}
