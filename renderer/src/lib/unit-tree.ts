import type { Unit } from '../../../api/channels/units';
import type { Language } from '../i18n';
import { pickName } from './format';

export interface UnitNode extends Unit {
  depth: number;
  children: UnitNode[];
}

/** The organisation chart as a tree, siblings in their stored order. */
export function buildTree(units: Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((u) => [u.id, { ...u, depth: 0, children: [] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (n: UnitNode, d: number) => {
    n.depth = d;
    n.children.forEach((c) => setDepth(c, d + 1));
  };
  roots.forEach((r) => setDepth(r, 0));
  return roots;
}

/** Depth-first order with depth: what a select lists, indented. */
export function flattenTree(roots: UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const walk = (n: UnitNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

/**
 * Options for a unit select, in the chart's order, with each unit's depth: the list indents by it
 * (`renderUnitOption`), and the chosen unit reads in the field without leading spaces.
 */
export function unitOptions(units: Unit[], lang: Language, exclude?: string): { value: string; label: string; depth: number }[] {
  const excluded = new Set<string>();
  const flat = flattenTree(buildTree(units));
  if (exclude) {
    // A unit cannot move under itself or its own descendants.
    const stack = flat.filter((u) => u.id === exclude);
    while (stack.length) {
      const n = stack.pop()!;
      excluded.add(n.id);
      stack.push(...n.children);
    }
  }
  return flat.filter((u) => !excluded.has(u.id)).map((u) => ({ value: u.id, label: pickName(u.nameFr, u.nameAr, lang), depth: u.depth }));
}
