import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type E2E, startE2E, watchProblems } from './harness';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

async function h1(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

/** Clicks a link and waits until the browser has loaded the page it points to. */
async function follow(page: Page, link: ReturnType<Page['locator']>): Promise<void> {
  const target = await link.getAttribute('href');
  assert.ok(target, 'the link has an address');
  await Promise.all([
    page.waitForURL((url) => url.pathname === new URL(target, page.url()).pathname),
    link.click(),
  ]);
}

/**
 * A resident searches for a family service, reads it, follows a life situation to one of its services,
 * and switches to English — the same steps with and without JavaScript.
 */
async function residentJourney(page: Page): Promise<void> {
  const problems = watchProblems(page);

  await page.goto('/');
  assert.equal(await page.getAttribute('html', 'lang'), 'lv');
  const search = page.locator('main form[action="/pakalpojumi"] input[name="q"]').first();
  await search.fill('gimene');
  await Promise.all([page.waitForURL(/\/pakalpojumi\?(.*&)?q=gimene/), search.press('Enter')]);

  const results = page.locator('main a[href^="/pakalpojumi/"]');
  assert.ok((await results.count()) > 0, 'searching "gimene" finds services');
  assert.match(
    (await page.locator('main').textContent()) ?? '',
    /ģimen/i,
    'the results are about the family',
  );

  const first = results.first();
  const serviceName = ((await first.textContent()) ?? '').trim();
  assert.ok(serviceName.length > 0);
  await follow(page, first);
  assert.match(new URL(page.url()).pathname, /^\/pakalpojumi\/[^/]+$/);
  assert.equal(await h1(page), serviceName, 'the service page is headed by the service name');

  await follow(page, page.locator('header a[href="/"]').first());
  const situation = page.locator('main a[href^="/dzives-situacijas/"]').first();
  const situationTitle = ((await situation.textContent()) ?? '').trim();
  await follow(page, situation);
  assert.equal(await h1(page), situationTitle, 'the life situation page is headed by its title');

  const step = page.locator('main a[href^="/pakalpojumi/"]').first();
  await follow(page, step);
  assert.match(new URL(page.url()).pathname, /^\/pakalpojumi\/[^/]+$/);
  const stepServiceName = await h1(page);
  assert.ok(stepServiceName.length > 0, 'the step leads to a service page with a heading');

  await follow(page, page.locator('header a[hreflang="en"]'));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(new URL(page.url()).pathname, /^\/en\/services\/[^/]+$/);
  assert.ok((await h1(page)).length > 0, 'the English service page has a heading');

  assert.deepEqual(problems.list(), [], 'no page, asset or script failed');
}

test('a resident finds a service, follows a life situation and switches to English (JavaScript on)', async () => {
  const page = await e2e.newPage({ javaScript: true });
  await residentJourney(page);
  assert.equal(
    await page.evaluate(() => document.body.classList.contains('js-enabled')),
    true,
    'the progressive enhancement script ran',
  );
});

test('the same journey works without JavaScript', async () => {
  const page = await e2e.newPage({ javaScript: false });
  await residentJourney(page);
});
