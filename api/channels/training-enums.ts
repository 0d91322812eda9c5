/**
 * The fixed vocabularies of the training catalogue and the training plan, shared by the schema
 * (db/schema/training.ts, plans.ts) and the contract.
 */
export const COURSE_MODALITIES = [
  'in_person',
  'distance',
  'mixed',
  'training_action',
  'coaching',
  'exchange_visit',
  'expert_mission',
] as const;
export const COURSE_ORIGINS = ['internal', 'national', 'partner', 'association', 'other'] as const;
/** Who a course, a plan or an action is for: the Service's staff, the associations' workers, or both. */
export const AUDIENCES = ['staff', 'associations', 'both'] as const;
export const ATTESTATIONS = ['none', 'attendance', 'achievement'] as const;
export const TRAINER_KINDS = ['internal', 'external', 'organisation'] as const;
export const TRAINEE_FUNCTIONS = ['social_worker', 'educator', 'animator', 'volunteer', 'coordinator', 'other'] as const;

export const PLAN_STATUSES = ['draft', 'submitted', 'adopted', 'in_execution', 'closed'] as const;
export const PERIOD_KINDS = ['month', 'quarter'] as const;
export const COST_ITEMS = ['trainer_fees', 'venue', 'catering', 'transport', 'materials', 'interpretation', 'other'] as const;
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
