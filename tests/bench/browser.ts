import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { dispatch } from '../../db/dispatch/dispatcher';
import { startHost } from '../../shells/host/server';
import { summarise } from './stats';

/**
 * What a user feels when the window opens (issue 13, item 9): the time from navigation start to
 * the first row of the staff list and of the directory at commune scale, in Debian's Chromium
 * through the test host, median of 5 fresh browser contexts (nothing cached). Beside it, the same
 * figure for a static page of the same size (the first screen's HTML, CSS and JavaScript bytes)
 * that draws one row as soon as its script runs: the floor that loading alone costs.
 */
const RUNS = 5;
const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'];

/** Records, inside the page, when a list (a table, or the virtual table's ARIA rows) first shows a row with text. */
const FIRST_ROW_PROBE = `
  new MutationObserver((_, observer) => {
    const row = document.querySelector('tbody tr td, [role="row"] [role="cell"]');
    if (row && row.textContent.trim()) { window.__firstRow = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });`;

/** The bytes of the HTML, scripts and styles the page had loaded when its first row showed (the least over the runs: a slow run may also have loaded what comes after). */
const BYTES_BEFORE_FIRST_ROW = `(() => {
  const t = window.__firstRow;
  const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
  return entries
    .filter((e) => e.responseEnd <= t && (e.entryType === 'navigation' || /\\.(js|css)$/.test(new URL(e.name).pathname)))
    .reduce((n, e) => n + e.decodedBodySize, 0);
})()`;

async function firstRow(url: string): Promise<{ times: number[]; bytes: number }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const times: number[] = [];
  let bytes = Infinity;
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.addInitScript(FIRST_ROW_PROBE);
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __firstRow?: number }).__firstRow !== undefined, null, { timeout: 30_000 });
      times.push(await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow));
      bytes = Math.min(bytes, (await page.evaluate(BYTES_BEFORE_FIRST_ROW)) as number);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { times, bytes };
}

/** A static page of `bytes` bytes (mostly an inert script) that draws one table row when it runs. */
async function staticPage(bytes: number): Promise<{ url: string; close: () => void }> {
  const padding = `/*${'x'.repeat(Math.max(0, bytes - 600))}*/`;
  const script = `${padding}\ndocument.body.innerHTML = '<table><tbody><tr><td>Bénali Aïcha</td></tr></tbody></table>';`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><script src="/app.js" defer></script></head><body></body></html>`;
  const server = http.createServer((req, res) => {
    const js = req.url === '/app.js';
    res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' }).end(js ? script : html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

export async function browserFigures(dir: string) {
  const db = path.join(dir, 'browser.sqlite');
  const host = await startHost({ db });
  try {
    for (const [channel, input] of [
      ['demo.load', { scale: 'commune' }],
      ['settings.setup', { communeFr: 'Berkane', communeAr: 'بركان', role: 'sas', operatorName: 'Bench', language: 'fr' }],
    ] as const) {
      const r = dispatch(channel, input, host.ctx);
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    }
    if (!fs.existsSync(path.join(ROOT, 'out/renderer/index.html'))) throw new Error('The renderer is not built: run `npm run build`.');
    const staff = await firstRow(`${host.url}/#/staff`);
    const directory = await firstRow(`${host.url}/#/directory`);
    // The bytes the staff screen had loaded (HTML, scripts, styles, the chunks loaded on demand included) when its first row showed.
    const staticSite = await staticPage(staff.bytes);
    try {
      return {
        runs: RUNS,
        firstScreenBytes: staff.bytes,
        firstStaffRow: summarise(staff.times),
        firstDirectoryRow: summarise(directory.times),
        staticPageSameSize: summarise((await firstRow(staticSite.url)).times),
      };
    } finally {
      staticSite.close();
    }
  } finally {
    await host.close();
  }
}
