import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { SAFETY_COPIES_KEPT, autoBackup, listLocalBackups, pruneAutoBackups, retained } from '../../db/features/backup/local';
import { verifyBackup } from '../../db/features/backup/verify';
import { KEYS, installation } from './backup-helpers';
import { call, count, tempDir } from './helpers';

const names = (ctx: Parameters<typeof count>[0]) =>
  (ctx.sqlite.prepare('SELECT last_name_fr AS n FROM staff ORDER BY matricule').all() as { n: string }[]).map((r) => r.n);

describe('restore and undo', () => {
  it('restores a backup after a change, keeps the current database, and undoes the restore', async () => {
    const inst = installation();
    const out = path.join(tempDir(), 'b.sasbackup');
    await createBackup(inst.ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.own, out });
    call(inst.ctx, 'staff.create', { matricule: 'M-9', lastNameFr: 'Ajouté', gender: 'm' });
    expect(names(inst.ctx)).toEqual(['Nom1', 'Nom2', 'Nom3', 'Ajouté']);
    const before = inst.ctx;

    // No passphrase: the installation's own identity opens what was encrypted to it.
    const restored = await dispatchAsync('backup.restore', { file: out }, inst.ctx);
    expect(restored).toMatchObject({ ok: true, value: { manifest: { source: { communeFr: 'Berkane' } } } });
    expect(inst.ctx).not.toBe(before);
    expect(before.sqlite.open).toBe(false);
    expect(names(inst.ctx)).toEqual(['Nom1', 'Nom2', 'Nom3']);
    expect(inst.ctx.installation?.keyStore).toBe(before.installation?.keyStore);
    const kept = (restored as { value: { beforeRestore: string } }).value.beforeRestore;
    expect(path.basename(kept)).toMatch(/^before-restore-.*\.sqlite$/);
    expect(fs.existsSync(`${inst.ctx.file}-wal`) && fs.statSync(`${inst.ctx.file}-wal`).size > 1_000_000).toBe(false);

    const undone = await dispatchAsync('backup.undoRestore', {}, inst.ctx);
    expect(undone).toMatchObject({ ok: true, value: { restoredFrom: kept } });
    expect(names(inst.ctx)).toEqual(['Nom1', 'Nom2', 'Nom3', 'Ajouté']);
    // The database works after the swaps: a write lands and is audited.
    call(inst.ctx, 'staff.create', { matricule: 'M-10', lastNameFr: 'Après', gender: 'f' });
    expect(count(inst.ctx, 'staff')).toBe(5);
    expect(
      listLocalBackups(path.join(inst.dir, 'backups'))
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['before-restore', 'before-undo']);
  });

  it('refuses to restore or undo without a shell that can swap its database', async () => {
    const inst = installation();
    const plain = { ...inst.ctx, installation: { ...inst.ctx.installation!, replaceContext: undefined } };
    expect(await dispatchAsync('backup.undoRestore', {}, plain)).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.backup.restoreUnsupported' },
    });
    expect(await dispatchAsync('backup.undoRestore', {}, inst.ctx)).toMatchObject({
      ok: false,
      error: { code: 'not_found', messageKey: 'errors.backup.nothingToUndo' },
    });
  });
});

describe('automatic local backups', () => {
  it('are encrypted to the installation itself, listed with date and size, and pruned by the retention rule', async () => {
    const inst = installation();
    const dir = path.join(inst.dir, 'backups');
    const start = Date.parse('2025-03-01T08:00:00Z');
    // Every 6 hours for 70 days.
    for (let t = start; t < start + 70 * 86_400_000; t += 6 * 3_600_000) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `auto-${new Date(t).toISOString().replace(/[:.]/g, '-')}.sasbackup`), 'x');
    }
    const now = new Date(start + 70 * 86_400_000);
    const { created, removed } = await autoBackup(inst.ctx, dir, KEYS.own, now);
    const left = listLocalBackups(dir);
    expect(left[0]).toMatchObject({ file: created.path, kind: 'auto', createdAt: now.toISOString(), size: fs.statSync(created.path).size });
    expect(removed.length).toBeGreaterThan(200);
    expect((await verifyBackup(created.path, { identities: [KEYS.own.identity] })).profile).toBe('complete');
    const ages = left.map((b) => (now.getTime() - Date.parse(b.createdAt)) / 86_400_000);
    expect(ages.filter((a) => a < 1).length).toBe(4); // now, and the three of the last day
    expect(ages.filter((a) => a >= 1 && a < 7).length).toBe(6); // one per day
    expect(Math.max(...ages)).toBeLessThan(56);
    expect(left.length).toBeLessThan(20);
    expect(await dispatchAsync('backup.listLocal', {}, inst.ctx)).toMatchObject({ ok: true, value: left.map((b) => ({ name: b.name })) });
  });

  it('keeps the newest of each day for a week and of each week for eight weeks', () => {
    const now = new Date('2025-06-01T12:00:00Z');
    const days = (d: number) => new Date(now.getTime() - d * 86_400_000);
    const times = [days(0.1), days(0.5), days(2.2), days(2.6), days(10), days(12), days(60), days(100)];
    expect([...retained(times, now)].sort()).toEqual([0, 1, 2, 4]);
  });

  it('keeps the newest safety copies of each kind, never an automatic backup of the last day', () => {
    const dir = tempDir();
    const now = new Date('2025-06-01T12:00:00Z');
    const stampOf = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString().replace(/[:.]/g, '-');
    for (let h = 1; h <= 8; h++) fs.writeFileSync(path.join(dir, `before-restore-${stampOf(h)}.sqlite`), 'x');
    fs.writeFileSync(path.join(dir, `auto-${stampOf(2)}.sasbackup`), 'x');
    const removed = pruneAutoBackups(dir, now);
    const left = listLocalBackups(dir);
    expect(left.filter((b) => b.kind === 'before-restore').map((b) => b.name)).toEqual(
      Array.from({ length: SAFETY_COPIES_KEPT }, (_, i) => `before-restore-${stampOf(i + 1)}.sqlite`),
    );
    expect(removed).toHaveLength(8 - SAFETY_COPIES_KEPT);
    expect(left.some((b) => b.kind === 'auto')).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
