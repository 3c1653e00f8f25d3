import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const code = 'sunu-registracija';

async function rename(lv: string): Promise<void> {
  await query(
    t.database.db,
    sql`UPDATE service_version SET name = jsonb_set(name, '{lv}', to_jsonb(${lv}::text))
        WHERE status = 'published' AND service_id = (SELECT id FROM service WHERE code = ${code})`,
  );
}

test('a cached public page changes as soon as the catalogue changes, even by a write outside the app', async () => {
  const first = await t.app.inject(`/pakalpojumi/${code}`);
  assert.equal(first.statusCode, 200, `demo service ${code} exists`);
  const again = await t.app.inject(`/pakalpojumi/${code}`);
  assert.equal(again.body, first.body);
  assert.equal(again.headers['content-type'], first.headers['content-type']);
  assert.equal(again.headers['content-security-policy'], first.headers['content-security-policy']);

  await rename('Pārdēvēts pakalpojums Zz');
  const renamed = await t.app.inject(`/pakalpojumi/${code}`);
  assert.match(renamed.body, /Pārdēvēts pakalpojums Zz/);
  const api = await t.app.inject(`/api/services/${code}`);
  assert.equal(api.json().name.lv, 'Pārdēvēts pakalpojums Zz');
});

test('the search API caches each query separately and follows the catalogue', async () => {
  const before = await t.app.inject('/api/services?q=Zzuniq');
  assert.equal(before.json().total, 0);
  await rename('Zzuniq suņu reģistrācija');
  const afterRename = await t.app.inject('/api/services?q=Zzuniq');
  assert.equal(afterRename.json().total, 1);
  const other = (await t.app.inject('/api/services?q=gimene')).json();
  assert.ok(other.total > 1, 'another query has its own answer');
  assert.ok(!other.items.some((i: { code: string }) => i.code === code));
});

test('not-found answers are never cached', async () => {
  const missing = await t.app.inject('/pakalpojumi/nav-tada-pakalpojuma');
  assert.equal(missing.statusCode, 404);
  const again = await t.app.inject('/pakalpojumi/nav-tada-pakalpojuma');
  assert.equal(again.statusCode, 404);
  assert.match(again.body, /Lapa nav atrasta/);
});
