import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import pg from 'pg';
import { buildApp } from '../../src/app';
import { type Database, openDatabase } from '../../src/db/connection';
import { seedDemo } from '../../src/modules/demo/seed';
import { verifyAuditChain } from '../../src/platform/audit/service';
import { watchedLog } from '../helpers/app';
import { demoEmail, postForm, signIn } from '../staff/helpers';

// The set-up of docs/operations.md: migrations run as the role that owns the tables
// (PIETURA_MIGRATION_DATABASE_URL); the app runs as a role that owns nothing and may only read and
// append to audit_log. PostgreSQL only: PGlite has one user.

const serverUrl = process.env.TEST_DATABASE_URL;
const suffix = randomBytes(5).toString('hex');
const owner = `pietura_owner_${suffix}`;
const appRole = `pietura_app_${suffix}`;
const name = `pietura_roles_${suffix}`;

async function asServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function urlFor(user: string): string {
  const url = new URL(serverUrl!);
  url.username = user;
  url.password = '';
  url.pathname = `/${name}`;
  return url.toString();
}

let database: Database | undefined;
after(async () => {
  if (!serverUrl) return;
  await database?.close();
  await asServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await asServer(`DROP ROLE IF EXISTS ${appRole}`);
  await asServer(`DROP ROLE IF EXISTS ${owner}`);
});

test('the app runs as a role that cannot disable the audit trigger, nor update or delete audit rows, while audited writes work', {
  skip: serverUrl ? false : 'PostgreSQL only: set TEST_DATABASE_URL',
}, async () => {
  await asServer(`CREATE ROLE ${owner} LOGIN NOSUPERUSER`);
  await asServer(`CREATE ROLE ${appRole} LOGIN NOSUPERUSER`);
  await asServer(`CREATE DATABASE ${name} OWNER ${owner}`);

  database = await openDatabase({ url: urlFor(appRole), migrationUrl: urlFor(owner) });
  await database.migrate();
  await database.migrate(); // a second start: nothing to migrate, the grants are given again
  await seedDemo(database.db);

  const log = watchedLog();
  const app = await buildApp(
    { database, config: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } },
    { logger: log.logger, trustProxy: true },
  );
  try {
    const admin = await signIn(app, demoEmail('admin'));
    const created = await postForm(app, admin, '/darbs/lietotaji/jauns', {
      email: `least-${suffix}@ilukste.example`,
      name: 'Mazākās Tiesības',
      password: 'a long enough password',
      roles: 'manager',
    });
    assert.equal(created.statusCode, 303, 'an audited write works as the app role');
  } finally {
    await app.close();
    log.assertClean();
  }
  const verified = await verifyAuditChain(database.db);
  assert.ok(verified.ok && verified.count > 0, 'the trail was written and is intact');

  const client = new pg.Client({ connectionString: urlFor(appRole) });
  await client.connect();
  try {
    const who = await client.query('SELECT current_user AS me');
    assert.equal(who.rows[0].me, appRole);
    const tableOwner = await client.query(
      "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'audit_log'",
    );
    assert.equal(tableOwner.rows[0].tableowner, owner);
    const refused: [string, RegExp][] = [
      ['ALTER TABLE audit_log DISABLE TRIGGER ALL', /must be owner/],
      ['ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete', /must be owner/],
      ['DROP TRIGGER audit_log_no_update_delete ON audit_log', /must be owner/],
      ["UPDATE audit_log SET action = 'forged'", /permission denied/],
      ['DELETE FROM audit_log', /permission denied/],
      ['TRUNCATE audit_log', /permission denied/],
      ['ALTER TABLE staff_user DISABLE TRIGGER ALL', /must be owner/],
    ];
    for (const [statement, reason] of refused) {
      await assert.rejects(client.query(statement), reason, `the app role could: ${statement}`);
    }
    const rows = await client.query("SELECT count(*)::int AS n FROM audit_log WHERE action = 'forged'");
    assert.equal(rows.rows[0].n, 0);
    // Normal data stays writable.
    await client.query("UPDATE staff_user SET name = name WHERE email = 'admin@ilukste.example'");
  } finally {
    await client.end();
  }
  assert.equal((await verifyAuditChain(database.db)).ok, true);
});
