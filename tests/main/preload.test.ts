import fs from 'node:fs';
import vm from 'node:vm';
import { beforeAll, expect, it } from 'vitest';
import { CHANNELS, EVENTS } from '../../api/contract';
import type { SasBridge } from '../../electron/preload/bridge-type';
import * as fake from './fake-electron';
import { PRELOAD_BUNDLE, requireBuilt } from './load-main';

/**
 * Runs the built preload as the sandbox would: CommonJS, where `require` knows only a few
 * Electron modules. Anything else it required would fail at run time in the sandbox.
 */
const required: string[] = [];
let sas: SasBridge;

beforeAll(() => {
  requireBuilt(PRELOAD_BUNDLE);
  const run = vm.compileFunction(fs.readFileSync(PRELOAD_BUNDLE, 'utf8'), ['require', 'module', 'exports'], { filename: PRELOAD_BUNDLE });
  const module = { exports: {} };
  const sandboxRequire = (id: string) => {
    required.push(id);
    if (id !== 'electron') throw new Error(`the sandboxed preload cannot require ${id}`);
    return fake;
  };
  run(sandboxRequire, module, module.exports);
  sas = fake.recorder.exposed.get('sas') as SasBridge;
});

it('exposes one object, window.sas, with invoke and on only', () => {
  expect([...fake.recorder.exposed.keys()]).toEqual(['sas']);
  expect(Object.keys(sas).sort()).toEqual(['invoke', 'on']);
  expect(required).toEqual(['electron']);
});

it('forwards a contract channel to main under the sas: prefix', async () => {
  await sas.invoke('units.list', { includeArchived: true }, { dataset: 'own' });
  expect(fake.ipcRenderer.invocations.at(-1)).toEqual({ channel: 'sas:units.list', args: [{ includeArchived: true }, { dataset: 'own' }] });
  for (const channel of CHANNELS) await sas.invoke(channel, {} as never);
  expect(fake.ipcRenderer.invocations.map((i) => i.channel)).toEqual(expect.arrayContaining(CHANNELS.map((c) => `sas:${c}`)));
});

it('refuses a channel outside the contract before reaching IPC', async () => {
  const count = fake.ipcRenderer.invocations.length;
  for (const channel of ['fs.readFile', 'sas:units.list', '__proto__', 'constructor', '']) {
    const result = await sas.invoke(channel as never, {} as never);
    expect(result, channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  }
  expect(fake.ipcRenderer.invocations.length).toBe(count);
});

it('subscribes to allowed events only, passes the payload alone, and unsubscribes', () => {
  const seen: unknown[][] = [];
  const off = sas.on('data:changed', (...args: unknown[]) => seen.push(args));
  fake.ipcRenderer.emit('data:changed', { sender: 'ipc-event-object' }, ['units']);
  expect(seen).toEqual([[['units']]]);
  off();
  fake.ipcRenderer.emit('data:changed', { sender: 'ipc-event-object' }, ['staff']);
  expect(seen).toHaveLength(1);
  expect(fake.ipcRenderer.listenerCount('data:changed')).toBe(0);
  expect(() => sas.on('sas:units.create' as never, () => {})).toThrow();
  expect(fake.ipcRenderer.listenerCount('sas:units.create')).toBe(0);
  expect(EVENTS).toContain('menu:navigate');
});
