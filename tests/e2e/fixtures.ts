import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { dispatch } from '../../db/dispatch/dispatcher';
import { type Host, startHost } from '../../shells/host/server';

export type Lang = 'fr' | 'ar';
export const LANGS: Lang[] = ['fr', 'ar'];

/** Screenshots every reviewer looks at, one per screen and language. */
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../artifacts/screenshots');

interface Fixtures {
  /** A test host on a fresh temporary database, serving the built renderer. */
  host: Host;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-e2e-'));
    const host = await startHost({ db: path.join(dir, 'sas.sqlite') });
    await use(host);
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});
export { expect };

/** Runs a channel directly on the host's database (to arrange a test, never to check the UI). */
export function arrange(host: Host, channel: string, input: unknown = {}): unknown {
  const result = dispatch(channel, input, host.ctx);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** An installation already set up (optionally with the demo data), in the given language. */
export function setUp(host: Host, lang: Lang, options: { demo?: boolean; role?: 'sas' | 'coordinator' } = {}): void {
  if (options.demo) arrange(host, 'demo.load', { scale: 'commune' });
  arrange(host, 'settings.setup', {
    communeFr: 'Berkane',
    communeAr: 'بركان',
    role: options.role ?? 'sas',
    operatorName: 'Test',
    language: lang,
  });
}

/** The shared interface words of a language (renderer/src/i18n), e.g. the navigation's labels. */
export const shared = (lang: Lang) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/i18n/${lang}.json`), 'utf8')) as {
    nav: Record<string, string>;
    common: Record<string, string>;
  };

/** Any words of the interface: `words('features/staff/i18n', 'ar').staff.grade`, as the user reads them. */
export type Words = { readonly [key: string]: Words } & string;
export const words = (folder: string, lang: Lang): Words =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/${folder}/${lang}.json`), 'utf8')) as Words;

/**
 * Moves to a main screen by the app's own navigation, as a user does: no reload, so the query
 * cache is what the user would see (a reload would hide a stale screen).
 */
export async function go(page: Page, lang: Lang, screen: string): Promise<void> {
  const label = shared(lang).nav[screen];
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
}

/** Opens the app at a route (a page load: for the start of a test). */
export async function open(page: Page, host: Host, route = '/staff'): Promise<void> {
  await page.goto(`${host.url}/#${route}`);
  await expect(page.getByRole('navigation')).toBeVisible();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now (each listed with where it is). */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')})`,
    ),
  ).toEqual([]);
}
