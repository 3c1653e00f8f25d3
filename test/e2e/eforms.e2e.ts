import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { sql } from 'drizzle-orm';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildApp } from '../../src/app';
import { type Database, query } from '../../src/db/connection';
import { serviceWithForm } from '../eforms/helpers';
import { freshDatabase } from '../helpers/db';
import { watchProblems } from './harness';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>;
let browser: Browser;
let baseUrl: string;
let code: string;
const contexts: BrowserContext[] = [];

before(async () => {
  database = await freshDatabase({ demo: true });
  code = await serviceWithForm(database.db);
  app = await buildApp({ database, config: { PIETURA_PUBLIC_URL: 'http://127.0.0.1' } }, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await app?.close();
  await database?.close();
});

async function newPage(javaScript: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled: javaScript });
  context.setDefaultTimeout(20_000);
  contexts.push(context);
  return context.newPage();
}

async function axe(page: Page, javaScript: boolean) {
  if (!javaScript) return; // axe runs in the page: it needs JavaScript
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(found, [], `axe on ${page.url()}`);
}

const cont = (page: Page) =>
  page.locator('main form button.govuk-button:not(.govuk-button--secondary)').first().click();

for (const javaScript of [true, false]) {
  test(`apply online with a file and a conditional question, change an answer, submit, track (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
    const page = await newPage(javaScript);
    const problems = watchProblems(page);
    await page.goto(`/pakalpojumi/${code}`);
    await page.locator(`a[href="/pakalpojumi/${code}/pieteikties"]`).click();
    await page.waitForURL(/\/pieteikties$/);
    assert.match(String(await page.locator('h1').textContent()), /Pieteikties tiešsaistē/);
    await axe(page, javaScript);
    await page.getByRole('button', { name: 'Sākt' }).click();
    await page.waitForURL(/\/pamatinfo$/);
    const conditional = page.locator('[data-show-when="has_children"]');
    assert.equal(await conditional.isVisible(), !javaScript, 'hidden by the script, shown without it');
    await axe(page, javaScript);
    // An error first: the summary names the field.
    await cont(page);
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(String(await page.locator('.govuk-error-summary').textContent()), /Iemesls/);
    await axe(page, javaScript);
    await page.fill('#reason', 'Pabalsts ģimenei');
    await page.locator('#has_children').check();
    assert.equal(await conditional.isVisible(), true);
    await page.fill('#children_count', '2');
    await cont(page);
    await page.waitForURL(/\/dokumenti$/);
    await axe(page, javaScript);
    await page.setInputFiles('#proof', { name: 'izziņa.pdf', mimeType: 'application/pdf', buffer: PDF });
    await cont(page);
    await page.waitForURL(/\/kam$/);
    await axe(page, javaScript);
    await page.getByLabel('Savā vārdā', { exact: true }).check();
    await cont(page);
    await page.waitForURL(/\/pieteicejs$/);
    await axe(page, javaScript);
    await page.fill('#name', 'Anna Bērziņa');
    await page.fill('#personalCode', '320000-00000');
    await page.fill('#email', 'anna@example.lv');
    await cont(page);
    await page.waitForURL(/\/sanemsana$/);
    await axe(page, javaScript);
    await page.getByLabel('E-pastā').check();
    await cont(page);
    await page.waitForURL(/\/parbaude$/);
    await axe(page, javaScript);
    assert.match(String(await page.locator('main').textContent()), /izziņa\.pdf/);
    // Change an answer from check your answers: back there after saving.
    await page.locator('a[href$="/pamatinfo?from=check"]').first().click();
    await page.waitForURL(/\/pamatinfo\?from=check$/);
    assert.equal(await page.inputValue('#reason'), 'Pabalsts ģimenei');
    await page.fill('#reason', 'Pabalsts daudzbērnu ģimenei');
    await cont(page);
    await page.waitForURL(/\/parbaude$/);
    assert.match(String(await page.locator('main').textContent()), /Pabalsts daudzbērnu ģimenei/);
    await page.getByLabel('Apliecinu, ka sniegtā informācija ir patiesa').check();
    await page.getByRole('button', { name: 'Apstiprināt un iesniegt' }).click();
    await page.waitForURL(/\/iesniegts$/);
    await axe(page, javaScript);
    const number = (await page.locator('.govuk-panel__body strong').textContent())!.trim();
    const accessCode = (await page.locator('.pietura-access-code').textContent())!.trim();
    assert.match(number, /\S/);
    // Track the case with the number and the access code.
    await page.locator('a[href="/statuss"]').click();
    await page.waitForURL(/\/statuss$/);
    await page.fill('#number', number);
    await page.fill('#code', accessCode);
    await page.locator('main form button[type="submit"]').first().click();
    await page.locator('main').getByText(number).first().waitFor();
    await axe(page, javaScript);
    // The one 400 is the form's own answer to the empty page sent on purpose above.
    assert.deepEqual(
      problems.list().filter((p) => !/^400 \/pakalpojumi\/[^/]+\/pieteikties\/pamatinfo$/.test(p)),
      [],
    );
  });

  test(`resume a draft from the link in the e-mail (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
    const page = await newPage(javaScript);
    await page.goto(`/pakalpojumi/${code}/pieteikties`);
    await page.getByRole('button', { name: 'Sākt' }).click();
    await page.waitForURL(/\/pamatinfo$/);
    await page.fill('#reason', `Saglabāts ${javaScript}`);
    await page.locator('#has_children-2').check();
    await cont(page);
    await page.waitForURL(/\/dokumenti$/);
    await page.getByRole('link', { name: 'Saglabāt un turpināt vēlāk' }).click();
    await page.waitForURL(/\/saglabat$/);
    await axe(page, javaScript);
    await page.fill('#email', 'anna@example.lv');
    await page.getByRole('button', { name: 'Nosūtīt saiti' }).click();
    await page.locator('h1', { hasText: 'Saite nosūtīta' }).waitFor();
    await axe(page, javaScript);
    const [mail] = await query<{ body: string }>(
      database.db,
      sql`SELECT body_text AS body FROM outbox_message WHERE event_key LIKE 'draft:%' ORDER BY id DESC LIMIT 1`,
    );
    const link = /http:\/\/127\.0\.0\.1(\S+)/.exec(mail!.body)![1]!;
    const other = await newPage(javaScript);
    await other.goto(link);
    await other.waitForURL(/\/dokumenti$/);
    await axe(other, javaScript);
    await other.locator('a.govuk-back-link').click();
    await other.waitForURL(/\/pamatinfo$/);
    assert.equal(await other.inputValue('#reason'), `Saglabāts ${javaScript}`);
    // A tampered link: a clear page, not an error.
    const tampered = await other.goto(`${link.slice(0, -2)}xx`);
    assert.equal(tampered?.status(), 404);
    assert.match(String(await other.locator('h1').textContent()), /Saite nav derīga/);
    await axe(other, javaScript);
  });
}

test('apply online in English: the same journey, axe-clean, the confirmation in English (found by review: only Latvian ran in a browser)', async () => {
  const page = await newPage(true);
  const problems = watchProblems(page);
  await page.goto(`/en/services/${code}`);
  await page.locator(`a[href="/en/services/${code}/apply"]`).click();
  await page.waitForURL(/\/apply$/);
  await axe(page, true);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.waitForURL(/\/pamatinfo$/);
  await axe(page, true);
  await page.fill('#reason', 'Support for a family');
  await page.locator('#has_children').check();
  await page.fill('#children_count', '2');
  await cont(page);
  await page.waitForURL(/\/dokumenti$/);
  await page.setInputFiles('#proof', { name: 'statement.pdf', mimeType: 'application/pdf', buffer: PDF });
  await cont(page);
  // For someone else: the filler is the representative, the person applied for comes next.
  await page.waitForURL(/\/for-whom$/);
  await axe(page, true);
  await page.getByLabel('Someone else (as their representative)').check();
  await cont(page);
  await page.waitForURL(/\/applicant$/);
  await axe(page, true);
  assert.match(String(await page.locator('h1').textContent()), /Your details, as the representative/);
  await page.fill('#name', 'Anna Berzina');
  await page.fill('#personalCode', '320000-00001');
  await page.fill('#email', 'anna.en@example.lv');
  await cont(page);
  await page.waitForURL(/\/represented-person$/);
  await axe(page, true);
  await page.fill('#representedName', 'Maris Berzins');
  await page.fill('#representedCode', '320000-00002');
  await page.getByLabel('Power of attorney').check();
  await page.setInputFiles('#_representation', {
    name: 'attorney.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await cont(page);
  await page.waitForURL(/\/delivery$/);
  await page.getByLabel('By email').check();
  await cont(page);
  await page.waitForURL(/\/check$/);
  await axe(page, true);
  assert.match(String(await page.locator('main').textContent()), /statement\.pdf/);
  assert.match(String(await page.locator('main').textContent()), /Maris Berzins/);
  assert.match(String(await page.locator('main').textContent()), /attorney\.pdf/);
  await page
    .getByLabel(
      'I confirm the information I have given is true and that I have the right to represent the person named',
    )
    .check();
  await page.getByRole('button', { name: 'Accept and send' }).click();
  await page.waitForURL(/\/done$/);
  await axe(page, true);
  assert.match(String(await page.locator('h1').textContent()), /\S/);
  assert.match(String(await page.locator('main').textContent()), /What happens next/);
  assert.deepEqual(problems.list(), []);
});
