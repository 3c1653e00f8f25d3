import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/modules/staff/demo-accounts';
import { type E2E, startE2E, watchProblems } from './harness';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const work = mkdtempSync(join(tmpdir(), 'pietura-e2e-admin-'));

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
  rmSync(work, { recursive: true, force: true });
});

async function signInAsAdmin(page: Page): Promise<void> {
  const admin = DEMO_ACCOUNTS.find((a) => a.email.startsWith('admin@'))!;
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
  const found = results.violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
    )
    .join('\n');
  assert.equal(results.violations.length, 0, `axe found violations on ${page.url()}:\n${found}`);
}

for (const javaScript of [true]) {
  test(`settings: an administrator uploads new arms and changes the colour; errors first (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
    const page = await e2e.newPage({ javaScript });
    const problems = watchProblems(page);
    await signInAsAdmin(page);
    await page.click('a[href="/darbs/iestatijumi"]');
    await assertAccessible(page);

    // A colour white text cannot be read on, and a file that is no drawing: refused, named, axe-clean.
    await page.fill('#primaryColour', '#f2c230');
    const notSvg = join(work, `note-${javaScript}.svg`);
    writeFileSync(notSvg, '<html><body>not a drawing</body></html>');
    await page.setInputFiles('#arms', notSvg);
    await Promise.all([page.waitForLoadState('load'), page.click('main button[type="submit"]')]);
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Balts teksts uz galvenās krāsas/);
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Izvēlieties SVG attēlu/);
    await assertAccessible(page);

    const arms = join(work, `arms-${javaScript}.svg`);
    writeFileSync(
      arms,
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 12" onload="alert(1)"><path id="e2e-arms-${javaScript}" d="M1 1H9V6C9 9 5 11 5 11C5 11 1 9 1 6Z" fill="#1d4f91"/></svg>`,
    );
    await page.fill('#primaryColour', '#1d4f91');
    await page.setInputFiles('#arms', arms);
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/darbs/iestatijumi' && url.search === '?saved=1'),
      page.click('main button[type="submit"]'),
    ]);
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Iestatījumi saglabāti/);
    await assertAccessible(page);
    const svg = await page.request.get('/assets/coat-of-arms.svg');
    const body = await svg.text();
    assert.match(body, new RegExp(`e2e-arms-${javaScript}`));
    assert.doesNotMatch(body, /onload/);
    await page.goto('/');
    assert.match(
      await page.locator('.pietura-header').evaluate((e) => getComputedStyle(e).backgroundColor),
      /rgb\(29, 79, 145\)/,
    );
    // The refused form is a 400 on purpose; nothing else may fail to load.
    assert.deepEqual(
      problems.list().filter((p) => p !== '400 /darbs/iestatijumi'),
      [],
    );
  });
}

test('users: the administrator edits a user’s roles and deactivates after confirming, then reactivates', async () => {
  const page = await e2e.newPage({ javaScript: true });
  await signInAsAdmin(page);
  const clerk = DEMO_ACCOUNTS.find((a) => a.email.startsWith('clerk@'))!;
  await page.goto('/darbs/lietotaji');
  await assertAccessible(page);
  const row = page.locator('tr', { hasText: clerk.email });
  await row.locator('a', { hasText: 'Labot lomas' }).click();
  await page.waitForLoadState('load');
  await assertAccessible(page);
  await page.check('#roles-3'); // editor
  await page.selectOption('#clerkCentre', 'subate');
  await Promise.all([
    page.waitForURL((url) => url.search === '?saved=1'),
    page.click('main form[novalidate] button[type="submit"]'),
  ]);
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Lomas saglabātas/);
  assert.equal(await page.isChecked('#roles-3'), true);
  assert.equal(await page.locator('#clerkCentre').inputValue(), 'subate');
  await assertAccessible(page);

  // No role at all: an error that names the problem, axe-clean.
  await page.uncheck('#roles-3');
  await page.selectOption('#clerkCentre', '');
  await Promise.all([
    page.waitForLoadState('load'),
    page.click('main form[novalidate] button[type="submit"]'),
  ]);
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Izvēlieties vismaz vienu lomu/);
  await assertAccessible(page);

  await page.click('main a:has-text("Deaktivizēt")');
  await page.waitForLoadState('load');
  assert.match(
    await page.locator('main').innerText(),
    new RegExp(`${clerk.name} \\(${clerk.email.replace('.', '\\.')}\\)`),
  );
  await assertAccessible(page);
  await Promise.all([
    page.waitForURL((url) => url.search === '?notice=deactivated'),
    page.click('text=Jā, deaktivizēt'),
  ]);
  await assertAccessible(page);
  await Promise.all([
    page.waitForURL((url) => url.search === '?notice=reactivated'),
    page.locator('tr', { hasText: clerk.email }).locator('button', { hasText: 'Aktivizēt atkal' }).click(),
  ]);
  await assertAccessible(page);
});

test('mail not sent and retention: reached from the workspace navigation, axe-clean', async () => {
  // axe runs in the page: with JavaScript on (the pages work without it: test/cases/http-mail.test.ts).
  const page = await e2e.newPage({ javaScript: true });
  await signInAsAdmin(page);
  for (const [href, title] of [
    ['/darbs/pasts', 'Nenosūtītais pasts'],
    ['/darbs/glabasana', 'Lietu glabāšanas termiņi'],
    ['/darbs/personas', 'Personas dati'],
  ] as const) {
    await page.goto(href);
    assert.equal(await page.locator('h1').innerText(), title);
    assert.equal(await page.locator(`nav a[href="${href}"]`).count(), 1, `${href} in the navigation`);
    await assertAccessible(page);
  }
  await page.close();
});

test('the person search: a foreigner by the document and date of birth, errors first, axe-clean', async () => {
  // axe runs in the page: with JavaScript on (the forms work without it: test/cases/http-party-search.test.ts).
  const page = await e2e.newPage({ javaScript: true });
  await signInAsAdmin(page);
  await page.goto('/en/work/parties');
  await page.fill('#partyDocument', 'XX-000');
  await Promise.all([page.waitForLoadState('load'), page.click('button:has-text("Find the foreigner")')]);
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter date of birth/);
  assert.equal(await page.inputValue('#partyDocument'), 'XX-000');
  await assertAccessible(page);
  await page.fill('#partyBirthDate', '01.01.1990');
  await Promise.all([page.waitForLoadState('load'), page.click('button:has-text("Find the foreigner")')]);
  assert.match(
    await page.locator('[role="status"]').innerText(),
    /Nobody is known by this document number and date of birth/,
  );
  await assertAccessible(page);
  await page.close();
});
