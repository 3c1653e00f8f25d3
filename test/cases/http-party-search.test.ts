// A subject access request without a case at hand (issue 8 point 13; found by review: the export was only a
// button on a case page, with no way to find the person).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';
import { intakeFields, PDF, postMultipart, socialService } from './http-helpers';

let t: TestApp;
let manager: Browser;
let clerk: Browser;

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  manager = await signIn(t.app, demoEmail('manager'));
  clerk = await signIn(t.app, demoEmail('clerk'));
  const service = await socialService(t.database.db);
  const filed = await postMultipart(
    t.app,
    clerk,
    '/darbs/lietas/jauna',
    intakeFields(service.versionId, service.serviceId, {
      'applicant-code': '32777700001',
      'applicant-name': 'Inese Kalna',
    }),
    [{ field: 'documents', filename: 'iesniegums.pdf', bytes: PDF }],
  );
  assert.equal(filed.statusCode, 303);
});
after(() => t.close());

const looksUp = async () =>
  (
    await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'party.looked_up' AND after->>'purpose' = 'export'`,
    )
  )[0]!.n;

test('a manager finds a person by code, sees the masked code, and exports what is stored; each search audited', async () => {
  const before = await looksUp();
  const found = await postForm(t.app, manager, '/darbs/personas', { code: '327777-00001' });
  assert.equal(found.statusCode, 200);
  assert.match(found.body, /Inese Kalna \(327777-\*\*\*\*\*\)/);
  assert.doesNotMatch(found.body, /327777-00001|32777700001/);
  const action = /action="(\/darbs\/personas\/\d+\/eksports)"/.exec(found.body)?.[1];
  assert.ok(action, 'no export button');
  const exported = await postForm(t.app, manager, action, {});
  assert.equal(exported.statusCode, 200);
  assert.equal(JSON.parse(exported.body).party.name, 'Inese Kalna');
  const nobody = await postForm(t.app, manager, '/en/work/parties', { code: '32000099999' });
  assert.match(nobody.body, /Nobody is known by this code/);
  assert.equal(await looksUp(), before + 2);
  const empty = await postForm(t.app, manager, '/darbs/personas', { code: '' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /href="#code"[^>]*>Ievadiet kodu/);
});

test('the desk may not search for export, nor is it offered the page', async () => {
  assert.equal((await postForm(t.app, clerk, '/darbs/personas', { code: '32777700001' })).statusCode, 403);
  assert.doesNotMatch(
    (await t.app.inject({ url: '/darbs', headers: { cookie: clerk.cookie } })).body,
    /href="\/darbs\/personas"/,
  );
  assert.match(
    (await t.app.inject({ url: '/darbs', headers: { cookie: manager.cookie } })).body,
    /href="\/darbs\/personas">Personas dati</,
  );
});
