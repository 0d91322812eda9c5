import { Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS } from '../../../../api/channels/staff';
import type { Trainee } from '../../../../api/channels/trainees';
import { TRAINEE_FUNCTIONS } from '../../../../api/channels/training-enums';
import { useCall } from '../../bridge/queries';
import { ListSearch } from '../../components/ListFilters';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { TraineeDialog } from './TraineeDialog';
import { TraineeTable } from './TraineeTable';

type TraineeFunction = (typeof TRAINEE_FUNCTIONS)[number];

/**
 * Every association trainee across the directory's organisations, as a tab of the directory
 * (they belong to its organisations, so they are found where the organisations are): search by
 * name in either script, filters by organisation, function and gender, the archived on demand.
 * A simple list (a few thousand people at most): the first 500 show, the count says how many match.
 */
export function TraineesOverview() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 200);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [fn, setFn] = useState<TraineeFunction | null>(null);
  const [gender, setGender] = useState<'f' | 'm' | null>(null);
  const [archived, setArchived] = useState(false);
  const [open, setOpen] = useState<Trainee | null>(null);
  const list = useCall(
    'trainees.list',
    { query, organizationId, function: fn, gender, archived: archived ? 'all' : 'active', lang, limit: 500 },
    { keepPrevious: true },
  );
  const data = list.data;
  return (
    <div className="fill-page">
      <Group mb="xs" gap="sm" align="flex-end" wrap="wrap">
        <ListSearch label={t('trainees.searchLabel')} hint={t('trainees.searchHint')} value={typed} onChange={setTyped} width={260} />
        <OrganizationFilter value={organizationId} onChange={setOrganizationId} />
        <Select
          aria-label={t('trainees.function')}
          placeholder={t('trainees.allFunctions')}
          clearable
          w={180}
          data={TRAINEE_FUNCTIONS.map((f) => ({ value: f, label: t(`trainees.functions.${f}`) }))}
          value={fn}
          onChange={(v) => setFn(v as TraineeFunction | null)}
        />
        <Select
          aria-label={t('trainees.gender')}
          placeholder={t('trainees.allGenders')}
          clearable
          w={190}
          data={GENDERS.map((g) => ({ value: g, label: t(`trainees.genders.${g}`) }))}
          value={gender}
          onChange={(v) => setGender(v as 'f' | 'm' | null)}
        />
        <Checkbox label={t('trainees.showArchived')} checked={archived} onChange={(e) => setArchived(e.currentTarget.checked)} mb={8} />
        <Text size="sm" c="dimmed" ms="auto" mb={8} role="status">
          {data && data.total > data.rows.length
            ? t('trainees.countOf', { shown: data.rows.length, total: data.total })
            : t('trainees.count', { count: data?.total ?? 0 })}
        </Text>
      </Group>
      <div className="fill-scroll">
        {data && !data.rows.length ? (
          <Stack gap={2} p="md">
            <Text size="sm" c="dimmed">
              {t('trainees.noneFound')}
            </Text>
          </Stack>
        ) : (
          <TraineeTable rows={data?.rows ?? []} withOrganization onOpen={setOpen} />
        )}
      </div>
      {open && <TraineeDialog key={open.id} trainee={open} onClose={() => setOpen(null)} />}
    </div>
  );
}

/** Filters by one organisation, found by name in either script (the directory's search). */
function OrganizationFilter({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 200);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const list = useCall('organizations.search', { query, lang, limit: 20, withFacets: false, sort: 'name' }, { keepPrevious: true });
  const options = (list.data?.rows ?? []).map((r) => ({ value: r.id, label: pickName(r.nameFr, r.nameAr, lang) }));
  const data = chosen && value === chosen.value && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      aria-label={t('trainees.organization')}
      placeholder={t('trainees.allOrganizations')}
      searchable
      clearable
      w={280}
      filter={({ options: o }) => o}
      data={data}
      value={value}
      onChange={(v) => {
        setChosen(options.find((o) => o.value === v) ?? null);
        onChange(v);
      }}
      onSearchChange={setTyped}
    />
  );
}
