import { Loader, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagedList } from '../bridge/usePagedList';
import type { Language } from '../i18n';
import { formatNumber } from '../lib/format';

export interface Column<R, S extends string> {
  label: string;
  /** The sort key of this column, when the list can be sorted by it. */
  sort?: S;
  /** `auto`: the cell's text is in either script (the other-script name) and takes its own direction. */
  dir?: 'auto';
  render: (row: R) => ReactNode;
}

interface Props<R extends { id: string }, S extends string> {
  label: string;
  /** CSS grid columns, shared by the header and every row. */
  grid: string;
  rowHeight: number;
  columns: Column<R, S>[];
  /**
   * The rows, from usePagedList: more pages are fetched as the user scrolls near the end. Its
   * input gives the sort shown in the headers; when it changes the keyboard position goes back
   * to the first row.
   */
  list: PagedList<R, unknown, { sort?: string; dir?: string }>;
  /** A header was chosen: that column, ascending, or the other way when it was already sorted by it. */
  onSort: (sort: { sort: S; dir: 'asc' | 'desc' }) => void;
  onOpen: (id: string) => void;
  selectedId: string | null;
  emptyText: string;
}

const MOVES: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

/** How many rows a list's filters match, said where the list's toolbar shows it. */
export function ListCount({ list, countKey }: { list: PagedList<unknown>; countKey: string }) {
  const { t, i18n } = useTranslation();
  const count = t(countKey, { count: list.total, formatted: formatNumber(list.total, i18n.language as Language) });
  return (
    <Text size="sm" c="dimmed" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
      {list.isPending ? t('common.loading') : count}
    </Text>
  );
}

/**
 * A cut text shows itself whole on hover: the title is set on the element that is cut (the cell,
 * or a line inside it) when the pointer reaches it, so rows that are only scrolled past cost nothing.
 */
function titleIfCut(e: React.MouseEvent) {
  const target = e.target as HTMLElement;
  const cell = target.closest('[role="cell"]');
  for (let el: HTMLElement | null = target; el && cell?.contains(el); el = el.parentElement) {
    if (el.scrollWidth > el.clientWidth) el.title = el.innerText;
    else el.removeAttribute('title');
  }
}

/**
 * A long list as an accessible table that fills the rest of its page (one scroll bar: the
 * list's): rows fetched page by page as the user scrolls (usePagedList) and virtualised (only
 * the visible rows exist in the page, smooth at tens of thousands), sortable headers, cut texts
 * whole on hover, and keyboard navigation (arrows, Page Up/Down, Home/End, Enter opens).
 */
export function VirtualTable<R extends { id: string }, S extends string>(props: Props<R, S>) {
  const { t } = useTranslation();
  const { list, columns, grid, rowHeight, onOpen } = props;
  const sort = list.input;
  const { rows, total } = list;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // Until the list is measured (after its first drawing), as if it had the window's height: the
    // first drawing then holds the first rows instead of none, and the measure corrects the count.
    initialRect: { width: 0, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length ? items[items.length - 1].index : 0;

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 40) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);
  useEffect(() => setActive(0), [list.input]);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  };
  const onKey = (e: React.KeyboardEvent, index: number, id: string) => {
    if (e.key in MOVES) focusRow(index + MOVES[e.key]);
    else if (e.key === 'Home' || e.key === 'End') focusRow(e.key === 'Home' ? 0 : rows.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') onOpen(id);
    else return;
    e.preventDefault();
  };

  const header = (column: Column<R, S>, i: number) => {
    const sorted = column.sort && sort.sort === column.sort;
    const ariaSort = sorted ? (sort.dir === 'desc' ? 'descending' : 'ascending') : 'none';
    return (
      <span key={i} role="columnheader" aria-sort={column.sort ? ariaSort : undefined}>
        {column.sort ? (
          <UnstyledButton
            onClick={() => props.onSort({ sort: column.sort!, dir: sorted && sort.dir !== 'desc' ? 'desc' : 'asc' })}
            fw={600}
            fz="sm"
          >
            {column.label} {sorted ? (sort.dir === 'desc' ? '▼' : '▲') : ''}
          </UnstyledButton>
        ) : (
          <Text fw={600} fz="sm" span>
            {column.label}
          </Text>
        )}
      </span>
    );
  };

  return (
    <div
      role="table"
      aria-label={props.label}
      aria-rowcount={total + 1}
      aria-busy={list.isFetching}
      style={{ flex: '1 1 0px', minHeight: 0, display: 'flex', flexDirection: 'column' }}
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          className="list-row"
          style={{ gridTemplateColumns: grid, height: 36, cursor: 'default', background: 'var(--mantine-color-gray-0)' }}
        >
          {columns.map(header)}
        </div>
      </div>
      <div ref={scrollRef} role="rowgroup" onMouseOver={titleIfCut} style={{ flex: '1 1 0px', minHeight: 160, overflow: 'auto' }}>
        {!list.isPending && !rows.length && (
          <Text p="md" c="dimmed" role="row">
            <span role="cell">{props.emptyText}</span>
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
                aria-selected={r.id === props.selectedId}
                data-index={item.index}
                tabIndex={item.index === active ? 0 : -1}
                className="list-row"
                onClick={() => (setActive(item.index), onOpen(r.id))}
                onKeyDown={(e) => onKey(e, item.index, r.id)}
                style={{
                  gridTemplateColumns: grid,
                  height: rowHeight,
                  position: 'absolute',
                  top: 0,
                  insetInlineStart: 0,
                  width: '100%',
                  transform: `translateY(${item.start}px)`,
                }}
              >
                {columns.map((c, i) => (
                  <span key={i} role="cell" dir={c.dir} className={c.dir ? 'own-direction' : undefined}>
                    {c.render(r)}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
        {/* Inside the scrolled rows, at their end: the page around the list keeps its height. */}
        {list.isFetchingNextPage && <Loader size="sm" m="sm" aria-label={t('common.loading')} />}
      </div>
    </div>
  );
}
