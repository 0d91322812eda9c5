import { chromium, Page } from '@playwright/test';
const lang = process.argv[2] ?? 'fr';
const shot = (p: Page, n: string, full=false) => p.screenshot({ path: `/tmp/review/${n}-${lang}.png`, fullPage: full });
const L = lang==='fr' ? {year:'Année',unit:'Unité',gender:'Sexe',pop:'Public',plan:'Plan'} : {year:'السنة',unit:'الوحدة',gender:'الجنس',pop:'الفئة',plan:'المخطط'};
async function pick(p: Page, label: string, optIdx: number | string) {
  await p.getByLabel(label, { exact: true }).first().click();
  await p.waitForTimeout(300);
  const opts = p.getByRole('option');
  const all = await opts.allInnerTexts();
  console.log(label, 'options:', all.slice(0, 30).join(' / '));
  if (typeof optIdx === 'number') await opts.nth(optIdx).click(); else await p.getByRole('option', { name: optIdx }).first().click();
  await p.waitForTimeout(1200);
}
const cards = async (p: Page) => (await p.locator('main').innerText()).split('\n').filter(Boolean).slice(0, 60).join(' | ');
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const p = await b.newPage({ viewport: { width: 1366, height: 768 } });
  const errs: string[] = [];
  p.on('console', m => { if (m.type() === 'error') errs.push(m.text()); });
  p.on('pageerror', e => errs.push('PAGEERROR ' + e.message));
  await p.goto('http://127.0.0.1:5180/#/dashboard');
  await p.waitForTimeout(2000);
  await pick(p, L.year, '2025');
  console.log('2025:', await cards(p)); await shot(p, 'dash2025', true);
  await pick(p, L.gender, 1);
  console.log('2025 f:', await cards(p));
  await pick(p, L.pop, 2);
  console.log('2025 f assoc:', await cards(p)); await shot(p, 'dash2025-f-assoc', true);
  await pick(p, L.year, '2017');
  console.log('2016:', await cards(p)); await shot(p, 'dash2017', true);
  await p.getByRole('button', { name: lang==='fr'?'Réinitialiser':'إعادة التعيين' }).click();
  await p.waitForTimeout(1000);
  console.log('after reset URL', p.url(), (await cards(p)).slice(0,300));
  await pick(p, L.unit, 3);
  console.log('unit:', await cards(p)); await shot(p, 'dash-unit', true);
  await pick(p, L.plan, 0);
  console.log('unit+plan:', await cards(p)); await shot(p, 'dash-unit-plan', true);
  console.log('URL', p.url());
  // click a figure then go back
  await p.locator('main button').filter({ hasText: lang==='fr'?'Agents formés':'الموظفون المكوَّنون' }).first().click();
  await p.waitForTimeout(1200);
  await shot(p, 'drawer-filtered');
  console.log('DRAWER', (await p.locator('[data-testid=dashboard-records]').innerText()).slice(0, 400));
  const a = p.locator('[data-testid=dashboard-records] a').first();
  if (await a.count()) { await a.click(); await p.waitForTimeout(1500); await p.goBack(); await p.waitForTimeout(2000);
    console.log('after back URL', p.url(), (await cards(p)).slice(0, 400)); await shot(p, 'dash-after-back'); }
  console.log('ERRS', errs.join('\n'));
  await b.close();
})();
