import type { z } from 'zod';
import { SCAN_MAX_BYTES, type SessionDetail, type scanAdd, type scanInfo } from '../../../api/channels/sessions';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import { plucked, stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { getSession } from './session-read';

/**
 * Scans of the signed sign-in sheet, kept in the database (so every backup carries them) and
 * limited in size. The first bytes must be what the declared type says: a renamed file is refused.
 */
const SIGNATURES: Record<z.output<typeof scanAdd>['mimeType'], (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/tiff': (b) => ['II*\u0000', 'MM\u0000*'].includes(b.subarray(0, 4).toString('latin1')),
};

export function addScan(ctx: DataContext, input: z.output<typeof scanAdd>): SessionDetail {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new DomainError('invalid_input', 'errors.scan.empty');
  if (bytes.length > SCAN_MAX_BYTES) throw new DomainError('invalid_input', 'errors.scan.tooLarge');
  if (!SIGNATURES[input.mimeType](bytes)) throw new DomainError('invalid_input', 'errors.scan.type');
  inTransaction(ctx, () => {
    if (!stmt(ctx, 'SELECT 1 FROM training_sessions WHERE id = ?').get(input.sessionId)) throw notFound();
    const id = newId();
    stmt(ctx, 'INSERT INTO session_scans (id, session_id, file_name, mime_type, size, data) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      input.sessionId,
      input.fileName,
      input.mimeType,
      bytes.length,
      bytes,
    );
    recordAudit(ctx, 'sessionScans', id, 'create');
  });
  return getSession(ctx, input.sessionId);
}

export function getScan(ctx: DataContext, id: string): z.output<typeof scanInfo> & { contentBase64: string } {
  const row = stmt(
    ctx,
    'SELECT id, file_name AS fileName, mime_type AS mimeType, size, created_at AS createdAt, data FROM session_scans WHERE id = ?',
  ).get(id) as (z.output<typeof scanInfo> & { data: Buffer | string }) | undefined;
  if (!row) throw notFound();
  const { data, ...info } = row;
  // A backup made without personal data empties the scan: it reads as an empty file.
  return { ...info, contentBase64: typeof data === 'string' ? '' : data.toString('base64') };
}

export function deleteScan(ctx: DataContext, id: string): SessionDetail {
  const sessionId = plucked(ctx, 'SELECT session_id FROM session_scans WHERE id = ?').get(id) as string | undefined;
  if (!sessionId) throw notFound();
  inTransaction(ctx, () => {
    stmt(ctx, 'DELETE FROM session_scans WHERE id = ?').run(id);
    recordAudit(ctx, 'sessionScans', id, 'delete');
  });
  return getSession(ctx, sessionId);
}
