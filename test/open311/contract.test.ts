// Open311 GeoReport v2 contract: every endpoint in JSON and XML (the XML parsed, never grepped).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { seedSyntheticCases } from '../../src/modules/demo/volume';
import { type TestApp, testApp } from '../helpers/app';
import { FORM, newKey, parseXml, post, SERVICE, setForm, validRequest } from './helpers';

let t: TestApp;
let key: string;
before(async () => {
  t = await testApp();
  await setForm(t.database.db, SERVICE, FORM);
  key = (await newKey(t.database.db)).key;
});
after(() => t.close());

type Json = Record<string, unknown>;

test('GET services.json lists the services that take applications, in Latvian by default', async () => {
  const res = await t.app.inject('/open311/v2/services.json');
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /^application\/json/);
  const list = res.json() as Json[];
  assert.ok(list.length > 10);
  const s = list.find((x) => x.service_code === SERVICE)!;
  assert.ok(s, 'the service with a form is listed');
  assert.deepEqual(Object.keys(s).sort(), [
    'description',
    'group',
    'keywords',
    'metadata',
    'service_code',
    'service_name',
    'type',
  ]);
  assert.equal(s.metadata, true);
  assert.equal(s.type, 'batch');
  assert.match(String(s.service_name), /tirdzniec/i);
  assert.ok(!String(s.keywords).includes(' '), 'keywords are comma-separated');
  const without = list.find((x) => x.service_code !== SERVICE && x.metadata === false);
  assert.ok(without, 'a service without a form has metadata false');
  const [row] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM service_version v JOIN service s ON s.id = v.service_id
      WHERE v.status = 'published' AND jsonb_array_length(v.apply_channels) > 0
        AND (s.withdrawn_at IS NULL OR s.withdrawn_at > now())
        AND (v.valid_from IS NULL OR v.valid_from <= current_date)`,
  );
  assert.equal(list.length, row!.n, 'every published service in force that takes applications');
});

test('GET services.xml is the same list under <services><service>, and ?lang=en or Accept-Language give English', async () => {
  const json = (await t.app.inject('/open311/v2/services.json?lang=en')).json() as Json[];
  const res = await t.app.inject('/open311/v2/services.xml?lang=en');
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /^text\/xml/);
  const doc = parseXml(res.body) as { services: { service: Json[] } };
  assert.equal(doc.services.service.length, json.length);
  const s = doc.services.service.find((x) => x.service_code === SERVICE)!;
  const j = json.find((x) => x.service_code === SERVICE)!;
  assert.equal(s.service_name, j.service_name);
  assert.equal(s.metadata, 'true');
  assert.equal(s.group, j.group);
  const accept = await t.app.inject({
    url: '/open311/v2/services.json',
    headers: { 'accept-language': 'en-GB,en;q=0.9' },
  });
  assert.deepEqual(accept.json(), json);
  assert.match(String(accept.headers.vary), /Accept-Language/);
  const lv = (await t.app.inject('/open311/v2/services.json')).json() as Json[];
  assert.notEqual(lv.find((x) => x.service_code === SERVICE)!.service_name, j.service_name);
});

test('GET services/{code} gives the form as attributes with the mapped datatypes, in JSON and XML', async () => {
  const res = await t.app.inject(`/open311/v2/services/${SERVICE}.json`);
  assert.equal(res.statusCode, 200);
  const def = res.json() as { service_code: string; attributes: Json[] };
  assert.equal(def.service_code, SERVICE);
  const by = Object.fromEntries(def.attributes.map((a) => [a.code, a]));
  assert.deepEqual(
    def.attributes.map((a) => [a.code, a.datatype]),
    [
      ['place', 'string'],
      ['goods', 'singlevaluelist'],
      ['days', 'multivaluelist'],
      ['stalls', 'number'],
      ['start', 'datetime'],
      ['electricity', 'singlevaluelist'],
      ['power', 'string'],
      ['notes', 'text'],
      ['plan', 'string'],
    ],
  );
  assert.deepEqual(
    def.attributes.map((a) => a.order),
    [1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  assert.equal(by.place!.required, true);
  assert.equal(by.place!.variable, true);
  assert.equal(by.place!.description, 'Tirdzniecības vieta');
  assert.deepEqual(by.goods!.values, [
    { key: 'food', name: 'Pārtika' },
    { key: 'crafts', name: 'Amatniecība' },
  ]);
  assert.deepEqual(by.electricity!.values, [
    { key: 'yes', name: 'Jā' },
    { key: 'no', name: 'Nē' },
  ]);
  assert.equal(by.power!.required, false, 'a conditional field is not always required');
  assert.match(String(by.power!.datatype_description), /electricity/);
  assert.equal(by.plan!.variable, false, 'a file cannot be sent: the attribute only informs');
  assert.match(String(by.plan!.datatype_description), /failu/);

  const x = await t.app.inject(`/open311/v2/services/${SERVICE}.xml?lang=en`);
  assert.equal(x.statusCode, 200);
  const doc = parseXml(x.body) as {
    service_definition: { service_code: string; attributes: { attribute: Json[] } };
  };
  assert.equal(doc.service_definition.service_code, SERVICE);
  const attrs = doc.service_definition.attributes.attribute;
  assert.equal(attrs.length, 9);
  const goods = attrs.find((a) => a.code === 'goods') as { values: { value: Json[] }; description: string };
  assert.deepEqual(goods.values.value, [
    { key: 'food', name: 'Food' },
    { key: 'crafts', name: 'Crafts' },
  ]);
  assert.equal(goods.description, 'Goods');
  assert.equal(attrs[0]!.variable, 'true');
  assert.equal(attrs[0]!.required, 'true');
});

test('a service without a form has no attributes; an unknown one is a 404 in the spec format', async () => {
  const list = (await t.app.inject('/open311/v2/services.json')).json() as Json[];
  const plain = list.find((x) => x.metadata === false)!;
  const res = await t.app.inject(`/open311/v2/services/${plain.service_code}.json`);
  assert.deepEqual(res.json(), { service_code: plain.service_code, attributes: [] });
  const x = parseXml((await t.app.inject(`/open311/v2/services/${plain.service_code}.xml`)).body) as Json;
  assert.deepEqual(x, {
    '?xml': '',
    service_definition: { service_code: plain.service_code, attributes: '' },
  });

  for (const format of ['json', 'xml']) {
    const missing = await t.app.inject(`/open311/v2/services/no-such-service.${format}`);
    assert.equal(missing.statusCode, 404);
    const errors =
      format === 'json'
        ? (missing.json() as Json[])
        : (parseXml(missing.body) as { errors: { error: Json[] } }).errors.error;
    assert.equal(errors.length, 1);
    assert.equal(String(errors[0]!.code), '404');
    assert.ok(String(errors[0]!.description).length > 0);
  }
});

test('POST requests.json files a case and answers [{service_request_id, service_notice, account_id}]', async () => {
  const res = await post(t, validRequest(key));
  assert.equal(res.statusCode, 201, res.body);
  const [receipt, ...rest] = res.json() as Json[];
  assert.equal(rest.length, 0);
  assert.deepEqual(Object.keys(receipt!).sort(), ['account_id', 'service_notice', 'service_request_id']);
  assert.match(String(receipt!.service_request_id), /^ILN\/\d{4}\/\d{6}$/);
  assert.match(String(receipt!.service_notice), /līdz \d{2}\.\d{2}\.\d{4}\./);
  assert.equal(receipt!.account_id, null);

  const [c] = await query<{
    channel: string;
    fields: Record<string, string>;
    kind: string;
    name: string;
    email: string;
    personal_code: string | null;
    delivery: string;
  }>(
    t.database.db,
    sql`SELECT c.channel_in AS channel, c.fields, p.kind, p.name, p.email, p.personal_code, c.delivery_channel AS delivery
      FROM case_file c JOIN party p ON p.id = c.applicant_id WHERE c.registration_number = ${receipt!.service_request_id}`,
  );
  assert.equal(c!.channel, 'api');
  assert.equal(c!.kind, 'contact_person');
  assert.equal(c!.name, 'Jānis Bērziņš');
  assert.equal(c!.email, 'janis@example.lv');
  assert.equal(c!.personal_code, null);
  assert.equal(c!.delivery, 'email');
  assert.deepEqual(c!.fields, {
    place: 'Tirgus laukums',
    goods: 'Pārtika',
    electricity: 'Jā',
    power: '2',
    summary: 'Gribu tirgot medu tirgus laukumā.',
    address_string: 'Brīvības iela 1, Ilūkste',
    lat: '55.978',
    long: '26.295',
    media_url: 'https://example.lv/foto.jpg',
  });
});

test('POST requests.xml takes a JSON body, several values of a list, and answers <service_requests><request>', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.xml?lang=en',
    headers: { 'content-type': 'application/json' },
    payload: {
      api_key: key,
      service_code: SERVICE,
      last_name: 'Ozola',
      phone: '20000001',
      attribute: { place: 'Parks', goods: 'crafts', electricity: 'no', days: ['sun', 'sat'], stalls: '2' },
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  const doc = parseXml(res.body) as { service_requests: { request: Json[] } };
  const [r] = doc.service_requests.request;
  assert.match(String(r!.service_request_id), /^ILN\//);
  assert.match(String(r!.service_notice), /We will answer by/);
  assert.equal(r!.account_id, '');
  const [c] = await query<{ fields: Record<string, string>; delivery: string }>(
    t.database.db,
    sql`SELECT fields, delivery_channel AS delivery FROM case_file WHERE registration_number = ${r!.service_request_id}`,
  );
  assert.equal(c!.fields.days, 'Sestdiena, Svētdiena');
  assert.equal(c!.delivery, 'download');

  const repeated = await post(t, { ...validRequest(key), 'attribute[days][]': ['sat', 'sun'] });
  assert.equal(repeated.statusCode, 201, repeated.body);
});

test('GET requests/{id} and GET requests in JSON and XML: status, deadline, unit, no personal data', async () => {
  const filed = (await post(t, validRequest(key))).json() as Json[];
  const id = String(filed[0]!.service_request_id);
  for (const url of [
    `/open311/v2/requests/${encodeURIComponent(id)}.json`,
    `/open311/v2/requests/${id}.json`,
  ]) {
    const res = await t.app.inject(url);
    assert.equal(res.statusCode, 200, url);
    const [r] = res.json() as Json[];
    assert.deepEqual(Object.keys(r!).sort(), [
      'agency_responsible',
      'expected_datetime',
      'requested_datetime',
      'service_code',
      'service_name',
      'service_notice',
      'service_request_id',
      'status',
      'status_notes',
      'updated_datetime',
    ]);
    assert.equal(r!.service_request_id, id);
    assert.equal(r!.status, 'open');
    assert.equal(r!.service_code, SERVICE);
    assert.match(String(r!.status_notes), /reģistrēts/);
    assert.match(String(r!.requested_datetime), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[23]:00$/);
    assert.match(String(r!.expected_datetime), /^\d{4}-\d{2}-\d{2}T23:59:59\+0[23]:00$/);
    assert.ok(String(r!.agency_responsible).length > 0);
  }
  const x = await t.app.inject(`/open311/v2/requests/${encodeURIComponent(id)}.xml?lang=en`);
  const doc = parseXml(x.body) as { service_requests: { request: Json[] } };
  assert.equal(doc.service_requests.request[0]!.service_request_id, id);
  assert.equal(doc.service_requests.request[0]!.status, 'open');
  assert.match(String(doc.service_requests.request[0]!.status_notes), /Registered/);

  const list = await t.app.inject('/open311/v2/requests.json');
  const all = list.json() as Json[];
  assert.ok(all.length >= 3);
  assert.equal(all[0]!.service_request_id, id, 'newest first');
  const xl = parseXml((await t.app.inject('/open311/v2/requests.xml')).body) as {
    service_requests: { request: Json[] };
  };
  assert.equal(xl.service_requests.request.length, all.length);

  // No personal data: no name, contact, description, address or coordinates anywhere in the answers.
  for (const body of [list.body, x.body, JSON.stringify(xl)]) {
    for (const secret of [
      'Jānis',
      'Bērziņš',
      'janis@example',
      '20000000',
      'medu',
      'Brīvības',
      '55.978',
      'foto.jpg',
      'Tirgus',
    ])
      assert.ok(!body.includes(secret), `${secret} is not published`);
  }
});

test('GET requests filters: id list, service_code, status, dates; 404 for an unknown id', async () => {
  const a = String(((await post(t, validRequest(key))).json() as Json[])[0]!.service_request_id);
  const b = String(((await post(t, validRequest(key))).json() as Json[])[0]!.service_request_id);
  const ids = (url: string) =>
    t.app.inject(url).then((r) => (r.json() as Json[]).map((x) => String(x.service_request_id)));
  assert.deepEqual(await ids(`/open311/v2/requests.json?service_request_id=${a},${b}`), [b, a]);
  assert.ok((await ids(`/open311/v2/requests.json?service_code=${SERVICE}`)).includes(a));
  assert.deepEqual(await ids('/open311/v2/requests.json?service_code=buvatlauja'), []);
  assert.ok((await ids('/open311/v2/requests.json?status=open')).includes(a));
  assert.deepEqual(await ids('/open311/v2/requests.json?status=closed'), []);
  assert.deepEqual(
    await ids('/open311/v2/requests.json?start_date=2001-01-01T00:00:00Z&end_date=2001-02-01T00:00:00Z'),
    [],
  );
  assert.ok(
    (
      await ids(`/open311/v2/requests.json?start_date=${new Date(Date.now() - 3600_000).toISOString()}`)
    ).includes(a),
  );
  await t.database.db.execute(sql`UPDATE case_file SET status = 'rejected' WHERE registration_number = ${a}`);
  assert.ok((await ids('/open311/v2/requests.json?status=closed')).includes(a));
  const closed = (
    await t.app.inject(`/open311/v2/requests/${encodeURIComponent(a)}.json?lang=en`)
  ).json() as Json[];
  assert.equal(closed[0]!.status, 'closed');
  assert.match(String(closed[0]!.status_notes), /refused/);

  for (const bad of ['status=maybe', 'start_date=yesterday', 'end_date=2026-13-45T00:00:00Z']) {
    const res = await t.app.inject(`/open311/v2/requests.xml?${bad}`);
    assert.equal(res.statusCode, 400, bad);
    assert.equal((parseXml(res.body) as { errors: { error: Json[] } }).errors.error[0]!.code, '400');
  }
  for (const format of ['json', 'xml']) {
    const res = await t.app.inject(`/open311/v2/requests/ILN%2F1999%2F000001.${format}`);
    assert.equal(res.statusCode, 404);
  }
  // A case registered at the desk is not published at all.
  const [desk] = await query<{ n: string }>(
    t.database.db,
    sql`SELECT registration_number AS n FROM case_file WHERE channel_in <> 'api' LIMIT 1`,
  );
  if (desk)
    assert.equal(
      (await t.app.inject(`/open311/v2/requests/${encodeURIComponent(desk.n)}.json`)).statusCode,
      404,
    );
});

test('an unknown Open311 address answers 404 in the spec format', async () => {
  const res = await t.app.inject('/open311/v2/nothing.xml');
  assert.equal(res.statusCode, 404);
  assert.equal((parseXml(res.body) as { errors: { error: Json[] } }).errors.error[0]!.code, '404');
  const j = await t.app.inject('/open311/v2/nothing.json');
  assert.equal((j.json() as Json[])[0]!.code, 404);
});

test('a form changed in SQL is seen at once in the cached service definition', async () => {
  const before = (await t.app.inject(`/open311/v2/services/${SERVICE}.json`)).json() as {
    attributes: Json[];
  };
  assert.equal(before.attributes.length, 9);
  await setForm(t.database.db, SERVICE, {
    pages: [{ ...FORM.pages[0]!, fields: FORM.pages[0]!.fields.slice(0, 2) }],
  });
  const after1 = (await t.app.inject(`/open311/v2/services/${SERVICE}.json`)).json() as {
    attributes: Json[];
  };
  assert.equal(after1.attributes.length, 2);
  await setForm(t.database.db, SERVICE, FORM);
});

test('GET requests answers at most 1,000 requests, the newest first, whatever the window (found by review: untested)', async () => {
  // Requests of other systems over Open311 are the cases that came through the API: 1,100 of them.
  await seedSyntheticCases(t.database.db, 1100);
  await t.database.db.execute(sql`UPDATE case_file SET channel_in = 'api' WHERE channel_in <> 'api'`);
  const res = await t.app.inject(
    '/open311/v2/requests.json?start_date=2000-01-01T00:00:00Z&end_date=2100-01-01T00:00:00Z',
  );
  assert.equal(res.statusCode, 200);
  const list = res.json() as Json[];
  assert.equal(list.length, 1000);
  const times = list.map((r) => Date.parse(String(r.requested_datetime)));
  assert.deepEqual(
    times,
    [...times].sort((x, y) => y - x),
    'newest first',
  );
  const [newest] = await query<{ at: string }>(
    t.database.db,
    sql`SELECT max(created_at) AS at FROM case_file`,
  );
  assert.ok(Math.abs(times[0]! - new Date(newest!.at).getTime()) < 1000, 'the newest request is the first');
});
