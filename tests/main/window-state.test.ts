import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { loadWindowState } from '../../electron/main/window-state';
import { tempUserData } from './load-main';

vi.mock('electron', () => import('./fake-electron'));

// The fake has one 1920x1080 display at the origin.
const dir = tempUserData();
const file = path.join(dir, 'window-state.json');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const load = (state: unknown) => {
  fs.writeFileSync(file, typeof state === 'string' ? state : JSON.stringify(state));
  return loadWindowState(file);
};

it('keeps bounds that are on a display', () => {
  expect(load({ x: 10, y: 20, width: 1000, height: 700, maximized: true })).toEqual({
    x: 10,
    y: 20,
    width: 1000,
    height: 700,
    maximized: true,
  });
});

it('drops a position on a display that is gone, keeping the size', () => {
  expect(load({ x: 4000, y: 20, width: 1000, height: 700, maximized: false })).toEqual({ width: 1000, height: 700, maximized: false });
});

it('enforces the minimum size and survives a damaged file', () => {
  expect(load({ x: 0, y: 0, width: 100, height: 100 })).toMatchObject({ width: 960, height: 600 });
  expect(load('{not json')).toEqual({ width: 1280, height: 800, maximized: false });
  fs.rmSync(file);
  expect(loadWindowState(file)).toEqual({ width: 1280, height: 800, maximized: false });
});
