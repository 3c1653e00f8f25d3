import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app';

let t: TestApp;
before(async () => {
  t = await testApp({ demo: false });
});
after(() => t.close());

test('GET /healthz answers ok', async () => {
  const res = await t.app.inject('/healthz');
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), { status: 'ok' });
});

test('GET /readyz checks the database', async () => {
  const res = await t.app.inject('/readyz');
  assert.equal(res.statusCode, 200);
  assert.equal(res.json().status, 'ok');
});

test('an unknown page is a 404 in the visitor language', async () => {
  const lv = await t.app.inject('/nav-tadas-lapas');
  assert.equal(lv.statusCode, 404);
  assert.match(lv.body, /Lapa nav atrasta/);
  assert.match(lv.headers['content-type'] as string, /text\/html; charset=utf-8/);
  const en = await t.app.inject('/en/no-such-page');
  assert.equal(en.statusCode, 404);
  assert.match(en.body, /Page not found/);
});

test('pages carry a strict content security policy', async () => {
  const res = await t.app.inject('/healthz');
  const csp = res.headers['content-security-policy'] as string;
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
});
