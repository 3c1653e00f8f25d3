import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { service, serviceVersion } from '../../src/db/schema';
import { collator } from '../../src/platform/i18n';
import { type TestApp, testApp } from '../helpers/app';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

interface Item {
  code: string;
  name: { lv: string; en: string };
  description: { lv: string; en: string };
  category: { code: string; name: { lv: string; en: string } };
  unit: { code: string; name: { lv: string; en: string } };
  feeCents: number;
  processingTime: { value: number; unit: string };
  applyChannels: string[];
  receiveChannels: string[];
  onTheSpot: boolean;
  eserviceMaturity: number;
  oneStopLevel: string;
  url: { lv: string; en: string };
}
interface Page {
  total: number;
  page: number;
  pageSize: number;
  items: Item[];
}

const ITEM_KEYS = [
  'applyChannels',
  'category',
  'code',
  'description',
  'eserviceMaturity',
  'feeCents',
  'name',
  'onTheSpot',
  'oneStopLevel',
  'processingTime',
  'receiveChannels',
  'unit',
  'url',
];

async function get(url: string) {
  const res = await t.app.inject(url);
  assert.match(res.headers['content-type'] as string, /application\/json/, url);
  return res;
}

async function page(query: string): Promise<Page> {
  const res = await get(`/api/services?${query}`);
  assert.equal(res.statusCode, 200, `${query}: ${res.body.slice(0, 200)}`);
  return res.json();
}

/** Every item of a listing, fetched page by page. */
async function everything(query = ''): Promise<Item[]> {
  const items: Item[] = [];
  for (let n = 1; ; n++) {
    const p = await page(`${query}&pageSize=100&page=${n}`);
    items.push(...p.items);
    if (items.length >= p.total || p.items.length === 0) return items;
  }
}

function assertWellFormed(body: Page) {
  assert.ok(Number.isInteger(body.total) && body.total >= 0);
  assert.ok(body.items.length <= body.pageSize);
  for (const item of body.items) {
    assert.deepEqual(Object.keys(item).sort(), ITEM_KEYS);
    assert.equal(typeof item.name.lv, 'string');
    assert.equal(typeof item.name.en, 'string');
  }
}

test('GET /api/services lists the published catalogue, 20 a page, sorted by Latvian name', async () => {
  const first = await page('');
  assert.equal(first.page, 1);
  assert.equal(first.pageSize, 20);
  assert.equal(first.items.length, Math.min(20, first.total));
  assertWellFormed(first);
  const all = await everything();
  assert.equal(all.length, first.total);
  assert.ok(all.length > 20);
  const names = all.map((i) => i.name.lv);
  assert.deepEqual(names, [...names].sort(collator.compare));
  assert.deepEqual(new Set(all.map((i) => i.code)).size, all.length, 'no service twice');
});

test('each item carries its names, unit, fee, time, channels and public addresses in both languages', async () => {
  const [item] = (await page('q=dzivesvietas%20deklaresana')).items;
  assert.ok(item);
  assert.equal(item.name.lv, 'Dzīvesvietas deklarēšana');
  assert.ok(item.name.en.length > 0 && item.description.lv.length > 0 && item.description.en.length > 0);
  assert.match(item.unit.code, /^[a-z0-9-]+$/);
  assert.ok(item.unit.name.lv.length > 0);
  assert.ok(item.category.name.en.length > 0);
  assert.ok(Number.isInteger(item.feeCents));
  assert.ok(['working_days', 'calendar_days'].includes(item.processingTime.unit));
  assert.ok(item.applyChannels.length > 0);
  assert.ok(['information', 'application', 'full'].includes(item.oneStopLevel));
  assert.equal(item.url.lv, `http://localhost:3000/pakalpojumi/${item.code}`);
  assert.equal(item.url.en, `http://localhost:3000/en/services/${item.code}`);
  assert.equal((await t.app.inject(new URL(item.url.lv).pathname)).statusCode, 200);
});

test('paging returns consecutive slices of the same order', async () => {
  const all = await everything();
  const second = await page('page=2&pageSize=7');
  assert.equal(second.total, all.length);
  assert.deepEqual(
    second.items.map((i) => i.code),
    all.slice(7, 14).map((i) => i.code),
  );
  const beyond = await page('page=999&pageSize=100');
  assert.deepEqual(beyond.items, []);
  assert.equal(beyond.total, all.length);
});

test('filters narrow the list, and every item meets them', async () => {
  const all = await everything();
  const some = all[0]!;
  const checks: [string, (i: Item) => boolean][] = [
    [`category=${some.category.code}`, (i) => i.category.code === some.category.code],
    [`unit=${some.unit.code}`, (i) => i.unit.code === some.unit.code],
    ['channel=post', (i) => i.applyChannels.includes('post')],
    ['eservice=true', (i) => i.applyChannels.some((c) => c === 'portal' || c === 'latvija_lv')],
    ['onTheSpot=true', (i) => i.onTheSpot],
  ];
  for (const [query, holds] of checks) {
    const items = await everything(query);
    assert.ok(items.length > 0, `${query} finds something`);
    assert.ok(items.every(holds), `${query}: every item matches`);
    assert.equal(items.length, all.filter(holds).length, `${query}: and none is missing`);
  }
  const combined = await everything(`q=pabalsts&category=${some.category.code}`);
  assert.ok(combined.every((i) => i.category.code === some.category.code));
});

test('q searches: relevance order, diacritics optional', async () => {
  const found = await page('q=gimene&pageSize=100');
  assert.ok(found.total >= 2);
  assert.ok(found.items.slice(0, 2).every((i) => /ģimen/i.test(i.name.lv)));
  const declaration = await page('q=deklaresana');
  assert.equal(declaration.items[0]?.name.lv, 'Dzīvesvietas deklarēšana');
  assert.deepEqual(await page('q=nekas%20tada%20neeksiste%20xyzzy'), {
    total: 0,
    page: 1,
    pageSize: 20,
    items: [],
  });
});

test('bad paging or an unknown channel is a 400 with a message, never a 500', async () => {
  for (const query of [
    'pageSize=101',
    'pageSize=0',
    'pageSize=abc',
    'page=0',
    'page=-1',
    'page=1.5',
    'page=99999999999999999999',
    'channel=fax',
    'eservice=maybe',
    `q=${'x'.repeat(10_001)}`,
  ]) {
    const res = await get(`/api/services?${query}`);
    assert.equal(res.statusCode, 400, query);
    const body = res.json();
    assert.equal(body.error, 'bad_request');
    assert.ok(typeof body.message === 'string' && body.message.length > 0, query);
  }
});

test('odd but harmless parameters are answered normally', async () => {
  for (const query of [
    'q=',
    'q=%20',
    'category=NO',
    'unit=%27%3B--',
    'centre=%3Cx%3E',
    'q=a&q=b',
    'x=1',
    'q=%E0%A4%A',
  ]) {
    const res = await get(`/api/services?${query}`);
    assert.ok(res.statusCode === 200 || res.statusCode === 400, `${query}: ${res.statusCode}`);
    if (res.statusCode === 200) assertWellFormed(res.json());
  }
});

test('GET /api/services/{code} gives the whole public standard and never its internal notes', async () => {
  const code = 'dzivesvietas-deklaresana';
  await t.database.db.execute(
    sql`UPDATE service_version SET internal_notes = 'STAFF-ONLY-NOTE' WHERE service_id = (SELECT id FROM service WHERE code = ${code})`,
  );
  const res = await get(`/api/services/${code}`);
  assert.equal(res.statusCode, 200);
  assert.doesNotMatch(res.body, /STAFF-ONLY-NOTE|internalNotes/);
  const s = res.json();
  assert.equal(s.code, code);
  for (const key of [
    'name',
    'description',
    'whoMayApply',
    'requiredDocuments',
    'result',
    'feeCents',
    'feeNote',
    'processingTime',
    'legalBasis',
    'legalLevel',
    'applyChannels',
    'receiveChannels',
    'centres',
    'centreException',
    'onTheSpot',
    'eserviceMaturity',
    'eserviceUrl',
    'contact',
    'unit',
    'category',
    'oneStopLevel',
    'version',
    'validFrom',
    'reviewDue',
    'url',
  ]) {
    assert.ok(key in s, `the standard has ${key}`);
  }
  assert.ok(s.requiredDocuments.length > 0 && s.requiredDocuments[0].name.lv);
  assert.ok(s.legalBasis.length > 0 && s.legalBasis[0].title.lv);
  assert.ok(['working_days', 'calendar_days'].includes(s.processingTime.unit));
  assert.ok(typeof s.unit.name.lv === 'string');
  const [row] = await t.database.db
    .select({ name: serviceVersion.name, version: serviceVersion.version })
    .from(serviceVersion)
    .innerJoin(service, eq(service.id, serviceVersion.serviceId))
    .where(sql`${service.code} = ${code} AND ${serviceVersion.status} = 'published'`);
  assert.deepEqual(s.name, row?.name);
  assert.equal(s.version, row?.version);
});

test('an unknown, unpublished or malformed code is a JSON 404', async () => {
  // A service whose only version is still a draft.
  const text = JSON.stringify({ lv: 'Projekts', en: 'Draft' });
  await t.database.db.execute(sql`
    WITH s AS (
      INSERT INTO service (code, owner_id, category_code)
      SELECT 'tikai-projekts', owner_id, category_code FROM service ORDER BY id LIMIT 1 RETURNING id)
    INSERT INTO service_version (service_id, version, status, name, description, who_may_apply, result,
      processing_time, processing_time_unit, legal_level, apply_channels, receive_channels)
    SELECT s.id, 1, 'draft', ${text}::jsonb, ${text}::jsonb, ${text}::jsonb, ${text}::jsonb,
      5, 'working_days', 'municipal', '["in_person"]'::jsonb, '["in_person"]'::jsonb FROM s`);
  const codes = ['no-such-service', 'tikai-projekts', 'BAD CODE', "x'--", '%3Cscript%3E', 'a'.repeat(300)];
  for (const code of codes) {
    const res = await get(`/api/services/${encodeURIComponent(code)}`);
    assert.equal(res.statusCode, 404, code);
    assert.equal(res.json().error, 'not_found');
  }
});

test('life situations: the list, one with its services in order, and a 404', async () => {
  const list = await get('/api/life-situations');
  assert.equal(list.statusCode, 200);
  const { items } = list.json() as { items: { code: string; title: { lv: string }; url: { en: string } }[] };
  assert.ok(items.length > 0);
  assert.ok(items[0]!.title.lv.length > 0);
  assert.match(items[0]!.url.en, /^http:\/\/localhost:3000\/en\/life-situations\//);
  const one = await get(`/api/life-situations/${items[0]!.code}`);
  assert.equal(one.statusCode, 200);
  const detail = one.json() as { code: string; steps: { position: number; service: Item }[] };
  assert.equal(detail.code, items[0]!.code);
  assert.ok(detail.steps.length > 0);
  const positions = detail.steps.map((s) => s.position);
  assert.deepEqual(
    positions,
    [...positions].sort((a, b) => a - b),
  );
  for (const step of detail.steps) {
    assert.equal(
      (await get(`/api/services/${step.service.code}`)).statusCode,
      200,
      'each step is a published service',
    );
  }
  assert.equal((await get('/api/life-situations/no-such-situation')).statusCode, 404);
});

test('property: any string as q gets a 200 with a well-formed page', async () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom("' OR 1=1 --", '%', '_', '\\', '<script>', 'ģimene', 'pabalsts'),
  );
  await fc.assert(
    fc.asyncProperty(anyText, async (q) => {
      // A lone surrogate cannot travel in a URL; a client sends U+FFFD in its place.
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/services',
        query: { q: q.replace(/\p{Cs}/gu, '\uFFFD') },
      });
      assert.equal(res.statusCode, 200, res.body.slice(0, 200));
      const body = res.json() as Page;
      assertWellFormed(body);
      assert.ok(body.items.length <= body.total);
    }),
    { numRuns: 150 },
  );
});
