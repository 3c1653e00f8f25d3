// Open311 bad input (issue 9): each refused with the right status in the spec's format, nothing written.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { systemActor } from '../../src/platform/auth/actor';
import { revokeApiKey } from '../../src/platform/auth/api-keys';
import { multipartBody } from '../cases/http-helpers';
import { type TestApp, testApp } from '../helpers/app';
import { count, FORM, newKey, parseXml, post, SERVICE, setForm, validRequest } from './helpers';

let t: TestApp;
let key: string;
before(async () => {
  t = await testApp();
  await setForm(t.database.db, SERVICE, FORM);
  key = (await newKey(t.database.db)).key;
});
after(() => t.close());

type Json = Record<string, unknown>;

/** Sends in JSON and XML; both must answer `status` in the spec's format and write nothing. */
async function refused(
  status: number,
  body: Record<string, string | string[]> | string,
  expect?: RegExp,
  headers: Record<string, string> = {},
) {
  const before = await Promise.all([count(t.database.db, 'case_file'), count(t.database.db, 'party')]);
  for (const format of ['json', 'xml']) {
    const res =
      typeof body === 'string'
        ? await t.app.inject({
            method: 'POST',
            url: `/open311/v2/requests.${format}`,
            headers: { 'content-type': 'application/json', ...headers },
            payload: body,
          })
        : await post(t, body, format, headers);
    assert.equal(res.statusCode, status, `${format}: ${res.body.slice(0, 300)}`);
    const errors =
      format === 'json'
        ? (res.json() as Json[])
        : (parseXml(res.body) as { errors: { error: Json[] } }).errors.error;
    assert.ok(errors.length >= 1);
    for (const e of errors) {
      assert.equal(String(e.code), String(status));
      assert.equal(typeof e.description, 'string');
    }
    if (expect)
      assert.ok(
        errors.some((e) => expect.test(String(e.description))),
        JSON.stringify(errors),
      );
  }
  const after = await Promise.all([count(t.database.db, 'case_file'), count(t.database.db, 'party')]);
  assert.deepEqual(after, before, 'nothing was written');
}

test('a missing, malformed, unknown or revoked api_key is a 403', async () => {
  const { api_key: _, ...noKey } = validRequest(key);
  await refused(403, noKey, /api_key/);
  await refused(403, { ...noKey, api_key: 'guess' });
  await refused(403, { ...noKey, api_key: `pietura_${'A'.repeat(43)}` });
  const other = await newKey(t.database.db, 'Soon revoked');
  assert.equal((await post(t, validRequest(other.key))).statusCode, 201);
  assert.equal(await revokeApiKey(t.database.db, systemActor('test'), other.id), 'revoked');
  await refused(403, validRequest(other.key), /atsaukta/);
});

test('an unknown service_code is a 404; a missing one is a 400', async () => {
  await refused(404, { ...validRequest(key), service_code: 'no-such-service' });
  await refused(404, { ...validRequest(key), service_code: '../../etc' });
  const { service_code: _, ...noCode } = validRequest(key);
  await refused(400, noCode, /service_code/);
});

test('a missing required attribute, a value not in a list, an unknown attribute, a file attribute are 400', async () => {
  const { 'attribute[place]': _, ...noPlace } = validRequest(key);
  await refused(400, noPlace, /attribute\[place\]/);
  await refused(400, { ...validRequest(key), 'attribute[goods]': 'weapons' }, /attribute\[goods\]/);
  await refused(400, { ...validRequest(key), 'attribute[days][]': ['sat', 'holiday'] }, /attribute\[days\]/);
  await refused(400, { ...validRequest(key), 'attribute[stalls]': '99' }, /attribute\[stalls\]/);
  await refused(400, { ...validRequest(key), 'attribute[start]': '2001-01-01' }, /attribute\[start\]/);
  await refused(400, { ...validRequest(key), 'attribute[colour]': 'red' }, /attribute\[colour\]/);
  await refused(400, { ...validRequest(key), 'attribute[plan]': '1' }, /attribute\[plan\]/);
  // The condition holds: the field it shows is required.
  const { 'attribute[power]': __, ...noPower } = validRequest(key);
  await refused(400, noPower, /attribute\[power\]/);
  // It does not: the hidden field is not asked and not required.
  const ok = await post(t, { ...noPower, 'attribute[electricity]': 'no' });
  assert.equal(ok.statusCode, 201, ok.body);
});

test('a number attribute is written as a machine writes it: a decimal comma or separators are a 400', async () => {
  for (const stalls of ['2,0', '1 2', '1,000'])
    await refused(
      400,
      { ...validRequest(key), 'attribute[stalls]': stalls },
      /attribute\[stalls\]: .*bez atdalītājiem un ar punktu pirms decimāldaļas/,
    );
  const ok = await post(t, { ...validRequest(key), 'attribute[stalls]': '2' });
  assert.equal(ok.statusCode, 201, ok.body);
});

test('a 10 MB description, a too long one, control characters, bad coordinates, e-mail or URL are 400', async () => {
  await refused(400, { ...validRequest(key), description: 'x'.repeat(10 * 1024 * 1024) });
  await refused(400, JSON.stringify({ ...validRequest(key), description: 'x'.repeat(10 * 1024 * 1024) }));
  await refused(400, { ...validRequest(key), description: 'x'.repeat(5001) }, /description/);
  await refused(400, { ...validRequest(key), description: 'zero\u0000byte' }, /description/);
  await refused(400, { ...validRequest(key), first_name: 'Bell\u0007' }, /first_name/);
  await refused(400, { ...validRequest(key), 'attribute[place]': 'esc\u001b[31m' }, /attribute\[place\]/);
  await refused(400, JSON.stringify({ ...validRequest(key), last_name: 'a\u0000b' }), /last_name/);
  await refused(400, { ...validRequest(key), lat: '91' }, /lat/);
  await refused(400, { ...validRequest(key), long: 'east' }, /long/);
  await refused(400, { ...validRequest(key), email: 'not-an-address' }, /email/);
  await refused(400, { ...validRequest(key), media_url: 'file:///etc/passwd' }, /media_url/);
  await refused(400, { ...validRequest(key), description: ['a', 'b'] }, /description/);
  await refused(400, JSON.stringify({ ...validRequest(key), description: { nested: true } }), /description/);
});

test('a multipart body (files) is a 400 in both formats, its description saying Open311 takes no files', async () => {
  const before = await count(t.database.db, 'case_file');
  for (const format of ['json', 'xml']) {
    const body = await multipartBody(undefined, validRequest(key));
    const res = await t.app.inject({ method: 'POST', url: `/open311/v2/requests.${format}`, ...body });
    assert.equal(res.statusCode, 400, `${format}: ${res.body.slice(0, 300)}`);
    const errors =
      format === 'json'
        ? (res.json() as Json[])
        : (parseXml(res.body) as { errors: { error: Json[] } }).errors.error;
    assert.equal(String(errors[0]!.code), '400');
    assert.match(String(errors[0]!.description), /multipart\/form-data/);
  }
  assert.equal(await count(t.database.db, 'case_file'), before);
});

test('an applicant without a name or a contact is a 400; a bad phone too', async () => {
  const { first_name: _, last_name: __, ...noName } = validRequest(key);
  await refused(400, noName, /first_name/);
  const { email: ___, phone: ____, ...noContact } = validRequest(key);
  await refused(400, noContact, /email/);
  await refused(400, { ...noContact, phone: 'call me' }, /phone/);
});

test('unreadable bodies and a bad Idempotency-Key are 400', async () => {
  await refused(400, '{"api_key": ', undefined);
  await refused(400, validRequest(key), /Idempotency-Key/, { 'idempotency-key': 'x'.repeat(201) });
  const res = await t.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    headers: { 'content-type': 'text/plain' },
    payload: 'hello',
  });
  assert.ok([400, 403].includes(res.statusCode), res.body);
  assert.ok(Array.isArray(res.json()));
});

test('the same Idempotency-Key under the same key gives the same case; another key makes its own', async () => {
  const headers = { 'idempotency-key': 'client-42' };
  const first = await post(t, validRequest(key), 'json', headers);
  const again = await post(t, validRequest(key), 'json', headers);
  assert.equal(first.statusCode, 201);
  assert.equal(again.statusCode, 200);
  const id = (r: typeof first) => (r.json() as Json[])[0]!.service_request_id;
  assert.equal(id(again), id(first));
  const other = await newKey(t.database.db, 'Another client');
  const theirs = await post(t, validRequest(other.key), 'json', headers);
  assert.equal(theirs.statusCode, 201);
  assert.notEqual(id(theirs), id(first));
  const [row] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM case_file WHERE registration_number = ${id(first) as string}`,
  );
  assert.equal(row!.n, 1);
});
