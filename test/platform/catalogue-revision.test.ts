import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../../src/app';
import { type Database, openDatabase, query } from '../../src/db/connection';
import { registerApplication } from '../../src/modules/cases/service';
import { recordAuditAlone } from '../../src/platform/audit/service';
import { systemActor } from '../../src/platform/auth/actor';
import { type TestApp, testApp } from '../helpers/app';
import { databaseUrl } from '../helpers/db-templates';

/**
 * The catalogue revision is known in memory (src/db/catalogue-revision.ts): a cached page costs no
 * query, and a change anywhere — another process, hand-written SQL — reaches every process through
 * NOTIFY, or through the fallback check when a notification is lost.
 */

// Every statement the app sends, counted where both drivers receive it (installed before any connection).
let statements = 0;
const pgQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  const name = (this as unknown as { connectionParameters?: { application_name?: string } })
    .connectionParameters?.application_name;
  if (name !== 'pietura-revision-listener') statements++;
  return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pgQuery;

const server = process.env.TEST_DATABASE_URL;
const code = 'valsts-gimenes-pabalsti';
let t: TestApp;

before(async () => {
  t = await testApp();
  if (t.database.kind === 'pglite') {
    const client = (t.database.db as unknown as { $client: Record<string, (...a: unknown[]) => unknown> })
      .$client;
    for (const method of ['query', 'exec', 'transaction'] as const) {
      const original = client[method]!.bind(client);
      client[method] = (...args: unknown[]) => {
        statements++;
        return original(...args);
      };
    }
  }
});
after(() => t.close());

/** Waits (up to a generous deadline, not a timed assertion) until `check` holds. */
async function eventually(what: string, check: () => Promise<boolean>, seconds = 20): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`${what} within ${seconds} s`);
    await sleep(50);
  }
}

async function statementsFor(app: TestApp['app'], url: string): Promise<{ count: number; body: string }> {
  const before = statements;
  const res = await app.inject(url);
  assert.equal(res.statusCode, 200, url);
  return { count: statements - before, body: res.body };
}

test('a cached page, and a search the cache has never seen, cost no database query', async () => {
  for (const url of [`/pakalpojumi/${code}`, '/api/services?q=gimene', '/pakalpojumi?q=pabalsts']) {
    await t.app.inject(url);
    // On PostgreSQL the listener connects in the background; until it listens the revision is read.
    await eventually(
      `${url} from the cache without a query`,
      async () => (await statementsFor(t.app, url)).count === 0,
    );
    for (let i = 0; i < 5; i++) assert.equal((await statementsFor(t.app, url)).count, 0, url);
  }
  // New queries: not in the page cache, answered from the in-process index.
  for (const q of ['pabalstu', 'deklarēšana', 'buvatluja', 'suns']) {
    assert.equal((await statementsFor(t.app, `/api/services?q=${encodeURIComponent(q)}`)).count, 0, q);
  }
  // The counter counts: a write costs statements, and the next page reads the revision again at most once.
  await t.database.db.execute(sql`UPDATE catalogue_revision SET n = n + 1`);
  assert.ok(statements > 0);
  const next = await statementsFor(t.app, `/pakalpojumi/${code}`);
  assert.ok(next.count >= 1, 'after a write the page is checked against the database');
});

test('an audited read (audit rows only) leaves the revision known: the next cached page costs no query', async () => {
  const url = `/pakalpojumi/${code}`;
  await t.app.inject(url);
  await eventually('the page from the cache', async () => (await statementsFor(t.app, url)).count === 0);
  await recordAuditAlone(t.database.db, { actor: null, action: 'party.read', entity: 'party', entityId: 1 });
  assert.equal((await statementsFor(t.app, url)).count, 0, 'the revision was read again after an audit row');
});

test('filing applications writes no catalogue table: cached pages stay without a query', async () => {
  const url = `/pakalpojumi/${code}`;
  await eventually('the page from the cache', async () => (await statementsFor(t.app, url)).count === 0);
  const [version] = await query<{ id: number }>(
    t.database.db,
    sql`SELECT id FROM service_version WHERE status = 'published' ORDER BY id LIMIT 1`,
  );
  for (let i = 0; i < 3; i++) {
    const before = statements;
    const filed = await registerApplication(t.database.db, systemActor('test'), {
      serviceVersionId: version!.id,
      applicant: { kind: 'contact_person', name: `Revision Test ${i}`, email: `revision${i}@example.lv` },
      channel: 'post',
      fields: {},
      documents: [],
      delivery: { channel: 'download' },
      idempotencyKey: `revision-test-${i}-${Math.random()}`,
    });
    assert.ok(filed.ok, JSON.stringify(filed));
    assert.ok(statements > before, 'the filing is counted');
    // On PostgreSQL any other write makes the revision unknown until its notice arrives (see above).
    assert.equal(
      (await statementsFor(t.app, url)).count,
      0,
      'after a filing the page is still from the cache',
    );
  }
});

/** Two app processes' worth of state on one PostgreSQL database: own pools, own listeners, own caches. */
async function instances(name: string, fallbackMs: number, n = 2) {
  const url = databaseUrl(server!, name);
  const opened: { database: Database; app: TestApp['app'] }[] = [];
  for (let i = 0; i < n; i++) {
    const database = await openDatabase({ url, revision: { fallbackMs, reconnectMs: 100 } });
    const app = await buildApp({ database, config: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } });
    await app.ready();
    opened.push({ database, app });
  }
  return opened;
}

async function rename(url: string, lv: string, notify = true): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    if (!notify)
      await client.query('ALTER TABLE catalogue_revision DISABLE TRIGGER catalogue_revision_notifies');
    await client.query(
      `UPDATE service_version SET name = jsonb_set(name, '{lv}', to_jsonb($1::text))
       WHERE status = 'published' AND service_id = (SELECT id FROM service WHERE code = $2)`,
      [lv, code],
    );
    if (!notify)
      await client.query('ALTER TABLE catalogue_revision ENABLE TRIGGER catalogue_revision_notifies');
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

const serves = (app: TestApp['app'], text: string) => async () =>
  (await app.inject(`/pakalpojumi/${code}`)).body.includes(text);

test('two instances on one PostgreSQL database: an UPDATE in SQL reaches both by NOTIFY, by the fallback check, and after a reconnect', {
  skip: server
    ? false
    : 'PGlite is one process’s database (its data directory is locked): two instances cannot share it',
}, async () => {
  const [row] = await query<{ name: string }>(t.database.db, sql`SELECT current_database() AS name`);
  const name = row!.name;
  const url = databaseUrl(server!, name);
  // A fallback far beyond the test: only a notification can tell these two.
  const notified = await instances(name, 600_000);
  // These two check every 300 ms: they find a change whose notification never came.
  const polling = await instances(name, 300);
  const all = [...notified, ...polling];
  try {
    for (const { app } of all) {
      const first = (await app.inject(`/pakalpojumi/${code}`)).body;
      await eventually('the page served from the cache', async () => {
        const before = statements;
        const again = await app.inject(`/pakalpojumi/${code}`);
        return statements === before && again.body === first;
      });
    }

    await rename(url, 'Paziņots nosaukums Qx');
    for (const { app } of all)
      await eventually('NOTIFY reaches every instance', serves(app, 'Paziņots nosaukums Qx'));

    await rename(url, 'Nepaziņots nosaukums Qy', false);
    for (const { app } of polling) {
      await eventually(
        'the fallback check finds a change never announced',
        serves(app, 'Nepaziņots nosaukums Qy'),
      );
    }
    assert.ok(
      !(await serves(notified[0]!.app, 'Nepaziņots nosaukums Qy')()),
      'the control: without a notification or a check, the cached page stays (the test can fail)',
    );

    // The server ends the listeners' connections; they reconnect, read the revision again and listen.
    await t.database.db.execute(sql`
        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'pietura-revision-listener' AND datname = current_database()`);
    for (const { app } of notified) {
      await eventually('a reconnect reads the revision again', serves(app, 'Nepaziņots nosaukums Qy'));
    }
    await eventually('the listeners are back', async () => {
      const [row] = await query<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE application_name = 'pietura-revision-listener' AND datname = current_database()`,
      );
      return (row?.n ?? 0) >= all.length + 1;
    });
    await rename(url, 'Atkal paziņots Qz');
    for (const { app } of notified)
      await eventually('NOTIFY after the reconnect', serves(app, 'Atkal paziņots Qz'));
  } finally {
    for (const { app, database } of all) {
      await app.close();
      await database.close();
    }
  }
});
