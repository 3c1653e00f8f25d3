import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, type Db, openDatabase } from '../../src/db/connection';
import { auditAnchorSchema, checkAuditAnchor, takeAuditAnchor } from '../../src/platform/audit/anchor';
import { recordAudit, verifyAuditChain } from '../../src/platform/audit/service';
import { systemActor } from '../../src/platform/auth/actor';
import { cliStores, runPietura } from '../helpers/cli';
import { freshDatabase } from '../helpers/db';
import { editAndRehash } from './rewrite';

const stores = cliStores('anchor');
const work = stores.work;
const pietura = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  runPietura(env, args, { env: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } });
/** The program itself, in a child process. */
const pieturaProcess = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  runPietura(env, args, { env: { PIETURA_PUBLIC_URL: 'http://localhost:3000' }, spawn: true });

function record(db: Db, n: number) {
  return db.transaction((tx) =>
    recordAudit(tx, {
      actor: systemActor('anchor test'),
      action: 'test.changed',
      entity: 'thing',
      entityId: n,
      after: { amount: n },
    }),
  );
}

let database: Database;
before(async () => {
  database = await freshDatabase();
});
after(async () => {
  await database.close();
  await stores.removeAll();
});

test('an anchor names the head of the chain, and a full re-hash after an edit no longer holds it', async () => {
  const { db } = database;
  const empty = await takeAuditAnchor(db);
  assert.ok(empty.ok);
  assert.equal(empty.anchor.lastId, '0');
  assert.equal(await checkAuditAnchor(db, empty.anchor), null);

  const ids: string[] = [];
  for (let i = 1; i <= 5; i++) ids.push(await record(db, i));
  const taken = await takeAuditAnchor(db);
  assert.ok(taken.ok);
  assert.equal(taken.anchor.lastId, ids.at(-1));
  assert.equal(taken.anchor.count, 5);
  assert.match(taken.anchor.lastAt ?? '', /^\d{4}-\d\d-\d\dT/);
  assert.equal(auditAnchorSchema.safeParse(JSON.parse(JSON.stringify(taken.anchor))).success, true);

  await record(db, 6);
  assert.equal(await checkAuditAnchor(db, taken.anchor), null, 'rows appended later keep the anchor');

  await editAndRehash(db, ids[1]!, { amount: 2000 });
  assert.equal((await verifyAuditChain(db)).ok, true, 'the re-hashed chain passes the hash check alone');
  const problem = await checkAuditAnchor(db, taken.anchor);
  assert.match(problem ?? '', new RegExp(`row ${ids.at(-1)} now has hash`));

  // A plain edit, not re-hashed: the chain is broken, and no anchor is taken of it.
  await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER ALL`);
  await db.execute(sql`UPDATE audit_log SET after = '{"amount": 33}'::jsonb WHERE id = ${ids[2]!}::bigint`);
  await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER ALL`);
  const refused = await takeAuditAnchor(db);
  assert.equal(refused.ok, false);
});

test('`pietura audit anchor` writes the head; `audit verify --anchor` fails once the chain was rewritten', async () => {
  const env = await stores.create({ migrated: true });
  const open = () => openDatabase({ url: env.DATABASE_URL, dataDir: env.PIETURA_DATA_DIR });
  let store = await open();
  await store.migrate();
  const ids: string[] = [];
  for (let i = 1; i <= 4; i++) ids.push(await record(store.db, i));
  await store.close();

  const stdout = await pietura(env, 'audit', 'anchor');
  assert.equal(stdout.code, 0, stdout.stderr);
  assert.equal(JSON.parse(stdout.stdout).lastId, ids.at(-1));
  const file = join(work, 'anchor.json');
  const anchored = await pieturaProcess(env, 'audit', 'anchor', '--output', file);
  assert.equal(anchored.code, 0, anchored.stderr);
  const anchor = JSON.parse(readFileSync(file, 'utf8'));
  assert.deepEqual({ lastId: anchor.lastId, count: anchor.count }, { lastId: ids.at(-1), count: 4 });
  assert.match(anchor.hash, /^[0-9a-f]{64}$/);
  assert.ok(anchor.anchoredAt && anchor.lastAt);

  const intact = await pietura(env, 'audit', 'verify', '--anchor', file);
  assert.equal(intact.code, 0, intact.stderr);
  assert.match(intact.stdout, new RegExp(`holds the anchored row ${ids.at(-1)} unchanged`));

  store = await open();
  await editAndRehash(store.db, ids[0]!, { amount: 1000 });
  await store.close();

  const plain = await pietura(env, 'audit', 'verify');
  assert.equal(plain.code, 0, 'without the anchor the re-hashed chain passes: the gap the anchor closes');
  const caught = await pieturaProcess(env, 'audit', 'verify', '--anchor', file);
  assert.equal(caught.code, 1);
  assert.match(caught.stderr, /does not match its anchor/);
  assert.match(caught.stderr, new RegExp(`row ${ids.at(-1)} now has hash`));

  const junk = join(work, 'junk.json');
  writeFileSync(junk, '{"lastId": 3}');
  const bad = await pietura(env, 'audit', 'verify', '--anchor', junk);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /is not an audit anchor/);
  const missing = await pietura(env, 'audit', 'verify', '--anchor', join(work, 'nowhere.json'));
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /Cannot read the anchor file/);
});
