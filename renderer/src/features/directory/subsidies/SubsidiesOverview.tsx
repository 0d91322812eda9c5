import { Group, Select, SimpleGrid, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../api/contract';
import { useCall } from '../../../bridge/queries';
import type { Language } from '../../../i18n';
import { formatDate, formatNumber, pickName } from '../../../lib/format';
import { formatMad } from '../money';

type Total = Output<'subsidies.totals'>[number];

/**
 * The transparency the 2016 subsidy regulation asks for: what was requested and granted, by
 * year, domain and quartier, and the reports that are overdue.
 */
export function SubsidiesOverview({ onOpen }: { onOpen: (organizationId: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [year, setYear] = useState<string | null>(null);
  const byYear = useCall('subsidies.totals', { by: 'year', year: null });
  const y = year ? Number(year) : null;
  const byDomain = useCall('subsidies.totals', { by: 'domain', year: y });
  const byQuartier = useCall('subsidies.totals', { by: 'quartier', year: y });
  const overdue = useCall('subsidies.overdue', {});
  const years = (byYear.data ?? [])
    .map((r) => r.key)
    .sort()
    .reverse();

  const table = (title: string, rows: Total[] | undefined, keyLabel: string) => (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      <Table striped withTableBorder aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{keyLabel}</Table.Th>
            <Table.Th ta="end">{t('directory.subsidies.count')}</Table.Th>
            <Table.Th ta="end">{t('directory.subsidies.requested')}</Table.Th>
            <Table.Th ta="end">{t('directory.subsidies.granted')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows ?? []).map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{pickName(r.labelFr, r.labelAr, lang) || r.key || t('directory.subsidies.noQuartier')}</Table.Td>
              <Table.Td ta="end">{formatNumber(r.count, lang)}</Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatMad(r.requestedCentimes, lang)}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatMad(r.grantedCentimes, lang)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );

  return (
    <Stack>
      {table(t('directory.subsidies.byYear'), byYear.data, t('directory.subsidies.year'))}
      <Group align="flex-end">
        <Select
          label={t('directory.subsidies.yearFilter')}
          placeholder={t('directory.subsidies.allYears')}
          data={years}
          value={year}
          onChange={setYear}
          clearable
          w={220}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {table(t('directory.subsidies.byDomain'), byDomain.data, t('directory.fields.domains'))}
        {table(t('directory.subsidies.byQuartier'), byQuartier.data, t('directory.fields.quartier'))}
      </SimpleGrid>
      <Title order={3} size="h5">
        {t('directory.subsidies.overdueTitle', {
          count: overdue.data?.length ?? 0,
          formatted: formatNumber(overdue.data?.length ?? 0, lang),
        })}
      </Title>
      {!overdue.data?.length ? (
        <Text c="dimmed" size="sm">
          {t('directory.subsidies.noOverdue')}
        </Text>
      ) : (
        <Table striped withTableBorder aria-label={t('directory.subsidies.overdueLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.fields.name')}</Table.Th>
              <Table.Th>{t('directory.subsidies.year')}</Table.Th>
              <Table.Th>{t('directory.subsidies.programme')}</Table.Th>
              <Table.Th ta="end">{t('directory.subsidies.granted')}</Table.Th>
              <Table.Th>{t('directory.subsidies.reportDueDate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overdue.data.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <UnstyledButton fz="sm" td="underline" onClick={() => onOpen(s.organizationId)}>
                    {pickName(s.organizationNameFr, s.organizationNameAr, lang)}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>{s.year}</Table.Td>
                <Table.Td>{pickName(s.programmeFr, s.programmeAr, lang)}</Table.Td>
                <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                  {formatMad(s.grantedCentimes, lang)}
                </Table.Td>
                <Table.Td>{formatDate(s.reportDueDate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
