import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffListInput } from '../../../../api/channels/staff';
import { useCall } from '../../bridge/queries';
import { Empty } from '../../components/Empty';
import { PageHeader } from '../../components/PageHeader';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { unitOptions } from '../../lib/unit-tree';
import { GradesDialog } from './GradesDialog';
import { StaffForm } from './StaffForm';
import { StaffList } from './StaffList';
import { Editable } from '../../components/Editable';

type Status = 'active' | 'left' | 'all';
type Sort = NonNullable<StaffListInput['sort']>;

/** The Service's staff: search in either script, filter by unit, job and status, sort. */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 200);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('active');
  const [sort, setSort] = useState<{ sort: Sort; dir: 'asc' | 'desc' }>({ sort: 'name', dir: 'asc' });
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  const [gradesOpen, setGradesOpen] = useState(false);
  const units = useCall('units.list', { includeArchived: false });
  const jobs = useCall('jobs.list', { includeArchived: false });
  const info = useCall('app.info', {});

  const filters = { query, unitId, jobId, status, lang, ...sort };

  if (info.data?.isEmpty && !typed) {
    return (
      <>
        <PageHeader />
        <Empty title={t('staff.emptyTitle')} hint={t('staff.emptyHint')} action={t('staff.new')} onAction={() => setOpen({ id: null })} />
        {open && <StaffForm id={open.id} onClose={() => setOpen(null)} />}
      </>
    );
  }

  return (
    <>
      <PageHeader subtitle={t('staff.subtitle')}>
        <Button variant="default" onClick={() => setGradesOpen(true)}>
          {t('staff.grades.open')}
        </Button>
        <Editable>
          <Button onClick={() => setOpen({ id: null })}>{t('staff.new')}</Button>
        </Editable>
      </PageHeader>
      <Group mb="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('staff.search')}
          placeholder={t('staff.searchHint')}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={280}
          dir="auto"
        />
        <Select
          label={t('staff.unit')}
          placeholder={t('staff.allUnits')}
          data={unitOptions(units.data ?? [], lang)}
          value={unitId}
          onChange={setUnitId}
          clearable
          searchable
          w={260}
        />
        <Select
          label={t('staff.job')}
          placeholder={t('staff.allJobs')}
          data={(jobs.data ?? []).map((j) => ({ value: j.id, label: pickName(j.titleFr, j.titleAr, lang) }))}
          value={jobId}
          onChange={setJobId}
          clearable
          searchable
          w={240}
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
      </Group>
      <StaffList filters={filters} onSort={setSort} onOpen={(id) => setOpen({ id })} selectedId={open?.id ?? null} />
      {open && <StaffForm key={open.id ?? 'new'} id={open.id} onClose={() => setOpen(null)} />}
      {gradesOpen && <GradesDialog onClose={() => setGradesOpen(false)} />}
    </>
  );
}
