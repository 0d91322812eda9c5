import { Badge, Button, Checkbox, Group, Loader, NumberInput, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Venue, venueCreate } from '../../../../api/channels/catalogue';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { Editable } from '../../components/Editable';
import { FormDialog } from '../../components/FormDialog';
import { ListSearch, useFilters } from '../../components/ListFilters';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import { type Column, ListCount, VirtualTable } from '../../components/VirtualTable';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';
import { useArrayList } from '../gaps/array-list';

type SortKey = 'name' | 'quartier' | 'capacity';

/** The quartiers of the directory's list, for a venue's quartier. */
function useQuartiers(lang: Language) {
  const terms = useCall('terms.list', { kind: 'quartier', includeArchived: false });
  return (terms.data ?? []).map((q) => ({ value: q.id, label: pickName(q.nameFr, q.nameAr, lang) }));
}

/** The venues where trainings are held: name, quartier, capacity, accessibility. */
export function VenuesTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 200);
  const [quartierId, setQuartierId] = useState<string | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [sort, setSort] = useState<{ sort: SortKey; dir: 'asc' | 'desc' }>({ sort: 'name', dir: 'asc' });
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  const quartiers = useQuartiers(lang);
  const rows = useCall('venues.list', { query, quartierId, includeArchived }, { keepPrevious: true });
  const name = (r: Venue) => pickName(r.nameFr, r.nameAr, lang);
  const list = useArrayList(
    rows.data,
    sort,
    (r, key) => ({ name: name(r), quartier: pickName(r.quartierFr, r.quartierAr, lang), capacity: r.capacity })[key],
    rows,
  );
  const filters = useFilters('catalogue-venues', (quartierId ? 1 : 0) + (includeArchived ? 1 : 0));
  const columns: Column<Venue, SortKey>[] = [
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
      label: t('catalogue.fields.quartier'),
      sort: 'quartier',
      render: (r) => (
        <Text span fz="sm">
          {pickName(r.quartierFr, r.quartierAr, lang)}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.address'),
      render: (r) => (
        <Text span fz="sm" dir="auto">
          {r.address}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.capacity'),
      sort: 'capacity',
      render: (r) => (
        <Text span fz="sm">
          {formatNumber(r.capacity, lang)}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.accessibleShort'),
      render: (r) => (
        <Badge size="sm" variant="light" color={r.accessible ? 'teal' : 'gray'} tt="none">
          {r.accessible ? t('catalogue.consentYes') : t('catalogue.consentNo')}
        </Badge>
      ),
    },
  ];
  return (
    <>
      <Group mb="xs" gap="sm" wrap="nowrap">
        <ListSearch
          label={t('catalogue.searchLabel')}
          hint={t('catalogue.venueSearchHint')}
          value={typed}
          onChange={setTyped}
          width={360}
        />
        {filters.button}
        <Group ms="auto" gap="sm" wrap="nowrap">
          <ListCount list={list} countKey="catalogue.venueCount" />
          <Editable>
            <Button onClick={() => setOpen({ id: null })}>{t('catalogue.newVenue')}</Button>
          </Editable>
        </Group>
      </Group>
      {filters.panel(
        <Group mb="xs" gap="sm" align="flex-end">
          <Select
            label={t('catalogue.fields.quartier')}
            data={quartiers}
            value={quartierId}
            onChange={setQuartierId}
            searchable
            clearable
            w={240}
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
        label={t('catalogue.tabs.venues')}
        grid="minmax(220px, 2.5fr) minmax(140px, 1.3fr) minmax(160px, 2fr) 140px 120px"
        rowHeight={38}
        columns={columns}
        list={list}
        onSort={setSort}
        onOpen={(id) => setOpen({ id })}
        selectedId={open?.id ?? null}
        emptyText={t('catalogue.noVenues')}
      />
      {open && <VenueForm key={open.id ?? 'new'} id={open.id} onClose={() => setOpen(null)} />}
    </>
  );
}

function VenueForm({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const venue = useCall('venues.get', { id: id ?? '' }, { enabled: Boolean(id) });
  const title = venue.data
    ? t('catalogue.editVenue', { name: pickName(venue.data.nameFr, venue.data.nameAr, lang) })
    : t('catalogue.newVenue');
  return (
    <FormDialog kind="drawer" size="lg" title={title} onClose={onClose}>
      {id && !venue.data ? <Loader aria-label={t('common.loading')} /> : <VenueFields venue={venue.data ?? null} onClose={onClose} />}
    </FormDialog>
  );
}

function VenueFields({ venue, onClose }: { venue: Venue | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const quartiers = useQuartiers(lang);
  const form = useRecordForm(
    venueCreate,
    {
      nameFr: venue?.nameFr ?? '',
      nameAr: venue?.nameAr ?? '',
      address: venue?.address ?? '',
      quartierId: venue?.quartierId ?? null,
      capacity: venue?.capacity ?? 20,
      accessible: venue?.accessible ?? false,
      equipment: venue?.equipment ?? '',
    },
    { save: (input) => (venue ? invoke('venues.update', { id: venue.id, ...input }) : invoke('venues.create', input)), onSaved: onClose },
  );
  const { values, set, errors } = form;
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  return (
    <RecordForm
      form={form}
      name={venue ? pickName(venue.nameFr, venue.nameAr, lang) : ''}
      remove={
        venue && { title: t('catalogue.deleteVenue'), run: (archiveInstead) => invoke('venues.delete', { id: venue.id, archiveInstead }) }
      }
      archive={
        venue && {
          archived: Boolean(venue.archivedAt),
          run: () => void invoke('venues.setArchived', { id: venue.id, archived: !venue.archivedAt }),
        }
      }
    >
      <BilingualInput label={t('catalogue.fields.name')} required {...bilingualField(form, 'name')} />
      <Group grow align="flex-start">
        <Select
          label={t('catalogue.fields.quartier')}
          data={quartiers}
          value={values.quartierId ?? null}
          onChange={(v) => set('quartierId', v)}
          searchable
          clearable
          error={err('quartierId')}
        />
        <NumberInput
          label={t('catalogue.fields.capacity')}
          name="capacity"
          min={0}
          max={5000}
          value={values.capacity}
          onChange={(v) => set('capacity', typeof v === 'number' ? v : Number(v) || 0)}
          error={err('capacity')}
        />
      </Group>
      <TextInput
        label={t('catalogue.fields.address')}
        name="address"
        dir="auto"
        value={values.address}
        onChange={(e) => set('address', e.currentTarget.value)}
        error={err('address')}
      />
      <Checkbox
        label={t('catalogue.fields.accessible')}
        checked={Boolean(values.accessible)}
        onChange={(e) => set('accessible', e.currentTarget.checked)}
      />
      <Textarea
        label={t('catalogue.fields.equipment')}
        dir="auto"
        autosize
        minRows={2}
        value={values.equipment}
        onChange={(e) => set('equipment', e.currentTarget.value)}
        error={err('equipment')}
      />
    </RecordForm>
  );
}
