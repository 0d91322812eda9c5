import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { closeContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { dispatch } from '../../db/dispatch/dispatcher';
import ar from '../../renderer/src/i18n/ar.json';
import fr from '../../renderer/src/i18n/fr.json';
import { type MenuTemplateItem, recorder } from './fake-electron';
import { ROOT, loadMain, tempUserData } from './load-main';

vi.mock('electron', () => import('./fake-electron'));

/** A second launch of an installation already set up in Arabic, with a remembered window. */
const userData = tempUserData();

beforeAll(async () => {
  const ctx = openAppDatabase(path.join(userData, 'sas.sqlite'), { migrationsFolder: path.join(ROOT, 'db/migrations') });
  expect(dispatch('settings.update', { language: 'ar' }, ctx)).toMatchObject({ ok: true });
  closeContext(ctx);
  fs.writeFileSync(path.join(userData, 'window-state.json'), JSON.stringify({ x: 120, y: 80, width: 1400, height: 900, maximized: true }));
  await loadMain(userData);
});
afterAll(() => fs.rmSync(userData, { recursive: true, force: true }));

const labels = (template: MenuTemplateItem[]): string[] =>
  template.flatMap((item) => [item.label ?? '', ...labels(item.submenu ?? [])]).filter(Boolean);

it('builds the first menu in Arabic when the settings say so', () => {
  expect(recorder.menus).toHaveLength(1);
  const all = labels(recorder.menus[0]);
  for (const key of ['file', 'edit', 'view', 'go', 'staff', 'units', 'jobs', 'framework', 'settings', 'help', 'about'] as const) {
    expect(all, key).toContain(ar.menu[key]);
    if (fr.menu[key] !== ar.menu[key]) expect(all, key).not.toContain(fr.menu[key]);
  }
});

it('restores the remembered window bounds and maximizes once shown', () => {
  const [win] = recorder.windows;
  expect(win.options).toMatchObject({ x: 120, y: 80, width: 1400, height: 900 });
  expect(win.maximized).toBe(false);
  win.emit('ready-to-show');
  expect(win.maximized).toBe(true);
  expect(win.shown).toBe(1);
});
