import { Badge, Button, Group, ScrollArea, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEED_POPULATIONS, NEED_STATES, type Need } from '../../../../api/channels/gaps';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { Ltr } from '../../components/Ltr';
import { type Column, ListCount, VirtualTable } from '../../components/VirtualTable';
import type { Language } from '../../i18n';
import { formatDate, formatNumber, pickName } from '../../lib/format';
import { useArrayList } from './array-list';
import { NeedDialog, STATE_COLOR } from './NeedDialog';

type Population = (typeof NEED_POPULATIONS)[number];
type StateFilter = 'open' | 'all' | (typeof NEED_STATES)[number];
type SortKey = 'subject' | 'competency' | 'origin' | 'importance' | 'gap' | 'state' | 'date';
const RANK = { essential: 3, important: 2, useful: 1 } as const;

/** The priorities (needs by competency and population, with the parts of their score), then the register of needs. */
export function NeedsTab() {
  const [population, setPopulation] = useState<Population | 'all'>('all');
  return (
    <>
      <Priorities population={population} onPopulation={setPopulation} />
      <Register population={population === 'all' ? null : population} />
    </>
  );
}

function Priorities({ population, onPopulation }: { population: Population | 'all'; onPopulation: (p: Population | 'all') => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const rows = useCall('needs.priorities', { population: population === 'all' ? null : population }, { keepPrevious: true });
  const n = (x: number, digits = 0) => formatNumber(x, lang, { min: digits, max: digits });
  return (
    <Stack gap={4} mb="sm" component="section" aria-labelledby="priorities-title">
      <Group gap="sm" wrap="nowrap" justify="space-between">
        <Group gap="sm" wrap="nowrap" align="baseline">
          <Title order={3} size="h5" id="priorities-title">
            {t('gaps.priorities.title')}
          </Title>
          <Text size="xs" c="dimmed" data-testid="score-formula">
            {t('gaps.priorities.formula')}
          </Text>
        </Group>
        <SegmentedControl
          size="xs"
          aria-label={t('gaps.needs.populationFilter')}
          value={population}
          onChange={(v) => onPopulation(v as Population | 'all')}
          data={[
            { value: 'all', label: t('gaps.populations.all') },
            ...NEED_POPULATIONS.map((p) => ({ value: p, label: t(`gaps.populations.${p}`) })),
          ]}
        />
      </Group>
      <ScrollArea.Autosize mah="28vh" type="auto" offsetScrollbars>
        <Table fz="sm" verticalSpacing={3} striped stickyHeader data-testid="priorities">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('gaps.competency')}</Table.Th>
              <Table.Th>{t('gaps.needs.population')}</Table.Th>
              <Table.Th ta="end">{t('gaps.priorities.people')}</Table.Th>
              <Table.Th ta="end">{t('gaps.priorities.meanGap')}</Table.Th>
              <Table.Th>{t('gaps.priorities.highestImportance')}</Table.Th>
              <Table.Th ta="end">{t('gaps.priorities.score')}</Table.Th>
              <Table.Th ta="end">{t('gaps.priorities.needs')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(rows.data ?? []).map((r) => (
              <Table.Tr key={`${r.competencyId ?? r.nameFr} ${r.population}`} data-code={r.code}>
                <Table.Td>
                  {r.code && (
                    <Text span size="xs" c="dimmed">
                      <Ltr>{r.code}</Ltr>{' '}
                    </Text>
                  )}
                  {pickName(r.nameFr, r.nameAr, lang)}
                </Table.Td>
                <Table.Td>{t(`gaps.populations.${r.population}`)}</Table.Td>
                <Table.Td ta="end">{n(r.people)}</Table.Td>
                <Table.Td ta="end">{n(r.meanGap, 1)}</Table.Td>
                <Table.Td>{t(`jobs.importances.${r.highestImportance}`)}</Table.Td>
                <Table.Td ta="end" fw={700} data-testid="score">
                  {n(r.score)}
                </Table.Td>
                <Table.Td ta="end">{n(r.needs)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {rows.data && !rows.data.length && (
          <Text size="sm" c="dimmed" p="xs">
            {t('gaps.priorities.none')}
          </Text>
        )}
      </ScrollArea.Autosize>
    </Stack>
  );
}

function Register({ population }: { population: Population | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [state, setState] = useState<StateFilter>('open');
  const [sort, setSort] = useState<{ sort: SortKey; dir: 'asc' | 'desc' }>({ sort: 'date', dir: 'desc' });
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  const query = useCall(
    'needs.list',
    { population, openOnly: state === 'open', state: state === 'open' || state === 'all' ? null : state },
    { keepPrevious: true },
  );
  const subject = (r: Need) => pickName(r.subjectFr, r.subjectAr, lang);
  const what = (r: Need) => (r.competencyId ? pickName(r.competencyFr, r.competencyAr, lang) : pickName(r.titleFr, r.titleAr, lang));
  const list = useArrayList(
    query.data,
    sort,
    (r, key) =>
      ({
        subject: subject(r),
        competency: what(r),
        origin: t(`gaps.origins.${r.origin}`),
        importance: RANK[r.importance],
        gap: r.gap,
        state: NEED_STATES.indexOf(r.state),
        date: r.createdAt,
      })[key],
    query,
  );
  const chosen = open?.id ? ((query.data ?? []).find((r) => r.id === open.id) ?? null) : null;

  const columns: Column<Need, SortKey>[] = [
    {
      label: t('gaps.needs.subject'),
      sort: 'subject',
      render: (r) => (
        <Text span fz="sm" fw={500}>
          {subject(r)}
          <Text span fz="xs" c="dimmed">
            {' '}
            · {t(`gaps.populations.${r.population}`)}
          </Text>
        </Text>
      ),
    },
    {
      label: t('gaps.needs.competencyOrTitleShort'),
      sort: 'competency',
      render: (r) => (
        <Text span fz="sm">
          {r.competencyCode && (
            <Text span fz="xs" c="dimmed">
              <Ltr>{r.competencyCode}</Ltr>{' '}
            </Text>
          )}
          {what(r)}
        </Text>
      ),
    },
    {
      label: t('gaps.needs.origin'),
      sort: 'origin',
      render: (r) => (
        <Text span fz="sm">
          {t(`gaps.origins.${r.origin}`)}
        </Text>
      ),
    },
    {
      label: t('gaps.importance'),
      sort: 'importance',
      render: (r) => (
        <Text span fz="sm">
          {t(`jobs.importances.${r.importance}`)}
        </Text>
      ),
    },
    {
      label: t('gaps.gap'),
      sort: 'gap',
      render: (r) => (
        <Text span fz="sm" c={r.gap === null ? 'dimmed' : undefined}>
          {r.gap === null ? t('gaps.notAssessed') : r.population === 'staff' ? r.gap : `${r.gap} × ${formatNumber(r.peopleCount, lang)}`}
        </Text>
      ),
    },
    {
      label: t('common.state'),
      sort: 'state',
      render: (r) => (
        <Badge variant="light" color={STATE_COLOR[r.state]} size="sm" tt="none">
          {t(`gaps.needStates.${r.state}`)}
          {r.state === 'deferred' && r.deferredTo ? ` ${r.deferredTo}` : ''}
        </Badge>
      ),
    },
    {
      label: t('gaps.needs.date'),
      sort: 'date',
      render: (r) => (
        <Text span fz="sm">
          {formatDate(r.createdAt)}
        </Text>
      ),
    },
  ];

  return (
    <>
      <Group mb="xs" gap="sm" wrap="nowrap">
        <Title order={3} size="h5">
          {t('gaps.needs.register')}
        </Title>
        <Select
          aria-label={t('gaps.needs.stateFilter')}
          allowDeselect={false}
          size="xs"
          w={200}
          value={state}
          onChange={(v) => v && setState(v as StateFilter)}
          data={[
            { value: 'open', label: t('gaps.needs.openOnly') },
            { value: 'all', label: t('gaps.needs.allStates') },
            ...NEED_STATES.map((s) => ({ value: s, label: t(`gaps.needStates.${s}`) })),
          ]}
        />
        <Group ms="auto" gap="sm" wrap="nowrap">
          <ListCount list={list} countKey="gaps.needs.count" />
          <Editable>
            <Button size="xs" onClick={() => setOpen({ id: null })}>
              {t('gaps.needs.new')}
            </Button>
          </Editable>
        </Group>
      </Group>
      <VirtualTable
        label={t('gaps.needs.register')}
        grid="minmax(170px, 2fr) minmax(170px, 2fr) 110px 100px 80px 120px 90px"
        rowHeight={38}
        columns={columns}
        list={list}
        onSort={setSort}
        onOpen={(id) => setOpen({ id })}
        selectedId={open?.id ?? null}
        emptyText={t('gaps.needs.none')}
      />
      {open && (open.id === null || chosen) && <NeedDialog key={open.id ?? 'new'} need={chosen} onClose={() => setOpen(null)} />}
    </>
  );
}
