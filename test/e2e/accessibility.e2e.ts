import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { type E2E, firstItemLink, startE2E } from './harness';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const SITE = {
  lv: {
    home: '/',
    services: '/pakalpojumi',
    search: '/pakalpojumi?q=gimene',
    lifeSituations: '/dzives-situacijas',
    centres: '/centri',
    notFound: '/nav-tadas-lapas',
  },
  en: {
    home: '/en',
    services: '/en/services',
    search: '/en/services?q=family',
    lifeSituations: '/en/life-situations',
    centres: '/en/centres',
    notFound: '/en/no-such-page',
  },
} as const;

let e2e: E2E;
let page: Page;
before(async () => {
  e2e = await startE2E();
  page = await e2e.newPage({ javaScript: true });
});
after(() => e2e?.close());

function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string {
  return results.violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
      );
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
    })
    .join('\n');
}

async function assertAccessible(path: string, expectedStatus = 200): Promise<void> {
  const response = await page.goto(path);
  assert.equal(response?.status(), expectedStatus, `${path} answers ${expectedStatus}`);
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  assert.ok(results.passes.length > 0, `axe checked ${path}`);
  assert.equal(
    results.violations.length,
    0,
    `axe found WCAG 2.1 AA violations on ${path}:\n${describeViolations(results)}`,
  );
}

for (const locale of ['lv', 'en'] as const) {
  const site = SITE[locale];

  test(`${locale}: the home page has no WCAG 2.1 AA violations`, () => assertAccessible(site.home));
  test(`${locale}: the catalogue has no WCAG 2.1 AA violations`, () => assertAccessible(site.services));
  test(`${locale}: the catalogue with a search has no WCAG 2.1 AA violations`, () =>
    assertAccessible(site.search));

  test(`${locale}: a service page has no WCAG 2.1 AA violations`, async () => {
    await page.goto(site.services);
    await assertAccessible(await firstItemLink(page, site.services));
  });

  test(`${locale}: a life situation page has no WCAG 2.1 AA violations`, async () => {
    await page.goto(site.home);
    await assertAccessible(await firstItemLink(page, site.lifeSituations));
  });

  test(`${locale}: the centres list has no WCAG 2.1 AA violations`, () => assertAccessible(site.centres));

  test(`${locale}: a centre page has no WCAG 2.1 AA violations`, async () => {
    await page.goto(site.centres);
    await assertAccessible(await firstItemLink(page, site.centres));
  });

  test(`${locale}: the 404 page has no WCAG 2.1 AA violations`, () => assertAccessible(site.notFound, 404));
}
