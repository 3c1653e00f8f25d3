import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createUser } from '../../src/modules/staff/service';
import { type Role, systemActor } from '../../src/platform/auth/actor';
import { hashPassword } from '../../src/platform/auth/password';
import { type TestApp, testApp } from '../helpers/app';
import { ALL_ROLES, type Browser, demoEmail, ensureDemoStaff, FORM, formBody, signIn } from './helpers';
import { ROUTE_TABLE, type RouteContext } from './route-table';

let t: TestApp;
const browsers = new Map<Role, Browser>();
let throwaways = 0;
let ctx: RouteContext;

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  for (const role of ALL_ROLES) browsers.set(role, await signIn(t.app, demoEmail(role)));
  const known = { passwordHash: await hashPassword('throwaway password') };
  ctx = {
    db: t.database.db,
    async throwawayUser() {
      throwaways++;
      const created = await createUser(
        t.database.db,
        systemActor('test'),
        {
          email: `throwaway-${throwaways}@ilukste.example`,
          name: `Throwaway ${throwaways}`,
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

function isSignInRedirect(url: string, location: string | undefined): boolean {
  const signIn = url.startsWith('/en/') ? '/en/work/sign-in' : '/darbs/ieiet';
  return location === signIn || Boolean(location?.startsWith(`${signIn}?next=`));
}

for (const route of ROUTE_TABLE) {
  const label = typeof route.url === 'string' ? route.url : route.url.toString().match(/`([^`]+)`/)?.[1];
  test(`${route.method} ${label}: allowed for ${route.allowed.join(', ')}; 403 for the rest; sign-in for nobody`, async () => {
    for (const role of ALL_ROLES) {
      const browser = browsers.get(role)!;
      const url = typeof route.url === 'string' ? route.url : await route.url(ctx);
      const res = await t.app.inject({
        method: route.method,
        url,
        headers: route.method === 'POST' ? { ...FORM, cookie: browser.cookie } : { cookie: browser.cookie },
        payload: route.method === 'POST' ? formBody({ ...route.body, _csrf: browser.csrf }) : undefined,
      });
      const location = res.headers.location as string | undefined;
      if (route.allowed.includes(role)) {
        assert.notEqual(res.statusCode, 403, `${role} was refused ${route.method} ${url}`);
        assert.ok(res.statusCode < 500, `${role}: ${route.method} ${url} answered ${res.statusCode}`);
        assert.ok(!isSignInRedirect(url, location), `${role} was sent to sign in by ${route.method} ${url}`);
      } else {
        assert.equal(
          res.statusCode,
          403,
          `${role} was not refused ${route.method} ${url} (${res.statusCode})`,
        );
        assert.match(res.body, /Jums nav tiesību|You do not have permission/);
      }
      if (route.endsSession) browsers.set(role, await signIn(t.app, demoEmail(role)));
    }

    const url = typeof route.url === 'string' ? route.url : await route.url(ctx);
    const anonymous = await t.app.inject({
      method: route.method,
      url,
      headers: route.method === 'POST' ? FORM : {},
      payload: route.method === 'POST' ? formBody(route.body ?? {}) : undefined,
    });
    assert.equal(
      anonymous.statusCode,
      303,
      `nobody: ${route.method} ${url} answered ${anonymous.statusCode}`,
    );
    assert.ok(
      isSignInRedirect(url, anonymous.headers.location as string),
      `nobody was not sent to sign in by ${url}`,
    );
    if (route.method === 'GET') {
      assert.ok((anonymous.headers.location as string).endsWith(`?next=${encodeURIComponent(url)}`));
    }
  });
}

test('the route table covers every staff route the app has (except the sign-in page)', async () => {
  const urls: { method: string; url: string }[] = [];
  for (const route of ROUTE_TABLE) {
    urls.push({
      method: route.method,
      url: typeof route.url === 'string' ? route.url : await route.url(ctx),
    });
  }
  const missing = t.app.staffRouteList
    .filter((r) => !r.allowAnonymous && r.method !== 'HEAD')
    .filter((r) => {
      const pattern = new RegExp(`^${r.url.replace(/:[^/]+/g, '[^/]+')}$`);
      return !urls.some((u) => u.method === r.method && pattern.test(u.url.split('?')[0]!));
    })
    .map((r) => `${r.method} ${r.url}`);
  assert.deepEqual(missing, [], 'add these routes to test/staff/route-table.ts');
});
