import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROUTES } from '../../api/routes';
import ar from '../../renderer/src/i18n/ar.json';
import fr from '../../renderer/src/i18n/fr.json';
import { type MenuTemplateItem, recorder } from './fake-electron';
import { call, loadMain, tempUserData } from './load-main';

vi.mock('electron', () => import('./fake-electron'));

/**
 * The Go menu is built from the shared route table (api/routes.ts): every screen of the app has
 * an entry, with its accelerator and a label of its own in French and in Arabic (a missing
 * Arabic label would silently fall back to French).
 */
const userData = tempUserData();
beforeAll(() => loadMain(userData));
afterAll(() => {
  recorder.windows.forEach((w) => w.emit('close'));
  fs.rmSync(userData, { recursive: true, force: true });
});

type Item = MenuTemplateItem & { accelerator?: string };
const goMenu = (): Item[] => recorder.menus.at(-1)!.find((m) => m.submenu?.some((i) => i.id?.startsWith('go:')))!.submenu!;
const ARABIC = /[\u0600-\u06FF]/;

describe('the Go menu and the route table', () => {
  it('has one entry per route, in navigation order, with its accelerator and French label', () => {
    const items = goMenu();
    expect(items.map((i) => i.id)).toEqual(ROUTES.map((r) => `go:${r.path}`));
    for (const [i, route] of ROUTES.entries()) {
      expect(items[i].accelerator, route.key).toBe(route.accelerator);
      expect(fr.menu[route.key], route.key).toBeTruthy();
      expect(items[i].label, route.key).toBe(fr.menu[route.key]);
      expect(items[i].label, route.key).not.toMatch(ARABIC);
    }
  });

  it('is labelled in Arabic, from the Arabic file, once the interface is in Arabic', async () => {
    expect(await call('settings.update', { language: 'ar' })).toMatchObject({ ok: true });
    const items = goMenu();
    expect(items.map((i) => i.id)).toEqual(ROUTES.map((r) => `go:${r.path}`));
    for (const [i, route] of ROUTES.entries()) {
      expect(ar.menu[route.key], route.key).toMatch(ARABIC);
      expect(items[i].label, route.key).toBe(ar.menu[route.key]);
    }
  });

  it('sends the route path to the window when an entry is chosen', () => {
    const last = ROUTES.at(-1)!;
    goMenu().find((i) => i.id === `go:${last.path}`)!.click!();
    expect(recorder.windows[0].webContents.sent.at(-1)).toEqual({ channel: 'menu:navigate', args: [last.path] });
  });

  it('gives every route a navigation label in both languages (the renderer side of the same table)', () => {
    for (const route of ROUTES) {
      expect(fr.nav[route.key], route.key).toBeTruthy();
      expect(ar.nav[route.key], route.key).toMatch(ARABIC);
    }
  });
});
