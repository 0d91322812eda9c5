import type { z } from 'zod';
import type { coverage } from '../../../api/channels/plans';
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { needPriorities } from '../reviews/needs';

const POPULATIONS = { staff: ['staff', 'unit'], associations: ['association'], both: ['staff', 'unit', 'association'] } as const;

/**
 * How much of the priority needs (needs register, scored Σ weight × gap) a plan answers: per
 * competency and population, the people whose need an action of the plan covers, and the share
 * of the score that makes. What is left out is every row whose covered part is below its score.
 */
export function planCoverage(ctx: DataContext, planId: string, audience: keyof typeof POPULATIONS): z.output<typeof coverage> {
  const wanted = new Set<string>(POPULATIONS[audience]);
  const priorities = needPriorities(ctx, null).filter((r) => wanted.has(r.population));
  const covered = stmt(
    ctx,
    `SELECT n.population, n.competency_id AS competencyId, n.title_fr AS titleFr, n.title_ar AS titleAr, n.staff_id AS staffId,
       n.people_count AS peopleCount
     FROM plan_action_needs l JOIN plan_actions a ON a.id = l.action_id JOIN training_needs n ON n.id = l.need_id
     WHERE a.plan_id = ? AND a.status <> 'cancelled'`,
  ).all(planId) as {
    population: string;
    competencyId: string | null;
    titleFr: string;
    titleAr: string;
    staffId: string | null;
    peopleCount: number;
  }[];
  const keyOf = (population: string, competencyId: string | null, fr: string, ar: string) =>
    `${population} ${competencyId ?? `title:${fr}|${ar}`}`;
  const staffCovered = new Map<string, Set<string>>();
  const othersCovered = new Map<string, number>();
  for (const c of covered) {
    const key = keyOf(c.population, c.competencyId, c.titleFr, c.titleAr);
    if (c.population === 'staff' && c.staffId) staffCovered.set(key, (staffCovered.get(key) ?? new Set()).add(c.staffId));
    else othersCovered.set(key, (othersCovered.get(key) ?? 0) + c.peopleCount);
  }
  const rows = priorities.map((r) => {
    const key = keyOf(r.population, r.competencyId, r.nameFr, r.nameAr);
    const coveredPeople = Math.min(r.people, r.population === 'staff' ? (staffCovered.get(key)?.size ?? 0) : (othersCovered.get(key) ?? 0));
    return {
      competencyId: r.competencyId,
      code: r.code,
      nameFr: r.nameFr,
      nameAr: r.nameAr,
      population: r.population,
      people: r.people,
      score: r.score,
      highestImportance: r.highestImportance,
      coveredPeople,
      coveredScore: r.people ? Math.round((r.score * coveredPeople * 100) / r.people) / 100 : 0,
    };
  });
  const scoreTotal = rows.reduce((s, r) => s + r.score, 0);
  const scoreCovered = Math.round(rows.reduce((s, r) => s + r.coveredScore, 0) * 100) / 100;
  return { scoreTotal, scoreCovered, share: scoreTotal ? scoreCovered / scoreTotal : null, rows };
}
