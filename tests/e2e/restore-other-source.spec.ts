import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeContext } from '../../db/core/context';
import { dispatch } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { generateKeys } from '../../db/features/backup/keys';
import { openAppDatabase } from '../../db/installation/open-database';
import { LANGS, arrange, expect, go, open, screenshot, setUp, shared, test } from './fixtures';

const words = (feature: string, lang: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/features/${feature}/i18n/${lang}.json`), 'utf8'));

const PASSPHRASE = 'Ahfir partage 2025';
const UNIT = { fr: "Service d'Ahfir", ar: 'مصلحة أحفير' };

/** Another commune's installation, whose backup (made to a passphrase) the user is about to restore. */
async function otherInstallationBackup(lang: 'fr' | 'ar') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-other-'));
  const ctx = openAppDatabase(path.join(dir, 'ahfir.sqlite'));
  dispatch('settings.setup', { communeFr: 'Ahfir', communeAr: 'أحفير', role: 'sas', operatorName: 'Ahfir', language: lang }, ctx);
  dispatch('units.create', { kind: 'service', nameFr: UNIT.fr, nameAr: UNIT.ar }, ctx);
  const file = path.join(dir, 'sas-ahfir.sasbackup');
  await createBackup(ctx, { to: { passphrase: PASSPHRASE, scryptLogN: 12 }, keys: await generateKeys(), out: file });
  closeContext(ctx);
  return { dir, file };
}

/**
 * Restoring a file another installation made replaces everything here: the app shows whose it is
 * (commune, installation, signer) and restores it only once the user confirms (issue 8).
 */
for (const lang of LANGS) {
  test(`${lang}: a backup from another installation is restored only after the user confirms it`, async ({ page, host }) => {
    test.setTimeout(120_000);
    const b = words('backup', lang).backup;
    // Its settings come with it (the interface language too): the same language as this test's.
    const other = await otherInstallationBackup(lang);
    setUp(host, lang);
    arrange(host, 'units.create', { kind: 'service', nameFr: 'Service de Berkane', nameAr: 'مصلحة بركان' });
    await open(page, host, '/backups');

    // The "restore from a file" panel (the page also has the "make a backup" one, with its own passphrase).
    const panel = () => page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: b.file.title }) });
    await panel().locator('input[type=file]').setInputFiles(other.file);
    await panel().getByLabel(b.file.passphrase, { exact: true }).fill(PASSPHRASE);
    await panel().getByRole('button', { name: b.file.verify }).click();
    // Whose file it is, before anything changes.
    await expect(page.getByText(b.file.verified)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('cell', { name: lang === 'fr' ? 'Ahfir' : 'أحفير', exact: true })).toBeVisible();
    await expect(page.getByText(b.origin.title).first()).toBeVisible();
    await expect(page.getByText(b.origin.ownNewPc).first()).toBeVisible();
    await page.getByRole('button', { name: b.file.restore, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(b.origin.otherInstallation)).toBeVisible();
    await screenshot(page, `${lang}-restore-other-source`);

    // Cancelled: nothing changed.
    await dialog.getByRole('button', { name: shared(lang).common.cancel }).click();
    await go(page, lang, 'units');
    await expect(page.getByText(lang === 'fr' ? 'Service de Berkane' : 'مصلحة بركان', { exact: true })).toBeVisible();

    // Confirmed: the other installation's data replaces ours.
    await go(page, lang, 'backups');
    await panel().locator('input[type=file]').setInputFiles(other.file);
    await panel().getByLabel(b.file.passphrase, { exact: true }).fill(PASSPHRASE);
    await panel().getByRole('button', { name: b.file.verify }).click();
    await expect(page.getByText(b.file.verified)).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: b.file.restore, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: b.origin.accept }).click();
    await expect(page.getByRole('button', { name: b.local.undo })).toBeVisible({ timeout: 30_000 });
    await go(page, lang, 'units');
    await expect(page.getByText(UNIT[lang], { exact: true })).toBeVisible();
    await expect(page.getByText(lang === 'fr' ? 'Service de Berkane' : 'مصلحة بركان', { exact: true })).toHaveCount(0);
    fs.rmSync(other.dir, { recursive: true, force: true });
  });
}
