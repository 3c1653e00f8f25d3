import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import {
  LOCKOUT_MINUTES,
  MAX_FAILED_SIGN_INS,
  PASSWORD_CHANGE_RATE_LIMIT,
} from '../../src/platform/auth/service';
import { type TestApp, testApp } from '../helpers/app';
import {
  type Browser,
  cookiesFrom,
  csrfFrom,
  DEMO_PASSWORD,
  demoEmail,
  ensureDemoStaff,
  postForm,
  signIn,
} from '../staff/helpers';

let t: TestApp;
before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
});
after(() => t.close());

const NEW_PASSWORD = 'a brand new passphrase';

function change(browser: Browser, current: string, url = '/darbs/parole') {
  return postForm(t.app, browser, url, { current, next: NEW_PASSWORD, confirm: NEW_PASSWORD });
}

async function auditOf(email: string, action: string) {
  return query<{ after: Record<string, unknown> }>(
    t.database.db,
    sql`SELECT a.after FROM audit_log a JOIN staff_user u ON a.entity_id = u.id::text
      WHERE a.entity = 'staff_user' AND u.email = ${email} AND a.action = ${action} ORDER BY a.id`,
  );
}

async function signedIn(cookie: string): Promise<boolean> {
  return (await t.app.inject({ url: '/darbs', headers: { cookie } })).statusCode === 200;
}

test('a wrong current password is refused and written to the audit trail', async () => {
  const email = demoEmail('editor');
  const browser = await signIn(t.app, email);
  const res = await change(browser, 'not my password');
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /Pašreizējā parole nav pareiza/);
  const rows = await auditOf(email, 'staff.password_change_failed');
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.after.reason, 'wrong_current');
  assert.doesNotMatch(JSON.stringify(rows), /not my password/, 'the audit trail never holds a password');
});

test(`after ${MAX_FAILED_SIGN_INS} wrong current passwords the account is locked, as at sign-in: even the right one is refused`, async () => {
  const email = demoEmail('manager');
  const browser = await signIn(t.app, email);
  const changedAt = () =>
    query<{ at: string | null }>(
      t.database.db,
      sql`SELECT password_changed_at::text AS at FROM staff_user WHERE email = ${email}`,
    );
  const before = await changedAt();
  for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) {
    const res = await change(browser, `guess ${i}`);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Pašreizējā parole nav pareiza/);
  }
  const last = await change(browser, 'the last guess', '/en/work/password');
  assert.equal(last.statusCode, 400);
  assert.match(last.body, new RegExp(`the account is locked for ${LOCKOUT_MINUTES} minutes`));

  const right = await change(browser, DEMO_PASSWORD);
  assert.equal(right.statusCode, 400, 'the right password is refused while locked');
  assert.match(right.body, /konts ir bloķēts/);
  assert.deepEqual(await changedAt(), before, 'the password was not changed');
  await assert.rejects(signIn(t.app, email), 'sign-in is locked too');

  const failures = await auditOf(email, 'staff.password_change_failed');
  assert.equal(failures.length, MAX_FAILED_SIGN_INS + 1);
  assert.equal(failures.at(-2)!.after.locked, true, 'the attempt that locked says so');
  assert.equal(failures.at(-1)!.after.reason, 'locked');

  await t.database.db.execute(
    sql`UPDATE staff_user SET locked_until = now() - interval '1 second' WHERE email = ${email}`,
  );
  const after = await change(browser, DEMO_PASSWORD);
  assert.equal(after.statusCode, 303, 'the lock ends after its time');
});

test('password-change attempts of one session are rate limited', async () => {
  const browser = await signIn(t.app, demoEmail('clerk'));
  let limited: Awaited<ReturnType<typeof postForm>> | undefined;
  for (let i = 0; i <= PASSWORD_CHANGE_RATE_LIMIT.max; i++) {
    // An incomplete form: refused (400) without touching the lock-out, but it counts.
    const res = await postForm(t.app, browser, i % 2 ? '/en/work/password' : '/darbs/parole', {});
    if (res.statusCode === 429) {
      limited = res;
      break;
    }
    assert.equal(res.statusCode, 400);
  }
  assert.ok(limited, `attempt ${PASSWORD_CHANGE_RATE_LIMIT.max + 1} was not limited`);
  assert.match(limited.body, /Pārāk daudz mēģinājumu|Too many attempts/);
  const other = await signIn(t.app, demoEmail('head'));
  assert.equal((await postForm(t.app, other, '/darbs/parole', {})).statusCode, 400, 'other sessions go on');
});

test('a password change gives the session a new token: the old cookie no longer works', async () => {
  const email = demoEmail('specialist');
  const browser = await signIn(t.app, email);
  const res = await change(browser, DEMO_PASSWORD);
  assert.equal(res.statusCode, 303);
  const token = cookiesFrom(res.headers['set-cookie']).pietura_session;
  assert.match(token ?? '', /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(token, browser.token);
  assert.equal(await signedIn(browser.cookie), false);
  const cookie = `pietura_session=${token}`;
  const page = await t.app.inject({ url: '/darbs/parole?changed=1', headers: { cookie } });
  assert.equal(page.statusCode, 200);
  const csrf = csrfFrom(page.body);
  assert.notEqual(csrf, browser.csrf, 'the CSRF token is new too');
  const [row] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM session s JOIN staff_user u ON u.id = s.user_id
      WHERE u.email = ${email} AND s.revoked_at IS NULL`,
  );
  assert.equal(row!.n, 1, 'one live session: the rotated one');
  const changed = await auditOf(email, 'staff.password_changed');
  assert.equal(changed.at(-1)!.after.sessionTokenRotated, true);
});
