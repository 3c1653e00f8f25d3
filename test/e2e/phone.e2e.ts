import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type E2E, startE2E, watchProblems } from './harness';

// Issue 6 point 21 on a 375-pixel-wide phone: „Īsumā” first, nothing wider than the screen, the
// version table scrolling in its own box, results before the filters. The screenshot is for a
// person to look at (test-results/ is gitignored).
const OUT = join(process.cwd(), 'test-results');
const PHONE = { width: 375, height: 812 };

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
  mkdirSync(OUT, { recursive: true });
});
after(() => e2e?.close());

const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test('a service page on a phone: Īsumā first, no sideways scrolling of the page, the table scrolls in its box', async (t) => {
  const page = await e2e.newPage({ javaScript: false, viewport: PHONE });
  const problems = watchProblems(page);
  await page.goto('/pakalpojumi/buvatlauja');
  const glance = await top(page, '#at-a-glance');
  const who = await top(page, 'h2:text-is("Kas var pieteikties")');
  assert.ok(glance < who, `Īsumā (${glance}px) above the details (${who}px)`);
  assert.ok(glance < PHONE.height * 1.5, `Īsumā is near the top (${glance}px)`);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    table: document.querySelector('.pietura-table-scroll table')?.scrollWidth ?? 0,
    box: document.querySelector('.pietura-table-scroll')?.clientWidth ?? 0,
    overflow: getComputedStyle(document.querySelector('.pietura-table-scroll')!).overflowX,
  }));
  assert.ok(widths.page <= PHONE.width, `the page is ${widths.page}px wide`);
  assert.equal(widths.overflow, 'auto');
  assert.ok(widths.box <= PHONE.width);
  const file = join(OUT, 'service-phone-375.png');
  await page.screenshot({ path: file, fullPage: true });
  assert.ok(statSync(file).size > 10_000);
  t.diagnostic(`screenshot: ${file}`);
  assert.deepEqual(problems.list(), []);
});

test('the catalogue on a phone shows the results before the filters; a wide screen keeps the filters on the left', async () => {
  const phone = await e2e.newPage({ javaScript: false, viewport: PHONE });
  await phone.goto('/pakalpojumi?q=pabalsts');
  assert.ok((await top(phone, '#results-count')) < (await top(phone, '#filters')));
  assert.ok(await phone.locator('.pietura-filters-jump').isVisible());
  await phone.locator('.pietura-filters-jump').click();
  assert.match(phone.url(), /#filters$/);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `the page is ${width}px wide`);
  await phone.screenshot({ path: join(OUT, 'catalogue-phone-375.png'), fullPage: true });

  const desktop = await e2e.newPage({ javaScript: false, viewport: { width: 1280, height: 900 } });
  await desktop.goto('/pakalpojumi?q=pabalsts');
  assert.equal(await desktop.locator('.pietura-filters-jump').isVisible(), false);
  const left = (sel: string) =>
    desktop
      .locator(sel)
      .first()
      .evaluate((el) => el.getBoundingClientRect().left);
  assert.ok((await left('#filters')) < (await left('#results-count')), 'filters on the left');
  const serviceDesktop = await e2e.newPage({ javaScript: false, viewport: { width: 1280, height: 900 } });
  await serviceDesktop.goto('/pakalpojumi/buvatlauja');
  const aside = await serviceDesktop
    .locator('.pietura-aside')
    .evaluate((el) => el.getBoundingClientRect().left);
  const main = await serviceDesktop
    .locator('.pietura-service-main')
    .evaluate((el) => el.getBoundingClientRect().left);
  assert.ok(aside > main, 'Īsumā on the right of the details on a wide screen');
});
