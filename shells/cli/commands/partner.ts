import { closeContext } from '../../../db/core/context';
import { importPartner, listPartners } from '../../../db/features/backup/partners';
import type { Io } from '../cli-error';
import { type Values, openOwn } from './backup';
import { secretFrom } from './secrets';

export async function runPartnerImport(file: string, v: Values & { db: string }, io: Io): Promise<number> {
  const secret = secretFrom(v as { identity?: string; 'passphrase-file'?: string });
  const ctx = openOwn(v.db);
  try {
    const p = await importPartner(ctx, file, secret, { acceptNewKey: Boolean(v['accept-new-key']), allowOlder: Boolean(v['allow-older']) });
    io.out(`Imported ${[p.communeFr, p.communeAr].filter(Boolean).join(' / ')} (backup of ${p.backupCreatedAt}, profile ${p.profile}).`);
    io.out(`Dataset: ${p.id}; signer fingerprint: ${p.signerFingerprint}`);
    return 0;
  } finally {
    closeContext(ctx);
  }
}

export function runPartnerList(v: Values & { db: string }, io: Io): number {
  const ctx = openOwn(v.db);
  try {
    const partners = listPartners(ctx);
    if (v.json) io.out(JSON.stringify(partners));
    else if (!partners.length) io.out('No partner dataset imported yet.');
    else
      for (const p of partners)
        io.out(`${p.id}  ${p.communeFr || p.communeAr}  ${p.backupCreatedAt}  ${p.profile}  ${p.signerFingerprint}`);
    return 0;
  } finally {
    closeContext(ctx);
  }
}
