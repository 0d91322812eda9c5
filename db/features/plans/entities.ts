import { planActionCosts, planActionNeeds, planActions, planAxes, planFunders, planVersions, trainingPlans } from '../../schema';
import type { EntityEntries } from '../../registry/types';

/** The yearly training plan: axes, action sheets, their costs and the needs they answer, and its adopted versions. */
export const planEntities: EntityEntries<
  'plans' | 'planFunders' | 'planAxes' | 'planActions' | 'planActionCosts' | 'planActionNeeds' | 'planVersions'
> = {
  plans: { kind: 'record', table: trainingPlans, counted: true, demo: true, auditFields: ['funders'] },
  planFunders: { kind: 'record', table: planFunders, demo: true },
  planAxes: { kind: 'record', table: planAxes, demo: true },
  planActions: { kind: 'record', table: planActions, counted: true, demo: true, auditFields: ['costs', 'needs'] },
  planActionCosts: { kind: 'record', table: planActionCosts, demo: true },
  planActionNeeds: { kind: 'record', table: planActionNeeds, demo: true },
  planVersions: { kind: 'record', table: planVersions, demo: true },
};
