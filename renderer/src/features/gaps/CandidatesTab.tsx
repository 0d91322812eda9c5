import { Badge, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../api/contract';
import { useCall } from '../../bridge/queries';
import { ltr } from '../../components/Ltr';
import { type Column, ListCount, VirtualTable } from '../../components/VirtualTable';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { useArrayList } from './array-list';
import { fitText } from './levels';

type Row = Output<'gaps.jobRanking'>[number] & { id: string };
type SortKey = 'rank' | 'name' | 'fit' | 'notAssessed' | 'totalGap' | 'job';

/** A job chosen, the staff ranked by how well they fit it (a replacement, a mobility); a click opens the person. */
export function CandidatesTab({
  jobId,
  onJob,
  onPerson,
}: {
  jobId: string | null;
  onJob: (id: string | null) => void;
  onPerson: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const jobs = useCall('jobs.list', { includeArchived: false });
  const ranking = useCall('gaps.jobRanking', { jobId: jobId ?? '' }, { enabled: Boolean(jobId) });
  const [sort, setSort] = useState<{ sort: SortKey; dir: 'asc' | 'desc' }>({ sort: 'rank', dir: 'asc' });
  const rows: Row[] | undefined = ranking.data?.map((r, i) => ({ ...r, id: r.staffId, rank: i + 1 }));
  const list = useArrayList(
    rows,
    sort,
    (r, key) =>
      ({
        rank: (r as Row & { rank: number }).rank,
        name: pickName(r.nameFr, r.nameAr, lang),
        fit: r.fit,
        notAssessed: r.notAssessed,
        totalGap: r.totalGap,
        job: pickName(r.currentJobTitleFr, r.currentJobTitleAr, lang),
      })[key],
    { isPending: Boolean(jobId) && ranking.isPending, isFetching: ranking.isFetching },
  );
  const columns: Column<Row, SortKey>[] = [
    {
      label: t('gaps.candidates.rank'),
      sort: 'rank',
      render: (r) => (
        <Text span fz="sm">
          {(r as Row & { rank: number }).rank}
        </Text>
      ),
    },
    {
      label: t('gaps.matrix.person'),
      sort: 'name',
      render: (r) => (
        <Text span fz="sm" fw={500}>
          {pickName(r.nameFr, r.nameAr, lang)}
          <Text span fz="xs" c="dimmed">
            {' '}
            · {pickName(r.unitNameFr, r.unitNameAr, lang)}
          </Text>
        </Text>
      ),
    },
    {
      label: t('gaps.fit'),
      sort: 'fit',
      render: (r) => (
        <Text span fz="sm" fw={700}>
          {fitText(r.fit, lang, t)}
        </Text>
      ),
    },
    {
      label: t('gaps.candidates.notAssessed'),
      sort: 'notAssessed',
      render: (r) => (
        <Text span fz="sm">
          {r.notAssessed}
        </Text>
      ),
    },
    {
      label: t('gaps.candidates.totalGap'),
      sort: 'totalGap',
      render: (r) => (
        <Text span fz="sm">
          {r.totalGap}
        </Text>
      ),
    },
    {
      label: t('gaps.candidates.currentJob'),
      sort: 'job',
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          {r.holdsJob && (
            <Badge size="sm" variant="light">
              {t('gaps.candidates.holdsIt')}
            </Badge>
          )}
          <Text span fz="sm">
            {pickName(r.currentJobTitleFr, r.currentJobTitleAr, lang)}
          </Text>
        </Group>
      ),
    },
  ];
  return (
    <>
      <Group mb="xs" gap="sm" wrap="nowrap">
        <Select
          aria-label={t('gaps.job')}
          placeholder={t('gaps.candidates.chooseJob')}
          data={(jobs.data ?? []).map((j) => ({ value: j.id, label: `${ltr(j.code)} — ${pickName(j.titleFr, j.titleAr, lang)}` }))}
          value={jobId}
          onChange={onJob}
          searchable
          clearable
          w={360}
        />
        <Text size="xs" c="dimmed" style={{ flex: 1 }}>
          {t('gaps.candidates.hint')}
        </Text>
        {jobId && <ListCount list={list} countKey="gaps.candidates.count" />}
      </Group>
      {jobId ? (
        <VirtualTable
          label={t('gaps.tabs.candidates')}
          grid="50px minmax(200px, 3fr) 80px 110px 90px minmax(180px, 2fr)"
          rowHeight={38}
          columns={columns}
          list={list}
          onSort={setSort}
          onOpen={onPerson}
          selectedId={null}
          emptyText={t('gaps.candidates.none')}
        />
      ) : (
        <Text c="dimmed" p="md">
          {t('gaps.candidates.chooseFirst')}
        </Text>
      )}
    </>
  );
}
