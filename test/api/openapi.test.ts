import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app';

let t: TestApp;
before(async () => {
  t = await testApp({ demo: false });
});
after(() => t.close());

interface Operation {
  tags?: string[];
  summary?: string;
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
}

async function openapi() {
  const res = await t.app.inject('/api/openapi.json');
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /application\/json/);
  return res.json() as { openapi: string; paths: Record<string, { get?: Operation }> };
}

test('the API is described as OpenAPI 3.1', async () => {
  const doc = await openapi();
  assert.match(doc.openapi, /^3\.1\.\d+$/);
});

test('every catalogue route is documented with a tag, a summary, its parameters and responses', async () => {
  const { paths } = await openapi();
  for (const path of [
    '/api/services',
    '/api/services/{code}',
    '/api/life-situations',
    '/api/life-situations/{code}',
  ]) {
    const get = paths[path]?.get;
    assert.ok(get, `${path} is documented`);
    assert.deepEqual(get.tags, ['catalogue'], path);
    assert.ok(get.summary, `${path} has a summary`);
    assert.ok(get.responses['200'], `${path} documents its 200 answer`);
  }
  const search =
    paths['/api/services']?.get?.parameters?.filter((p) => p.in === 'query').map((p) => p.name) ?? [];
  for (const name of [
    'q',
    'category',
    'unit',
    'centre',
    'channel',
    'eservice',
    'onTheSpot',
    'page',
    'pageSize',
  ]) {
    assert.ok(search.includes(name), `GET /api/services documents ${name}`);
  }
  assert.ok(paths['/api/services/{code}']?.get?.responses['404'], 'the unknown code answer is documented');
  assert.deepEqual(
    paths['/api/services/{code}']?.get?.parameters?.map((p) => [p.name, p.in]),
    [['code', 'path']],
  );
});

test('the documented service standard has no internal notes', async () => {
  const res = await t.app.inject('/api/openapi.json');
  assert.doesNotMatch(res.body, /internalNotes|internal_notes/);
});

test('the Swagger UI at /api/docs loads, with every script and style it needs allowed by its CSP', async () => {
  const res = await t.app.inject('/api/docs');
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /text\/html/);
  assert.match(res.body, /id="swagger-ui"/);
  const csp = res.headers['content-security-policy'] as string;
  const sitePolicy = (await t.app.inject('/')).headers['content-security-policy'];
  assert.equal(csp, sitePolicy, 'the same policy as every other page');
  assert.match(csp, /script-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /https:|unsafe-inline|unsafe-eval|validator\.swagger\.io/);
  // No inline script: everything it runs comes from 'self', and each of those files is served.
  assert.doesNotMatch(res.body, /<script(?![^>]*\bsrc=)[^>]*>/);
  const assets = [...res.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(assets.some((a) => a.endsWith('swagger-ui-bundle.js')));
  for (const asset of assets) {
    const url = new URL(asset, 'http://localhost/api/docs');
    assert.equal(url.origin, 'http://localhost', `${asset} is served by us`);
    const file = await t.app.inject(url.pathname);
    assert.equal(file.statusCode, 200, asset);
  }
  const spec = await t.app.inject('/api/docs/json');
  assert.equal(spec.statusCode, 200);
  assert.match(spec.json().openapi, /^3\.1\./);
});

test('every Open311 endpoint is documented in JSON and XML under the open311 tag, with the api key', async () => {
  const doc = (await (await t.app.inject('/api/openapi.json')).json()) as {
    paths: Record<string, { get?: Operation; post?: Operation & { security?: unknown[] } }>;
    components: { securitySchemes: Record<string, { type: string }> };
  };
  for (const format of ['json', 'xml']) {
    for (const [path, method] of [
      [`/open311/v2/services.${format}`, 'get'],
      [`/open311/v2/services/{code}.${format}`, 'get'],
      [`/open311/v2/requests.${format}`, 'get'],
      [`/open311/v2/requests.${format}`, 'post'],
      [`/open311/v2/requests/{id}.${format}`, 'get'],
    ] as const) {
      const op = doc.paths[path]?.[method];
      assert.ok(op, `${method} ${path} is documented`);
      assert.deepEqual(op.tags, ['open311'], path);
      assert.ok(op.summary, `${path} has a summary`);
    }
    const post = doc.paths[`/open311/v2/requests.${format}`]!.post!;
    assert.ok(post.responses['403'] && post.responses['400'] && post.responses['429'], 'errors documented');
    assert.ok(post.security && post.security.length > 0, 'the api key is required');
  }
  assert.equal(doc.components.securitySchemes.apiKey?.type, 'apiKey');
});
