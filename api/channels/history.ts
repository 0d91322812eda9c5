import { z } from 'zod';

/**
 * The History (audit log): who did what, when, to which record. Entities and fields are the
 * registry's names (api/entities.ts), which the renderer labels in the user's language.
 */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'archive', 'restore'] as const;

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  operator: z.string(),
  /** The registry's name of the table (an older installation's unknown name is passed through). */
  entity: z.string(),
  recordId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  fields: z.array(z.string()),
});
export type AuditEntry = z.infer<typeof auditEntry>;

const instant = z.iso.datetime({ offset: true, message: 'errors.invalidDate' });

export const auditListInput = z.object({
  recordId: z.string().max(80).optional(),
  entity: z.string().max(60).optional(),
  operator: z.string().trim().max(120).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** Instants (the renderer turns the user's local days into them), inclusive. */
  since: instant.optional(),
  until: instant.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type AuditListInput = z.input<typeof auditListInput>;

export const auditListOutput = z.object({
  total: z.number().int(),
  rows: z.array(auditEntry),
  /** Everyone who appears in the log, for the "who" filter. */
  operators: z.array(z.string()),
  /** The entities that appear in the log, for the "what" filter. */
  entities: z.array(z.string()),
});
