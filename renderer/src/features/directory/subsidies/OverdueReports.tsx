import { Group, Pagination, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../api/contract';
import type { Language } from '../../../i18n';
import { formatDate, formatNumber, pickName } from '../../../lib/format';
import { formatMad } from '../money';

type Overdue = Output<'subsidies.overdue'>[number];
type SortKey = 'name' | 'year' | 'granted' | 'due';

const PAGE = 15;

/** Case and accents aside, so "ecole" finds "École" (the list is on screen: no need of the core's index). */
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .toLowerCase();

/**
 * The subsidies whose report is overdue: the Service chases each of them, so the list can be
 * narrowed (organisation or programme, year), sorted by any column and read page by page.
 */
export function OverdueReports({ rows, onOpen }: { rows: Overdue[]; onOpen: (organizationId: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [typed, setTyped] = useState('');
  const [year, setYear] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'due', dir: 1 });
  const [page, setPage] = useState(1);

  const name = (s: Overdue) => pickName(s.organizationNameFr, s.organizationNameAr, lang);
  const programme = (s: Overdue) => pickName(s.programmeFr, s.programmeAr, lang);
  const value: Record<SortKey, (s: Overdue) => string | number> = {
    name: (s) => plain(name(s)),
    year: (s) => s.year,
    granted: (s) => s.grantedCentimes,
    due: (s) => s.reportDueDate ?? '',
  };
  const words = plain(typed).split(/\s+/).filter(Boolean);
  const shown = rows
    .filter((s) => !year || String(s.year) === year)
    .filter((s) => {
      const text = plain(`${s.organizationNameFr} ${s.organizationNameAr} ${s.programmeFr} ${s.programmeAr}`);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => {
      const [x, y] = [value[sort.key](a), value[sort.key](b)];
      return (x < y ? -1 : x > y ? 1 : 0) * sort.dir || (a.reportDueDate ?? '').localeCompare(b.reportDueDate ?? '');
    });
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const current = Math.min(page, pages);
  const slice = shown.slice((current - 1) * PAGE, current * PAGE);
  const years = [...new Set(rows.map((s) => String(s.year)))].sort().reverse();
  const filter = (apply: () => void) => {
    apply();
    setPage(1);
  };

  const header = (key: SortKey, label: string, end = false) => {
    const sorted = sort.key === key;
    return (
      <Table.Th ta={end ? 'end' : undefined} aria-sort={sorted ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton fw={600} fz="sm" onClick={() => filter(() => setSort({ key, dir: sorted ? (-sort.dir as 1 | -1) : 1 }))}>
          {label} {sorted ? (sort.dir === 1 ? '▲' : '▼') : ''}
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('directory.subsidies.overdueTitle', { count: rows.length, formatted: formatNumber(rows.length, lang) })}
      </Title>
      {!rows.length ? (
        <Text c="dimmed" size="sm">
          {t('directory.subsidies.noOverdue')}
        </Text>
      ) : (
        <>
          <Group gap="sm" align="flex-end">
            <TextInput
              type="search"
              label={t('directory.subsidies.overdueFilter')}
              value={typed}
              onChange={(e) => filter(() => setTyped(e.currentTarget.value))}
              w={320}
              dir="auto"
            />
            <Select
              label={t('directory.subsidies.year')}
              placeholder={t('directory.subsidies.allYears')}
              data={years}
              value={year}
              onChange={(v) => filter(() => setYear(v))}
              clearable
              w={180}
            />
          </Group>
          <Table striped withTableBorder aria-label={t('directory.subsidies.overdueLabel')}>
            <Table.Thead>
              <Table.Tr>
                {header('name', t('directory.fields.name'))}
                {header('year', t('directory.subsidies.year'))}
                <Table.Th>{t('directory.subsidies.programme')}</Table.Th>
                {header('granted', t('directory.subsidies.granted'), true)}
                {header('due', t('directory.subsidies.reportDueDate'))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slice.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <UnstyledButton fz="sm" td="underline" onClick={() => onOpen(s.organizationId)}>
                      {name(s)}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{s.year}</Table.Td>
                  <Table.Td>{programme(s)}</Table.Td>
                  <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                    {formatMad(s.grantedCentimes, lang)}
                  </Table.Td>
                  <Table.Td>{formatDate(s.reportDueDate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {!shown.length && (
            <Text c="dimmed" size="sm">
              {t('directory.subsidies.overdueNoMatch')}
            </Text>
          )}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {shown.length > 0 &&
                t('directory.subsidies.overdueRange', {
                  from: formatNumber((current - 1) * PAGE + 1, lang),
                  to: formatNumber((current - 1) * PAGE + slice.length, lang),
                  total: formatNumber(shown.length, lang),
                })}
            </Text>
            {pages > 1 && (
              <Pagination
                total={pages}
                value={current}
                onChange={setPage}
                getControlProps={(control) => ({
                  'aria-label': control === 'previous' ? t('common.previousPage') : t('common.nextPage'),
                })}
              />
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
