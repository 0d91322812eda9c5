import fs from 'node:fs';
import path from 'node:path';
import { LANGS, arrange, expect, go, open, screenshot, setUp, test } from './fixtures';

const dictionary = (lang: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/features/history/i18n/${lang}.json`), 'utf8')) as {
    history: Record<string, string>;
    entities: Record<string, { singular: string; plural: string; fields?: Record<string, string> }>;
  };

/** A partner's public key (any valid age X25519 recipient). */
const RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';

/**
 * The History says who changed what in the user's language, for every kind of data (here the
 * directory, a partner's key, a unit), with filters and pages beyond the first lines.
 */
for (const lang of LANGS) {
  test(`${lang}: the History names every table and field in the interface language, filters and pages`, async ({ page, host }) => {
    const d = dictionary(lang);
    setUp(host, lang);
    const org = arrange(host, 'organizations.create', { nameFr: 'Association Al Amal', nameAr: 'جمعية الأمل' }) as { id: string };
    arrange(host, 'organizations.update', {
      ...(arrange(host, 'organizations.get', { id: org.id }) as object),
      notes: 'Rencontrée en mars',
      website: 'https://alamal.example',
    });
    arrange(host, 'recipients.create', { label: 'Saint-Gilles', recipient: RECIPIENT });
    for (let i = 0; i < 30; i++) arrange(host, 'units.create', { kind: 'bureau', nameFr: `Bureau ${i}`, nameAr: `مكتب ${i}` });
    arrange(host, 'settings.update', { operatorName: 'Karima' });

    await open(page, host, '/staff');
    await go(page, lang, 'settings');
    const history = page.locator('section[aria-labelledby="settings-history"]');
    const table = history.getByRole('table');
    await expect(table).toContainText(d.entities.settings.singular);
    await expect(table).toContainText(d.entities.units.singular);

    // What: only the directory's changes, with their fields in words.
    await history.getByRole('combobox', { name: d.history.filterEntity }).click();
    await page.getByRole('option', { name: d.entities.organizations.plural }).click();
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).toContainText(d.entities.organizations.fields!.notes);
    await expect(table).toContainText(d.entities.organizations.fields!.website);
    await screenshot(page, `${lang}-history`);
    // A partner's key, from the backups feature, in words too.
    await history.getByRole('combobox', { name: d.history.filterEntity }).click();
    await page.getByRole('option', { name: d.entities.recipientKeys.plural }).click();
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText(d.entities.recipientKeys.singular);
    // Code names never show.
    await expect(table).not.toContainText('recipientKeys');

    // Who: Karima changed the settings (her own name) and nothing else.
    await history.getByRole('button', { name: d.history.reset }).click();
    await history.getByRole('combobox', { name: d.history.filterOperator }).click();
    await page.getByRole('option', { name: 'Karima' }).click();
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText(d.entities.settings.fields!.operatorName);

    // Pages beyond the first 25 lines.
    await history.getByRole('button', { name: d.history.reset }).click();
    await expect(table.getByRole('row')).toHaveCount(26);
    await history.getByRole('button', { name: '2', exact: true }).click();
    await expect(table).toContainText(d.entities.organizations.singular);
    await expect(table).toContainText(d.entities.recipientKeys.singular);
  });
}
