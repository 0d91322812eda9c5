import fs from 'node:fs';
import path from 'node:path';
import { LANGS, expect, open, screenshot, setUp, test } from './fixtures';

const words = (lang: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/features/backup/i18n/${lang}.json`), 'utf8')).backup;

const PASSPHRASE = 'Chêne-Argan 2025 !';

/**
 * Automatic backups die with the disk: once the chosen delay has passed without a backup leaving
 * this computer, every screen says so and leads to the Backups page; making one clears it (issue 8).
 */
for (const lang of LANGS) {
  test(`${lang}: a reminder on every screen until a backup leaves this computer`, async ({ page, host }) => {
    test.setTimeout(90_000);
    const b = words(lang);
    setUp(host, lang);
    // This computer started using the app 30 days ago and never sent a backup away.
    const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
    fs.writeFileSync(
      path.join(path.dirname(host.ctx.file), 'backup-reminder.json'),
      JSON.stringify({ since, lastOffsiteAt: null, reminderDays: 14 }),
    );

    await open(page, host, '/staff');
    const banner = page.getByRole('status').filter({ hasText: b.reminder.never });
    await expect(banner).toBeVisible();
    await screenshot(page, `${lang}-backup-reminder`);
    await banner.getByRole('link', { name: b.reminder.act }).click();
    await expect(page).toHaveURL(/#\/backups$/);

    await page.getByLabel(b.make.passphrase, { exact: true }).first().fill(PASSPHRASE);
    await page.getByLabel(b.make.passphraseAgain, { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: b.make.run }).click();
    await expect(page.getByText(b.make.done)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(b.reminder.never)).toHaveCount(0);
    await expect(
      page
        .getByText(
          b.reminder.last_zero
            .split('{{')[0]
            .trim()
            .replace(/[:：]$/, ''),
          { exact: false },
        )
        .first(),
    ).toBeVisible();
  });
}
