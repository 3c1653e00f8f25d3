import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/app';
import { query } from '../../src/db/connection';
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, SIGN_IN_RATE_LIMIT } from '../../src/platform/auth/service';
import { type TestApp, testApp, watchedLog } from '../helpers/app';
import {
  cookieHeader,
  cookiesFrom,
  csrfFrom,
  DEMO_PASSWORD,
  demoEmail,
  ensureDemoStaff,
  FORM,
  formBody,
  freshIp,
} from '../staff/helpers';

let t: TestApp;
before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
});
after(() => t.close());

const FAILED_LV = /Nepareiza e-pasta adrese vai parole/;

/** Opens the sign-in page from one address and posts the form from it, as a browser does. */
async function attempt(
  email: string,
  password: string,
  opts: { ip?: string; locale?: 'lv' | 'en'; next?: string } = {},
) {
  const ip = opts.ip ?? freshIp();
  const url = opts.locale === 'en' ? '/en/work/sign-in' : '/darbs/ieiet';
  const page = await t.app.inject({ url, headers: { 'x-forwarded-for': ip } });
  const jar = cookiesFrom(page.headers['set-cookie']);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...FORM, cookie: cookieHeader(jar), 'x-forwarded-for': ip },
    payload: formBody({ _csrf: csrfFrom(page.body), email, password, next: opts.next }),
  });
}

async function failedLogins(email: string) {
  const [row] = await query<{ failed: number; locked: boolean }>(
    t.database.db,
    sql`SELECT failed_logins AS failed, coalesce(locked_until > now(), false) AS locked FROM staff_user WHERE email = ${email}`,
  );
  return row!;
}

async function auditActions(): Promise<{ action: string; after: Record<string, unknown> | null }[]> {
  return query(t.database.db, sql`SELECT action, after FROM audit_log ORDER BY id`);
}

test('the sign-in page works in both languages, with a CSRF token and no script needed', async () => {
  const lv = await t.app.inject('/darbs/ieiet');
  assert.equal(lv.statusCode, 200);
  assert.match(lv.body, /<html lang="lv"/);
  assert.match(lv.body, /Ieiet darba vidē/);
  assert.match(lv.body, /<form method="post" action="\/darbs\/ieiet"/);
  assert.match(lv.body, /<label class="govuk-label govuk-label--s" for="email">/);
  csrfFrom(lv.body);
  const en = await t.app.inject('/en/work/sign-in');
  assert.equal(en.statusCode, 200);
  assert.match(en.body, /Sign in to the staff workspace/);
  assert.match(en.headers['cache-control'] as string, /no-store/);
});

test('the right password signs in and lands on the dashboard; the cookie is HttpOnly and SameSite=Lax', async () => {
  const res = await attempt(demoEmail('editor'), DEMO_PASSWORD);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/darbs');
  const setCookie = [res.headers['set-cookie']].flat().join('\n');
  assert.match(setCookie, /pietura_session=[A-Za-z0-9_-]{43};/);
  assert.match(setCookie, /HttpOnly/);
  assert.match(setCookie, /SameSite=Lax/);
  assert.doesNotMatch(setCookie, /Secure/, 'no Secure flag over plain http');
  const actions = await auditActions();
  assert.equal(actions.at(-1)?.action, 'staff.signed_in');
});

test('behind https the session cookie is Secure and __Host- prefixed', async () => {
  const log = watchedLog();
  const app = await buildApp(
    { database: t.database, config: { PIETURA_PUBLIC_URL: 'https://pakalpojumi.ilukste.lv' } },
    { logger: log.logger },
  );
  try {
    const ip = freshIp();
    const page = await app.inject({ url: '/darbs/ieiet', headers: { 'x-forwarded-for': ip } });
    const jar = cookiesFrom(page.headers['set-cookie']);
    assert.ok(jar['__Host-pietura_signin_csrf']);
    const res = await app.inject({
      method: 'POST',
      url: '/darbs/ieiet',
      headers: { ...FORM, cookie: cookieHeader(jar), 'x-forwarded-for': ip },
      payload: formBody({ _csrf: csrfFrom(page.body), email: demoEmail('editor'), password: DEMO_PASSWORD }),
    });
    assert.equal(res.statusCode, 303);
    const setCookie = [res.headers['set-cookie']].flat().join('\n');
    assert.match(setCookie, /__Host-pietura_session=[^;]+;.*Secure/);
  } finally {
    await app.close();
    log.assertClean();
  }
});

test('a wrong password and an unknown e-mail get the same message, keep the e-mail, and set no session', async () => {
  const before = await failedLogins(demoEmail('manager'));
  const wrong = await attempt(demoEmail('manager'), 'not the password at all');
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, FAILED_LV);
  assert.match(wrong.body, /govuk-error-summary/);
  assert.match(wrong.body, /value="manager@ilukste.example"/);
  assert.doesNotMatch(wrong.body, /not the password at all/);
  assert.equal(cookiesFrom(wrong.headers['set-cookie']).pietura_session, undefined);
  assert.equal((await failedLogins(demoEmail('manager'))).failed, before.failed + 1);

  const unknown = await attempt('nobody@ilukste.example', 'not the password at all');
  assert.equal(unknown.statusCode, 400);
  const message = (body: string) => /<a href="#email">([^<]+)<\/a>/.exec(body)?.[1];
  assert.ok(message(wrong.body));
  assert.equal(message(unknown.body), message(wrong.body));

  const en = await attempt('nobody@ilukste.example', 'x', { locale: 'en' });
  assert.match(en.body, /The email address or password is wrong/);

  const actions = await auditActions();
  const failures = actions.filter((a) => a.action === 'staff.sign_in_failed').map((a) => a.after?.reason);
  assert.ok(failures.includes('wrong_password'));
  assert.ok(failures.includes('unknown_email'));
});

test('an empty form is refused with field messages and nothing is recorded as a failed sign-in', async () => {
  const count = (await auditActions()).length;
  const res = await attempt('', '');
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /Ievadiet e-pasta adresi/);
  assert.match(res.body, /Ievadiet paroli/);
  assert.equal((await auditActions()).length, count);
});

test(`after ${MAX_FAILED_SIGN_INS} wrong passwords the account is locked for ${LOCKOUT_MINUTES} minutes, even for the right password`, async () => {
  const email = demoEmail('specialist');
  const ip = freshIp();
  for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
    const res = await attempt(email, `wrong password ${i}`, { ip: freshIp() });
    assert.equal(res.statusCode, 400);
  }
  const state = await failedLogins(email);
  assert.equal(state.locked, true);
  const [until] = await query<{ minutes: number }>(
    t.database.db,
    sql`SELECT extract(epoch FROM locked_until - now()) / 60 AS minutes FROM staff_user WHERE email = ${email}`,
  );
  assert.ok(Number(until!.minutes) > LOCKOUT_MINUTES - 1 && Number(until!.minutes) <= LOCKOUT_MINUTES);

  const locked = await attempt(email, DEMO_PASSWORD, { ip });
  assert.equal(locked.statusCode, 400, 'the right password is refused while locked');
  assert.match(locked.body, FAILED_LV, 'with the same message as a wrong password');
  assert.equal(cookiesFrom(locked.headers['set-cookie']).pietura_session, undefined);
  const last = (await auditActions()).at(-1);
  assert.equal(last?.action, 'staff.sign_in_failed');
  assert.equal(last?.after?.reason, 'locked');

  await t.database.db.execute(
    sql`UPDATE staff_user SET locked_until = now() - interval '1 second' WHERE email = ${email}`,
  );
  const again = await attempt(email, DEMO_PASSWORD, { ip });
  assert.equal(again.statusCode, 303, 'the lock ends after its time');
  assert.deepEqual(await failedLogins(email), { failed: 0, locked: false });
});

test('sign-in attempts from one address are rate limited', async () => {
  const ip = freshIp();
  let limited: Awaited<ReturnType<typeof attempt>> | undefined;
  for (let i = 0; i <= SIGN_IN_RATE_LIMIT.max; i++) {
    const res = await attempt('nobody@ilukste.example', 'x', { ip });
    if (res.statusCode === 429) {
      limited = res;
      break;
    }
  }
  assert.ok(limited, `the ${SIGN_IN_RATE_LIMIT.max + 1}th attempt was not limited`);
  assert.match(limited.body, /Pārāk daudz mēģinājumu/);
  assert.match(limited.headers['content-type'] as string, /text\/html/);
  const elsewhere = await attempt(demoEmail('clerk'), DEMO_PASSWORD);
  assert.equal(elsewhere.statusCode, 303, 'other addresses are not affected');
});

test('the Latvian and the English sign-in form share one budget per address', async () => {
  const ip = freshIp();
  const statuses: number[] = [];
  for (let i = 0; i <= SIGN_IN_RATE_LIMIT.max; i++) {
    const res = await attempt('nobody@ilukste.example', 'x', { ip, locale: i % 2 ? 'en' : 'lv' });
    statuses.push(res.statusCode);
  }
  assert.deepEqual(
    statuses,
    [...Array(SIGN_IN_RATE_LIMIT.max).fill(400), 429],
    `${SIGN_IN_RATE_LIMIT.max} attempts in both languages together, then refused`,
  );
});

test('after signing in the browser returns to the staff page it asked for, never to another site', async () => {
  const back = await attempt(demoEmail('admin'), DEMO_PASSWORD, { next: '/darbs/lietotaji' });
  assert.equal(back.headers.location, '/darbs/lietotaji');
  for (const next of [
    'https://evil.example/darbs',
    '//evil.example/darbs',
    '/\\evil.example',
    '/pakalpojumi',
  ]) {
    const res = await attempt(demoEmail('admin'), DEMO_PASSWORD, { next });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/darbs', `next=${next} was followed`);
  }
  const page = await t.app.inject('/darbs/ieiet?next=%2F%2Fevil.example');
  assert.doesNotMatch(page.body, /evil\.example/);
});

test('the sign-in form without its CSRF token, or with another one, is refused with 403 and signs nobody in', async () => {
  const ip = freshIp();
  const page = await t.app.inject({ url: '/darbs/ieiet', headers: { 'x-forwarded-for': ip } });
  const jar = cookiesFrom(page.headers['set-cookie']);
  const fields = { email: demoEmail('editor'), password: DEMO_PASSWORD };
  for (const payload of [formBody(fields), formBody({ ...fields, _csrf: 'x'.repeat(43) })]) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/darbs/ieiet',
      headers: { ...FORM, cookie: cookieHeader(jar), 'x-forwarded-for': ip },
      payload,
    });
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /Veidlapa ir novecojusi/);
    assert.equal(cookiesFrom(res.headers['set-cookie']).pietura_session, undefined);
  }
  const noCookie = await t.app.inject({
    method: 'POST',
    url: '/en/work/sign-in',
    headers: { ...FORM, 'x-forwarded-for': ip },
    payload: formBody({ ...fields, _csrf: csrfFrom(page.body) }),
  });
  assert.equal(noCookie.statusCode, 403);
  assert.match(noCookie.body, /The form has expired/);
});

test('a signed-in visitor of the sign-in page goes on to the dashboard', async () => {
  const res = await attempt(demoEmail('head'), DEMO_PASSWORD);
  const cookie = `pietura_session=${cookiesFrom(res.headers['set-cookie']).pietura_session}`;
  const page = await t.app.inject({ url: '/en/work/sign-in', headers: { cookie } });
  assert.equal(page.statusCode, 303);
  assert.equal(page.headers.location, '/en/work');
});

test('hostile sign-in input gets a 4xx answer, never a 5xx', async () => {
  const ip = freshIp();
  const page = await t.app.inject({ url: '/darbs/ieiet', headers: { 'x-forwarded-for': ip } });
  const cookie = cookieHeader(cookiesFrom(page.headers['set-cookie']));
  const _csrf = csrfFrom(page.body);
  const bodies: [string, string][] = [
    ['application/x-www-form-urlencoded', formBody({ _csrf, email: 'a\u0000b@ilukste.lv', password: 'x' })],
    [
      'application/x-www-form-urlencoded',
      formBody({ _csrf, email: 'a'.repeat(5000), password: 'p'.repeat(5000) }),
    ],
    [
      'application/x-www-form-urlencoded',
      formBody({ _csrf, email: ['a@b.lv', 'c@d.lv'], password: ['x', 'y'] }),
    ],
    ['application/x-www-form-urlencoded', `_csrf=${_csrf}&email=%E0%A4%A&password=%FF`],
    ['application/json', JSON.stringify({ _csrf, email: { $ne: null }, password: [1, 2], next: { a: 1 } })],
  ];
  for (const [type, payload] of bodies) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/darbs/ieiet',
      headers: { 'content-type': type, cookie, 'x-forwarded-for': freshIp() },
      payload,
    });
    assert.ok(
      res.statusCode >= 400 && res.statusCode < 500,
      `${payload.slice(0, 60)} answered ${res.statusCode}`,
    );
  }
});
