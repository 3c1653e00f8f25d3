import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/modules/staff/demo-accounts';
import { type E2E, startE2E, watchProblems } from './harness';

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

/** The online form of the draft the limits test opens (the deletion test goes on with it). */
let dogForm = '';

async function signInAsEditor(page: Page): Promise<void> {
  const editor = DEMO_ACCOUNTS.find((a) => a.email.startsWith('editor@'))!;
  await page.goto('/darbs/ieiet');
  await page.fill('#email', editor.email);
  await page.fill('#password', DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/darbs'),
    page.click('main button[type="submit"]'),
  ]);
}

test('the question editor shows only the chosen type’s limits with JavaScript, all under headings without', async () => {
  const page = await e2e.newPage({ javaScript: true });
  const problems = watchProblems(page);
  await signInAsEditor(page);
  await page.goto('/darbs/standarti/sunu-registracija');
  await Promise.all([
    page.waitForURL(/\/versijas\/\d+\/labot$/),
    page.click('button:has-text("Sākt jaunu versiju")'),
  ]);
  const version = page.url().replace(/\/labot$/, '');
  dogForm = `${version}/veidlapa`;
  const editorUrl = `${version}/veidlapa/jautajums?page=suns&field=suna_vards`;

  await page.goto(editorUrl);
  assert.ok(await page.isVisible('#maxLength'), 'a text question: its longest text');
  assert.ok(!(await page.isVisible('#min')));
  assert.ok(!(await page.isVisible('#maxFiles')));
  await page.selectOption('#type', 'number');
  assert.ok(await page.isVisible('#min'));
  assert.ok(await page.isVisible('#integer'));
  assert.ok(!(await page.isVisible('#maxLength')));
  await page.selectOption('#type', 'file');
  assert.ok(await page.isVisible('#maxFiles'));
  assert.ok(!(await page.isVisible('#min')));
  await assertAccessible(page);
  await page.selectOption('#type', 'yesno');
  assert.ok(!(await page.isVisible('h2:has-text("Ierobežojumi")')), 'yes or no has no limits');
  assert.deepEqual(problems.list(), []);

  const noScript = await e2e.newPage({ javaScript: false });
  await signInAsEditor(noScript);
  await noScript.goto(editorUrl);
  for (const id of ['#maxLength', '#min', '#dateRule', '#maxFiles'])
    assert.ok(await noScript.isVisible(id), `${id} without JavaScript`);
  assert.ok(await noScript.isVisible('h3:has-text("Skaitlim")'));
});

test('deleting a question asks first (without JavaScript): cancel keeps it, the red button deletes it', async () => {
  const page = await e2e.newPage({ javaScript: false });
  await signInAsEditor(page);
  assert.ok(dogForm, 'the test before opened a draft of the dog registration');
  const overview = dogForm;
  await page.goto(overview);
  const question = 'a:has-text("Dzēst"):has(span:text("Šķirne"))';
  await page.click(question);
  assert.match((await page.textContent('h1')) ?? '', /Vai tiešām dzēst jautājumu „Šķirne”\?/);
  await assertAccessibleWithScript(page.url());
  await page.click('a:text("Atcelt")');
  assert.ok(await page.isVisible('th:has-text("Šķirne")'), 'cancel keeps the question');
  await page.click(question);
  await page.click('button:has-text("Jā, dzēst jautājumu")');
  assert.match((await page.textContent('.govuk-notification-banner')) ?? '', /Veidlapa saglabāta/);
  assert.ok(!(await page.isVisible('th:has-text("Šķirne")')), 'the question is gone');
});

/** axe runs inside the page, so it needs a page with JavaScript. */
async function assertAccessibleWithScript(url: string): Promise<void> {
  const page = await e2e.newPage({ javaScript: true });
  await signInAsEditor(page);
  await page.goto(url);
  await assertAccessible(page);
}
