import { useState } from 'react';
import type { UnitNode } from '../../lib/unit-tree';

/**
 * Which branches of the chart the user opened or closed, kept for the session: coming back from
 * a unit's staff finds the chart as it was left. Untouched branches follow `openByDefault`.
 */
const toggled = new Map<string, boolean>();

/** Directions and divisions open, so the services show; services closed on their bureaus. */
const openByDefault = (n: UnitNode) => n.depth < 2;

export function useExpanded() {
  const [, rerender] = useState(0);
  const isOpen = (n: UnitNode) => n.children.length > 0 && (toggled.get(n.id) ?? openByDefault(n));
  const set = (nodes: UnitNode[], open: boolean) => {
    for (const n of nodes) toggled.set(n.id, open);
    rerender((x) => x + 1);
  };
  return { isOpen, set, toggle: (n: UnitNode) => set([n], !isOpen(n)) };
}

/** The units a user can move through, top to bottom: every unit whose parents are all open. */
export function visibleUnits(roots: UnitNode[], isOpen: (n: UnitNode) => boolean): UnitNode[] {
  const out: UnitNode[] = [];
  const walk = (n: UnitNode) => {
    out.push(n);
    if (isOpen(n)) n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}
