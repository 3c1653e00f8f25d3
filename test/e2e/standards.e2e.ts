import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/modules/staff/demo-accounts';
import { type E2E, startE2E, watchProblems } from './harness';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SERVICE = 'gmi-pabalsts'; // owned by the demo head's unit, socialais-dienests
const NEW_TEXT = 'GMI pabalstu piešķir no jaunā gada pēc vienkāršotas kārtības.';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

function emailOf(role: string): string {
  const account = DEMO_ACCOUNTS.find((a) => a.email.startsWith(`${role}@`));
  assert.ok(account, `no demo account for ${role}`);
  return account.email;
}

/** The demo accounts come with the demo data (seedDemoStaff). */
async function signIn(page: Page, role: string): Promise<void> {
  await page.goto('/darbs/ieiet');
  await page.fill('#email', emailOf(role));
  await page.fill('#password', DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/darbs'),
    page.click('main button[type="submit"]'),
  ]);
}

/** Every staff page the test visits is checked by axe for WCAG 2.1 A and AA. */
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

async function visit(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  assert.equal(response?.status(), status, `${path} answers ${status}`);
  await assertAccessible(page);
}

function todayInRiga(): { day: string; month: string; year: string } {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' })
    .format(new Date())
    .split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

test('an editor drafts a new version, the head approves it, the public page shows it; a clerk is refused', async () => {
  // The editor works with JavaScript off: every step must work without it.
  const editor = await e2e.newPage({ javaScript: false });
  const problems = watchProblems(editor);
  await signIn(editor, 'editor');
  await editor.goto(`/darbs/standarti/${SERVICE}`);
  await Promise.all([
    editor.waitForURL(/\/versijas\/\d+\/labot$/),
    editor.click('main button:has-text("Sākt jaunu versiju")'),
  ]);
  const editUrl = new URL(editor.url()).pathname;
  const versionUrl = editUrl.replace(/\/labot$/, '');

  // A mistake first: the error summary names it and the typed text stays.
  await editor.fill('#fee', '-3');
  await editor.fill('#description-lv', NEW_TEXT);
  await editor.click('main button[value="save"]');
  await editor.waitForSelector('.govuk-error-summary');
  assert.match(
    (await editor.locator('.govuk-error-summary').textContent()) ?? '',
    /Maksa nevar būt negatīva/,
  );
  assert.equal(await editor.inputValue('#description-lv'), NEW_TEXT);

  await editor.fill('#fee', '0,00');
  await Promise.all([
    editor.waitForURL((url) => url.pathname === versionUrl),
    editor.click('main button[value="save"]'),
  ]);
  assert.match((await editor.locator('main').textContent()) ?? '', /Izmaiņas saglabātas/);
  await Promise.all([
    editor.waitForURL(/done=submitted/),
    editor.click('main button:has-text("Iesniegt izskatīšanai")'),
  ]);
  assert.match((await editor.locator('main').textContent()) ?? '', /Izskatīšanā/);
  // The one 400 is the form with the deliberate mistake above.
  assert.deepEqual(
    problems.list().filter((p) => p !== `400 ${editUrl}`),
    [],
  );

  // Axe, with a signed-in editor (JavaScript on), on every staff page of the journey.
  const auditor = await e2e.newPage({ javaScript: true });
  await signIn(auditor, 'editor');
  await visit(auditor, '/darbs/standarti');
  await visit(auditor, '/en/work/standards');
  await visit(auditor, `/darbs/standarti/${SERVICE}`);
  await visit(auditor, versionUrl);
  await visit(auditor, '/darbs/standarti/jauns');
  await visit(auditor, `/darbs/standarti/${SERVICE}/atsaukt`);
  await visit(auditor, `/darbs/standarti/${SERVICE}/salidzinat?a=1&b=2`);
  await visit(auditor, '/darbs/izstrades-plans');
  await visit(auditor, '/darbs/izstrades-plans/jauns');
  await visit(auditor, '/darbs/parklajums');
  await visit(auditor, '/darbs/centri');
  await visit(auditor, '/darbs/centri/ilukste');
  // A form with errors is accessible too.
  await auditor.goto('/darbs/izstrades-plans/jauns');
  await auditor.click('main button[type="submit"]');
  await auditor.waitForSelector('.govuk-error-summary');
  await assertAccessible(auditor);

  // The head of the unit approves it from today.
  const head = await e2e.newPage({ javaScript: true });
  await signIn(head, 'head');
  await visit(head, versionUrl);
  const today = todayInRiga();
  await head.fill('#validFrom-day', today.day);
  await head.fill('#validFrom-month', today.month);
  await head.fill('#validFrom-year', today.year);
  await Promise.all([
    head.waitForURL((url) => url.pathname === `/darbs/standarti/${SERVICE}`),
    head.click('main button:has-text("Apstiprināt")'),
  ]);
  await assertAccessible(head);

  // The public page shows the new text and both versions in its history.
  const resident = await e2e.newPage({ javaScript: false });
  await resident.goto(`/pakalpojumi/${SERVICE}`);
  assert.match(
    (await resident.locator('main').textContent()) ?? '',
    new RegExp(NEW_TEXT.replace('.', '\\.')),
  );
  const history = resident.locator('table:has(caption:has-text("Versiju vēsture")) tbody tr');
  assert.ok((await history.count()) >= 2, 'the version history lists the old and the new version');

  // A clerk who tries the editor is refused.
  const clerk = await e2e.newPage({ javaScript: true });
  await signIn(clerk, 'clerk');
  await visit(clerk, `/darbs/standarti/${SERVICE}`);
  await visit(clerk, `/darbs/standarti/${SERVICE}/versijas/1/labot`, 403);
  assert.match((await clerk.locator('main').textContent()) ?? '', /Jums nav tiesību/);
  await visit(clerk, '/darbs/standarti/jauns', 403);
});

test('withdrawal: an editor asks with a reason and a date, the head approves; the diff view marks changed words', async () => {
  const code = 'apbedisanas-pabalsts'; // a step of the life situation „tuvinieka nāve”
  // Scripts on: axe runs inside the page (on a page without JavaScript it never answers).
  const editor = await e2e.newPage({ javaScript: true });
  await signIn(editor, 'editor');
  await visit(editor, `/darbs/standarti/${code}/atsaukt`);
  assert.match((await editor.locator('#life-situations').textContent()) ?? '', /\S/);
  // Without a reason or a date: the error summary, accessible too.
  await editor.click('main button[type="submit"]');
  await editor.waitForSelector('.govuk-error-summary');
  assert.match(
    (await editor.locator('.govuk-error-summary').textContent()) ?? '',
    /Lūdzu, izlabojiet kļūdas/,
  );
  await assertAccessible(editor);
  const today = todayInRiga();
  await editor.fill('#reason', 'Pabalstu no šī gada izmaksā valsts.');
  await editor.fill('#from-day', today.day);
  await editor.fill('#from-month', today.month);
  await editor.fill('#from-year', today.year);
  await Promise.all([editor.waitForURL(/done=requested/), editor.click('main button[type="submit"]')]);
  await assertAccessible(editor);
  assert.equal((await editor.goto(`/pakalpojumi/${code}`))?.status(), 200, 'a request alone changes nothing');

  // The head finds it on the dashboard and approves it.
  const head = await e2e.newPage({ javaScript: true });
  await signIn(head, 'head');
  await assertAccessible(head);
  const request = head.locator('#tasks-requests a').first();
  await Promise.all([head.waitForURL(/\/pieprasijumi\/\d+$/), request.click()]);
  await assertAccessible(head);
  await head.check('#decision');
  await Promise.all([
    head.waitForURL((url) => url.pathname === `/darbs/standarti/${code}`),
    head.click('main button[type="submit"]'),
  ]);
  await assertAccessible(head);
  assert.match((await head.locator('#versions').textContent()) ?? '', /Atsaukta/);
  assert.notEqual((await head.goto(`/pakalpojumi/${code}`))?.status(), 200);

  // The comparison of the GMI versions of the first test: changed words marked, „show only changes”.
  await visit(head, `/darbs/standarti/${SERVICE}/salidzinat?a=1&b=2`);
  assert.ok((await head.locator('#comparison ins.pietura-diff__added').count()) > 0);
  await Promise.all([head.waitForURL(/changes=only/), head.click('#only-changes')]);
  await assertAccessible(head);
  assert.equal(await head.locator('#field-fee').count(), 0, 'unchanged fields are left out');

  // On a phone the staff list scrolls inside its table box, not the whole page.
  const phone = await e2e.newPage({ javaScript: true, viewport: { width: 375, height: 800 } });
  await signIn(phone, 'editor');
  await visit(phone, '/darbs/standarti');
  const widths = await phone.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0]! <= widths[1]!, `the page is ${widths[0]} px wide on a ${widths[1]} px screen`);
});

test("an editor changes a service's category without JavaScript; the form, its error and the result are accessible", async () => {
  const code = 'majokla-pabalsts';
  const editor = await e2e.newPage({ javaScript: false });
  const problems = watchProblems(editor);
  await signIn(editor, 'editor');
  await editor.goto(`/darbs/standarti/${code}`);
  await Promise.all([
    editor.waitForURL((url) => url.pathname === `/darbs/standarti/${code}/kategorija`),
    editor.click('#category a'),
  ]);
  await editor.selectOption('#category', '');
  await editor.click('main button[type="submit"]');
  await editor.waitForSelector('.govuk-error-summary');
  assert.match((await editor.locator('.govuk-error-summary').textContent()) ?? '', /Izvēlieties kategoriju/);
  await editor.selectOption('#category', 'family');
  await Promise.all([editor.waitForURL(/done=category/), editor.click('main button[type="submit"]')]);
  assert.match((await editor.locator('#category').textContent()) ?? '', /Ģimene un dzīves notikumi/);
  // The one 400 is the form sent without a choice.
  assert.deepEqual(
    problems.list().filter((p) => p !== `400 /darbs/standarti/${code}/kategorija`),
    [],
  );

  // Axe needs JavaScript: the form, the form with its error and the page with the result.
  const auditor = await e2e.newPage({ javaScript: true });
  await signIn(auditor, 'editor');
  await visit(auditor, `/darbs/standarti/${code}/kategorija`);
  await auditor.selectOption('#category', '');
  await auditor.click('main button[type="submit"]');
  await auditor.waitForSelector('.govuk-error-summary');
  await assertAccessible(auditor);
  await visit(auditor, `/darbs/standarti/${code}?done=category`);
});
