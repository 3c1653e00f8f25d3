// Open311 keeps API keys in memory (ADR 0014): a key revoked by another process is refused at its next
// request, which writes nothing (no case, no party, no audit row, no number taken), and the numbers of
// the next case from a valid key follow without a gap.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { runPietura, serverUrl } from '../helpers/cli';
import { listStatements, statementsOf } from '../helpers/statements';
import { FORM, newKey, post, SERVICE, setForm, validRequest } from './helpers';

let t: TestApp;
before(async () => {
  t = await testApp();
  await setForm(t.database.db, SERVICE, FORM);
});
after(() => t.close());

type Json = Record<string, unknown>;

/** Everything a request could have written, and the registry counter. */
async function written() {
  const [row] = await query<Json>(
    t.database.db,
    sql`SELECT (SELECT count(*)::int FROM case_file) AS cases, (SELECT count(*)::int FROM party) AS parties,
      (SELECT count(*)::int FROM case_event) AS events, (SELECT count(*)::int FROM audit_log) AS audit,
      (SELECT count(*)::int FROM outbox_message) AS mail, (SELECT count(*)::int FROM registry_entry) AS entries,
      (SELECT coalesce(max(last), 0)::int FROM registry_counter) AS counter`,
  );
  return row!;
}

const seq = (number: unknown) => Number(String(number).split('/')[2]);

/**
 * Revokes a key the way another process does: the app's memory is not told. On PostgreSQL it is
 * `pietura apikey revoke` in a process of its own; on PGlite (one process per database) the same row
 * written in SQL behind the app's back.
 */
async function revokeElsewhere(id: number): Promise<void> {
  if (serverUrl) {
    const [db] = await query<{ name: string }>(t.database.db, sql`SELECT current_database() AS name`);
    const url = new URL(serverUrl);
    url.pathname = `/${db!.name}`;
    const run = await runPietura({ DATABASE_URL: url.toString() }, ['apikey', 'revoke', String(id)], {
      env: { PIETURA_PUBLIC_URL: 'http://localhost:3000' },
      spawn: true,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Revoked API key/);
  } else {
    await t.database.db.execute(sql`UPDATE api_key SET revoked_at = now() WHERE id = ${id}`);
  }
}

async function refusedAsRevoked(res: { statusCode: number; body: string; json(): unknown }) {
  assert.equal(res.statusCode, 403, res.body);
  const [e] = res.json() as Json[];
  assert.equal(e!.code, 403);
  assert.match(String(e!.description), /atsaukta/);
}

test('a POST from a key used before is one statement: the filing, which checks the key itself', async () => {
  const { key } = await newKey(t.database.db, 'One round trip');
  assert.equal((await post(t, validRequest(key))).statusCode, 201);
  let res: Awaited<ReturnType<typeof post>> | undefined;
  const statements = await statementsOf(t.database.db, async () => {
    res = await post(t, validRequest(key));
  });
  assert.equal(res?.statusCode, 201, res?.body);
  assert.equal(statements.length, 1, `${statements.length} statements:\n${listStatements(statements)}`);
  assert.match(statements[0]!, /pietura_api_key_usable/);
});

test('a key revoked by another process is refused at its next POST, which writes nothing and takes no number', async () => {
  const soon = await newKey(t.database.db, 'Soon revoked');
  const first = await post(t, validRequest(soon.key));
  assert.equal(first.statusCode, 201, first.body);
  await revokeElsewhere(soon.id);
  const before = await written();

  await refusedAsRevoked(await post(t, validRequest(soon.key)));
  assert.deepEqual(await written(), before, 'nothing written, no number taken');
  // Forgotten now: refused again, from the database.
  await refusedAsRevoked(await post(t, validRequest(soon.key)));

  const other = await newKey(t.database.db, 'Still valid');
  const next = await post(t, validRequest(other.key));
  assert.equal(next.statusCode, 201, next.body);
  const numbers = [first, next].map((r) => seq((r.json() as Json[])[0]!.service_request_id));
  assert.equal(numbers[1], numbers[0]! + 1, 'the next number follows without a gap');
});

test('bad input or a repeat from a key revoked meanwhile is refused as revoked, writing nothing', async () => {
  const soon = await newKey(t.database.db, 'Revoked while busy');
  const headers = { 'idempotency-key': 'repeat-after-revocation' };
  const first = await post(t, validRequest(soon.key), 'json', headers);
  assert.equal(first.statusCode, 201, first.body);
  await revokeElsewhere(soon.id);
  const before = await written();

  // A repeat would re-issue the access code (an event and an audit row in the key's name).
  await refusedAsRevoked(await post(t, validRequest(soon.key), 'json', headers));
  assert.deepEqual(await written(), before);

  const again = await newKey(t.database.db, 'Revoked before bad input');
  assert.equal((await post(t, validRequest(again.key))).statusCode, 201);
  await revokeElsewhere(again.id);
  const { 'attribute[place]': _, ...noPlace } = validRequest(again.key);
  await refusedAsRevoked(await post(t, noPlace));
  await refusedAsRevoked(await post(t, { ...validRequest(again.key), service_code: 'no-such-service' }));
});

test('filed together with others, a revoked key takes none of them down and leaves no gap', async () => {
  const revoked = await newKey(t.database.db, 'Revoked in a crowd', 10_000);
  const valid = await newKey(t.database.db, 'Valid in a crowd', 10_000);
  assert.equal((await post(t, validRequest(revoked.key))).statusCode, 201);
  await revokeElsewhere(revoked.id);
  const before = await written();
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => post(t, validRequest(i % 2 === 0 ? revoked.key : valid.key))),
  );
  const ok = answers.filter((a) => a.statusCode === 201);
  for (const [i, a] of answers.entries())
    if (i % 2 === 0) await refusedAsRevoked(a);
    else assert.equal(a.statusCode, 201, a.body);
  const seqs = ok.map((a) => seq((a.json() as Json[])[0]!.service_request_id)).sort((a, b) => a - b);
  const after = await written();
  assert.equal(after.cases, Number(before.cases) + 10);
  assert.deepEqual(
    seqs,
    Array.from({ length: 10 }, (_, i) => Number(before.counter) + 1 + i),
    'ten numbers, gapless',
  );
  const [audit] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE actor_kind = 'api_key' AND actor_id = ${revoked.id}
      AND action = 'case.registered'`,
  );
  assert.equal(audit!.n, 1, 'only the case filed before the revocation names the revoked key');
});
