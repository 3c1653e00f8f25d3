import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { createUser } from '../../src/modules/staff/service';
import { systemActor } from '../../src/platform/auth/actor';
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

let counter = 0;
async function newUser(grants = [{ role: 'manager' as const }]): Promise<{ id: number; email: string }> {
  counter++;
  const email = `edit-${counter}@example.lv`;
  const created = await createUser(t.database.db, systemActor('test'), {
    email,
    name: `Pārbaudes Lietotājs ${counter}`,
    password: DEMO_PASSWORD,
    grants,
  });
  assert.ok(created.ok);
  return { id: created.id, email };
}

async function grantsOf(id: number) {
  return query<{ role: string; unit_code: string | null; centre_code: string | null }>(
    t.database.db,
    sql`SELECT role, unit_code, centre_code FROM role_grant WHERE user_id = ${id} ORDER BY role`,
  );
}

async function auditCount(): Promise<number> {
  const [row] = await query<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log`);
  return row!.n;
}

test('deactivation asks first: the confirmation page names the user and says what it does', async () => {
  const user = await newUser();
  const list = await t.app.inject({ url: '/darbs/lietotaji', headers: { cookie: admin.cookie } });
  // The list links to the confirmation; it no longer deactivates with one click.
  assert.match(list.body, new RegExp(`href="/darbs/lietotaji/${user.id}/deaktivizet"`));
  assert.doesNotMatch(list.body, new RegExp(`action="/darbs/lietotaji/${user.id}/deaktivizet"`));

  const page = await t.app.inject({
    url: `/darbs/lietotaji/${user.id}/deaktivizet`,
    headers: { cookie: admin.cookie },
  });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Deaktivizēt lietotāju\?/);
  assert.match(page.body, new RegExp(`Pārbaudes Lietotājs ${counter} \\(${user.email}\\)`));
  assert.match(page.body, /vairs nevarēs ieiet darba vidē/);
  assert.match(page.body, /sesijas \(tagad 0\) tiks izbeigtas/);
  assert.match(page.body, /Jā, deaktivizēt/);
  const [row] = await query<{ active: boolean }>(
    t.database.db,
    sql`SELECT active FROM staff_user WHERE id = ${user.id}`,
  );
  assert.equal(row!.active, true, 'showing the confirmation changes nothing');

  const en = await t.app.inject({
    url: `/en/work/users/${user.id}/deactivate`,
    headers: { cookie: admin.cookie },
  });
  assert.match(en.body, /Deactivate the user\?/);
});

test('a deactivated user is reactivated and can sign in again with the same password; both are audited', async () => {
  const user = await newUser();
  const off = await postForm(t.app, admin, `/darbs/lietotaji/${user.id}/deaktivizet`);
  assert.equal(off.headers.location, '/darbs/lietotaji?notice=deactivated');
  const list = await t.app.inject({ url: '/darbs/lietotaji', headers: { cookie: admin.cookie } });
  assert.match(list.body, new RegExp(`action="/darbs/lietotaji/${user.id}/aktivizet"`));

  const on = await postForm(t.app, admin, `/darbs/lietotaji/${user.id}/aktivizet`);
  assert.equal(on.statusCode, 303);
  assert.equal(on.headers.location, '/darbs/lietotaji?notice=reactivated');
  const notice = await t.app.inject({ url: on.headers.location, headers: { cookie: admin.cookie } });
  assert.match(notice.body, /Lietotājs atkal aktīvs/);
  await signIn(t.app, user.email);

  const [audit] = await query<{ actor_name: string; before: unknown; after: unknown }>(
    t.database.db,
    sql`SELECT actor_name, before, after FROM audit_log
      WHERE action = 'staff.user_reactivated' AND entity_id = ${String(user.id)}`,
  );
  assert.equal(audit?.actor_name, 'Anna Ozola');
  assert.deepEqual(audit?.after, { active: true });
  // Reactivating an active account changes nothing and writes nothing.
  const before = await auditCount();
  await postForm(t.app, admin, `/darbs/lietotaji/${user.id}/aktivizet`);
  assert.equal(await auditCount(), before);
});

test('the administrator edits roles and scopes; the audit row holds the grants before and after', async () => {
  const user = await newUser([{ role: 'manager' }]);
  const page = await t.app.inject({ url: `/darbs/lietotaji/${user.id}`, headers: { cookie: admin.cookie } });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Lomas visai pašvaldībai/);
  assert.match(page.body, /value="manager" checked/);

  const res = await postForm(t.app, admin, `/darbs/lietotaji/${user.id}`, {
    roles: 'editor',
    specialistUnit: 'socialais-dienests',
    clerkCentre: 'subate',
  });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `/darbs/lietotaji/${user.id}?saved=1`);
  assert.deepEqual(await grantsOf(user.id), [
    { role: 'clerk', unit_code: null, centre_code: 'subate' },
    { role: 'editor', unit_code: null, centre_code: null },
    { role: 'specialist', unit_code: 'socialais-dienests', centre_code: null },
  ]);
  const [audit] = await query<{ before: { grants: unknown[] }; after: { grants: unknown[] } }>(
    t.database.db,
    sql`SELECT before, after FROM audit_log
      WHERE action = 'staff.roles_changed' AND entity_id = ${String(user.id)}`,
  );
  assert.deepEqual(audit?.before.grants, [{ role: 'manager', unit: null, centre: null }]);
  assert.equal(audit?.after.grants.length, 3);
  assert.ok(audit?.after.grants.some((g) => JSON.stringify(g).includes('subate')));

  // The new roles take effect in the user's session at once.
  const browser = await signIn(t.app, user.email);
  const saved = await t.app.inject({ url: '/darbs/standarti', headers: { cookie: browser.cookie } });
  assert.equal(saved.statusCode, 200);
});

test('an edit with an unknown unit, no role or a forged role is refused with field messages and writes nothing', async () => {
  const user = await newUser([{ role: 'manager' }]);
  const before = await auditCount();
  for (const [fields, message] of [
    [{ headUnit: 'no-such-unit' }, /Izvēlieties struktūrvienību no saraksta/],
    [{}, /Izvēlieties vismaz vienu lomu/],
    [{ roles: 'superuser' }, /Izvēlieties vismaz vienu lomu/],
    [{ clerkCentre: 'nowhere' }, /Izvēlieties centru no saraksta/],
  ] as const) {
    const res = await postForm(t.app, admin, `/darbs/lietotaji/${user.id}`, fields);
    assert.equal(res.statusCode, 400, JSON.stringify(fields));
    assert.match(res.body, /Lūdzu, izlabojiet kļūdas|govuk-error-summary/);
    assert.match(res.body, message);
  }
  assert.deepEqual(await grantsOf(user.id), [{ role: 'manager', unit_code: null, centre_code: null }]);
  assert.equal(await auditCount(), before);
});

test('an administrator cannot take the administrator role from themselves', async () => {
  const [me] = await query<{ id: number }>(
    t.database.db,
    sql`SELECT id FROM staff_user WHERE email = ${demoEmail('admin')}`,
  );
  const res = await postForm(t.app, admin, `/en/work/users/${me!.id}`, { roles: 'manager' });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /You cannot take the administrator role from yourself/);
  assert.ok((await grantsOf(me!.id)).some((g) => g.role === 'admin'));
});

test('an administrator cannot give themselves another role (four eyes on power); another administrator can', async () => {
  const [me] = await query<{ id: number }>(
    t.database.db,
    sql`SELECT id FROM staff_user WHERE email = ${demoEmail('admin')}`,
  );
  const before = await grantsOf(me!.id);
  const res = await postForm(t.app, admin, `/darbs/lietotaji/${me!.id}`, { roles: ['admin', 'editor'] });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /Sev jaunu lomu piešķirt nevar/);
  assert.deepEqual(await grantsOf(me!.id), before, 'nothing changed');
  const user = await newUser();
  const granted = await postForm(t.app, admin, `/darbs/lietotaji/${user.id}`, {
    roles: ['manager', 'editor'],
  });
  assert.equal(granted.statusCode, 303, 'another account gets the role');
});

test('an unknown or malformed user id is the staff 404; a non-administrator is refused', async () => {
  for (const url of ['/darbs/lietotaji/999999', '/darbs/lietotaji/abc/deaktivizet', '/en/work/users/0']) {
    const res = await t.app.inject({ url, headers: { cookie: admin.cookie } });
    assert.equal(res.statusCode, 404, url);
  }
  const user = await newUser();
  const editor = await signIn(t.app, demoEmail('editor'));
  const res = await postForm(t.app, editor, `/darbs/lietotaji/${user.id}`, { roles: 'admin' });
  assert.equal(res.statusCode, 403);
  assert.deepEqual(await grantsOf(user.id), [{ role: 'manager', unit_code: null, centre_code: null }]);
});
