import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SHELL_CHANNELS } from '../../api/shell-contract';
import { closeContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { dispatch, dispatchAsync } from '../../db/dispatch/dispatcher';
import { generateKeys, memoryKeyStore } from '../../db/features/backup/keys';
import { type FakeBrowserWindow, recorder } from './fake-electron';
import { call, ipcEvent, loadMain, tempUserData } from './load-main';

vi.mock('electron', () => import('./fake-electron'));

/** The installation's side of the main process: keys, automatic backups, partner datasets, PDF. */
const userData = tempUserData();
let win: FakeBrowserWindow;

beforeAll(async () => {
  await loadMain(userData);
  win = recorder.windows[0];
});
afterAll(() => {
  recorder.windows.forEach((w) => w.emit('close'));
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('keys and automatic backups', () => {
  it('makes an automatic backup at start, encrypted to keys kept by safeStorage (never in clear on disk)', async () => {
    await vi.waitFor(() => expect(fs.readdirSync(path.join(userData, 'backups')).some((f) => f.startsWith('auto-'))).toBe(true), {
      timeout: 15_000,
    });
    const stored = fs.readFileSync(path.join(userData, 'keys.safe'), 'utf8');
    expect(stored.startsWith('fake-os-crypt:')).toBe(true);
    expect(stored).not.toContain('AGE-SECRET-KEY');
    const keys = await call('backup.keys', {});
    expect(keys.ok).toBe(true);
    expect((keys.value as { recipient: string }).recipient).toMatch(/^age1/);
  });

  it('restores a local backup in place: the window keeps working on the restored data', async () => {
    const created = await call('backup.create', { passphrase: 'une phrase de passe assez longue' });
    expect(created.ok).toBe(true);
    const file = (created.value as { path: string }).path;
    await call('settings.setup', { communeFr: 'Berkane', communeAr: '', role: 'sas', operatorName: 'Après', language: 'fr' });
    const restored = await call('backup.restore', { file, passphrase: 'une phrase de passe assez longue' });
    expect(restored.ok, JSON.stringify(restored.error)).toBe(true);
    const settings = await call('settings.get', {});
    expect((settings.value as { operatorName: string }).operatorName).not.toBe('Après');
  });
});

describe('partner datasets', () => {
  it('opens an imported partner backup read-only through the call context', async () => {
    // A partner installation elsewhere makes a backup to this installation's key.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-partner-'));
    const partner = {
      ...openAppDatabase(path.join(dir, 'sas.sqlite')),
      installation: { dataDir: dir, keyStore: memoryKeyStore(await generateKeys()) },
    };
    dispatch('demo.load', { scale: 'commune' }, partner);
    dispatch('settings.setup', { communeFr: 'Belfaa', communeAr: 'بلفاع', role: 'sas', operatorName: 'P', language: 'fr' }, partner);
    const recipient = ((await call('backup.keys', {})).value as { recipient: string }).recipient;
    const made = await dispatchAsync('backup.create', { recipients: [recipient] }, partner);
    expect(made.ok).toBe(true);
    closeContext(partner);

    // The page names no file outside the app's data folder: it hands over the bytes the user chose.
    const file = (made as { value: { path: string } }).value.path;
    const byPath = await call('partners.import', { file });
    expect(byPath.error?.messageKey).toBe('errors.pathNotAllowed');
    const imported = await call('partners.import', {
      fileName: path.basename(file),
      contentBase64: fs.readFileSync(file).toString('base64'),
    });
    expect(imported.ok, JSON.stringify(imported.error)).toBe(true);
    const id = (imported.value as { id: string }).id;
    const staff = await call('staff.list', {}, undefined, { dataset: id });
    expect((staff.value as { total: number }).total).toBeGreaterThan(400);
    const write = await call('units.create', { kind: 'direction', nameFr: 'X' }, undefined, { dataset: id });
    expect(write.error?.code).toBe('read_only');
    const unknown = await call('staff.list', {}, undefined, { dataset: 'no-such-partner' });
    expect(unknown.error?.code).toBe('not_found');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the shell channels', () => {
  it('has a handler for each, behind the same sender check', async () => {
    for (const channel of SHELL_CHANNELS) expect(recorder.ipcHandlers.has(`sas:${channel}`)).toBe(true);
    const handler = recorder.ipcHandlers.get('sas:shell.savePdf')!;
    const refused = await handler({ ...ipcEvent('https://evil.example/'), sender: win.webContents }, { fileName: 'guide.pdf' });
    expect(refused.error.code).toBe('invalid_input');
    expect(recorder.pdfPrints).toBe(0);
  });

  it('saves the page as PDF where the user chose, and nothing when the dialog is cancelled', async () => {
    const handler = recorder.ipcHandlers.get('sas:shell.savePdf')!;
    const event = { ...ipcEvent('app://renderer/index.html'), sender: win.webContents };
    recorder.saveDialogAnswer = null;
    expect((await handler(event, { fileName: 'guide.pdf' })).value).toEqual({ path: null });
    expect(recorder.pdfPrints).toBe(0);

    const target = path.join(userData, 'guide.pdf');
    recorder.saveDialogAnswer = target;
    expect((await handler(event, { fileName: 'guide.pdf' })).value).toEqual({ path: target });
    expect(fs.readFileSync(target, 'utf8').startsWith('%PDF')).toBe(true);
    expect((await handler(event, { fileName: '../../etc/passwd' })).error.code).toBe('invalid_input');
  });
});
