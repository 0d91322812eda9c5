import { Badge, Button, Checkbox, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainerRow } from '../../../../api/channels/catalogue';
import { TRAINER_KINDS } from '../../../../api/channels/training-enums';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { ListSearch, useFilters } from '../../components/ListFilters';
import { Ltr, joinList } from '../../components/Ltr';
import { type Column, ListCount, VirtualTable } from '../../components/VirtualTable';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { useArrayList } from '../gaps/array-list';
import { choices, competencyOptions } from './options';
import { TrainerForm } from './TrainerForm';

type SortKey = 'name' | 'kind' | 'shared';
type Kind = (typeof TRAINER_KINDS)[number];

/** The trainers: staff members, external people and organisations, with their expertise and whether they are shared. */
export function TrainersTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 200);
  const [kind, setKind] = useState<Kind | null>(null);
  const [competencyId, setCompetencyId] = useState<string | null>(null);
  const [shared, setShared] = useState<'yes' | 'no' | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [sort, setSort] = useState<{ sort: SortKey; dir: 'asc' | 'desc' }>({ sort: 'name', dir: 'asc' });
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  const framework = useCall('framework.get', { includeArchived: false });
  const rows = useCall(
    'trainers.list',
    { query, kind, competencyId, shareConsent: shared === null ? null : shared === 'yes', includeArchived },
    { keepPrevious: true },
  );
  const name = (r: TrainerRow) => pickName(r.nameFr, r.nameAr, lang);
  const list = useArrayList(
    rows.data,
    sort,
    (r, key) => ({ name: name(r), kind: t(`catalogue.kinds.${r.kind}`), shared: r.shareConsent ? 0 : 1 })[key],
    rows,
  );
  const filters = useFilters('catalogue-trainers', [kind, competencyId, shared].filter(Boolean).length + (includeArchived ? 1 : 0));

  const columns: Column<TrainerRow, SortKey>[] = [
    {
      label: t('catalogue.fields.name'),
      sort: 'name',
      render: (r) => (
        <Text span fz="sm" fw={500} c={r.archivedAt ? 'dimmed' : undefined}>
          {name(r)}
          {r.archivedAt && ` (${t('catalogue.archived')})`}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.kind'),
      sort: 'kind',
      render: (r) => (
        <Text span fz="sm">
          {t(`catalogue.kinds.${r.kind}`)}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.expertise'),
      render: (r) => (
        <Text span fz="xs" c="dimmed">
          <Ltr>{r.expertise.map((e) => e.code).join(' · ')}</Ltr>
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.languages'),
      render: (r) => (
        <Text span fz="sm">
          {joinList(
            r.languages.map((l) => t(`catalogue.languages.${l}`)),
            lang,
          )}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.contact'),
      // Read left to right, cut at its end, on the cell's start side in either direction.
      render: (r) => (
        <Text fz="sm" dir="ltr" truncate ta={lang === 'ar' ? 'right' : 'left'}>
          {r.phone || r.email}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.shared'),
      sort: 'shared',
      render: (r) => (
        <Badge size="sm" variant="light" color={r.shareConsent ? 'teal' : 'gray'} tt="none">
          {r.shareConsent ? t('catalogue.consentYes') : t('catalogue.consentNo')}
        </Badge>
      ),
    },
  ];

  return (
    <>
      <Group mb="xs" gap="sm" wrap="nowrap">
        <ListSearch
          label={t('catalogue.searchLabel')}
          hint={t('catalogue.trainerSearchHint')}
          value={typed}
          onChange={setTyped}
          width={360}
        />
        {filters.button}
        <Group ms="auto" gap="sm" wrap="nowrap">
          <ListCount list={list} countKey="catalogue.trainerCount" />
          <Editable>
            <Button onClick={() => setOpen({ id: null })}>{t('catalogue.newTrainer')}</Button>
          </Editable>
        </Group>
      </Group>
      {filters.panel(
        <Group mb="xs" gap="sm" align="flex-end">
          <Select
            label={t('catalogue.fields.kind')}
            data={choices(t, 'kinds', TRAINER_KINDS)}
            value={kind}
            onChange={(v) => setKind(v as Kind | null)}
            clearable
            w={200}
          />
          <Select
            label={t('catalogue.fields.expertise')}
            data={competencyOptions(framework.data, new Set(), lang, t('common.archived'))}
            value={competencyId}
            onChange={setCompetencyId}
            searchable
            clearable
            w={280}
          />
          <Select
            label={t('catalogue.fields.shared')}
            data={[
              { value: 'yes', label: t('catalogue.consentYes') },
              { value: 'no', label: t('catalogue.consentNo') },
            ]}
            value={shared}
            onChange={(v) => setShared(v as 'yes' | 'no' | null)}
            clearable
            w={140}
          />
          <Checkbox
            label={t('catalogue.showArchived')}
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
            mb={8}
          />
        </Group>,
      )}
      <VirtualTable
        label={t('catalogue.tabs.trainers')}
        grid="minmax(200px, 2fr) 150px minmax(160px, 2fr) minmax(120px, 1.2fr) minmax(130px, 1.3fr) 90px"
        rowHeight={38}
        columns={columns}
        list={list}
        onSort={setSort}
        onOpen={(id) => setOpen({ id })}
        selectedId={open?.id ?? null}
        emptyText={t('catalogue.noTrainers')}
      />
      {open && <TrainerForm key={open.id ?? 'new'} id={open.id} onClose={() => setOpen(null)} />}
    </>
  );
}
