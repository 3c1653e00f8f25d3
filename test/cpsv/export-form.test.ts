import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { FORMS } from '../../src/modules/demo/dataset/forms';
import { type TestApp, testApp } from '../helpers/app';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const exported = async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/cpsv-ap' });
  assert.equal(res.statusCode, 200);
  return res.body;
};

test('the CPSV-AP export is the same whether or not services have an online form (issue 9)', async () => {
  const [withForms] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM service_version WHERE form_definition IS NOT NULL`,
  );
  assert.ok(withForms!.n >= 12, 'the demo e-services have forms');
  const before = await exported();
  await t.database.db.execute(sql`UPDATE service_version SET form_definition = NULL`);
  assert.equal(await exported(), before, 'removing every form changes nothing');
  await t.database.db.execute(
    sql`UPDATE service_version SET form_definition = ${JSON.stringify(FORMS['gmi-pabalsts'])}::jsonb`,
  );
  assert.equal(await exported(), before, 'a form on every version changes nothing');
});
