import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, channelWrites } from '../../api/contract';
import { INSTALLATION_CHANNELS } from '../../api/channels/backup-contract';
import { closeContext } from '../../db/core/context';
import { dispatch, dispatchAsync } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { closePartnerDatasets, importPartner, openPartnerDataset } from '../../db/features/backup/partners';
import { KEYS, installation, records } from './backup-helpers';
import { bytes, call, tempDir } from './helpers';
import { generateKeys } from '../../db/features/backup/keys';

const OWN = { identities: [KEYS.own.identity] };

/** A partner commune (signing with `signer`) sends the coordinator (KEYS.own) a backup. */
async function sent(partner: ReturnType<typeof installation>, signer = KEYS.other, now = new Date()) {
  const file = path.join(tempDir(), 'ahfir.sasbackup');
  await createBackup(partner.ctx, { to: { recipients: [KEYS.own.recipient] }, keys: signer, out: file, now, profile: 'no-contacts' });
  return file;
}

describe("the coordinator's partner datasets", () => {
  it('imports a backup read-only, lists it, and pins the signing key', async () => {
    const coord = installation('Liège');
    const partner = installation('Ahfir', KEYS.other);
    const r = await dispatchAsync('partners.import', { file: await sent(partner) }, coord.ctx);
    expect(r).toMatchObject({ ok: true, changed: ['partnerDatasets', 'auditLog'], value: { communeFr: 'Ahfir', profile: 'no-contacts' } });
    const p = (r as { value: { id: string; signerFingerprint: string } }).value;
    expect(p.id).toBe(call(partner.ctx, 'settings.get', {}).installationId);
    expect(fs.existsSync(path.join(coord.dir, 'partners', `${p.id}.sqlite`))).toBe(true);
    expect(await dispatchAsync('partners.list', {}, coord.ctx)).toMatchObject({ ok: true, value: [{ id: p.id, counts: { staff: 3 } }] });

    const ds = openPartnerDataset(coord.ctx, p.id);
    expect(openPartnerDataset(coord.ctx, p.id)).toBe(ds);
    expect(ds).toMatchObject({ dataset: p.id, readOnly: true });
    expect(call(ds, 'settings.get', {}).communeFr).toBe('Ahfir');
    expect(call(ds, 'staff.list', { limit: 10 }).total).toBe(3);

    // Another key: refused unless the user confirms; then the new key is pinned.
    const thief = await generateKeys();
    const later = await sent(partner, thief);
    await expect(importPartner(coord.ctx, later, OWN)).rejects.toMatchObject({ messageKey: 'errors.backup.signerChanged' });
    expect(records(coord.ctx).partner_datasets).toBe(1);
    const accepted = await importPartner(coord.ctx, later, OWN, { acceptNewKey: true });
    expect(accepted.signerFingerprint).not.toBe(p.signerFingerprint);
    // The first key is no longer the pinned one.
    await expect(importPartner(coord.ctx, await sent(partner), OWN)).rejects.toMatchObject({ messageKey: 'errors.backup.signerChanged' });
    closePartnerDatasets();
  });

  it('removes a partner: its row, its file and its pinned key, so another key is then accepted', async () => {
    const coord = installation('Liège');
    const partner = installation('Ahfir', KEYS.other);
    const p = (await importPartner(coord.ctx, await sent(partner), OWN)).id;
    const file = path.join(coord.dir, 'partners', `${p}.sqlite`);
    openPartnerDataset(coord.ctx, p); // open, as when the user was browsing it
    expect(await dispatchAsync('partners.remove', { id: p }, coord.ctx)).toMatchObject({ ok: true, value: { removed: true } });
    expect(fs.existsSync(file)).toBe(false);
    expect(call(coord.ctx, 'partners.list', {})).toEqual([]);
    expect(() => openPartnerDataset(coord.ctx, p)).toThrow();
    expect((await dispatchAsync('partners.remove', { id: p }, coord.ctx)).ok).toBe(false);
    // Nothing pinned any more: a backup signed by another key imports without confirmation.
    expect((await dispatchAsync('partners.import', { file: await sent(partner, await generateKeys()) }, coord.ctx)).ok).toBe(true);
    closePartnerDatasets();
  });

  it('refuses an older backup than the one held unless allowed, and a backup of this installation', async () => {
    const coord = installation('Liège');
    const partner = installation('Ahfir', KEYS.other);
    const old = await sent(partner, KEYS.other, new Date('2025-01-01T10:00:00Z'));
    call(partner.ctx, 'staff.create', { matricule: 'M-4', lastNameFr: 'Nouvelle', gender: 'f' });
    const recent = await sent(partner, KEYS.other, new Date('2025-02-01T10:00:00Z'));
    const first = await importPartner(coord.ctx, recent, OWN);
    const partnerFile = path.join(coord.dir, 'partners', `${first.id}.sqlite`);
    const held = bytes(partnerFile);
    await expect(importPartner(coord.ctx, old, OWN)).rejects.toMatchObject({ code: 'bad_file', messageKey: 'errors.backup.olderBackup' });
    expect(bytes(partnerFile).equals(held)).toBe(true);
    expect((await importPartner(coord.ctx, old, OWN, { allowOlder: true })).backupCreatedAt).toBe('2025-01-01T10:00:00.000Z');
    expect(call(openPartnerDataset(coord.ctx, first.id), 'staff.list', {}).total).toBe(3);

    const mine = path.join(tempDir(), 'mine.sasbackup');
    await createBackup(coord.ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.own, out: mine });
    await expect(importPartner(coord.ctx, mine, OWN)).rejects.toMatchObject({ messageKey: 'errors.backup.ownBackup' });
    closePartnerDatasets();
  });

  it('refuses every write channel of the contract on an imported dataset, leaving its file as it was', async () => {
    const coord = installation('Liège');
    const p = await importPartner(coord.ctx, await sent(installation('Ahfir', KEYS.other)), OWN);
    const file = path.join(coord.dir, 'partners', `${p.id}.sqlite`);
    const ds = openPartnerDataset(coord.ctx, p.id);
    const before = records(ds);
    const writes = CHANNELS.filter((c) => channelWrites(c).length > 0);
    expect(writes).toEqual(expect.arrayContaining(['staff.create', 'backup.restore', 'partners.import']));
    for (const channel of writes) {
      for (const input of [{}, { nonsense: true }, { id: '0190f7a0-0000-7000-8000-000000000000', file: '/tmp/x' }]) {
        expect(await dispatchAsync(channel, input, ds), channel).toEqual({
          ok: false,
          error: { code: 'read_only', messageKey: 'errors.readOnly' },
        });
      }
    }
    // The installation's channels are not the dataset's: refused there too, even reads.
    for (const channel of INSTALLATION_CHANNELS.filter((c) => !channelWrites(c).length)) {
      expect(await dispatchAsync(channel, { file: '/tmp/x' }, ds), channel).toMatchObject({ ok: false });
    }
    expect(dispatch('staff.list', {}, ds).ok).toBe(true);
    expect(records(ds)).toEqual(before);
    closePartnerDatasets();
    expect(ds.sqlite.open).toBe(false);
    const fileBytes = bytes(file);
    const again = openPartnerDataset(coord.ctx, p.id);
    closeContext(again);
    expect(bytes(file).equals(fileBytes)).toBe(true);
  });
});
