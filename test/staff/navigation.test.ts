import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Role } from '../../src/platform/auth/actor';
import { type TestApp, testApp } from '../helpers/app';
import { ALL_ROLES, type Browser, demoEmail, ensureDemoStaff, signIn } from './helpers';
import { ROUTE_TABLE } from './route-table';

let t: TestApp;
const browsers = new Map<Role, Browser>();

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  for (const role of ALL_ROLES) browsers.set(role, await signIn(t.app, demoEmail(role)));
});
after(() => t.close());

/** The links of the workspace navigation on a page. */
function navigationLinks(html: string): string[] {
  const list = /<ul class="govuk-service-navigation__list"[^>]*>(.*?)<\/ul>/s.exec(html)?.[1];
  assert.ok(list, 'the page has the workspace navigation');
  return [...list.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

// The navigation decides what to show by the roles, the services decide what to allow: a link shown to a role
// that is refused, or hidden from a role that may use the page, is found here (the route table is the truth).
for (const home of ['/darbs', '/en/work']) {
  test(`${home}: the navigation links exactly the pages each role may open`, async () => {
    const shown = new Map<Role, string[]>();
    for (const role of ALL_ROLES) {
      const res = await t.app.inject({
        method: 'GET',
        url: home,
        headers: { cookie: browsers.get(role)!.cookie },
      });
      assert.equal(res.statusCode, 200, role);
      shown.set(role, navigationLinks(res.body));
    }
    const every = new Set([...shown.values()].flat());
    assert.ok(every.size >= 10, `the navigation has the workspace's pages (${[...every].join(', ')})`);
    for (const href of every) {
      const route = ROUTE_TABLE.find((r) => r.method === 'GET' && r.url === href);
      assert.ok(route, `${href} is in the route table`);
      for (const role of ALL_ROLES)
        assert.equal(
          shown.get(role)!.includes(href),
          route.allowed.includes(role),
          `${role}: ${href} ${shown.get(role)!.includes(href) ? 'shown but not allowed' : 'allowed but not shown'}`,
        );
    }
  });
}
