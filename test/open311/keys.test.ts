// Open311 with API keys: 100 parallel requests, the audit trail names the key, the per-key rate limit.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { FORM, newKey, parseXml, post, SERVICE, setForm, validRequest } from './helpers';

let t: TestApp;
before(async () => {
  t = await testApp();
  await setForm(t.database.db, SERVICE, FORM);
});
after(() => t.close());

type Json = Record<string, unknown>;

test('100 parallel POSTs give 100 distinct, gapless registration numbers', async () => {
  const { key } = await newKey(t.database.db, 'Parallel client', 10_000);
  const answers = await Promise.all(Array.from({ length: 100 }, () => post(t, validRequest(key))));
  for (const a of answers) assert.equal(a.statusCode, 201, a.body);
  const numbers = answers.map((a) => String((a.json() as Json[])[0]!.service_request_id));
  assert.equal(new Set(numbers).size, 100);
  const seqs = numbers.map((n) => Number(n.split('/')[2])).sort((a, b) => a - b);
  assert.equal(seqs[99]! - seqs[0]!, 99, 'no gaps');
  const [row] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM case_file WHERE channel_in = 'api'`,
  );
  assert.equal(row!.n, 100);
});

test("the intake's audit row names the key; only the key's hash is stored", async () => {
  const created = await newKey(t.database.db, 'Mobile app');
  const res = await post(t, validRequest(created.key));
  const id = String((res.json() as Json[])[0]!.service_request_id);
  const [audit] = await query<{ kind: string; actor: number; name: string }>(
    t.database.db,
    sql`SELECT a.actor_kind AS kind, a.actor_id AS actor, a.actor_name AS name FROM audit_log a
      JOIN case_file c ON a.entity = 'case_file' AND a.entity_id = c.id::text
      WHERE c.registration_number = ${id} AND a.action = 'case.registered'`,
  );
  assert.deepEqual(audit, { kind: 'api_key', actor: created.id, name: 'Mobile app' });
  const [stored] = await query<Json>(
    t.database.db,
    sql`SELECT row_to_json(k)::text AS row, k.secret_hash, k.last_used_at FROM api_key k WHERE id = ${created.id}`,
  );
  assert.ok(!String(stored!.row).includes(created.key.slice(20)), 'the key itself is not stored');
  assert.equal(stored!.secret_hash, createHash('sha256').update(created.key).digest('hex'));
  assert.ok(stored!.last_used_at, 'last use recorded');
  const [keyAudit] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'api_key.created' AND entity_id = ${String(created.id)}`,
  );
  assert.equal(keyAudit!.n, 1);
});

test('the rate limit of a key answers 429 in the Open311 format; another key is not affected', async () => {
  const slow = await newKey(t.database.db, 'Slow client', 3);
  for (let i = 0; i < 3; i++) assert.equal((await post(t, validRequest(slow.key))).statusCode, 201);
  const json = await post(t, validRequest(slow.key));
  assert.equal(json.statusCode, 429);
  const [e] = json.json() as Json[];
  assert.equal(e!.code, 429);
  assert.match(String(e!.description), /Pārāk daudz/);
  const xml = await post(t, validRequest(slow.key), 'xml', { 'accept-language': 'en' });
  assert.equal(xml.statusCode, 429);
  const doc = parseXml(xml.body) as { errors: { error: Json[] } };
  assert.equal(doc.errors.error[0]!.code, '429');
  assert.match(String(doc.errors.error[0]!.description), /Too many/);
  const other = await newKey(t.database.db, 'Other client', 3);
  assert.equal((await post(t, validRequest(other.key))).statusCode, 201);
  // The key is counted, not the address: the same client with the other key is still served.
  const [n] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE actor_kind = 'api_key' AND actor_id = ${slow.id} AND action = 'case.registered'`,
  );
  assert.equal(n!.n, 3);
});

test('a key is also taken from X-Api-Key and Authorization: Bearer', async () => {
  const { key } = await newKey(t.database.db, 'Header client');
  const { api_key: _, ...body } = validRequest(key);
  assert.equal((await post(t, body, 'json', { 'x-api-key': key })).statusCode, 201);
  assert.equal((await post(t, body, 'json', { authorization: `Bearer ${key}` })).statusCode, 201);
  assert.equal((await post(t, body, 'json', { authorization: 'Bearer nope' })).statusCode, 403);
});
