import { useDirection } from '@mantine/core';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import type { UnitNode } from '../../lib/unit-tree';
import { staffOfUnit } from '../../app/links';
import { useExpanded, visibleUnits } from './tree-state';
import './org-tree.css';

/**
 * Focuses a unit's item and brings its own row into view: the item holds its whole branch, so
 * the browser's own scrolling on focus would jump to show as much of the branch as it can.
 */
export function focusUnit(item: HTMLElement | null | undefined): void {
  if (!item) return;
  item.focus({ preventScroll: true });
  item.querySelector(':scope > .org-row')?.scrollIntoView({ block: 'nearest' });
}

interface Props {
  roots: UnitNode[];
  expanded: ReturnType<typeof useExpanded>;
  /** The row of a unit: what it shows beside the connecting lines. */
  row: (node: UnitNode, open: boolean) => ReactNode;
}

/**
 * The organisation chart as a tree (WAI-ARIA tree pattern): one tab stop, the arrows move
 * through the units (mirrored in Arabic, where branches open towards the left), Home and End
 * go to the first and last unit shown, Enter opens the unit's staff, Shift+F10 its actions.
 * Branches are nested lists, so the levels, the connecting lines and what a screen reader says
 * (level, position, expanded) all come from the same markup. A unit is named by its row's
 * content (level, name, head, head-counts), which leaves out the units below it.
 */
export function UnitTree({ roots, expanded, row }: Props) {
  const { t } = useTranslation();
  const { dir } = useDirection();
  const ref = useRef<HTMLUListElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  // The unit to focus once the tree has rendered (a branch opened on the way to it).
  const pending = useRef<string | null>(null);
  const visible = visibleUnits(roots, expanded.isOpen);
  const current = visible.find((n) => n.id === focusId) ?? visible[0];

  useEffect(() => {
    if (!pending.current) return;
    focusUnit(ref.current?.querySelector<HTMLElement>(`[data-unit="${pending.current}"]`));
    pending.current = null;
  });

  const moveTo = (n: UnitNode | undefined) => {
    if (!n) return;
    pending.current = n.id;
    setFocusId(n.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const item = e.target as HTMLElement;
    if (item.getAttribute('role') !== 'treeitem') return; // keys typed in a row's menu
    const i = visible.findIndex((n) => n.id === item.dataset.unit);
    const node = visible[i];
    if (!node) return;
    const [openKey, closeKey] = dir === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    const open = expanded.isOpen(node);
    if (e.key === 'ArrowDown') moveTo(visible[i + 1]);
    else if (e.key === 'ArrowUp') moveTo(visible[i - 1]);
    else if (e.key === 'Home') moveTo(visible[0]);
    else if (e.key === 'End') moveTo(visible.at(-1));
    else if (e.key === openKey && node.children.length) {
      if (open) moveTo(node.children[0]);
      else expanded.toggle(node);
    } else if (e.key === closeKey) {
      if (open) expanded.toggle(node);
      else moveTo(visible.find((n) => n.id === node.parentId));
    } else if (e.key === 'Enter') navigate(staffOfUnit(node.id));
    else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      item.querySelector<HTMLElement>(':scope > .org-row [data-row-menu]')?.click();
    } else return;
    e.preventDefault();
  };

  const item = (n: UnitNode): ReactNode => {
    const open = expanded.isOpen(n);
    return (
      <li
        key={n.id}
        role="treeitem"
        data-unit={n.id}
        aria-expanded={n.children.length ? open : undefined}
        tabIndex={n.id === current?.id ? 0 : -1}
        onFocus={(e) => e.target === e.currentTarget && setFocusId(n.id)}
      >
        {row(n, open)}
        {open && (
          <ul role="group" className="org-group">
            {n.children.map(item)}
          </ul>
        )}
      </li>
    );
  };

  return (
    <ul ref={ref} role="tree" aria-label={t('units.title')} className="org-tree" onKeyDown={onKeyDown}>
      {roots.map(item)}
    </ul>
  );
}
