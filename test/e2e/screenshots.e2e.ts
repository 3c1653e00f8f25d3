import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type E2E, firstItemLink, startE2E, watchProblems } from './harness';

// Full-page screenshots for a person to look at (test-results/ is gitignored); the test checks they were taken
// with the design system loaded, the looking is done by eye.
const OUT = join(process.cwd(), 'test-results');

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
  mkdirSync(OUT, { recursive: true });
});
after(() => e2e?.close());

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 390, height: 844 },
} as const;

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`screenshots of the home and a service page (${name})`, async (t) => {
    const page = await e2e.newPage({ javaScript: true, viewport });
    const problems = watchProblems(page);
    await page.goto('/');
    const styled = await page.evaluate(
      () => getComputedStyle(document.querySelector('h1') ?? document.body).fontFamily,
    );
    assert.match(styled, /source sans/i, 'the design system stylesheet is applied');
    const home = join(OUT, `home-${name}.png`);
    await page.screenshot({ path: home, fullPage: true });

    await page.goto('/pakalpojumi');
    await page.goto(await firstItemLink(page, '/pakalpojumi'));
    const service = join(OUT, `service-${name}.png`);
    await page.screenshot({ path: service, fullPage: true });

    for (const file of [home, service]) {
      assert.ok(statSync(file).size > 10_000, `${file} holds a rendered page`);
      t.diagnostic(`screenshot: ${file}`);
    }
    assert.deepEqual(problems.list(), []);
  });
}
