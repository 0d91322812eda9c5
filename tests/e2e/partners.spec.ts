import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { dispatch } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { generateKeys } from '../../db/features/backup/keys';
import { LANGS, arrange, go, expect, open, screenshot, setUp, test, expectNoSeriousViolations } from './fixtures';

const words = (feature: string, lang: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/features/${feature}/i18n/${lang}.json`), 'utf8'));
const shared = (lang: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/i18n/${lang}.json`), 'utf8'));

const PASSPHRASE = 'Ahfir partage 2025';

/**
 * A partner commune's installation with the demo data, which sends a backup made with a passphrase;
 * `named: false`, one never set up, whose backup names no commune.
 */
async function partnerBackup(lang: string, { named = true } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-partner-'));
  const ctx = openAppDatabase(path.join(dir, 'ahfir.sqlite'));
  dispatch('demo.load', { scale: 'commune' }, ctx);
  if (named)
    dispatch('settings.setup', { communeFr: 'Ahfir', communeAr: 'أحفير', role: 'sas', operatorName: 'Partenaire', language: 'fr' }, ctx);
  const first = dispatch('staff.list', { sort: 'name', dir: 'asc', lang, limit: 1 }, ctx) as {
    ok: true;
    value: { rows: { nameFr: string; nameAr: string }[] };
  };
  const file = path.join(dir, 'sas-ahfir.sasbackup');
  await createBackup(ctx, { to: { passphrase: PASSPHRASE, scryptLogN: 12 }, keys: await generateKeys(), out: file });
  closeContext(ctx);
  return { dir, file, staff: first.value.rows[0] };
}

for (const lang of LANGS) {
  test.describe(`${lang}: partner datasets`, () => {
    test.describe.configure({ timeout: 120_000 });

    test("as coordinator, import a partner's backup, browse it read-only, and go back", async ({ page, host }) => {
      const p = words('partners', lang).partners;
      const partner = await partnerBackup(lang);
      setUp(host, lang, { role: 'coordinator' });
      await open(page, host, '/partners');
      await expect(page.getByText(p.coordinatorHint)).toBeVisible();

      await page.locator('input[type=file]').setInputFiles(partner.file);
      await page.getByLabel(p.import.passphrase, { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: p.import.run }).click();
      const commune = lang === 'fr' ? 'Ahfir' : 'أحفير';
      const done = page.getByRole('status').filter({ hasText: p.import.done.split('{{date}}')[0].replace('{{commune}}', commune) });
      await expect(done).toContainText(/\d{2}\/\d{2}\/\d{4}/, { timeout: 30_000 });
      await expect(page.getByRole('cell', { name: commune, exact: true })).toBeVisible();
      await screenshot(page, `${lang}-partners`);
      await expectNoSeriousViolations(page);

      // Open: every screen shows the partner's data, read-only.
      await page.getByRole('button', { name: p.list.openNamed.replace('{{name}}', commune) }).click();
      const banner = page.getByRole('status').filter({ hasText: p.banner.split('{{')[0].trim() });
      await expect(banner).toContainText(commune);
      await expect(
        page.getByText(lang === 'fr' ? partner.staff.nameFr : partner.staff.nameAr || partner.staff.nameFr).first(),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: words('staff', lang).staff.new })).toHaveCount(0);
      await screenshot(page, `${lang}-readonly-staff`);
      // A staff member's record opens for reading: its fields cannot be changed, nothing to save.
      await page.getByRole('table').getByRole('row').nth(1).click();
      const record = page.getByRole('dialog');
      const matricule = record.getByRole('textbox', { name: words('staff', lang).staff.matricule, exact: true });
      await expect(matricule).toBeDisabled();
      await expect(record.getByRole('button', { name: lang === 'fr' ? 'Enregistrer' : 'حفظ' })).toHaveCount(0);
      // Readable as text, not greyed out as a disabled control.
      expect(await matricule.evaluate((el) => [getComputedStyle(el).opacity, getComputedStyle(el).color])).toEqual(['1', 'rgb(0, 0, 0)']);
      await screenshot(page, `${lang}-readonly-record`);
      await page.keyboard.press('Escape');
      await expect(record).toBeHidden();
      await go(page, lang, 'units');
      await expect(banner).toBeVisible();
      await expect(page.getByRole('button', { name: words('units', lang).units.new })).toHaveCount(0);

      // A write that gets through anyway is refused by the core.
      const id = (host.ctx.sqlite.prepare('SELECT source_installation_id AS id FROM partner_datasets').get() as { id: string }).id;
      const refused = await page.evaluate(
        async (dataset) =>
          (
            await fetch('/api/invoke', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ channel: 'units.create', input: { kind: 'service', nameFr: 'X' }, context: { dataset } }),
            })
          ).json(),
        id,
      );
      expect(refused).toEqual({ ok: false, error: { code: 'read_only', messageKey: 'errors.readOnly' } });
      expect(shared(lang).errors.readOnly).toBeTruthy();

      // Back to the own data: no banner, edits possible again.
      await banner.getByRole('button', { name: p.back }).click();
      await expect(banner).toHaveCount(0);
      await go(page, lang, 'units');
      await expect(page.getByRole('button', { name: words('units', lang).units.new }).first()).toBeVisible();

      // Remove the partner: after a confirmation, its dataset is gone from the list.
      await go(page, lang, 'partners');
      await page.getByRole('button', { name: p.remove.named.replace('{{name}}', commune) }).click();
      await page.getByRole('dialog').getByRole('button', { name: p.remove.action }).click();
      await expect(page.getByRole('cell', { name: commune, exact: true })).toHaveCount(0);
      expect(arrange(host, 'partners.list')).toEqual([]);
      fs.rmSync(partner.dir, { recursive: true, force: true });
    });

    test('a mistyped passphrase is said as such; a backup that names no commune is imported and opened all the same', async ({
      page,
      host,
    }) => {
      const p = words('partners', lang).partners;
      const partner = await partnerBackup(lang, { named: false });
      setUp(host, lang, { role: 'coordinator' });
      await open(page, host, '/partners');
      await page.locator('input[type=file]').setInputFiles(partner.file);
      await page.getByLabel(p.import.passphrase, { exact: true }).fill('Ahfir partage 2024');
      await page.getByRole('button', { name: p.import.run }).click();
      await expect(page.getByRole('alert').filter({ hasText: shared(lang).errors.backup.wrongKey })).toBeVisible({ timeout: 30_000 });
      await screenshot(page, `${lang}-partners-wrong-passphrase`);

      await page.getByLabel(p.import.passphrase, { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: p.import.run }).click();
      const done = page.getByRole('status').filter({ hasText: p.import.doneUnnamed.split('{{date}}')[0] });
      await expect(done).toContainText(/\d{2}\/\d{2}\/\d{4}/, { timeout: 30_000 });
      await expect(page.getByRole('cell', { name: p.noName, exact: true })).toBeVisible();
      await screenshot(page, `${lang}-partners-unnamed`);
      // Opened from the success message itself: the banner says whose data it is without a blank.
      await done.getByRole('button', { name: p.import.openNow }).click();
      const banner = page.getByRole('status').filter({ hasText: p.bannerUnnamed.split('{{date}}')[0].trim() });
      await expect(banner).toContainText(/\d{2}\/\d{2}\/\d{4}/);
      await screenshot(page, `${lang}-readonly-unnamed-banner`);
      fs.rmSync(partner.dir, { recursive: true, force: true });
    });
  });
}
