import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '../../src/platform/auth/service';
import { type TestApp, testApp } from '../helpers/app';
import {
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

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

async function sessionRow(token: string) {
  const [row] = await query<{ revoked: boolean; idle: number; hours: number }>(
    t.database.db,
    sql`SELECT revoked_at IS NOT NULL AS revoked,
        extract(epoch FROM now() - last_seen_at) / 60 AS idle,
        extract(epoch FROM expires_at - created_at) / 3600 AS hours
      FROM session WHERE id_hash = ${hashOf(token)}`,
  );
  return row;
}

async function isSignedIn(cookie: string): Promise<boolean> {
  const res = await t.app.inject({ url: '/darbs', headers: { cookie } });
  if (res.statusCode === 200) return true;
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/darbs/ieiet?next=%2Fdarbs');
  return false;
}

async function auditCount(): Promise<number> {
  const [row] = await query<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log`);
  return row!.n;
}

test('only the SHA-256 of the session token is stored, and passwords are argon2id hashes', async () => {
  const browser = await signIn(t.app, demoEmail('editor'));
  const rows = await query<{ id_hash: string }>(t.database.db, sql`SELECT id_hash FROM session`);
  assert.ok(rows.some((r) => r.id_hash === hashOf(browser.token)));
  assert.ok(!rows.some((r) => r.id_hash === browser.token));
  const row = await sessionRow(browser.token);
  assert.equal(Math.round(Number(row!.hours)), SESSION_ABSOLUTE_HOURS);
  const hashes = await query<{ password_hash: string }>(
    t.database.db,
    sql`SELECT password_hash FROM staff_user`,
  );
  assert.ok(hashes.length > 0 && hashes.every((h) => h.password_hash.startsWith('$argon2id$')));
});

test(`a session idle for more than ${SESSION_IDLE_MINUTES} minutes has ended; a shorter pause keeps it`, async () => {
  const browser = await signIn(t.app, demoEmail('editor'));
  await t.database.db.execute(
    sql`UPDATE session SET last_seen_at = now() - make_interval(mins => ${SESSION_IDLE_MINUTES - 1})
      WHERE id_hash = ${hashOf(browser.token)}`,
  );
  assert.equal(await isSignedIn(browser.cookie), true);
  assert.ok(Number((await sessionRow(browser.token))!.idle) < 1, 'the request renewed last_seen_at');

  await t.database.db.execute(
    sql`UPDATE session SET last_seen_at = now() - make_interval(mins => ${SESSION_IDLE_MINUTES + 1})
      WHERE id_hash = ${hashOf(browser.token)}`,
  );
  const res = await t.app.inject({ url: '/darbs/parole', headers: { cookie: browser.cookie } });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/darbs/ieiet?next=%2Fdarbs%2Fparole');
  assert.equal(cookiesFrom(res.headers['set-cookie']).pietura_session, '', 'the dead cookie is cleared');
});

test(`a session ends ${SESSION_ABSOLUTE_HOURS} hours after sign-in however active it is`, async () => {
  const browser = await signIn(t.app, demoEmail('editor'));
  await t.database.db.execute(
    sql`UPDATE session SET expires_at = now() - interval '1 second' WHERE id_hash = ${hashOf(browser.token)}`,
  );
  assert.equal(await isSignedIn(browser.cookie), false);
});

test('signing out revokes the session: the old cookie no longer works', async () => {
  const browser = await signIn(t.app, demoEmail('manager'));
  const other = await signIn(t.app, demoEmail('manager'));
  const res = await postForm(t.app, browser, '/darbs/iziet');
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/darbs/ieiet?signedOut=1');
  assert.equal(cookiesFrom(res.headers['set-cookie']).pietura_session, '');
  assert.equal((await sessionRow(browser.token))!.revoked, true);
  assert.equal(await isSignedIn(browser.cookie), false);
  assert.equal(await isSignedIn(other.cookie), true, 'other sessions of the same person stay');
  const [last] = await query<{ action: string }>(
    t.database.db,
    sql`SELECT action FROM audit_log ORDER BY id DESC LIMIT 1`,
  );
  assert.equal(last!.action, 'staff.signed_out');
  const page = await t.app.inject('/darbs/ieiet?signedOut=1');
  assert.match(page.body, /Jūs esat izgājis no darba vides/);
});

test('a state-changing staff request without the CSRF token, or with a wrong one, is refused and changes nothing', async () => {
  const admin = await signIn(t.app, demoEmail('admin'));
  const victim = await signIn(t.app, demoEmail('clerk'));
  const [target] = await query<{ id: number }>(
    t.database.db,
    sql`SELECT id FROM staff_user WHERE email = ${demoEmail('clerk')}`,
  );
  const url = `/darbs/lietotaji/${target!.id}/deaktivizet`;
  const auditBefore = await auditCount();
  for (const token of [undefined, '', 'x'.repeat(43), victim.csrf]) {
    const res = await postForm(t.app, admin, url, { _csrf: token });
    assert.equal(res.statusCode, 403, `token ${token} was accepted`);
    assert.match(res.body, /Veidlapa ir novecojusi/);
    assert.match(res.body, /Nekas netika mainīts/);
  }
  const en = await postForm(t.app, admin, `/en/work/users/${target!.id}/deactivate`, { _csrf: 'wrong' });
  assert.equal(en.statusCode, 403);
  assert.match(en.body, /The form has expired/);
  assert.equal(await isSignedIn(victim.cookie), true, 'the clerk is still active and signed in');
  assert.equal(await auditCount(), auditBefore, 'nothing was written');
  const signOut = await postForm(t.app, victim, '/darbs/iziet', { _csrf: 'wrong' });
  assert.equal(signOut.statusCode, 403);
  assert.equal(await isSignedIn(victim.cookie), true, 'a forged sign-out does not sign out');

  const viaHeader = await t.app.inject({
    method: 'POST',
    url: '/darbs/iziet',
    headers: { cookie: victim.cookie, 'x-csrf-token': victim.csrf },
  });
  assert.equal(viaHeader.statusCode, 303, 'scripts may send the token in a header');
});

test('changing the password needs the current one, checks the new one twice, and ends the other sessions', async () => {
  const email = demoEmail('head');
  const browser = await signIn(t.app, email);
  const laptop = await signIn(t.app, email);
  const newPassword = 'a brand new passphrase';

  const wrong = await postForm(t.app, browser, '/darbs/parole', {
    current: 'not my password',
    next: newPassword,
    confirm: newPassword,
  });
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /Pašreizējā parole nav pareiza/);
  assert.match(wrong.body, /href="#current"/);

  const mismatch = await postForm(t.app, browser, '/en/work/password', {
    current: DEMO_PASSWORD,
    next: newPassword,
    confirm: 'something else entirely',
  });
  assert.equal(mismatch.statusCode, 400);
  assert.match(mismatch.body, /The passwords do not match/);

  const short = await postForm(t.app, browser, '/darbs/parole', {
    current: DEMO_PASSWORD,
    next: 'short',
    confirm: 'short',
  });
  assert.equal(short.statusCode, 400);
  assert.match(short.body, /vismaz 12 rakstzīmju garai/);
  assert.doesNotMatch(short.body, new RegExp(DEMO_PASSWORD), 'passwords are never echoed');

  const ok = await postForm(t.app, browser, '/darbs/parole', {
    current: DEMO_PASSWORD,
    next: newPassword,
    confirm: newPassword,
  });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/darbs/parole?changed=1');
  const rotated = cookiesFrom(ok.headers['set-cookie']).pietura_session;
  assert.ok(rotated && rotated !== browser.token, 'this session continues under a new token');
  assert.equal(await isSignedIn(`pietura_session=${rotated}`), true, 'this session continues');
  assert.equal(await isSignedIn(browser.cookie), false, 'the old cookie of this session is dead');
  assert.equal(await isSignedIn(laptop.cookie), false, 'other sessions end');
  await signIn(t.app, email, newPassword);
  const [last] = await query<{ action: string }>(
    t.database.db,
    sql`SELECT action FROM audit_log WHERE action LIKE 'staff.password%' ORDER BY id DESC LIMIT 1`,
  );
  assert.equal(last!.action, 'staff.password_changed');
  // The old password no longer works.
  await assert.rejects(signIn(t.app, email, DEMO_PASSWORD));
});

test('the staff pages carry the same strict security headers as the public site', async () => {
  const browser = await signIn(t.app, demoEmail('editor'));
  const res = await t.app.inject({ url: '/darbs', headers: { cookie: browser.cookie } });
  const csp = res.headers['content-security-policy'] as string;
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
  assert.match(res.headers['cache-control'] as string, /no-store/);
  csrfFrom(res.body);
  assert.match(res.body, /<form method="post" action="\/darbs\/iziet">/);
});
