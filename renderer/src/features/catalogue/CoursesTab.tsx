import { Button, Checkbox, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseRow } from '../../../../api/channels/catalogue';
import { AUDIENCES, COURSE_MODALITIES, COURSE_ORIGINS } from '../../../../api/channels/training-enums';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { ListSearch, useFilters } from '../../components/ListFilters';
import { Ltr } from '../../components/Ltr';
import { type Column, ListCount, VirtualTable } from '../../components/VirtualTable';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { useArrayList } from '../gaps/array-list';
import { CourseForm } from './CourseForm';
import { choices, competencyOptions, formatHours } from './options';

type SortKey = 'code' | 'title' | 'domain' | 'modality' | 'hours';
type Modality = (typeof COURSE_MODALITIES)[number];
type Origin = (typeof COURSE_ORIGINS)[number];
type Audience = (typeof AUDIENCES)[number];

/** The catalogue of courses: search by code or title, filters by modality, origin, audience and competency. */
export function CoursesTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 200);
  const [modality, setModality] = useState<Modality | null>(null);
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [audience, setAudience] = useState<Audience | null>(null);
  const [competencyId, setCompetencyId] = useState<string | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [sort, setSort] = useState<{ sort: SortKey; dir: 'asc' | 'desc' }>({ sort: 'code', dir: 'asc' });
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  const framework = useCall('framework.get', { includeArchived: false });
  const rows = useCall('courses.list', { query, modality, origin, audience, competencyId, includeArchived }, { keepPrevious: true });
  const title = (r: CourseRow) => pickName(r.titleFr, r.titleAr, lang);
  const list = useArrayList(
    rows.data,
    sort,
    (r, key) =>
      ({
        code: r.code,
        title: title(r),
        domain: pickName(r.domainFr, r.domainAr, lang),
        modality: t(`catalogue.modalities.${r.modality}`),
        hours: r.hours,
      })[key],
    rows,
  );
  const active = [modality, origin, audience, competencyId].filter(Boolean).length + (includeArchived ? 1 : 0);
  const filters = useFilters('catalogue-courses', active);

  const columns: Column<CourseRow, SortKey>[] = [
    {
      label: t('catalogue.fields.code'),
      sort: 'code',
      render: (r) => (
        <Text span fz="sm" fw={600}>
          <Ltr>{r.code}</Ltr>
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.title'),
      sort: 'title',
      render: (r) => (
        <Text span fz="sm" c={r.archivedAt ? 'dimmed' : undefined}>
          {title(r)}
          {r.archivedAt && ` (${t('catalogue.archived')})`}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.domain'),
      sort: 'domain',
      render: (r) => (
        <Text span fz="sm">
          {pickName(r.domainFr, r.domainAr, lang)}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.modality'),
      sort: 'modality',
      render: (r) => (
        <Text span fz="sm">
          {t(`catalogue.modalities.${r.modality}`)}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.hoursShort'),
      sort: 'hours',
      render: (r) => (
        <Text span fz="sm">
          {formatHours(r.hours, lang)}
        </Text>
      ),
    },
    {
      label: t('catalogue.fields.competencies'),
      render: (r) => (
        <Text span fz="xs" c="dimmed">
          <Ltr>{r.competencies.map((c) => `${c.code} ${c.targetLevel}`).join(' · ')}</Ltr>
        </Text>
      ),
    },
  ];

  return (
    <>
      <Group mb="xs" gap="sm" wrap="nowrap">
        <ListSearch
          label={t('catalogue.searchLabel')}
          hint={t('catalogue.courseSearchHint')}
          value={typed}
          onChange={setTyped}
          width={360}
        />
        {filters.button}
        <Group ms="auto" gap="sm" wrap="nowrap">
          <ListCount list={list} countKey="catalogue.courseCount" />
          <Editable>
            <Button onClick={() => setOpen({ id: null })}>{t('catalogue.newCourse')}</Button>
          </Editable>
        </Group>
      </Group>
      {filters.panel(
        <Group mb="xs" gap="sm" align="flex-end">
          <Select
            label={t('catalogue.fields.modality')}
            data={choices(t, 'modalities', COURSE_MODALITIES)}
            value={modality}
            onChange={(v) => setModality(v as Modality | null)}
            clearable
            w={190}
          />
          <Select
            label={t('catalogue.fields.origin')}
            data={choices(t, 'origins', COURSE_ORIGINS)}
            value={origin}
            onChange={(v) => setOrigin(v as Origin | null)}
            clearable
            w={190}
          />
          <Select
            label={t('catalogue.fields.audience')}
            data={choices(t, 'audiences', AUDIENCES)}
            value={audience}
            onChange={(v) => setAudience(v as Audience | null)}
            clearable
            w={210}
          />
          <Select
            label={t('catalogue.fields.competency')}
            data={competencyOptions(framework.data, new Set(), lang, t('common.archived'))}
            value={competencyId}
            onChange={setCompetencyId}
            searchable
            clearable
            w={280}
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
        label={t('catalogue.tabs.courses')}
        grid="130px minmax(220px, 3fr) minmax(140px, 1.5fr) 130px 80px minmax(140px, 1.5fr)"
        rowHeight={38}
        columns={columns}
        list={list}
        onSort={setSort}
        onOpen={(id) => setOpen({ id })}
        selectedId={open?.id ?? null}
        emptyText={t('catalogue.noCourses')}
      />
      {open && <CourseForm key={open.id ?? 'new'} id={open.id} onClose={() => setOpen(null)} />}
    </>
  );
}
