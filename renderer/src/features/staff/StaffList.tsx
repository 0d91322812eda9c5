import { Loader, Text, UnstyledButton } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffListInput, StaffRow } from '../../../../api/channels/staff';
import { call } from '../../bridge/bridge';
import { useDataset } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { formatDate, formatNumber, otherName, pickName } from '../../lib/format';

const PAGE = 200;
const ROW_HEIGHT = 44;
const GRID = '110px minmax(160px, 2fr) minmax(140px, 1.5fr) minmax(160px, 2fr) minmax(140px, 1.5fr) 100px';

type Filters = Omit<StaffListInput, 'offset' | 'limit'>;
type SortKey = NonNullable<Filters['sort']>;

interface Props {
  filters: Filters;
  onSort: (sort: SortKey) => void;
  onOpen: (id: string) => void;
  selectedId: string | null;
}

/**
 * The staff list: sorted and filtered in SQL, fetched page by page as the user scrolls, and
 * virtualised so only the visible rows exist in the page (smooth at 50,000 staff).
 */
export function StaffList({ filters, onSort, onOpen, selectedId }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);

  const dataset = useDataset();
  const query = useInfiniteQuery({
    queryKey: ['staff.list', filters, dataset],
    queryFn: ({ pageParam }) => call('staff.list', { ...filters, offset: pageParam, limit: PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.length * PAGE;
      return loaded < last.total ? loaded : undefined;
    },
  });
  const rows: StaffRow[] = query.data?.pages.flatMap((p) => p.rows) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length ? items[items.length - 1].index : 0;

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 40) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  useEffect(() => setActive(0), [filters]);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  };

  const onKey = (e: React.KeyboardEvent, index: number, id: string) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(index + moves[e.key]);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusRow(e.key === 'Home' ? 0 : rows.length - 1);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(id);
    }
  };

  const header = (key: SortKey | null, label: string) => {
    const sorted = key && filters.sort === key;
    const ariaSort = sorted ? (filters.dir === 'desc' ? 'descending' : 'ascending') : 'none';
    return (
      <span role="columnheader" aria-sort={key ? ariaSort : undefined}>
        {key ? (
          <UnstyledButton onClick={() => onSort(key)} fw={600} fz="sm">
            {label} {sorted ? (filters.dir === 'desc' ? '▼' : '▲') : ''}
          </UnstyledButton>
        ) : (
          <Text fw={600} fz="sm" span>
            {label}
          </Text>
        )}
      </span>
    );
  };

  return (
    <>
    <Text size="sm" c="dimmed" mb={4} aria-live="polite">
      {query.isPending ? t('common.loading') : t('staff.count', { count: total, formatted: formatNumber(total, lang) })}
    </Text>
    <div role="table" aria-label={t('staff.title')} aria-rowcount={total + 1} aria-busy={query.isFetching}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="list-row" style={{ gridTemplateColumns: GRID, height: 40, cursor: 'default', background: 'var(--mantine-color-gray-0)' }}>
          {header('matricule', t('staff.matricule'))}
          {header('name', t('staff.name'))}
          {header(null, t('staff.nameOther'))}
          {header('unit', t('staff.unit'))}
          {header('job', t('staff.job'))}
          {header('hireDate', t('staff.hireDate'))}
        </div>
      </div>
      <div ref={scrollRef} role="rowgroup" style={{ height: 'calc(100vh - 260px)', minHeight: 240, overflow: 'auto' }}>
        {!query.isPending && !rows.length && (
          <Text p="md" c="dimmed" role="row">
            <span role="cell">{t('staff.noMatch')}</span>
          </Text>
        )}
        {/* The sizer gives the scrollbar its full height; it is no table part of its own. */}
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const r = rows[item.index];
            return (
              <div
                key={r.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={r.id === selectedId}
                data-index={item.index}
                tabIndex={item.index === active ? 0 : -1}
                className="list-row"
                onClick={() => (setActive(item.index), onOpen(r.id))}
                onKeyDown={(e) => onKey(e, item.index, r.id)}
                style={{ gridTemplateColumns: GRID, height: ROW_HEIGHT, position: 'absolute', top: 0, insetInlineStart: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              >
                <span role="cell">
                  <Text span fz="sm">
                    {r.matricule}
                  </Text>
                </span>
                <span role="cell">
                  <Text span fw={500} fz="sm">
                    {pickName(r.nameFr, r.nameAr, lang)}
                  </Text>
                  {r.status === 'left' && (
                    <Text span c="dimmed" fz="xs">
                      {' '}
                      · {t('staff.statuses.left')}
                    </Text>
                  )}
                </span>
                <span role="cell" dir="auto">
                  <Text span fz="sm" c="dimmed">
                    {otherName(r.nameFr, r.nameAr, lang)}
                  </Text>
                </span>
                <span role="cell">
                  <Text span fz="sm">
                    {pickName(r.unitNameFr, r.unitNameAr, lang)}
                  </Text>
                </span>
                <span role="cell">
                  <Text span fz="sm">
                    {pickName(r.jobTitleFr, r.jobTitleAr, lang)}
                  </Text>
                </span>
                <span role="cell">
                  <Text span fz="sm">
                    {formatDate(r.hireDate)}
                  </Text>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
    {query.isFetchingNextPage && <Loader size="sm" m="sm" aria-label={t('common.loading')} />}
    </>
  );
}
