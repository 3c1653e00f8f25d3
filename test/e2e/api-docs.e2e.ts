import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type E2E, startE2E, watchProblems } from './harness';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e.close());

test('Swagger UI at /api/docs works under the strict CSP: operations render, nothing is blocked', async () => {
  const page = await e2e.newPage({ javaScript: true });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const problems = watchProblems(page);
  const res = await page.goto('/api/docs');
  assert.equal(res?.status(), 200);
  const csp = res?.headers()['content-security-policy'] ?? '';
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /https:/);
  await page.locator('.opblock-summary-path', { hasText: '/api/services' }).first().waitFor();
  assert.ok((await page.locator('.opblock').count()) >= 4, 'every catalogue operation is listed');
  await page.locator('.opblock-summary', { hasText: '/api/life-situations' }).first().click();
  await page.getByRole('button', { name: 'Try it out' }).click();
  await page.getByRole('button', { name: 'Execute' }).click();
  await page.locator('.responses-table .response-col_status', { hasText: '200' }).first().waitFor();
  assert.deepEqual(violations, [], 'the browser blocked nothing');
  assert.deepEqual(problems.list(), []);
});
