import { chromium } from '@playwright/test';
const lang = process.argv[2] ?? 'ar';
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const p = await b.newPage({ viewport: { width: 1366, height: 768 } });
  const errs: string[] = [];
  p.on('console', m => { if (m.type() === 'error' || m.type()==='warning') errs.push(m.text()); });
  p.on('pageerror', e => errs.push('PAGEERROR ' + e.message));
  await p.goto('http://127.0.0.1:5180/#/dashboard');
  await p.waitForTimeout(2500);
  await p.screenshot({ path: `/tmp/review/dash-${lang}.png` });
  await p.screenshot({ path: `/tmp/review/dash-${lang}-full.png`, fullPage: true });
  console.log(await p.evaluate(() => document.body.innerText));
  const h = await p.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.scrollWidth, document.dir, document.documentElement.dir]);
  console.log('DIM', h);
  console.log('ERRS', errs.join('\n'));
  await b.close();
})();
