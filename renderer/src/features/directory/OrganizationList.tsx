import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PagedListOf } from '../../bridge/usePagedList';
import { type Column, VirtualTable } from '../../components/VirtualTable';
import type { Language } from '../../i18n';
import { formatDate, otherName, pickName } from '../../lib/format';
import type { OrgRow, SortKey } from './filters';
import { RowDomains, RowScore } from './RowExtras';

interface Props {
  list: PagedListOf<'organizations.search'>;
  onSort: (sort: { sort: SortKey; dir: 'asc' | 'desc' }) => void;
  onOpen: (id: string) => void;
  selectedId: string | null;
}

/** The organisations: filtered and sorted by the core, paged and virtualised (smooth at 100,000). */
export function OrganizationList({ list, onSort, onOpen, selectedId }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const columns: Column<OrgRow, SortKey>[] = [
    {
      label: t('directory.fields.name'),
      sort: 'name',
      render: (r) => {
        const other = otherName(r.nameFr, r.nameAr, lang);
        return (
          <>
            <Text fw={500} fz="sm" truncate lh={1.35}>
              {pickName(r.nameFr, r.nameAr, lang)}
            </Text>
            {other && (
              // The other script keeps its own direction (cut at its own end), aligned at the start of the cell.
              <Text fz="xs" c="dimmed" truncate dir="auto" className="own-direction" lh={1.3}>
                {other}
              </Text>
            )}
          </>
        );
      },
    },
    {
      label: t('directory.fields.type'),
      render: (r) => (
        <>
          <Text span fz="sm">
            {t(`directory.types.${r.type}`)}
          </Text>
          {r.status !== 'active' && (
            <Text fz="xs" c="dimmed">
              {t(`directory.statuses.${r.status}`)}
            </Text>
          )}
        </>
      ),
    },
    {
      label: t('directory.fields.quartier'),
      sort: 'quartier',
      render: (r) => (
        <Text span fz="sm">
          {r.quartier}
        </Text>
      ),
    },
    { label: t('directory.fields.domains'), render: (r) => <RowDomains row={r} /> },
    { label: t('directory.fields.score'), render: (r) => <RowScore row={r} /> },
    {
      label: t('directory.fields.verifiedAt'),
      sort: 'verifiedAt',
      render: (r) => (
        <>
          <Text span fz="sm">
            {formatDate(r.verifiedAt)}
          </Text>
          {r.toVerify && (
            <Text fz="xs" fw={600} c="red.9">
              {t('directory.toVerify')}
            </Text>
          )}
        </>
      ),
    },
  ];
  return (
    <VirtualTable
      label={t('directory.title')}
      grid="minmax(220px, 3fr) minmax(100px, 1fr) minmax(110px, 1fr) minmax(140px, 2fr) 64px 170px"
      rowHeight={44}
      columns={columns}
      list={list}
      onSort={onSort}
      onOpen={onOpen}
      selectedId={selectedId}
      emptyText={t('directory.noMatch')}
    />
  );
}
