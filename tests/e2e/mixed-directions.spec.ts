import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { D } from './directory-labels';
import { LANGS, arrange, expect, open, screenshot, setUp, test, words } from './fixtures';

const PHONE = '0536 16 03 76';
const ADDRESS = '1 rue Al Amal';

/**
 * Where each token of a text stands on screen, left to right: the DOM keeps the typed order
 * whatever the display, so the order a reader sees is read from the tokens' boxes.
 */
async function lefts(where: Locator, text: string): Promise<number[]> {
  return where.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      let from = at;
      return wanted.split(' ').map((token) => {
        const range = document.createRange();
        const start = node!.textContent!.indexOf(token, from);
        range.setStart(node!, start);
        range.setEnd(node!, start + token.length);
        from = start + token.length;
        return range.getBoundingClientRect().left;
      });
    }
    throw new Error(`"${wanted}" is not in one text node`);
  }, text);
}
const inOrder = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]);

/** An organisation with a phone number, a Latin-script address and a quartier named in both scripts. */
function arrangeOrganisation(host: Parameters<typeof arrange>[0]) {
  const culture = (arrange(host, 'terms.list', { kind: 'domain' }) as { id: string; code: string }[]).find((t) => t.code === 'culture')!;
  const bouhdila = arrange(host, 'terms.create', { kind: 'quartier', nameFr: 'Bouhdila', nameAr: 'حي بوهديلة' }) as { id: string };
  arrange(host, 'organizations.create', {
    nameFr: 'Association Al Amal',
    nameAr: 'جمعية الأمل',
    termIds: [culture.id],
    phones: [PHONE],
    email: 'contact@amal.example.ma',
    locations: [{ addressFr: ADDRESS, quartierId: bouhdila.id }],
  });
}

for (const lang of LANGS) {
  test.describe(`${lang}: numbers and Latin text inside the text around them`, () => {
    test.describe.configure({ timeout: 120_000 });

    test('a phone number and an address read in order in the drawer, the guide and its PDF; the quartier in the language', async ({
      page,
      host,
    }) => {
      const d = D[lang];
      const quartier = lang === 'ar' ? 'حي بوهديلة' : 'Bouhdila';
      setUp(host, lang);
      arrangeOrganisation(host);
      await open(page, host, '/directory');
      const row = page
        .getByRole('table')
        .getByRole('row')
        .filter({ hasText: lang === 'ar' ? 'جمعية الأمل' : 'Association Al Amal' });
      await expect(row).toContainText(quartier);

      // The drawer: the phone's pill reads 0536, 16, 03, 76 from left to right (it read 76 03 16 0536).
      await row.click();
      const dialog = page.getByRole('dialog');
      const pill = dialog.locator('.mantine-Pill-root', { hasText: '0536' });
      await expect(pill).toBeVisible();
      expect(inOrder(await lefts(pill, PHONE)), 'the phone number in the drawer').toBe(true);
      const place = dialog.getByRole('combobox', {
        name: words('features/directory/i18n', lang).directory.fields.quartierN.replace('{{n}}', '1'),
        exact: true,
      });
      await expect(place).toHaveValue(quartier);
      await pill.scrollIntoViewIfNeeded();
      await screenshot(page, `${lang}-directory-phone-quartier`);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      // The printed guide, reached by the page's own button.
      await page.getByRole('button', { name: d.guideOpen }).click();
      await page.getByRole('button', { name: d.guideShow }).click();
      await expect(page).toHaveURL(/#\/guide\?/);
      const entry = page.locator('.guide-entry').filter({ hasText: PHONE });
      await expect(entry).toBeVisible();
      expect(inOrder(await lefts(entry, PHONE)), 'the phone number in the guide').toBe(true);
      expect(inOrder(await lefts(entry, ADDRESS)), 'the address in the guide').toBe(true);
      await expect(entry).toContainText(lang === 'ar' ? `${ADDRESS}، ${quartier}` : `${ADDRESS}, ${quartier}`);
      await expect(page.getByRole('heading', { name: quartier, level: 3 })).toBeVisible();
      await entry.scrollIntoViewIfNeeded();
      await screenshot(page, `${lang}-directory-guide-entry`);

      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-guide-'));
      const pdf = path.join(dir, 'guide.pdf');
      await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
      // pdftotext writes each line as laid out on the page: a number broken by the bidirectional
      // algorithm comes out as 76 03 16 0536. Its bidi marks are dropped, not the spaces.
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
      expect(text).toContain(PHONE);
      expect(text).toContain(ADDRESS);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
}
