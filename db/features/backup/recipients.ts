import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { newId } from '../../core/ids';
import { notFound, taken } from '../../core/errors';
import { inTransaction } from '../shared/records';
import { assertRecipient } from './age-io';
import { recipientFingerprint } from './keys';

/** Known partner keys (age recipients) a backup can be made for. */
interface Row {
  id: string;
  label: string;
  recipient: string;
  createdAt: string;
}

const withFingerprint = (r: Row) => ({ ...r, fingerprint: recipientFingerprint(r.recipient) });

export const listRecipients = (ctx: DataContext) =>
  (ctx.sqlite.prepare('SELECT id, label, recipient, created_at AS createdAt FROM recipient_keys ORDER BY label').all() as Row[]).map(
    withFingerprint,
  );

export function createRecipient(ctx: DataContext, label: string, recipient: string) {
  assertRecipient(recipient);
  const id = newId();
  inTransaction(ctx, () => {
    if (ctx.sqlite.prepare('SELECT 1 FROM recipient_keys WHERE recipient = ?').get(recipient))
      throw taken('recipient', 'errors.backup.recipientKnown');
    ctx.sqlite.prepare('INSERT INTO recipient_keys (id, label, recipient) VALUES (?, ?, ?)').run(id, label, recipient);
    recordAudit(ctx, 'recipientKeys', id, 'create');
  });
  return listRecipients(ctx).find((r) => r.id === id)!;
}

export function deleteRecipient(ctx: DataContext, id: string): { deleted: boolean } {
  return inTransaction(ctx, () => {
    const deleted = ctx.sqlite.prepare('DELETE FROM recipient_keys WHERE id = ?').run(id).changes > 0;
    if (!deleted) throw notFound();
    recordAudit(ctx, 'recipientKeys', id, 'delete');
    return { deleted };
  });
}
