// `pietura apikey create | list | revoke`: the key printed once, stored hashed, revoked at once.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, query } from '../../src/db/connection';
import { resolveApiKey } from '../../src/platform/auth/api-keys';
import { type CliRun, cliStores, runPietura } from '../helpers/cli';

const stores = cliStores('apikey-cli');
let store: NodeJS.ProcessEnv;

/** `pietura ARGS` on this file's store: in this process, or (spawn) as a child process. */
function pietura(...args: string[]): Promise<CliRun> {
  return runPietura(store, args, { env: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } });
}
function pieturaProcess(...args: string[]): Promise<CliRun> {
  return runPietura(store, args, { env: { PIETURA_PUBLIC_URL: 'http://localhost:3000' }, spawn: true });
}

async function withDb<T>(
  run: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({ url: store.DATABASE_URL, dataDir: store.PIETURA_DATA_DIR });
  try {
    return await run(database.db);
  } finally {
    await database.close();
  }
}

before(async () => {
  store = await stores.create({ migrated: true });
});

after(() => stores.removeAll());

test('apikey create prints the key once, stores its hash, list shows the prefix, revoke refuses it', async () => {
  const created = await pieturaProcess('apikey', 'create', '--name', 'Valsts portāls', '--rate-limit', '120');
  assert.equal(created.code, 0, created.stderr);
  const key = created.stdout.trim();
  assert.match(key, /^pietura_[A-Za-z0-9_-]{43}$/);
  assert.match(created.stderr, /not shown again/);

  const listed = await pietura('apikey', 'list');
  assert.equal(listed.code, 0, listed.stderr);
  assert.ok(!listed.stdout.includes(key), 'list never prints the key');
  assert.match(listed.stdout, new RegExp(`${key.slice(0, 16)}….*120\\tValsts portāls`));

  const row = await withDb(async (db) => {
    const [r] = await query<{ id: number; hash: string; limit: number; audit: number; kind: string }>(
      db,
      sql`SELECT k.id, k.secret_hash AS hash, k.requests_per_minute AS limit,
        (SELECT count(*)::int FROM audit_log a WHERE a.action = 'api_key.created' AND a.entity_id = k.id::text) AS audit,
        (SELECT actor_kind FROM audit_log a WHERE a.action = 'api_key.created' AND a.entity_id = k.id::text) AS kind
        FROM api_key k`,
    );
    assert.ok(await resolveApiKey(db, key), 'the key works');
    return r!;
  });
  assert.equal(row.hash, createHash('sha256').update(key).digest('hex'));
  assert.equal(row.limit, 120);
  assert.equal(row.audit, 1);
  assert.equal(row.kind, 'system');

  const revoked = await pietura('apikey', 'revoke', String(row.id));
  assert.equal(revoked.code, 0, revoked.stderr);
  assert.match(revoked.stdout, /Revoked API key/);
  await withDb(async (db) => assert.equal(await resolveApiKey(db, key), undefined));
  const listedAgain = await pietura('apikey', 'list');
  assert.match(listedAgain.stdout, /\d{4}-\d{2}-\d{2} \d{2}:\d{2}\t120\tValsts/);
});

test('apikey refuses a missing name, a bad limit and an unknown id with a message', async () => {
  const noName = await pietura('apikey', 'create', '--name', '  ');
  assert.equal(noName.code, 1);
  assert.match(noName.stderr, /give the key a name/);
  const badLimit = await pietura('apikey', 'create', '--name', 'X', '--rate-limit', 'lots');
  assert.equal(badLimit.code, 1);
  assert.match(badLimit.stderr, /rate limit/);
  const unknown = await pietura('apikey', 'revoke', '424242');
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /no API key with the id 424242/);
  const junk = await pietura('apikey', 'revoke', 'abc');
  assert.equal(junk.code, 1);
});
