import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/app';
import { query } from '../../src/db/connection';
import { pageCacheKey } from '../../src/platform/web/page-cache';
import { type TestApp, testApp, watchedLog } from '../helpers/app';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const code = 'sunu-registracija';

async function rename(lv: string): Promise<void> {
  await query(
    t.database.db,
    sql`UPDATE service_version SET name = jsonb_set(name, '{lv}', to_jsonb(${lv}::text))
        WHERE status = 'published' AND service_id = (SELECT id FROM service WHERE code = ${code})`,
  );
}

test('a cached public page changes as soon as the catalogue changes, even by a write outside the app', async () => {
  const first = await t.app.inject(`/pakalpojumi/${code}`);
  assert.equal(first.statusCode, 200, `demo service ${code} exists`);
  const again = await t.app.inject(`/pakalpojumi/${code}`);
  assert.equal(again.body, first.body);
  assert.equal(again.headers['content-type'], first.headers['content-type']);
  assert.equal(again.headers['content-security-policy'], first.headers['content-security-policy']);

  await rename('Pārdēvēts pakalpojums Zz');
  const renamed = await t.app.inject(`/pakalpojumi/${code}`);
  assert.match(renamed.body, /Pārdēvēts pakalpojums Zz/);
  const api = await t.app.inject(`/api/services/${code}`);
  assert.equal(api.json().name.lv, 'Pārdēvēts pakalpojums Zz');
});

test('the search API caches each query separately and follows the catalogue', async () => {
  const before = await t.app.inject('/api/services?q=Zzuniq');
  assert.equal(before.json().total, 0);
  await rename('Zzuniq suņu reģistrācija');
  const afterRename = await t.app.inject('/api/services?q=Zzuniq');
  assert.equal(afterRename.json().total, 1);
  const other = (await t.app.inject('/api/services?q=gimene')).json();
  assert.ok(other.total > 1, 'another query has its own answer');
  assert.ok(!other.items.some((i: { code: string }) => i.code === code));
});

test('not-found answers are never cached', async () => {
  const missing = await t.app.inject('/pakalpojumi/nav-tada-pakalpojuma');
  assert.equal(missing.statusCode, 404);
  const again = await t.app.inject('/pakalpojumi/nav-tada-pakalpojuma');
  assert.equal(again.statusCode, 404);
  assert.match(again.body, /Lapa nav atrasta/);
});

test('the cache key is the decoded path and the known parameters in order; unknown parameters are not cached', () => {
  const known = ['q', 'page'];
  assert.equal(pageCacheKey('/pakalpojumi', known), '/pakalpojumi');
  assert.equal(pageCacheKey('/pakalpojumi?', known), '/pakalpojumi');
  assert.equal(
    pageCacheKey('/pakalpojumi?q=a&page=2', known),
    pageCacheKey('/pakalpojumi?page=2&q=a', known),
  );
  assert.equal(pageCacheKey('/%70akalpojumi?q=a', known), '/pakalpojumi?q=a');
  assert.equal(pageCacheKey('/pakalpojumi?utm_source=x', known), undefined);
  assert.equal(pageCacheKey('/pakalpojumi?q=a&junk=1', known), undefined);
  assert.equal(pageCacheKey('/pakalpojumi/%E0%A4%A', known), undefined);
});

test('300 requests with junk parameters do not grow the cache beyond its byte bound', async () => {
  const log = watchedLog();
  const app = await buildApp(
    {
      database: t.database,
      config: { PIETURA_PUBLIC_URL: 'http://localhost:3000', PIETURA_PAGE_CACHE_MB: 1 },
    },
    { logger: log.logger },
  );
  try {
    const bound = app.pageCache.stats().maxBytes;
    assert.equal(bound, 1024 * 1024);
    const first = await app.inject('/pakalpojumi?q=pase&page=1');
    assert.equal((await app.inject('/pakalpojumi?page=1&q=pase')).body, first.body);
    assert.equal(app.pageCache.stats().hits, 1, 'the same known parameters in another order are one entry');

    const before = app.pageCache.stats().entries;
    // A search that finds nothing: a small page, so 300 of them cost little; without the unknown
    // parameters it is cached (the searches below are).
    for (let i = 0; i < 300; i++) {
      const res = await app.inject(`/pakalpojumi?q=junk&utm_source=junk${i}&fbclid=${'x'.repeat(100)}${i}`);
      assert.equal(res.statusCode, 200);
    }
    assert.equal(app.pageCache.stats().entries, before, 'pages with unknown parameters are not cached');

    for (let i = 0; i < 300; i++) {
      const res = await app.inject(`/pakalpojumi?q=junk${i}`);
      assert.equal(res.statusCode, 200);
      const { bytes, maxBytes } = app.pageCache.stats();
      assert.ok(
        bytes <= maxBytes,
        `after ${i + 1} junk searches the cache holds ${bytes} bytes > ${maxBytes}`,
      );
    }
    const { entries, bytes } = app.pageCache.stats();
    assert.ok(entries < 300, `${entries} entries: the oldest were dropped`);
    assert.ok(bytes > bound / 2, 'the cache is used up to its bound, not emptied');
    const hits = app.pageCache.stats().hits;
    await app.inject('/pakalpojumi?q=junk299');
    assert.equal(app.pageCache.stats().hits, hits + 1, 'the most recent entry is still there');
  } finally {
    await app.close();
    log.assertClean();
  }
});
