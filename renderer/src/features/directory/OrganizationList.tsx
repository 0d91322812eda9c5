import { useTranslation } from 'react-i18next';
import type { PagedListOf } from '../../bridge/usePagedList';
import { type Column, VirtualTable } from '../../components/VirtualTable';
import type { Language } from '../../i18n';
import { formatDate, otherName, pickName } from '../../lib/format';
import type { OrgRow, SortKey } from './filters';
import { rowDomains, rowScore } from './RowExtras';
import { useTerms } from './terms';

interface Props {
  list: PagedListOf<'organizations.search'>;
  onSort: (sort: { sort: SortKey; dir: 'asc' | 'desc' }) => void;
  onOpen: (id: string) => void;
  selectedId: string | null;
}

/**
 * The organisations: filtered and sorted by the core, paged and virtualised (smooth at 100,000).
 * Cells are plain spans styled by global.css (.list-text): a Mantine Text per cell, and a hook
 * per row for the domains' names, made each row of the first screen cost far more to draw.
 */
export function OrganizationList({ list, onSort, onOpen, selectedId }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const terms = useTerms();
  const columns: Column<OrgRow, SortKey>[] = [
    {
      label: t('directory.fields.name'),
      sort: 'name',
      render: (r) => {
        const other = otherName(r.nameFr, r.nameAr, lang);
        return (
          <>
            <div className="list-text list-text-strong list-line" style={{ lineHeight: 1.35 }}>
              {pickName(r.nameFr, r.nameAr, lang)}
            </div>
            {other && (
              // The other script keeps its own direction (cut at its own end), aligned at the start of the cell.
              <div className="list-text-xs list-text-dimmed list-line own-direction" dir="auto" style={{ lineHeight: 1.3 }}>
                {other}
              </div>
            )}
          </>
        );
      },
    },
    {
      label: t('directory.fields.type'),
      render: (r) => (
        <>
          <span className="list-text">{t(`directory.types.${r.type}`)}</span>
          {r.status !== 'active' && <div className="list-text-xs list-text-dimmed">{t(`directory.statuses.${r.status}`)}</div>}
        </>
      ),
    },
    {
      label: t('directory.fields.quartier'),
      sort: 'quartier',
      render: (r) => <span className="list-text">{r.quartier}</span>,
    },
    { label: t('directory.fields.domains'), render: (r) => rowDomains(r, terms, lang) },
    { label: t('directory.fields.score'), render: rowScore },
    {
      label: t('directory.fields.verifiedAt'),
      sort: 'verifiedAt',
      render: (r) => (
        <>
          <span className="list-text">{formatDate(r.verifiedAt)}</span>
          {r.toVerify && <div className="list-text-xs list-text-alert">{t('directory.toVerify')}</div>}
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
