import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, query } from '../../src/db/connection';
import { cliStores, runPietura } from '../helpers/cli';

const stores = cliStores('user-cli');
let store: NodeJS.ProcessEnv;

/** Runs `pietura ARGS` (in this process) with `input` on its standard input. */
const pietura = (input: string, ...args: string[]) =>
  runPietura(store, args, { input, env: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } });
/** The same in a child process, with `input` piped to its standard input. */
const pieturaProcess = (input: string, ...args: string[]) =>
  runPietura(store, args, { input, env: { PIETURA_PUBLIC_URL: 'http://localhost:3000' }, spawn: true });

/** Opens the same database in this process (the CLI has exited, so PGlite's folder is free). */
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
  // The demo data as \`pietura seed --demo\` writes it (test/cli/cli.test.ts runs that command).
  store = await stores.create({ demo: true });
});

after(() => stores.removeAll());

test('user create reads the password from standard input and stores an argon2id hash with the role', async () => {
  const run = await pieturaProcess(
    'a long admin passphrase\n',
    'user',
    'create',
    '--email',
    'IT@Ilukste.lv',
    '--name',
    'Ilze Tīmekle',
    '--role',
    'admin',
  );
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Created user it@ilukste\.lv/);
  assert.doesNotMatch(run.stdout + run.stderr, /a long admin passphrase/);

  const head = await pietura(
    'another long passphrase',
    'user',
    'create',
    '--email',
    'vaditaja@ilukste.lv',
    '--name',
    'Vera Vadītāja',
    '--role',
    'head',
    '--unit',
    'buvvalde',
  );
  assert.equal(head.code, 0, head.stderr);

  const rows = await withDb((db) =>
    query<{ email: string; hash: string; role: string; unit: string | null; audit: number }>(
      db,
      sql`SELECT u.email, u.password_hash AS hash, g.role, g.unit_code AS unit,
          (SELECT count(*)::int FROM audit_log a WHERE a.entity_id = u.id::text AND a.action = 'staff.user_created') AS audit
        FROM staff_user u JOIN role_grant g ON g.user_id = u.id
        WHERE u.email IN ('it@ilukste.lv', 'vaditaja@ilukste.lv') ORDER BY u.email`,
    ),
  );
  assert.equal(rows.length, 2);
  assert.deepEqual(
    rows.map((r) => [r.email, r.role, r.unit, r.audit]),
    [
      ['it@ilukste.lv', 'admin', null, 1],
      ['vaditaja@ilukste.lv', 'head', 'buvvalde', 1],
    ],
  );
  assert.ok(rows.every((r) => r.hash.startsWith('$argon2id$')));
});

test('user create refuses a short password, an unknown role, a wrong scope, an unknown unit and a taken e-mail', async () => {
  const base = ['user', 'create', '--email', 'new@ilukste.lv', '--name', 'Jauns Darbinieks'];
  const cases: [string, string[], RegExp][] = [
    ['short\n', [...base, '--role', 'editor'], /at least 12 characters/],
    ['a long enough password', [...base, '--role', 'janitor'], /Unknown role "janitor"/],
    ['a long enough password', [...base, '--role', 'head'], /needs --unit/],
    ['a long enough password', [...base, '--role', 'clerk', '--unit', 'buvvalde'], /takes only --centre/],
    [
      'a long enough password',
      [...base, '--role', 'admin', '--centre', 'subate'],
      /neither --unit nor --centre/,
    ],
    [
      'a long enough password',
      [...base, '--role', 'specialist', '--unit', 'nav-tadas'],
      /no unit with the code "nav-tadas"/,
    ],
    [
      'a long enough password',
      [...base, '--role', 'clerk', '--centre', 'nav-tada'],
      /no centre with the code "nav-tada"/,
    ],
    [
      'a long enough password',
      ['user', 'create', '--email', 'it@ilukste.lv', '--name', 'X', '--role', 'editor'],
      /already exists/,
    ],
  ];
  for (const [input, args, message] of cases) {
    const run = await pietura(input, ...args);
    assert.notEqual(run.code, 0, `${args.join(' ')} succeeded`);
    assert.match(run.stderr, message);
  }
  const [row] = await withDb((db) =>
    query<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM staff_user WHERE email = 'new@ilukste.lv'`),
  );
  assert.equal(row!.n, 0);
});

test('audit verify passes on an intact trail and names the first edited row, exiting non-zero', async () => {
  const intact = await pietura('', 'audit', 'verify');
  assert.equal(intact.code, 0, intact.stderr);
  assert.match(intact.stdout, /The audit trail is intact: \d+ rows/);

  const edited = await withDb(async (db) => {
    const [row] = await query<{ id: string }>(
      db,
      sql`SELECT id::text AS id FROM audit_log WHERE action = 'staff.role_granted' ORDER BY audit_log.id LIMIT 1`,
    );
    await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER ALL`);
    await db.execute(
      sql`UPDATE audit_log SET after = '{"role": "manager"}'::jsonb WHERE id = ${row!.id}::bigint`,
    );
    await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER ALL`);
    return row!.id;
  });
  const broken = await pietura('', 'audit', 'verify');
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, new RegExp(`row ${edited} was edited`));
});
