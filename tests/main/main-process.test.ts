import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../api/contract';
import { SHELL_CHANNELS } from '../../api/shell-contract';
import { ROUTES } from '../../api/routes';
import ar from '../../renderer/src/i18n/ar.json';
import fr from '../../renderer/src/i18n/fr.json';
import { type FakeBrowserWindow, type MenuTemplateItem, app, recorder } from './fake-electron';
import { RENDERER_DIR, ROOT, call, loadMain, requireBuilt, tempUserData } from './load-main';

vi.mock('electron', () => import('./fake-electron'));

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

const menuLabels = (template: MenuTemplateItem[]): string[] =>
  template.flatMap((item) => [item.label ?? '', ...menuLabels(item.submenu ?? [])]).filter(Boolean);

describe('start-up', () => {
  it('keeps its data in the test folder and opens the database there', () => {
    expect(recorder.paths.get('userData')).toBe(path.resolve(userData));
    expect(fs.existsSync(path.join(userData, 'sas.sqlite'))).toBe(true);
  });

  it('creates the window with the secure web preferences, hidden until ready', () => {
    expect(recorder.windows).toHaveLength(1);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    });
    expect(prefs.preload).toBe(path.join(ROOT, 'out/preload/index.cjs'));
    expect(win.options).toMatchObject({ show: false, width: 1280, height: 800, minWidth: 960, minHeight: 600 });
    expect(win.shown).toBe(0);
    win.emit('ready-to-show');
    expect(win.shown).toBe(1);
  });

  it('loads the app from app://renderer', () => {
    expect(win.loadedUrls).toEqual(['app://renderer/index.html']);
    expect(recorder.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
  });

  it('asks for the single-instance lock and focuses the window on a second launch', () => {
    expect(recorder.singleInstanceLockRequests).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(1);
    const before = win.focused;
    app.emit('second-instance');
    expect(win.focused).toBe(before + 1);
  });
});

describe('IPC', () => {
  it('has a handler for every channel of the contract and of the shell, and no other', () => {
    expect([...recorder.ipcHandlers.keys()].sort()).toEqual([...CHANNELS, ...SHELL_CHANNELS].map((c) => `sas:${c}`).sort());
  });

  it('refuses callers from another origin without touching the data', async () => {
    const unit = { kind: 'service', code: 'EVIL', nameFr: 'Intrus', nameAr: '' };
    for (const from of ['https://evil.example/', 'file:///tmp/index.html', 'app://other/index.html', 'http://localhost:5173/', null]) {
      const result = await call('units.create', unit, from as string);
      expect(result, String(from)).toEqual({ ok: false, error: { code: 'invalid_input', messageKey: 'errors.forbiddenSender' } });
    }
    const list = await call('units.list', {});
    expect(list).toMatchObject({ ok: true, value: [] });
    const audit = await call('audit.list', {});
    expect(audit.ok && (audit.value as { rows: unknown[] }).rows.filter((e) => JSON.stringify(e).includes('units'))).toEqual([]);
    expect(win.webContents.sent.filter((s) => s.channel === 'data:changed')).toEqual([]);
  });

  it('answers invalid input with invalid_input', async () => {
    const result = await call('units.create', { kind: 'galaxy', code: 'X' });
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('invalid_input');
  });

  it('refuses an unknown dataset', async () => {
    const result = await call('units.list', {}, undefined, { dataset: 'partner-that-does-not-exist' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('runs a valid call end to end and tells the window what changed', async () => {
    const settings = await call('settings.get', {});
    expect(settings).toMatchObject({ ok: true, value: { language: 'fr' } });
    const created = await call('units.create', { kind: 'service', code: 'SAS', nameFr: 'Action sociale', nameAr: '' });
    expect(created).toMatchObject({ ok: true, value: { code: 'SAS' }, changed: ['units', 'auditLog'] });
    expect(win.webContents.sent).toContainEqual({ channel: 'data:changed', args: [['units', 'auditLog']] });
    expect(await call('units.list', {})).toMatchObject({ ok: true, value: [{ code: 'SAS' }] });
  });

  it('rebuilds the menu in Arabic when the language becomes Arabic', async () => {
    expect(menuLabels(recorder.menus.at(-1)!)).toEqual(expect.arrayContaining([fr.menu.go, fr.menu.staff]));
    const updated = await call('settings.update', { language: 'ar' });
    expect(updated).toMatchObject({ ok: true, value: { language: 'ar' } });
    const labels = menuLabels(recorder.menus.at(-1)!);
    for (const key of ['file', 'edit', 'view', 'go', 'staff', 'units', 'jobs', 'framework', 'settings', 'help'] as const) {
      expect(labels, key).toContain(ar.menu[key]);
    }
    expect(labels).not.toContain(fr.menu.go);
  });

  it('sends menu:navigate with the route from the Go menu', () => {
    const go = recorder.menus.at(-1)!.find((m) => m.submenu?.some((i) => i.id === 'go:/staff'));
    go!.submenu!.find((i) => i.id === 'go:/units')!.click!();
    expect(win.webContents.sent.at(-1)).toEqual({ channel: 'menu:navigate', args: ['/units'] });
    // Every main screen of the renderer, in the order of its navigation.
    expect(go!.submenu!.map((i) => i.id)).toEqual(ROUTES.map((r) => `go:${r.path}`));
  });
});

describe('app:// protocol', () => {
  const serve = async (url: string) => {
    const handler = recorder.protocolHandlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    return (await handler({ url, method: 'GET' })) as Response;
  };
  const CSP =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
  const secret = path.join(ROOT, 'out/sas-protocol-secret.txt');

  beforeAll(() => {
    requireBuilt(path.join(RENDERER_DIR, 'index.html'));
    fs.writeFileSync(secret, 'TOP-SECRET');
  });
  afterAll(() => fs.rmSync(secret, { force: true }));

  it('serves index.html as HTML with the strict CSP', async () => {
    const res = await serve('app://renderer/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(await res.text()).toBe(fs.readFileSync(path.join(RENDERER_DIR, 'index.html'), 'utf8'));
  });

  it('falls back to index.html for a page path, but not for a missing asset', async () => {
    expect((await serve('app://renderer/staff')).status).toBe(200);
    const missing = await serve('app://renderer/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CSP);
  });

  it.each([
    'app://renderer/../sas-protocol-secret.txt',
    'app://renderer/%2e%2e/sas-protocol-secret.txt',
    'app://renderer/..%2fsas-protocol-secret.txt',
    'app://renderer/%2e%2e%2fsas-protocol-secret.txt',
    'app://renderer/assets/..%2f..%2fsas-protocol-secret.txt',
    `app://renderer/${encodeURIComponent(secret)}`,
    `app://renderer/${encodeURIComponent(`/${secret}`)}`,
    'app://elsewhere/index.html',
  ])('refuses %s', async (url) => {
    const res = await serve(url);
    expect([400, 403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('TOP-SECRET');
  });

  it('refuses an escape with 403 (contained by path.relative, not by luck)', async () => {
    expect((await serve('app://renderer/..%2fsas-protocol-secret.txt')).status).toBe(403);
    expect((await serve(`app://renderer/${encodeURIComponent(secret)}`)).status).toBe(403);
  });
});

describe('web contents and session', () => {
  it('denies window.open, sending only http(s) links to the browser', () => {
    const open = win.webContents.windowOpenHandler!;
    expect(open({ url: 'https://www.example.org/page' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(recorder.openExternal).toEqual(['https://www.example.org/page']);
  });

  it('prevents navigation and redirects to another origin, allows the app origin', () => {
    const navigate = (event: string, url: string) => {
      const e = { url, preventDefault: vi.fn() };
      win.webContents.emit(event, e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://renderer/index.html#/staff')).toBe(false);
  });

  it('prevents <webview> attachment', () => {
    const e = { preventDefault: vi.fn() };
    win.webContents.emit('will-attach-webview', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    recorder.permissionRequestHandler!({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(recorder.permissionCheckHandler!({}, 'clipboard-read', 'app://renderer', {})).toBe(false);
  });
});

describe('window state', () => {
  it('remembers the window bounds when it closes', () => {
    win.emit('close');
    const state = JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8'));
    expect(state).toMatchObject({ width: 1280, height: 800, maximized: false });
  });
});
