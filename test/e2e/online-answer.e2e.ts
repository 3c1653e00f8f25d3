import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { query } from '../../src/db/connection';
import { act, registerApplication } from '../../src/modules/cases/service';
import { DEMO_PASSWORD } from '../../src/modules/staff/demo-accounts';
import { systemActor } from '../../src/platform/auth/actor';
import { type E2E, startE2E, watchProblems } from './harness';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(found, [], `axe on ${page.url()}`);
}

async function signIn(page: Page, email: string) {
  await page.goto('/darbs/ieiet');
  await page.fill('#email', email);
  await page.fill('#password', DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/darbs'),
    page.click('main button[type="submit"]'),
  ]);
}

/**
 * A postal application of the social service, taken into work by the demo specialist; the specialist then
 * asks for more information on the case page, in the browser.
 */
async function caseAskedInBrowser(specialist: Page, message: string) {
  const db = e2e.database.db;
  const [svc] = await query<{ versionId: number }>(
    db,
    sql`SELECT v.id AS "versionId" FROM service s JOIN organisation o ON o.id = s.owner_id
        JOIN service_version v ON v.service_id = s.id AND v.status = 'published'
        WHERE o.code = 'socialais-dienests' AND NOT v.on_the_spot AND v.apply_channels ? 'post'
        ORDER BY s.id LIMIT 1`,
  );
  const system = systemActor('e2e');
  const r = await registerApplication(db, system, {
    serviceVersionId: svc!.versionId,
    applicant: {
      kind: 'person',
      personalCode: '32000000000',
      name: 'Jānis Bērziņš',
      email: 'janis@example.lv',
    },
    channel: 'post',
    centreCode: 'ilukste',
    fields: {},
    documents: [{ filename: 'iesniegums.pdf', bytes: PDF }],
    delivery: { channel: 'centre', centreCode: 'ilukste' },
    idempotencyKey: `online-answer-e2e-${message}`,
  });
  assert.ok(r.ok);
  const [me] = await query<{ id: number }>(
    db,
    sql`SELECT id FROM staff_user WHERE email = 'specialist@ilukste.example'`,
  );
  const assigned = await act(db, system, r.caseId, 1, { type: 'assign', assigneeId: me!.id });
  assert.ok(assigned?.ok);
  await specialist.goto(`/darbs/lietas/${r.caseId}`);
  await specialist.click('summary:has-text("Pieprasīt papildu informāciju")');
  await specialist.fill('#request_info-message', message);
  await Promise.all([
    specialist.waitForLoadState('load'),
    specialist.locator('#action-request_info button[type="submit"]').click(),
  ]);
  await specialist.getByText('Gaida iesniedzēju').first().waitFor();
  return r;
}

for (const javaScript of [true, false]) {
  test(`a specialist asks for information, the resident answers online with a file (JavaScript ${javaScript ? 'on' : 'off'}), the specialist sees the answer`, async () => {
    const specialist = await e2e.newPage({ javaScript: false });
    await signIn(specialist, 'specialist@ilukste.example');
    const message = `Lūdzu iesniedziet izziņu par ienākumiem (${javaScript ? 'ar' : 'bez'} JS)`;
    const c = await caseAskedInBrowser(specialist, message);

    const page = await e2e.newPage({ javaScript });
    const problems = watchProblems(page);
    await page.goto('/statuss');
    await page.fill('#number', c.registrationNumber);
    await page.fill('#code', c.accessCode);
    await page.click('main button[type="submit"]');
    await page.getByText(message).first().waitFor();
    if (javaScript) await axe(page);

    await page.click('button:has-text("Atbildēt tiešsaistē")');
    await page.locator('h1', { hasText: 'Atbildēt uz informācijas pieprasījumu' }).waitFor();
    await page.getByText(message).first().waitFor();
    if (javaScript) await axe(page);

    // A file whose bytes are no kind an answer takes: refused by name, the text and the good file kept.
    await page.fill('#answer', 'Izziņa pielikumā.');
    await page.setInputFiles('#files', [
      { name: 'programma.pdf', mimeType: 'application/pdf', buffer: EXE },
      { name: 'izzina.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await page.click('main form[enctype="multipart/form-data"] button[type="submit"]');
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(await page.title(), /^Kļūda: /);
    assert.equal(await page.inputValue('#answer'), 'Izziņa pielikumā.');
    await page.getByText('Jau pievienotie faili').waitFor();
    assert.equal(await page.locator('label', { hasText: 'Nesūtīt „izzina.pdf”' }).count(), 1);
    if (javaScript) await axe(page);

    await page.setInputFiles('#files', [{ name: 'konts.pdf', mimeType: 'application/pdf', buffer: PDF }]);
    await page.click('main form[enctype="multipart/form-data"] button[type="submit"]');
    await page.locator('h1', { hasText: 'Atbilde nosūtīta' }).waitFor();
    const answerNumber = (await page.locator('.govuk-panel__body strong').textContent())?.trim() ?? '';
    assert.match(answerNumber, /^ILN\/\d{4}\/\d{6}$/);
    if (javaScript) await axe(page);

    await page.click('button:has-text("Skatīt iesnieguma statusu")');
    await page.getByText('Saņemta papildu informācija').first().waitFor();
    assert.equal(await page.locator('button:has-text("Atbildēt tiešsaistē")').count(), 0);
    if (javaScript) await axe(page);
    // The refused file's page answers 400, as a form with errors does; nothing else may fail.
    assert.deepEqual(
      problems.list().filter((p) => p !== '400 /statuss/atbilde/nosutit'),
      [],
    );

    await specialist.goto(`/darbs/lietas/${c.caseId}`);
    await specialist.getByText('Izziņa pielikumā.').first().waitFor();
    const body = await specialist.locator('main').textContent();
    assert.ok(body?.includes(answerNumber), 'the answer’s number on the case page');
    assert.ok(body?.includes('konts.pdf'), 'its files on the case page');
    assert.ok(body?.includes('izzina.pdf'), 'the file kept from the form that came back');
    assert.ok(body?.includes('iesniedzējs tiešsaistē'));
    assert.ok(body?.includes('Izskatīšanā'), 'the case is in progress again');
  });
}
