import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { municipality } from '../../src/db/schema';
import { forgetMunicipality } from '../../src/platform/site/identity';
import { type TestApp, testApp } from '../helpers/app';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

/** helmet's headers with the app's policy: set once at start, the same on every kind of answer. */
const EXPECTED = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self';upgrade-insecure-requests",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

test('every answer carries the security headers: pages, the API, redirects, errors, assets, staff pages', async () => {
  const answers = {
    page: await t.app.inject('/pakalpojumi?q=pase'),
    cached: await t.app.inject('/pakalpojumi?q=pase'),
    api: await t.app.inject('/api/services?q=pase'),
    apiError: await t.app.inject('/api/services?page=0'),
    redirect: await t.app.inject('/pakalpojumi/'),
    notFound: await t.app.inject('/nav-tadas-lapas'),
    asset: await t.app.inject('/assets/theme.css'),
    staff: await t.app.inject('/darbs'),
    post: await t.app.inject({ method: 'POST', url: '/darbs/ieiet', payload: {} }),
  };
  assert.equal(answers.redirect.statusCode, 301);
  assert.equal(answers.notFound.statusCode, 404);
  assert.equal(answers.apiError.statusCode, 400);
  for (const [kind, res] of Object.entries(answers)) {
    for (const [name, value] of Object.entries(EXPECTED)) {
      assert.equal(res.headers[name], value, `${kind}: ${name}`);
    }
    assert.equal(res.headers['x-powered-by'], undefined, `${kind}: x-powered-by`);
  }
});

test('a route may still replace a security header: the coat of arms has its own stricter policy', async () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>';
  await t.database.db.update(municipality).set({ coatOfArmsSvg: svg }).where(eq(municipality.id, 1));
  forgetMunicipality(t.database.db);
  const res = await t.app.inject('/assets/coat-of-arms.svg');
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-security-policy'], "default-src 'none'; style-src 'unsafe-inline'");
  assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
});
