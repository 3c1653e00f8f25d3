// `pietura apikey create | list | revoke`: the key printed once, stored hashed, revoked at once.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, query } from '../../src/db/connection';
import { resolveApiKey } from '../../src/platform/auth/api-keys';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/pietura.js');
const serverUrl = process.env.TEST_DATABASE_URL;
const work = mkdtempSync(join(tmpdir(), 'pietura-apikey-cli-'));
let store: NodeJS.ProcessEnv;
let databaseName: string | undefined;

function pietura(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...store, PIETURA_PUBLIC_URL: 'http://localhost:3000' };
  if (!store.DATABASE_URL) delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
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
  if (serverUrl) {
    databaseName = `pietura_apikey_cli_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE DATABASE ${databaseName}`);
    const url = new URL(serverUrl);
    url.pathname = `/${databaseName}`;
    store = { DATABASE_URL: url.toString() };
  } else {
    store = { PIETURA_DATA_DIR: join(work, 'data') };
  }
});

after(async () => {
  if (databaseName) await admin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  rmSync(work, { recursive: true, force: true });
});

test('apikey create prints the key once, stores its hash, list shows the prefix, revoke refuses it', async () => {
  const created = await pietura('apikey', 'create', '--name', 'Valsts portāls', '--rate-limit', '120');
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
