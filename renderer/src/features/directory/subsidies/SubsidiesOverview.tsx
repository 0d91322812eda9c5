import { Group, Select, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../api/contract';
import { useCall } from '../../../bridge/queries';
import type { Language } from '../../../i18n';
import { formatNumber, pickName } from '../../../lib/format';
import { formatMad } from '../money';
import { OverdueReports } from './OverdueReports';

type Total = Output<'subsidies.totals'>[number];

const sum = (rows: Total[], key: 'count' | 'requestedCentimes' | 'grantedCentimes') => rows.reduce((s, r) => s + r[key], 0);

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

  /** `withTotal`: a last line adds the rows up (years are disjoint; domains overlap, so they have none). */
  const table = (title: string, rows: Total[] | undefined, keyLabel: string, withTotal = false) => (
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
        {withTotal && rows && rows.length > 0 && (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('directory.subsidies.total')}</Table.Th>
              <Table.Td ta="end">{formatNumber(sum(rows, 'count'), lang)}</Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatMad(sum(rows, 'requestedCentimes'), lang)}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatMad(sum(rows, 'grantedCentimes'), lang)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Stack>
  );

  return (
    <Stack>
      {table(t('directory.subsidies.byYear'), byYear.data, t('directory.subsidies.year'), true)}
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
      <OverdueReports rows={overdue.data ?? []} onOpen={onOpen} />
    </Stack>
  );
}
