import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { closeContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { recorder } from './fake-electron';
import { ROOT, loadMain, tempUserData } from './load-main';

vi.mock('electron', () => import('./fake-electron'));

/** A database written by a newer version of the app: the app must explain and leave it alone. */
const userData = tempUserData();
const file = path.join(userData, 'sas.sqlite');
const digest = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
let before: string;

beforeAll(async () => {
  const ctx = openAppDatabase(file, { migrationsFolder: path.join(ROOT, 'db/migrations') });
  // A schema version beyond what this build knows is what a newer app leaves behind.
  ctx.sqlite.pragma('user_version = 999');
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  closeContext(ctx);
  before = digest();
  await loadMain(userData);
});
afterAll(() => fs.rmSync(userData, { recursive: true, force: true }));

it('shows a French and Arabic error, quits, opens no window and does not touch the file', () => {
  expect(recorder.errorBoxes).toHaveLength(1);
  const { body } = recorder.errorBoxes[0];
  expect(body).toMatch(/version plus récente/);
  expect(body).toMatch(/إصدار أحدث/);
  expect(recorder.quitCalls).toBeGreaterThan(0);
  expect(recorder.windows).toHaveLength(0);
  expect(recorder.ipcHandlers.size).toBe(0);
  expect(digest()).toBe(before);
  expect(fs.existsSync(path.join(userData, 'backups'))).toBe(false);
});
