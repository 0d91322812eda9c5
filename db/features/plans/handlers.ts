import type { HandlerGroup } from '../../dispatch/types';
import { inTransaction } from '../shared/records';
import { createAction, deleteAction, proposeAction, updateAction } from './actions';
import { exportPlan } from './export';
import {
  adoptPlan,
  createAxis,
  createPlan,
  deleteAxis,
  deletePlan,
  getPlan,
  listPlans,
  setPlanStatus,
  updateAxis,
  updatePlan,
} from './plan-service';
import { compareVersions, listVersions } from './versions';

export const planHandlers: HandlerGroup<
  | 'plans.list'
  | 'plans.get'
  | 'plans.create'
  | 'plans.update'
  | 'plans.delete'
  | 'plans.setStatus'
  | 'plans.adopt'
  | 'plans.versions'
  | 'plans.compare'
  | 'plans.export'
  | 'axes.create'
  | 'axes.update'
  | 'axes.delete'
  | 'actions.propose'
  | 'actions.create'
  | 'actions.update'
  | 'actions.delete'
> = {
  'plans.list': (_, ctx) => listPlans(ctx),
  'plans.get': ({ id }, ctx) => getPlan(ctx, id),
  'plans.create': (input, ctx) => createPlan(ctx, input),
  'plans.update': (input, ctx) => updatePlan(ctx, input),
  'plans.delete': ({ id }, ctx) => deletePlan(ctx, id),
  'plans.setStatus': ({ id, status }, ctx) => setPlanStatus(ctx, id, status),
  'plans.adopt': ({ id, decisionReference, decisionDate }, ctx) => adoptPlan(ctx, id, decisionReference, decisionDate),
  'plans.versions': ({ id }, ctx) => listVersions(ctx, id),
  'plans.compare': ({ id, from, to }, ctx) => compareVersions(ctx, id, from, to),
  'plans.export': ({ year, format }, ctx) => exportPlan(ctx, year, format),
  'axes.create': (input, ctx) => createAxis(ctx, input),
  'axes.update': (input, ctx) => updateAxis(ctx, input),
  'axes.delete': ({ id, changeNote }, ctx) => deleteAxis(ctx, id, changeNote),
  'actions.propose': ({ needIds }, ctx) => proposeAction(ctx, needIds),
  'actions.create': (input, ctx) =>
    getPlan(
      ctx,
      inTransaction(ctx, () => (createAction(ctx, input), input.planId)),
    ),
  'actions.update': (input, ctx) =>
    getPlan(
      ctx,
      inTransaction(ctx, () => (updateAction(ctx, input), input.planId)),
    ),
  'actions.delete': ({ id, changeNote }, ctx) =>
    getPlan(
      ctx,
      inTransaction(ctx, () => deleteAction(ctx, id, changeNote)),
    ),
};
