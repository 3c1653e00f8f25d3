// API keys: the administrator's page (create shown once, list, revoke after a confirmation, CSRF, audit).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { JSDOM } from 'jsdom';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';
import { FORM, post, SERVICE, setForm, validRequest } from './helpers';

let t: TestApp;
let admin: Browser;
before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  await setForm(t.database.db, SERVICE, FORM);
  admin = await signIn(t.app, demoEmail('admin'));
});
after(() => t.close());

const doc = (html: string) => new JSDOM(html).window.document;

test('the administrator creates a key, sees it once, and it works on Open311', async () => {
  const empty = await postForm(t.app, admin, '/darbs/api-atslegas', { name: '  ' });
  assert.equal(empty.statusCode, 400);
  const emptyDoc = doc(empty.body);
  assert.match(emptyDoc.querySelector('.govuk-error-summary')!.textContent!, /Ievadiet atslēgas nosaukumu/);
  assert.equal(emptyDoc.querySelector('.govuk-error-summary a')!.getAttribute('href'), '#name');

  const res = await postForm(t.app, admin, '/darbs/api-atslegas', { name: 'Mobilā lietotne' });
  assert.equal(res.statusCode, 200);
  const page = doc(res.body);
  const key = page.querySelector('#new-key code')!.textContent!;
  assert.match(key, /^pietura_[A-Za-z0-9_-]{43}$/);
  const filed = await post(t, validRequest(key));
  assert.equal(filed.statusCode, 201, filed.body);

  const list = await t.app.inject({ url: '/darbs/api-atslegas', headers: { cookie: admin.cookie } });
  assert.equal(list.statusCode, 200);
  assert.ok(!list.body.includes(key), 'the list never shows the key');
  const row = [...doc(list.body).querySelectorAll('#api-keys tbody tr')].find((r) =>
    r.textContent!.includes('Mobilā lietotne'),
  )!;
  assert.ok(row.textContent!.includes(key.slice(0, 16)), 'the prefix is shown');
  assert.match(row.textContent!, /Derīga/);
  assert.match(row.textContent!, /Anna Ozola/, 'who created it');

  const english = await t.app.inject({ url: '/en/work/api-keys', headers: { cookie: admin.cookie } });
  assert.match(doc(english.body).querySelector('h1')!.textContent!, /API keys/);

  const [audit] = await query<{ kind: string; name: string }>(
    t.database.db,
    sql`SELECT actor_kind AS kind, actor_name AS name FROM audit_log WHERE action = 'api_key.created' ORDER BY id DESC LIMIT 1`,
  );
  assert.deepEqual(audit, { kind: 'staff', name: 'Anna Ozola' });
});

test('revoking asks first, needs the CSRF token, is audited, and the key is refused at once', async () => {
  const res = await postForm(t.app, admin, '/en/work/api-keys', { name: 'Old portal' });
  const key = doc(res.body).querySelector('#new-key code')!.textContent!;
  const [{ id }] = (await query<{ id: number }>(
    t.database.db,
    sql`SELECT id FROM api_key WHERE name = 'Old portal'`,
  )) as [{ id: number }];

  const confirm = await t.app.inject({
    url: `/darbs/api-atslegas/${id}/atsaukt`,
    headers: { cookie: admin.cookie },
  });
  assert.equal(confirm.statusCode, 200);
  assert.match(doc(confirm.body).querySelector('h1')!.textContent!, /Atsaukt API atslēgu/);
  assert.equal((await post(t, validRequest(key))).statusCode, 201, 'not revoked by looking');

  const forged = await t.app.inject({
    method: 'POST',
    url: `/darbs/api-atslegas/${id}/atsaukt`,
    headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: '',
  });
  assert.equal(forged.statusCode, 403);
  assert.equal((await post(t, validRequest(key))).statusCode, 201, 'a forged form revokes nothing');

  const revoked = await postForm(t.app, admin, `/darbs/api-atslegas/${id}/atsaukt`);
  assert.equal(revoked.statusCode, 303);
  assert.equal(revoked.headers.location, '/darbs/api-atslegas?done=revoked');
  const list = await t.app.inject({
    url: revoked.headers.location as string,
    headers: { cookie: admin.cookie },
  });
  assert.match(list.body, /Atslēga atsaukta/);
  const refused = await post(t, validRequest(key));
  assert.equal(refused.statusCode, 403);

  const again = await postForm(t.app, admin, `/darbs/api-atslegas/${id}/atsaukt`);
  assert.equal(again.statusCode, 303, 'revoking twice is harmless');
  const missing = await postForm(t.app, admin, '/darbs/api-atslegas/999999/atsaukt');
  assert.equal(missing.statusCode, 404);

  const [audit] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'api_key.revoked' AND entity_id = ${String(id)} AND actor_kind = 'staff'`,
  );
  assert.equal(audit!.n, 1);
});

test('other roles cannot see or create keys', async () => {
  const editor = await signIn(t.app, demoEmail('editor'));
  const page = await t.app.inject({ url: '/darbs/api-atslegas', headers: { cookie: editor.cookie } });
  assert.equal(page.statusCode, 403);
  const before = await query<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM api_key`);
  const create = await postForm(t.app, editor, '/darbs/api-atslegas', { name: 'Sneaky' });
  assert.equal(create.statusCode, 403);
  const after = await query<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM api_key`);
  assert.deepEqual(after, before);
});
