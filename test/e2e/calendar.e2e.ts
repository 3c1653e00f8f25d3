import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/modules/staff/demo-accounts';
import { type E2E, startE2E, watchProblems } from './harness';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

async function signInAsAdmin(page: Page): Promise<void> {
  const admin = DEMO_ACCOUNTS.find((a) => a.email.startsWith('admin@'));
  assert.ok(admin);
  await page.goto('/darbs/ieiet');
  await page.fill('#email', admin.email);
  await page.fill('#password', DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/darbs'),
    page.click('main button[type="submit"]'),
  ]);
}

async function assertAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = results.violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}`).join('\n');
  assert.equal(results.violations.length, 0, `axe found violations on ${page.url()}:\n${found}`);
}

test('an administrator adds a moved working day without JavaScript; the pages are axe-clean', async () => {
  const page = await e2e.newPage({ javaScript: false });
  const problems = watchProblems(page);
  await signInAsAdmin(page);
  await page.goto('/darbs/kalendars?year=2027');

  // A weekday cannot be made a working day: the summary says so and the typed reason stays.
  await page.fill('#day-day', '12');
  await page.fill('#day-month', '11');
  await page.fill('#day-year', '2027');
  await page.check('#kind');
  await page.fill('#reason', 'Atstrādā piektdienu, 19. novembri');
  await page.click('main form[action="/darbs/kalendars"] button[type="submit"]');
  await page.waitForSelector('.govuk-error-summary');
  assert.match((await page.locator('.govuk-error-summary').textContent()) ?? '', /jau ir darba diena/);
  assert.equal(await page.inputValue('#reason'), 'Atstrādā piektdienu, 19. novembri');

  await page.fill('#day-day', '13');
  await Promise.all([
    page.waitForURL(/done=added/),
    page.click('main form[action="/darbs/kalendars"] button[type="submit"]'),
  ]);
  assert.match((await page.locator('#moved-days').textContent()) ?? '', /sestdiena, 13\.11\.2027\./);
  assert.deepEqual(
    problems.list().filter((p) => p !== '400 /darbs/kalendars'),
    [],
  );

  const auditor = await e2e.newPage({ javaScript: true });
  await signInAsAdmin(auditor);
  for (const path of ['/darbs/kalendars?year=2026', '/en/work/calendar?year=2027']) {
    await auditor.goto(path);
    await assertAccessible(auditor);
  }
  // The form with its errors, too.
  await auditor.goto('/darbs/kalendars');
  await auditor.click('main form[action="/darbs/kalendars"] button[type="submit"]');
  await auditor.waitForSelector('.govuk-error-summary');
  await assertAccessible(auditor);
});
