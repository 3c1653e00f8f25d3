import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/app';
import { query } from '../../src/db/connection';
import { requireStaff } from '../../src/platform/auth/guard';
import { ForbiddenError } from '../../src/platform/errors';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, DEMO_PASSWORD, demoEmail, ensureDemoStaff, postForm, signIn } from './helpers';

let t: TestApp;
let admin: Browser;
before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  admin = await signIn(t.app, demoEmail('admin'));
});
after(() => t.close());

async function userId(email: string): Promise<number | undefined> {
  const [row] = await query<{ id: number }>(
    t.database.db,
    sql`SELECT id FROM staff_user WHERE email = ${email}`,
  );
  return row?.id;
}

async function countRows(table: 'staff_user' | 'role_grant' | 'audit_log'): Promise<number> {
  const [row] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`,
  );
  return row!.n;
}

test('the users page lists every account with its roles and their scopes', async () => {
  const res = await t.app.inject({ url: '/darbs/lietotaji', headers: { cookie: admin.cookie } });
  assert.equal(res.statusCode, 200);
  for (const role of ['admin', 'manager', 'editor', 'head', 'specialist', 'clerk'] as const) {
    assert.match(res.body, new RegExp(demoEmail(role)));
  }
  assert.match(res.body, /Struktūrvienības vadītājs — Sociālais dienests/);
  assert.match(res.body, /Klientu apkalpošanas speciālists — Ilūkstes pakalpojumu centrs/);
  assert.match(res.body, /aria-current="page"/);
  const en = await t.app.inject({ url: '/en/work/users', headers: { cookie: admin.cookie } });
  assert.match(en.body, /Head of unit — Social Service/);
});

test('an administrator creates a user with several roles; the account, grants and audit rows are written', async () => {
  const auditBefore = await countRows('audit_log');
  const res = await postForm(t.app, admin, '/darbs/lietotaji/jauns', {
    name: 'Līga Kalēja',
    email: ' Liga.Kaleja@Ilukste.LV ',
    password: 'initial passphrase 1',
    roles: ['editor', 'manager'],
    headUnit: 'buvvalde',
    clerkCentre: 'subate',
  });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/darbs/lietotaji?notice=created');
  const id = await userId('liga.kaleja@ilukste.lv');
  assert.ok(id, 'the e-mail is stored in lower case');
  const grants = await query<{ role: string; unit: string | null; centre: string | null }>(
    t.database.db,
    sql`SELECT role, unit_code AS unit, centre_code AS centre FROM role_grant WHERE user_id = ${id} ORDER BY id`,
  );
  assert.deepEqual(grants, [
    { role: 'editor', unit: null, centre: null },
    { role: 'manager', unit: null, centre: null },
    { role: 'head', unit: 'buvvalde', centre: null },
    { role: 'clerk', unit: null, centre: 'subate' },
  ]);
  const audit = await query<{ action: string; actor_name: string; after: Record<string, unknown> }>(
    t.database.db,
    sql`SELECT action, actor_name, after FROM audit_log ORDER BY id DESC LIMIT 5`,
  );
  assert.equal(await countRows('audit_log'), auditBefore + 5);
  assert.deepEqual(audit.map((a) => a.action).reverse(), [
    'staff.user_created',
    'staff.role_granted',
    'staff.role_granted',
    'staff.role_granted',
    'staff.role_granted',
  ]);
  assert.ok(audit.every((a) => a.actor_name === 'Anna Ozola'));
  assert.ok(audit.every((a) => !JSON.stringify(a.after).includes('initial passphrase')));

  const page = await t.app.inject({
    url: '/darbs/lietotaji?notice=created',
    headers: { cookie: admin.cookie },
  });
  assert.match(page.body, /Lietotājs izveidots/);
  assert.match(page.body, /Līga Kalēja/);
  await signIn(t.app, 'liga.kaleja@ilukste.lv', 'initial passphrase 1');
});

test('a form with errors comes back with an error summary and what was typed, except the password', async () => {
  const before = await countRows('staff_user');
  const res = await postForm(t.app, admin, '/darbs/lietotaji/jauns', {
    name: 'Jānis Bērziņš',
    email: 'janis@',
    password: 'short',
    roles: ['manager'],
    specialistUnit: 'socialais-dienests',
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /<title>Kļūda: /);
  assert.match(res.body, /class="govuk-error-summary"/);
  assert.match(res.body, /<a href="#email">Ievadiet e-pasta adresi pareizā formātā/);
  assert.match(res.body, /<a href="#password">Parolei jābūt vismaz 12 rakstzīmju garai/);
  assert.match(res.body, /value="Jānis Bērziņš"/);
  assert.match(res.body, /value="janis@"/);
  assert.match(res.body, /value="manager" checked/);
  assert.match(res.body, /<option value="socialais-dienests" selected>/);
  assert.doesNotMatch(res.body, /value="short"/);
  assert.equal(await countRows('staff_user'), before);
});

test('a taken e-mail, an unknown unit or centre, no role, or a control character is refused and nothing is written', async () => {
  const before = { users: await countRows('staff_user'), audit: await countRows('audit_log') };
  const base = { name: 'Pēteris Ozols', email: 'peteris@ilukste.lv', password: 'a good long password' };
  const cases: [Record<string, string | string[]>, RegExp][] = [
    [{ ...base, email: demoEmail('editor'), roles: ['editor'] }, /Lietotājs ar šo e-pasta adresi jau ir/],
    [{ ...base, headUnit: 'no-such-unit' }, /<a href="#headUnit">Izvēlieties struktūrvienību no saraksta/],
    [{ ...base, clerkCentre: 'no-such-centre' }, /<a href="#clerkCentre">Izvēlieties centru no saraksta/],
    [{ ...base, specialistUnit: 'x y' }, /<a href="#specialistUnit">/],
    [{ ...base }, /<a href="#roles">Izvēlieties vismaz vienu lomu/],
    [{ ...base, name: 'Pēteris\u0000Ozols', roles: ['editor'] }, /<a href="#name">/],
    [{ ...base, roles: ['superuser'] }, /<a href="#roles">/],
  ];
  for (const [fields, message] of cases) {
    const res = await postForm(t.app, admin, '/darbs/lietotaji/jauns', fields);
    assert.equal(res.statusCode, 400, JSON.stringify(fields));
    assert.match(res.body, message);
  }
  assert.equal(await countRows('staff_user'), before.users);
  assert.equal(await countRows('audit_log'), before.audit);
});

test('deactivating a user ends their sessions and stops them signing in; nobody deactivates themselves', async () => {
  const clerk = await signIn(t.app, demoEmail('clerk'));
  const id = await userId(demoEmail('clerk'));
  const res = await postForm(t.app, admin, `/en/work/users/${id}/deactivate`);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/en/work/users?notice=deactivated');
  const dead = await t.app.inject({ url: '/darbs', headers: { cookie: clerk.cookie } });
  assert.equal(dead.statusCode, 303, 'the session ended');
  await assert.rejects(
    signIn(t.app, demoEmail('clerk'), DEMO_PASSWORD),
    'an inactive account cannot sign in',
  );
  const [audit] = await query<{ action: string; before: unknown; after: { active: boolean } }>(
    t.database.db,
    sql`SELECT action, before, after FROM audit_log WHERE action = 'staff.user_deactivated' ORDER BY id DESC LIMIT 1`,
  );
  assert.deepEqual(audit!.before, { active: true });
  assert.equal(audit!.after.active, false);

  const self = await postForm(
    t.app,
    admin,
    `/darbs/lietotaji/${await userId(demoEmail('admin'))}/deaktivizet`,
  );
  assert.equal(self.headers.location, '/darbs/lietotaji?notice=self');
  const page = await t.app.inject({ url: '/darbs', headers: { cookie: admin.cookie } });
  assert.equal(page.statusCode, 200, 'the administrator is still signed in');

  const missing = await postForm(t.app, admin, '/darbs/lietotaji/999999/deaktivizet');
  assert.equal(missing.statusCode, 404);
  const nonsense = await postForm(t.app, admin, '/darbs/lietotaji/abc/deaktivizet');
  assert.equal(nonsense.statusCode, 404);
});

test('an administrator ends all sessions of a user', async () => {
  const a = await signIn(t.app, demoEmail('manager'));
  const b = await signIn(t.app, demoEmail('manager'));
  const id = await userId(demoEmail('manager'));
  const res = await postForm(t.app, admin, `/darbs/lietotaji/${id}/izbeigt-sesijas`);
  assert.equal(res.statusCode, 303);
  assert.match(res.headers.location as string, /notice=revoked&count=[2-9]/);
  for (const browser of [a, b]) {
    const page = await t.app.inject({ url: '/darbs', headers: { cookie: browser.cookie } });
    assert.equal(page.statusCode, 303);
  }
  const [audit] = await query<{ action: string }>(
    t.database.db,
    sql`SELECT action FROM audit_log ORDER BY id DESC LIMIT 1`,
  );
  assert.equal(audit!.action, 'staff.sessions_revoked');
});

test('a role the user does not hold gets 403 in their language, inside the staff layout, and nothing changes', async () => {
  const editor = await signIn(t.app, demoEmail('editor'));
  const lv = await t.app.inject({ url: '/darbs/lietotaji', headers: { cookie: editor.cookie } });
  assert.equal(lv.statusCode, 403);
  assert.match(lv.body, /Jums nav tiesību to darīt/);
  assert.match(lv.body, /Darbvirsma/, 'the staff navigation is there');
  assert.doesNotMatch(lv.body, /href="\/darbs\/lietotaji"/, 'the users link is only for administrators');
  const en = await t.app.inject({ url: '/en/work/users/new', headers: { cookie: editor.cookie } });
  assert.equal(en.statusCode, 403);
  assert.match(en.body, /You do not have permission to do this/);

  const before = await countRows('staff_user');
  const create = await postForm(t.app, editor, '/darbs/lietotaji/jauns', {
    name: 'Ieva',
    email: 'ieva@ilukste.lv',
    password: 'a good long password',
    roles: ['admin'],
  });
  assert.equal(create.statusCode, 403);
  assert.equal(await countRows('staff_user'), before);
});

test('ForbiddenError from a service is 403 JSON under /api', async () => {
  const app = await buildApp(
    { database: t.database, config: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } },
    { logger: false },
  );
  app.get('/api/test-forbidden', async () => {
    throw new ForbiddenError();
  });
  try {
    const res = await app.inject('/api/test-forbidden');
    assert.equal(res.statusCode, 403);
    assert.deepEqual(res.json(), { error: 'forbidden', message: 'You do not have permission to do this' });
  } finally {
    await app.close();
  }
});

test('a staff route without requireStaff is refused when the app starts', async () => {
  const app = await buildApp(
    { database: t.database, config: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } },
    { logger: false },
  );
  try {
    assert.throws(() => app.get('/darbs/aizmirsts', async () => 'open'), /must have preHandler requireStaff/);
    assert.doesNotThrow(() => app.get('/darbs/sargats', { preHandler: requireStaff }, async () => 'guarded'));
  } finally {
    await app.close();
  }
});
