import { IMPORTANCE_WEIGHT } from '../../../api/channels/gaps';

export type Importance = keyof typeof IMPORTANCE_WEIGHT;

/** A requirement of a job and the person's level for it (null: never assessed). */
export interface Held {
  required: number;
  importance: Importance;
  level: number | null;
}

/** required − level, never below 0; null when the person was never assessed (never shown as 0). */
export const gapOf = (required: number, level: number | null): number | null => (level === null ? null : Math.max(0, required - level));

/**
 * The importance-weighted share of the required levels reached: Σ w·min(level, required) / Σ w·required.
 * A requirement never assessed counts as not reached (the caller shows how many there are); null
 * when nothing at all is assessed, so an unassessed person is not read as a 0 % fit.
 */
export function fitOf(held: readonly Held[]): number | null {
  if (!held.some((h) => h.level !== null)) return null;
  let reached = 0;
  let wanted = 0;
  for (const h of held) {
    const w = IMPORTANCE_WEIGHT[h.importance];
    wanted += w * h.required;
    reached += w * Math.min(h.level ?? 0, h.required);
  }
  return wanted ? reached / wanted : null;
}

/** The weight × gap a person contributes to a competency's priority score (0 when not assessed). */
export const scoreOf = (h: Held): number => IMPORTANCE_WEIGHT[h.importance] * (gapOf(h.required, h.level) ?? 0);

const RANK: Record<Importance, number> = { essential: 3, important: 2, useful: 1 };
export const higherImportance = (a: Importance, b: Importance): Importance => (RANK[a] >= RANK[b] ? a : b);
