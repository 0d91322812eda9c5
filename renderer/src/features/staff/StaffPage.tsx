import { Button, Group, SegmentedControl, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffListInput } from '../../../../api/channels/staff';
import { useRouteQuery } from '../../app/router';
import { useCall } from '../../bridge/queries';
import { usePagedList } from '../../bridge/usePagedList';
import { Editable } from '../../components/Editable';
import { Empty } from '../../components/Empty';
import { FilterPill, ListSearch, useFilters } from '../../components/ListFilters';
import { PageHeader } from '../../components/PageHeader';
import { ListCount } from '../../components/VirtualTable';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { lazyComponent } from '../../lib/lazy-component';
import { unitOptions } from '../../lib/unit-tree';
import { StaffList } from './StaffList';
import { START } from './first-page';
import { renderUnitOption } from '../../components/UnitOption';

// Not needed to draw the list: the record's form, the grades, and the files menu (with the contract's schemas it reads).
const StaffForm = lazyComponent(() => import('./StaffForm'), 'StaffForm');
const GradesDialog = lazyComponent(() => import('./GradesDialog'), 'GradesDialog');
const StaffFilesMenu = lazyComponent(() => import('./StaffFilesMenu'), 'StaffFilesMenu');

type Status = 'active' | 'left' | 'all';
type StaffTab = 'record' | 'competencies' | 'trainings';
type Sort = NonNullable<StaffListInput['sort']>;

/**
 * The Service's staff: search in either script, filter by unit, job and status, sort. Other
 * screens link to it filtered (`#/staff?unit=…`, `#/staff?job=…`): the filters they set are
 * said beside the search, removable, while the rest fold away under "Filters".
 */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const route = useRouteQuery();
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 200);
  // A link from another screen may open the list filtered (a unit's staff, a job's holders).
  const [unitId, setUnitId] = useState<string | null>(route.get('unit') ?? START.unitId);
  const [jobId, setJobId] = useState<string | null>(route.get('job') ?? START.jobId);
  const [status, setStatus] = useState<Status>(START.status);
  const [sort, setSort] = useState<{ sort: Sort; dir: 'asc' | 'desc' }>({ sort: START.sort, dir: START.dir });
  // A link from another screen may open a person's drawer on a tab (app/links.ts staffCompetencies).
  const personTab = (): StaffTab | undefined => (route.get('tab') === 'competencies' ? 'competencies' : undefined);
  const [open, setOpen] = useState<{ id: string | null; tab?: StaffTab } | null>(
    route.get('person') ? { id: route.get('person'), tab: personTab() } : null,
  );
  const [gradesOpen, setGradesOpen] = useState(false);
  const units = useCall('units.list', { includeArchived: false });
  const jobs = useCall('jobs.list', { includeArchived: false });
  const info = useCall('app.info', {});
  // A link followed while the list is on show (Back, the menu) sets the filters it carries.
  const link = `${route.get('unit')}|${route.get('job')}|${route.get('person')}`;
  const [seenLink, setSeenLink] = useState(link);
  if (link !== seenLink) {
    setSeenLink(link);
    setUnitId(route.get('unit'));
    setJobId(route.get('job'));
    if (route.get('person')) setOpen({ id: route.get('person'), tab: personTab() });
  }

  const filters = { query, unitId, jobId, status, lang, ...sort };
  const list = usePagedList('staff.list', filters);
  const active = [unitId, jobId, status !== 'active'].filter(Boolean).length;
  const folded = useFilters('staff', active);
  const unit = units.data?.find((u) => u.id === unitId);
  const job = jobs.data?.find((j) => j.id === jobId);

  if (info.data?.isEmpty && !typed) {
    return (
      <>
        <PageHeader>
          <Suspense>
            <StaffFilesMenu />
          </Suspense>
        </PageHeader>
        <Empty title={t('staff.emptyTitle')} hint={t('staff.emptyHint')} action={t('staff.new')} onAction={() => setOpen({ id: null })} />
        <Suspense>{open && <StaffForm id={open.id} onClose={() => setOpen(null)} />}</Suspense>
      </>
    );
  }

  return (
    <div className="fill-page">
      <PageHeader subtitle={t('staff.subtitle')}>
        <Suspense>
          <StaffFilesMenu />
        </Suspense>
        <Button variant="default" onClick={() => setGradesOpen(true)}>
          {t('staff.grades.open')}
        </Button>
        <Editable>
          <Button onClick={() => setOpen({ id: null })}>{t('staff.new')}</Button>
        </Editable>
      </PageHeader>
      <Group mb="xs" gap="sm" wrap="nowrap">
        <ListSearch label={t('staff.search')} hint={t('staff.searchHint')} value={typed} onChange={setTyped} width={320} />
        {folded.button}
        {unit && <FilterPill label={t('staff.unit')} value={pickName(unit.nameFr, unit.nameAr, lang)} onRemove={() => setUnitId(null)} />}
        {job && <FilterPill label={t('staff.job')} value={pickName(job.titleFr, job.titleAr, lang)} onRemove={() => setJobId(null)} />}
        <Group ms="auto">
          <ListCount list={list} countKey="staff.count" />
        </Group>
      </Group>
      {folded.panel(
        <Group mb="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('staff.unit')}
            placeholder={t('staff.allUnits')}
            data={unitOptions(units.data ?? [], lang)}
            renderOption={renderUnitOption}
            value={unitId}
            onChange={setUnitId}
            clearable
            searchable
            w={300}
          />
          <Select
            label={t('staff.job')}
            placeholder={t('staff.allJobs')}
            data={(jobs.data ?? []).map((j) => ({ value: j.id, label: pickName(j.titleFr, j.titleAr, lang) }))}
            value={jobId}
            onChange={setJobId}
            clearable
            searchable
            w={260}
          />
          <SegmentedControl
            aria-label={t('staff.status')}
            value={status}
            onChange={(v) => setStatus(v as Status)}
            data={[
              { value: 'active', label: t('staff.statuses.active') },
              { value: 'left', label: t('staff.statuses.left') },
              { value: 'all', label: t('staff.statuses.all') },
            ]}
          />
        </Group>,
      )}
      <StaffList list={list} onSort={setSort} onOpen={(id) => setOpen({ id })} selectedId={open?.id ?? null} />
      <Suspense>
        {open && <StaffForm key={open.id ?? 'new'} id={open.id} tab={open.tab} onClose={() => setOpen(null)} />}
        {gradesOpen && <GradesDialog onClose={() => setGradesOpen(false)} />}
      </Suspense>
    </div>
  );
}
