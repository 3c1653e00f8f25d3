import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/modules/staff/demo-accounts';
import { type E2E, startE2E } from './harness';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SERVICE = 'bojajumu-pieteiksana'; // a demo e-service with a form: a choice, a text and photos

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

async function assertAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = results.violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
    )
    .join('\n');
  assert.equal(results.violations.length, 0, `axe found violations on ${page.url()}:\n${found}`);
}

test('the online form editor, a question with an error, and the preview are axe-clean', async () => {
  const page = await e2e.newPage({ javaScript: true }); // axe runs inside the page
  const editor = DEMO_ACCOUNTS.find((a) => a.email.startsWith('editor@'))!;
  await page.goto('/darbs/ieiet');
  await page.fill('#email', editor.email);
  await page.fill('#password', DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/darbs'),
    page.click('main button[type="submit"]'),
  ]);

  await page.goto(`/darbs/standarti/${SERVICE}`);
  await Promise.all([
    page.waitForURL(/\/versijas\/\d+\/labot$/),
    page.click('button:has-text("Sākt jaunu versiju")'),
  ]);
  const version = page.url().replace(/\/labot$/, '');
  await page.goto(`${version}/veidlapa`);
  assert.match((await page.textContent('h1')) ?? '', /Tiešsaistes veidlapa/);
  await assertAccessible(page);

  await page.click('a:has-text("Labot"):has(span:text("Kas ir bojāts?"))');
  await page.fill('#label-en', '');
  await page.click('button:has-text("Saglabāt jautājumu")');
  assert.match((await page.textContent('.govuk-error-summary')) ?? '', /Jautājums \(angliski\)/);
  await assertAccessible(page);

  await page.goto(`${version}/veidlapa/prieksskatijums`);
  assert.ok(await page.isVisible('#preview-notice'));
  await assertAccessible(page);
  await page.goto(`${version}/veidlapa/prieksskatijums?lang=en`);
  await assertAccessible(page);
});
