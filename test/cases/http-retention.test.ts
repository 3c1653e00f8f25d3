// The administrator's retention periods (issue 8 point 13; found by review: case_retention_rule and case_settings
// could be set by SQL only, so every case was kept five years).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { retentionUntil } from '../../src/modules/cases/retention';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';
import { socialService } from './http-helpers';

let t: TestApp;
let admin: Browser;
let service: { serviceId: number };

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  admin = await signIn(t.app, demoEmail('admin'));
  service = await socialService(t.database.db);
});
after(() => t.close());

const audited = async (action: string) =>
  (
    await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`,
    )
  )[0]!.n;

test('the usual period is set with a whole number of years; a wrong one is refused with what was typed', async () => {
  const page = await t.app.inject({ url: '/darbs/glabasana', headers: { cookie: admin.cookie } });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /id="defaultYears"[^>]*value="5"/);
  for (const typed of ['abc', '0', '76', '2.5']) {
    const bad = await postForm(t.app, admin, '/darbs/glabasana', { action: 'default', defaultYears: typed });
    assert.equal(bad.statusCode, 400, typed);
    assert.match(bad.body, /href="#defaultYears"[^>]*>Ievadiet veselu gadu skaitu no 1 līdz 75/);
    assert.match(bad.body, new RegExp(`id="defaultYears"[^>]*value="${typed.replace('.', '\\.')}"`));
  }
  const saved = await postForm(t.app, admin, '/darbs/glabasana', { action: 'default', defaultYears: '10' });
  assert.equal(saved.headers.location, '/darbs/glabasana?saved=1');
  assert.equal(await retentionUntil(t.database.db, service.serviceId, '2026-11-30'), '2036-11-30');
  assert.equal(await audited('retention.default_set'), 1);
});

test('a service is given a period of its own, which its closed cases follow, and it is removed again', async () => {
  const set = await postForm(t.app, admin, '/en/work/retention', {
    action: 'service',
    service: String(service.serviceId),
    years: '75',
  });
  assert.equal(set.headers.location, '/en/work/retention?saved=1');
  assert.equal(await retentionUntil(t.database.db, service.serviceId, '2026-11-30'), '2101-11-30');
  const page = await t.app.inject({ url: '/en/work/retention?saved=1', headers: { cookie: admin.cookie } });
  assert.match(page.body, /Saved\./);
  assert.match(page.body, /<td class="govuk-table__cell govuk-table__cell--numeric">75<\/td>/);
  const removed = await postForm(t.app, admin, '/en/work/retention', {
    action: 'remove',
    service: String(service.serviceId),
  });
  assert.equal(removed.statusCode, 303);
  assert.equal(await retentionUntil(t.database.db, service.serviceId, '2026-11-30'), '2036-11-30');
  assert.equal(await audited('retention.service_set'), 2);
  const unknown = await postForm(t.app, admin, '/en/work/retention', {
    action: 'service',
    service: '999999',
    years: '3',
  });
  assert.equal(unknown.statusCode, 400);
  assert.match(unknown.body, /There is no such service/);
});

test('only the administrator may see or change the periods', async () => {
  const manager = await signIn(t.app, demoEmail('manager'));
  assert.equal(
    (await t.app.inject({ url: '/darbs/glabasana', headers: { cookie: manager.cookie } })).statusCode,
    403,
  );
  const refused = await postForm(t.app, manager, '/darbs/glabasana', {
    action: 'default',
    defaultYears: '1',
  });
  assert.equal(refused.statusCode, 403);
  assert.equal(await retentionUntil(t.database.db, service.serviceId, '2026-11-30'), '2036-11-30');
});
