import { Loader, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n';
import { formatDate, formatNumber, otherName, pickName } from '../../lib/format';
import type { DirectoryFilters, SortKey } from './filters';
import { RowExtras } from './RowExtras';
import type { useOrganizationPages } from './useOrganizationPages';

const ROW_HEIGHT = 48;
const GRID = 'minmax(220px, 3fr) minmax(100px, 1fr) minmax(110px, 1fr) minmax(140px, 2fr) 64px 170px';

interface Props {
  pages: ReturnType<typeof useOrganizationPages>;
  filters: DirectoryFilters;
  onSort: (sort: SortKey) => void;
  onOpen: (id: string) => void;
  selectedId: string | null;
}

/**
 * The organisations: filtered and sorted by the core, fetched page by page and virtualised,
 * so only the visible rows exist in the page (smooth at 100,000 organisations).
 */
export function OrganizationList({ pages, filters, onSort, onOpen, selectedId }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const { query, rows, total } = pages;

  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
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
        {query.isPending ? t('common.loading') : t('directory.count', { count: total, formatted: formatNumber(total, lang) })}
      </Text>
      <div role="table" aria-label={t('directory.title')} aria-rowcount={total + 1} aria-busy={query.isFetching}>
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className="list-row" style={{ gridTemplateColumns: GRID, height: 40, cursor: 'default', background: 'var(--mantine-color-gray-0)' }}>
            {header('name', t('directory.fields.name'))}
            {header(null, t('directory.fields.type'))}
            {header('quartier', t('directory.fields.quartier'))}
            {header(null, t('directory.fields.domains'))}
            {header(null, t('directory.fields.score'))}
            {header('verifiedAt', t('directory.fields.verifiedAt'))}
          </div>
        </div>
        <div ref={scrollRef} role="rowgroup" style={{ height: 'calc(100vh - 330px)', minHeight: 240, overflow: 'auto' }}>
          {!query.isPending && !rows.length && (
            <Text p="md" c="dimmed" role="row">
              <span role="cell">{t('directory.noMatch')}</span>
            </Text>
          )}
          <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const r = rows[item.index];
              const other = otherName(r.nameFr, r.nameAr, lang);
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
                    <Text span fw={500} fz="sm">
                      {pickName(r.nameFr, r.nameAr, lang)}
                    </Text>
                    {other && (
                      // The other script keeps its own direction, aligned at the start of the cell.
                      <Text fz="xs" c="dimmed" truncate>
                        <span dir="auto">{other}</span>
                      </Text>
                    )}
                  </span>
                  <span role="cell">
                    <Text span fz="sm">
                      {t(`directory.types.${r.type}`)}
                    </Text>
                    {r.status !== 'active' && (
                      <Text fz="xs" c="dimmed">
                        {t(`directory.statuses.${r.status}`)}
                      </Text>
                    )}
                  </span>
                  <span role="cell">
                    <Text span fz="sm">
                      {r.quartier}
                    </Text>
                  </span>
                  <RowExtras id={r.id} />
                  <span role="cell">
                    <Text span fz="sm">
                      {formatDate(r.verifiedAt)}
                    </Text>
                    {r.toVerify && (
                      <Text fz="xs" fw={600} c="red.9">
                        {t('directory.toVerify')}
                      </Text>
                    )}
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
