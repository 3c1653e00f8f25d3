import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';

let t: TestApp;
let admin: Browser;

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  admin = await signIn(t.app, demoEmail('admin'));
});
after(() => t.close());

const get = (browser: Browser, url: string) => t.app.inject({ url, headers: { cookie: browser.cookie } });

async function movedDays(): Promise<{ day: string; working: boolean; reason: string }[]> {
  return query(
    t.database.db,
    sql`SELECT day::text AS day, working, reason FROM calendar_moved_day ORDER BY day`,
  );
}

async function auditCount(): Promise<number> {
  const [row] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'calendar_moved_day'`,
  );
  return row!.n;
}

test('the demo calendar lists the moved days of 2026 and the public holidays of the year', async () => {
  const res = await get(admin, '/darbs/kalendars?year=2026');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /sestdiena, 17\.01\.2026\./);
  assert.match(res.body, /pirmdiena, 22\.06\.2026\./);
  assert.match(res.body, /Līgo Diena/);
  assert.match(res.body, /Ziemassvētku vakars/);
  const en = await get(admin, '/en/work/calendar?year=2026');
  assert.equal(en.statusCode, 200);
  assert.match(en.body, /Saturday, 17 January 2026/);
  assert.match(en.body, /Christmas Eve/);
  assert.match(en.body, /href="\/darbs\/kalendars\?year=2026"/, 'the Latvian page of the same year');
});

test('an administrator adds and deletes a moved day, each audited', async () => {
  const audits = await auditCount();
  const added = await postForm(t.app, admin, '/darbs/kalendars', {
    'day-day': '13',
    'day-month': '11',
    'day-year': '2027',
    kind: 'working',
    reason: 'Pārbaude: sestdiena kļūst par darba dienu',
  });
  assert.equal(added.statusCode, 303);
  assert.equal(added.headers.location, '/darbs/kalendars?year=2027&done=added');
  const page = await get(admin, added.headers.location as string);
  assert.match(page.body, /Pārceltā diena pievienota/);
  assert.match(page.body, /sestdiena, 13\.11\.2027\./);
  assert.ok((await movedDays()).some((m) => m.day === '2027-11-13' && m.working));

  const id = /\/darbs\/kalendars\/(\d+)\/dzest/.exec(page.body)?.[1];
  assert.ok(id);
  const deleted = await postForm(t.app, admin, `/darbs/kalendars/${id}/dzest`);
  assert.equal(deleted.statusCode, 303);
  assert.equal(deleted.headers.location, '/darbs/kalendars?year=2027&done=deleted');
  assert.ok(!(await movedDays()).some((m) => m.day === '2027-11-13'));
  assert.equal(await auditCount(), audits + 2);
  assert.equal((await postForm(t.app, admin, `/darbs/kalendars/${id}/dzest`)).statusCode, 404);
});

test('bad input gets the form back with messages naming the field, keeps what was typed, writes nothing', async () => {
  const before = await movedDays();
  const audits = await auditCount();
  const cases: { fields: Record<string, string>; messages: RegExp[] }[] = [
    {
      fields: {},
      messages: [
        /Aizpildiet lauku „Datums”/,
        /Laukā „Kā diena pārcelta” izvēlieties/,
        /Aizpildiet lauku „Pamatojums”/,
      ],
    },
    {
      fields: {
        'day-day': '30',
        'day-month': '2',
        'day-year': '2027',
        kind: 'off',
        reason: 'Nav tāda datuma',
      },
      messages: [/Laukā „Datums” ievadiet īstu datumu/],
    },
    {
      fields: {
        'day-day': '15',
        'day-month': '12',
        'day-year': '2027',
        kind: 'working',
        reason: 'Trešdiena',
      },
      messages: [/jau ir darba diena/],
    },
    {
      fields: {
        'day-day': '24',
        'day-month': '12',
        'day-year': '2027',
        kind: 'off',
        reason: 'Ziemassvētku vakars',
      },
      messages: [/jau ir brīvdiena/],
    },
    {
      fields: { 'day-day': '17', 'day-month': '1', 'day-year': '2026', kind: 'working', reason: 'Vēlreiz' },
      messages: [/jau ir pārcelto dienu sarakstā/],
    },
    {
      fields: {
        'day-day': '15',
        'day-month': '12',
        'day-year': '2027',
        kind: 'off',
        reason: 'x'.repeat(501),
      },
      messages: [/ne vairāk kā 500 rakstzīmes/],
    },
  ];
  for (const { fields, messages } of cases) {
    const res = await postForm(t.app, admin, '/darbs/kalendars', fields);
    assert.equal(res.statusCode, 400, JSON.stringify(fields));
    assert.match(res.body, /govuk-error-summary/);
    for (const message of messages) assert.match(res.body, message);
    if (fields.reason && fields.reason.length < 100)
      assert.ok(res.body.includes(fields.reason), 'keeps the reason');
    if (fields['day-day'])
      assert.match(res.body, new RegExp(`name="day-day"[^>]*value="${fields['day-day']}"`));
  }
  const en = await postForm(t.app, admin, '/en/work/calendar', { kind: 'sideways' });
  assert.equal(en.statusCode, 400);
  assert.match(en.body, /Enter the date/);
  assert.match(en.body, /Choose whether the day is a working day or a day off/);
  assert.deepEqual(await movedDays(), before);
  assert.equal(await auditCount(), audits);
});

test('nonsense in the address is not an error of the server', async () => {
  assert.equal((await get(admin, '/darbs/kalendars?year=abc')).statusCode, 200);
  assert.equal((await get(admin, '/darbs/kalendars?year=99999')).statusCode, 200);
  assert.equal((await postForm(t.app, admin, '/darbs/kalendars/abc/dzest')).statusCode, 404);
});
