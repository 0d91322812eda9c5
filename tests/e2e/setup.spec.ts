import { arrange, expect, screenshot, test } from './fixtures';

test.describe('first-run setup', () => {
  test('in French: an empty form says what is missing and saves nothing; a filled one opens the app', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Bienvenue' })).toBeVisible();
    await screenshot(page, 'fr-setup');

    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();
    await expect(page.getByText('Indiquez le nom au moins dans une langue (français ou arabe).')).toBeVisible();
    expect((arrange(host, 'settings.get') as { setupDone: boolean }).setupDone).toBe(false);

    await page.getByLabel('Nom de la commune (français)').fill('Berkane');
    await page.getByLabel('Nom de la commune (arabe)').fill('بركان');
    await page.getByLabel('Votre nom').fill('Samira Ouazzani');
    await page.getByRole('button', { name: 'Commencer' }).click();

    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
    await expect(page.getByText('Commune de Berkane')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    const settings = arrange(host, 'settings.get') as { setupDone: boolean; operatorName: string; language: string };
    expect(settings).toMatchObject({ setupDone: true, operatorName: 'Samira Ouazzani', language: 'fr' });
  });

  test('in Arabic: choosing Arabic switches the form to right-to-left and the app opens mirrored, with demo data', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await page.getByText('العربية').click();
    await expect(page.getByRole('heading', { name: 'مرحبا' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await screenshot(page, 'ar-setup');

    await page.getByLabel('اسم الجماعة (بالعربية)').fill('بركان');
    await page.getByLabel('اسمك').fill('سميرة الوزاني');
    await page.getByLabel('تحميل بيانات تجريبية').check();
    await page.getByRole('button', { name: 'ابدأ' }).click();

    const nav = page.getByRole('navigation', { name: 'التنقل الرئيسي' });
    await expect(nav).toBeVisible();
    await expect(page.getByText('جماعة بركان')).toBeVisible();
    // Mirrored: the navigation sits on the right of the window.
    const box = await nav.boundingBox();
    expect(box!.x).toBeGreaterThan(1366 / 2);
    // The demo data is there: about 490 staff, counted in Arabic.
    await expect(page.getByText(/\d+ موظف/)).toBeVisible();
    expect((arrange(host, 'settings.get') as { language: string }).language).toBe('ar');
  });

  for (const [lang, start] of [
    ['fr', 'Français'],
    ['ar', 'العربية'],
  ] as const) {
    test(`${lang}: on a database that already holds records, demo data is not offered`, async ({ page, host }) => {
      const words = lang === 'fr' ? 'Charger des données de démonstration' : 'تحميل بيانات تجريبية';
      arrange(host, 'staff.create', { matricule: '1204001', lastNameFr: 'Benali', gender: 'f' });
      await page.goto(host.url);
      await page.getByText(start, { exact: true }).click();
      await expect(page.getByRole('heading', { name: lang === 'fr' ? 'Bienvenue' : 'مرحبا' })).toBeVisible();
      await expect(page.getByLabel(words)).toHaveCount(0);
      await screenshot(page, `${lang}-setup-with-data`);
    });
  }
});
