// The staff page of mail to residents that has not gone out (issue 8 point 12; found by review: there was none,
// and docs/operations.md told staff to use SQL).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';
import { intakeFields, PDF, postMultipart, socialService } from './http-helpers';

let t: TestApp;
let admin: Browser;
let clerk: Browser;
let failedId: number;

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  admin = await signIn(t.app, demoEmail('admin'));
  clerk = await signIn(t.app, demoEmail('clerk'));
  const service = await socialService(t.database.db);
  const registered = await postMultipart(
    t.app,
    clerk,
    '/darbs/lietas/jauna',
    intakeFields(service.versionId, service.serviceId, { 'applicant-email': 'nav.tadas@example.lv' }),
    [{ field: 'documents', filename: 'iesniegums.pdf', bytes: PDF }],
  );
  assert.equal(registered.statusCode, 303);
  // What the outbox worker leaves when the mail server refuses the address for good.
  const [row] = await query<{ id: number }>(
    t.database.db,
    sql`UPDATE outbox_message SET status = 'failed', attempts = 5, last_error = '550 5.1.1 mailbox unavailable'
        WHERE recipient = 'nav.tadas@example.lv' RETURNING id`,
  );
  failedId = Number(row!.id);
});
after(() => t.close());

const get = (url: string, browser: Browser) => t.app.inject({ url, headers: { cookie: browser.cookie } });
const audited = async (action: string) =>
  (
    await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`,
    )
  )[0]!.n;
const status = async () =>
  (
    await query<{ status: string }>(
      t.database.db,
      sql`SELECT status FROM outbox_message WHERE id = ${failedId}`,
    )
  )[0]!.status;

test('the administrator sees mail that failed, with the error and the case, and the read is audited', async () => {
  const reads = await audited('outbox.read');
  const page = await get('/darbs/pasts', admin);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1 class="govuk-heading-l">Nenosūtītais pasts<\/h1>/);
  assert.ok(page.body.includes('nav.tadas@example.lv'));
  assert.ok(page.body.includes('550 5.1.1 mailbox unavailable'));
  assert.match(page.body, /href="\/darbs\/lietas\/\d+"/);
  assert.match(
    (await get('/darbs', admin)).body,
    /href="\/darbs\/pasts">Nenosūtītais pasts</,
    'in the workspace navigation',
  );
  assert.equal(await audited('outbox.read'), reads + 1);
  const en = await get('/en/work/mail', admin);
  assert.match(en.body, /Mail not sent/);
  assert.match(en.body, /Send again/);
});

test('sending a failed message again queues it once, audited; a second time says it is no longer failed', async () => {
  const again = await postForm(t.app, admin, `/darbs/pasts/${failedId}/suti-velreiz`, {});
  assert.equal(again.statusCode, 303);
  assert.equal(again.headers.location, '/darbs/pasts?done=again');
  assert.equal(await status(), 'pending');
  assert.equal(await audited('outbox.requeued'), 1);
  const page = await get('/darbs/pasts?done=again', admin);
  assert.match(page.body, /Vēstule ir atkal rindā/);
  const twice = await postForm(t.app, admin, `/darbs/pasts/${failedId}/suti-velreiz`, {});
  assert.equal(twice.headers.location, '/darbs/pasts?done=notFailed');
  assert.equal(await audited('outbox.requeued'), 1);
});

test('the desk does not see the page, cannot send again, and an address typed by hand is no 5xx', async () => {
  assert.equal((await get('/darbs/pasts', clerk)).statusCode, 403);
  assert.doesNotMatch((await get('/darbs', clerk)).body, /href="\/darbs\/pasts"/);
  await query(t.database.db, sql`UPDATE outbox_message SET status = 'failed' WHERE id = ${failedId}`);
  assert.equal((await postForm(t.app, clerk, `/darbs/pasts/${failedId}/suti-velreiz`, {})).statusCode, 403);
  assert.equal(await status(), 'failed');
  for (const id of ['abc', '99999999999', '0'])
    assert.ok((await postForm(t.app, admin, `/darbs/pasts/${id}/suti-velreiz`, {})).statusCode < 500);
});
