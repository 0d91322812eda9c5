/**
 * Training plan figures for `npm run bench` (ms), not pass/fail: the needs-to-plan view (an
 * action proposed from the open needs of the competency with the most, the plan's coverage of
 * the priority needs) and the plan document's data (`plans.get`, what the document prints), on
 * the demo database (its adopted plan), commune and programme scale.
 */
import type { DataContext } from '../../db/core/context';
import { dispatch } from '../../db/dispatch/dispatcher';
import { measure } from './stats';

export function planFigures(ctx: DataContext) {
  const plan = ctx.sqlite.prepare('SELECT id FROM training_plans LIMIT 1').get() as { id: string };
  const group = ctx.sqlite
    .prepare(
      `SELECT json_group_array(id) AS ids, count(*) AS n FROM training_needs WHERE state IN ('identified', 'qualified', 'planned')
       GROUP BY competency_id ORDER BY n DESC LIMIT 1`,
    )
    .get() as { ids: string; n: number };
  const needIds = JSON.parse(group.ids) as string[];
  const call = (channel: 'plans.get' | 'actions.propose' | 'needs.priorities', input: object) => () => {
    const r = dispatch(channel, input, ctx);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  return {
    openNeeds: (
      ctx.sqlite.prepare("SELECT count(*) AS n FROM training_needs WHERE state IN ('identified', 'qualified', 'planned')").get() as {
        n: number;
      }
    ).n,
    proposeFromNeeds: { needs: needIds.length, dispatcher: measure(call('actions.propose', { planId: plan.id, needIds }), 10, 2) },
    needPriorities: measure(call('needs.priorities', {}), 10, 2),
    planDocumentData: measure(call('plans.get', { id: plan.id }), 10, 2),
  };
}
