import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { multipart } from '../settings/multipart';
import { demoEmail, signIn } from '../staff/helpers';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const bigFields = () => {
  const fields: Record<string, string> = {};
  for (let i = 0; i < 20; i++) fields[`f${i}`] = 'x'.repeat(50_000);
  return fields;
};

test('an anonymous multipart body is refused on every address before it is read, and changes nothing', async () => {
  const [before] = await query<{ name: string }>(
    t.database.db,
    sql`SELECT name->>'lv' AS name FROM municipality`,
  );
  for (const url of [
    '/darbs/iestatijumi',
    '/en/work/settings',
    '/darbs/lietas/jauna',
    '/pakalpojumi',
    '/statuss',
  ]) {
    const body = multipart({ ...bigFields(), nameLv: 'Uzbrucēju novads' });
    const res = await t.app.inject({ method: 'POST', url, ...body });
    assert.equal(res.statusCode, 403, url);
    assert.doesNotMatch(String(res.headers['set-cookie'] ?? ''), /pietura_session=/, `${url}: no session`);
  }
  const [after] = await query<{ name: string }>(
    t.database.db,
    sql`SELECT name->>'lv' AS name FROM municipality`,
  );
  assert.deepEqual(after, before);
});

test('a signed-in member of staff may send a multipart form to a staff page', async () => {
  const admin = await signIn(t.app, demoEmail('admin'));
  const body = multipart({ _csrf: 'wrong' });
  const res = await t.app.inject({
    method: 'POST',
    url: '/darbs/iestatijumi',
    payload: body.payload,
    headers: { ...body.headers, cookie: admin.cookie },
  });
  // Read and checked: the CSRF check (not the upload guard) refuses a wrong token.
  assert.equal(res.statusCode, 403);
  assert.match(res.body, /Veidlapa ir novecojusi/);
});
