import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createUser } from '../../src/modules/staff/service';
import { systemActor } from '../../src/platform/auth/actor';
import { hashPassword } from '../../src/platform/auth/password';
import { type TestApp, testApp } from '../helpers/app';
import {
  type Browser,
  cookieHeader,
  cookiesFrom,
  csrfFrom,
  DEMO_PASSWORD,
  demoEmail,
  ensureDemoStaff,
  FORM,
  formBody,
  freshIp,
  signIn,
} from '../staff/helpers';
import { ROUTE_TABLE, type RouteContext } from '../staff/route-table';

// The router decodes percent-encoded letters, so `/%64arbs/ieiet` is the sign-in route. Every check
// that staff pages get must hold for such addresses too (issue 6, point 1).

let t: TestApp;
let admin: Browser;
let ctx: RouteContext;
let throwaways = 0;

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  admin = await signIn(t.app, demoEmail('admin'));
  const known = { passwordHash: await hashPassword('throwaway password') };
  ctx = {
    db: t.database.db,
    async throwawayUser() {
      throwaways++;
      const created = await createUser(
        t.database.db,
        systemActor('test'),
        {
          email: `encoded-${throwaways}@ilukste.example`,
          name: `Encoded ${throwaways}`,
          password: 'throwaway password',
          grants: [{ role: 'manager' }],
        },
        known,
      );
      assert.ok(created.ok);
      return created.id;
    },
  };
});
after(() => t.close());

const hex = (c: string) => `%${c.charCodeAt(0).toString(16)}`;

/** The same address with one letter percent-encoded: in the first segment, and in the last one. */
function encodedVariants(url: string): string[] {
  const [path, query] = url.split('?') as [string, string | undefined];
  const segments = path.split('/');
  const variants = new Set<string>();
  for (const i of [1, segments.length - 1]) {
    const segment = segments[i]!;
    const at = segment.search(/[a-z]/);
    if (at === -1) continue;
    const copy = [...segments];
    copy[i] = segment.slice(0, at) + hex(segment[at]!) + segment.slice(at + 1);
    variants.add(copy.join('/') + (query === undefined ? '' : `?${query}`));
  }
  return [...variants];
}

test('encoded addresses of the sign-in form are refused without the CSRF token and sign nobody in', async () => {
  for (const url of [
    '/%64arbs/ieiet',
    '/%64%61rbs/ieiet',
    '/darbs/%69eiet',
    '/%65n/work/sign-in',
    '/en/%77ork/sign-in',
  ]) {
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: { ...FORM, origin: 'https://evil.example', 'x-forwarded-for': freshIp() },
      payload: formBody({ email: demoEmail('admin'), password: DEMO_PASSWORD }),
    });
    assert.equal(res.statusCode, 403, `POST ${url} without a token answered ${res.statusCode}`);
    assert.match(res.body, /Veidlapa ir novecojusi|The form has expired/);
    assert.equal(cookiesFrom(res.headers['set-cookie']).pietura_session, undefined, `${url} signed in`);
    assert.match(String(res.headers['cache-control']), /no-store/, `${url} may be cached`);
  }
});

test('an encoded English address gets the English page', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/%65n/work/sign-in', headers: FORM, payload: '' });
  assert.equal(res.statusCode, 403);
  assert.match(res.body, /The form has expired/);
  assert.match(res.body, /<html lang="en"/);
});

test('the sign-in form at an encoded address still works with its token (the check is not just a block)', async () => {
  const ip = freshIp();
  const page = await t.app.inject({ url: '/%64arbs/ieiet', headers: { 'x-forwarded-for': ip } });
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers['cache-control']), /no-store/);
  const res = await t.app.inject({
    method: 'POST',
    url: '/%64arbs/ieiet',
    headers: {
      ...FORM,
      cookie: cookieHeader(cookiesFrom(page.headers['set-cookie'])),
      'x-forwarded-for': ip,
    },
    payload: formBody({ _csrf: csrfFrom(page.body), email: demoEmail('editor'), password: DEMO_PASSWORD }),
  });
  assert.equal(res.statusCode, 303);
});

for (const route of ROUTE_TABLE) {
  const label = typeof route.url === 'string' ? route.url : route.url.toString().match(/`([^`]+)`/)?.[1];
  test(`${route.method} ${label} at encoded addresses: no-store, sign-in for nobody${route.method === 'POST' ? ', CSRF check' : ''}`, async () => {
    const url = typeof route.url === 'string' ? route.url : await route.url(ctx);
    const variants = encodedVariants(url);
    assert.ok(variants.length > 0, `no encoded variant of ${url}`);
    for (const encoded of variants) {
      const anonymous = await t.app.inject({
        method: route.method,
        url: encoded,
        headers: route.method === 'POST' ? FORM : {},
        payload: route.method === 'POST' ? formBody(route.body ?? {}) : undefined,
      });
      assert.equal(
        anonymous.statusCode,
        303,
        `nobody: ${route.method} ${encoded} answered ${anonymous.statusCode}`,
      );
      assert.match(String(anonymous.headers.location), /^\/(darbs\/ieiet|en\/work\/sign-in)/);
      assert.match(String(anonymous.headers['cache-control']), /no-store/, `${encoded} may be cached`);

      const signedIn = await t.app.inject({
        method: route.method,
        url: encoded,
        headers: route.method === 'POST' ? { ...FORM, cookie: admin.cookie } : { cookie: admin.cookie },
        // A POST without the token: whatever the route does, the CSRF check must come first.
        payload: route.method === 'POST' ? formBody(route.body ?? {}) : undefined,
      });
      assert.match(String(signedIn.headers['cache-control']), /no-store/, `${encoded} may be cached`);
      if (route.method === 'POST') {
        assert.equal(
          signedIn.statusCode,
          403,
          `POST ${encoded} without a token answered ${signedIn.statusCode}`,
        );
        assert.match(signedIn.body, /Veidlapa ir novecojusi|The form has expired/);
      } else {
        assert.ok(signedIn.statusCode < 500, `GET ${encoded} answered ${signedIn.statusCode}`);
      }
    }
  });
}
