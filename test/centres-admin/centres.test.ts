import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { hoursFormSchema } from '../../src/modules/centres/admin/schema';
import { eveningWarnings, nextTwelveMonths } from '../../src/modules/centres/admin/service';
import { addDays, todayInRiga } from '../../src/platform/calendar/days';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';

let t: TestApp;
let admin: Browser;
let manager: Browser;
let editor: Browser;
const CENTRE = 'bebrene';
const today = todayInRiga();

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  admin = await signIn(t.app, demoEmail('admin'));
  manager = await signIn(t.app, demoEmail('manager'));
  editor = await signIn(t.app, demoEmail('editor'));
});
after(() => t.close());

const db = () => t.database.db;
const get = (browser: Browser, url: string) => t.app.inject({ url, headers: { cookie: browser.cookie } });

async function hoursOf(code: string) {
  return query<{ weekday: number; opens: string; closes: string; weeks: number[] | null }>(
    db(),
    sql`SELECT h.weekday, h.opens, h.closes, h.weeks_of_month AS weeks FROM centre_hours h JOIN centre c ON c.id = h.centre_id
      WHERE c.code = ${code} ORDER BY h.weekday, h.opens, h.id`,
  );
}

async function centreRow(code: string) {
  const [row] = await query<{ phone: string | null; email: string | null; name: { lv: string; en: string } }>(
    db(),
    sql`SELECT phone, email, name FROM centre WHERE code = ${code}`,
  );
  return row!;
}

/** The hours of a centre as the form posts them. */
function hoursForm(rows: { weekday: number; opens: string; closes: string; weeks?: number[] | null }[]) {
  const fields: Record<string, string> = { hRows: String(rows.length), action: 'save' };
  rows.forEach((r, i) => {
    fields[`h-${i}-weekday`] = String(r.weekday);
    fields[`h-${i}-opens`] = r.opens;
    fields[`h-${i}-closes`] = r.closes;
    fields[`h-${i}-weeks`] = r.weeks?.join(', ') ?? '';
  });
  return fields;
}

test('the twelve months ahead run across the year end', () => {
  assert.deepEqual(nextTwelveMonths('2026-11-26').slice(0, 3), [
    { year: 2026, month: 11 },
    { year: 2026, month: 12 },
    { year: 2027, month: 1 },
  ]);
  assert.deepEqual(nextTwelveMonths('2026-11-26').at(-1), { year: 2027, month: 10 });
});

test('every staff member may look at the centres; the admin page lists them with the evening rule', async () => {
  for (const browser of [admin, manager, editor]) {
    const res = await get(browser, '/darbs/centri');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Bebrene/);
  }
  const en = await get(admin, '/en/work/centres');
  assert.match(en.body, /Evenings until 19:00/);
  assert.equal((await get(admin, '/darbs/centri/nav-tada')).statusCode, 404);
});

test('an administrator edits the contact details; the public centre page shows them; an audit row is written', async () => {
  const res = await postForm(t.app, admin, `/darbs/centri/${CENTRE}`, {
    'name-lv': 'Bebrenes pagasta pakalpojumu centrs',
    'name-en': 'Bebrene parish service centre',
    address: 'Bebrenes iela 1, Bebrene, LV-5445',
    postalCode: 'LV-5445',
    phone: '+371 65400000',
    email: 'bebrene@ilukste.lv',
  });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  const row = await centreRow(CENTRE);
  assert.equal(row.phone, '+371 65400000');
  const pub = await t.app.inject(`/centri/${CENTRE}`);
  assert.match(pub.body, /\+371 65400000/);
  const [audit] = await query<{ after: { phone: string } }>(
    db(),
    sql`SELECT after FROM audit_log WHERE action = 'centre.update' ORDER BY id DESC LIMIT 1`,
  );
  assert.equal(audit?.after.phone, '+371 65400000');
});

test('invalid contact details: a 400 with messages, typed values kept, nothing changes', async () => {
  const before = await centreRow(CENTRE);
  const res = await postForm(t.app, admin, `/darbs/centri/${CENTRE}`, {
    'name-lv': '',
    'name-en': 'Bebrene',
    address: 'Adrese',
    email: 'nav-epasts',
    phone: 'zvaniet',
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /Ievadiet e-pasta adresi/);
  assert.match(res.body, /Ievadiet tālruņa numuru/);
  assert.match(res.body, /value="nav-epasts"/);
  const en = await postForm(t.app, admin, `/en/work/centres/${CENTRE}`, { 'name-lv': '', email: 'x' });
  assert.match(en.body, /Enter an email address/);
  assert.deepEqual(await centreRow(CENTRE), before);
});

test('only an administrator changes centres: others get 403 and nothing changes', async () => {
  const hours = await hoursOf(CENTRE);
  for (const browser of [manager, editor]) {
    const res = await postForm(t.app, browser, `/darbs/centri/${CENTRE}/darba-laiks`, hoursForm([]));
    assert.equal(res.statusCode, 403);
    const details = await postForm(t.app, browser, `/darbs/centri/${CENTRE}`, { 'name-lv': 'X' });
    assert.equal(details.statusCode, 403);
  }
  assert.deepEqual(await hoursOf(CENTRE), hours);
  const page = await get(manager, `/darbs/centri/${CENTRE}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Centrus labo administrators/);
  assert.doesNotMatch(page.body, /Saglabāt darba laiku/);
});

test('invalid hours rows: messages per row, what was typed is kept, nothing changes', async () => {
  const before = await hoursOf(CENTRE);
  const res = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/darba-laiks`, {
    ...hoursForm([
      { weekday: 1, opens: '17:00', closes: '08:00' },
      { weekday: 2, opens: '8:00', closes: '25:00', weeks: [6] },
    ]),
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /Slēgšanas laikam jābūt vēlākam par atvēršanas laiku/);
  assert.match(res.body, /href="#h-0-closes"/);
  assert.match(res.body, /href="#h-1-closes"/);
  assert.match(res.body, /href="#h-1-weeks"/);
  assert.match(res.body, /value="25:00"/);
  assert.deepEqual(await hoursOf(CENTRE), before);
  const more = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/darba-laiks`, {
    ...hoursForm(before),
    action: 'add-row',
  });
  assert.equal(more.statusCode, 200);
  assert.match(more.body, new RegExp(`name="hRows" value="${before.length + 1}"`));
  assert.deepEqual(await hoursOf(CENTRE), before);
});

test('hours edit: when the centre loses its evening sessions the evening-rule warning appears, and goes when they return', async () => {
  const original = await hoursOf(CENTRE);
  assert.ok(
    !(await eveningWarnings(db(), today)).some((w) => w.code === CENTRE),
    'the demo centre meets the rule to begin with',
  );
  const daytime = original.map((h) => ({ ...h, closes: h.closes > '17:00' ? '17:00' : h.closes }));
  // Before saving, the page shows what the change does to the evening rule and asks; nothing is saved yet.
  const asked = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/darba-laiks`, hoursForm(daytime));
  assert.equal(asked.statusCode, 200);
  assert.match(asked.body, /id="hours-evening"/);
  assert.match(
    asked.body,
    /Pēc šīs izmaiņas centrs „Bebrenes pagasta pakalpojumu centrs” nebūs atvērts līdz 19:00/,
  );
  assert.match(
    asked.body,
    /vismaz divus vakarus mēnesī — (visos nākamajos 12 mēnešos|\d{4}\. gada [a-zā-ž]+ī)/,
  );
  assert.match(asked.body, /name="confirm" value="yes"[^>]*>Saglabāt tomēr|Saglabāt tomēr/);
  assert.deepEqual(await hoursOf(CENTRE), original);
  const res = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/darba-laiks`, {
    ...hoursForm(daytime),
    confirm: 'yes',
  });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  assert.ok((await hoursOf(CENTRE)).every((h) => h.closes <= '17:00'));

  const list = await get(admin, '/darbs/centri');
  assert.match(list.body, new RegExp(`id="evening-${CENTRE}"`));
  assert.match(list.body, /nav atvērts līdz 19:00 vismaz divus vakarus mēnesī/);
  const page = await get(admin, `/darbs/centri/${CENTRE}`);
  assert.match(page.body, /govuk-warning-text/);
  const coverage = await get(manager, '/darbs/parklajums');
  assert.match(coverage.body, new RegExp(`id="evening-${CENTRE}"`));
  const en = await get(admin, '/en/work/centres');
  assert.match(en.body, /is not open until 19:00 on at least two evenings a month/);
  const [audit] = await query<{ before: unknown[]; after: unknown[] }>(
    db(),
    sql`SELECT before, after FROM audit_log WHERE action = 'centre.hours.replace' ORDER BY id DESC LIMIT 1`,
  );
  assert.equal(audit?.before.length, original.length);

  const back = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/darba-laiks`, hoursForm(original));
  assert.equal(back.statusCode, 303);
  assert.doesNotMatch((await get(admin, '/darbs/centri')).body, new RegExp(`id="evening-${CENTRE}"`));
});

test('dated changes: an extra evening session and a closure are added and deleted, with audit rows', async () => {
  const day = addDays(today, 14);
  const [y, m, d] = day.split('-');
  const bad = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
    'day-day': '30',
    'day-month': '2',
    'day-year': y!,
    closed: 'hours',
    opens: '18:00',
    closes: '',
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Ievadiet pareizu datumu/);
  assert.match(bad.body, /Ievadiet laiku formā SS:MM/);

  const res = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
    'day-day': String(Number(d)),
    'day-month': String(Number(m)),
    'day-year': y!,
    closed: 'hours',
    opens: '15:00',
    closes: '20:00',
    'note-lv': 'Papildu vakara pieņemšana',
    'note-en': 'Extra evening session',
  });
  assert.equal(res.statusCode, 303);
  const [row] = await query<{ id: number; opens: string; closes: string }>(
    db(),
    sql`SELECT e.id, e.opens, e.closes FROM centre_exception e JOIN centre c ON c.id = e.centre_id
      WHERE c.code = ${CENTRE} AND e.day = ${day}`,
  );
  assert.equal(row?.closes, '20:00');
  const page = await get(admin, `/darbs/centri/${CENTRE}`);
  assert.match(page.body, /Papildu vakara pieņemšana/);

  const closedDay = addDays(today, 21).split('-');
  const closure = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
    'day-day': String(Number(closedDay[2])),
    'day-month': String(Number(closedDay[1])),
    'day-year': closedDay[0]!,
    closed: 'closed',
  });
  assert.equal(closure.statusCode, 303);
  const [closedRow] = await query<{ id: number; closed: boolean; opens: string | null }>(
    db(),
    sql`SELECT e.id, e.closed, e.opens FROM centre_exception e JOIN centre c ON c.id = e.centre_id
      WHERE c.code = ${CENTRE} AND e.day = ${closedDay.join('-')}`,
  );
  assert.equal(closedRow?.closed, true);
  assert.equal(closedRow?.opens, null);
  assert.match((await get(admin, `/darbs/centri/${CENTRE}`)).body, />Slēgts</);
  await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas/${closedRow!.id}/dzest`);

  const del = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas/${row!.id}/dzest`);
  assert.equal(del.statusCode, 303);
  const left = await query(db(), sql`SELECT 1 FROM centre_exception WHERE id = ${row!.id}`);
  assert.equal(left.length, 0);
  const again = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas/${row!.id}/dzest`);
  assert.equal(again.statusCode, 404);
  const actions = await query<{ action: string }>(
    db(),
    sql`SELECT action FROM audit_log WHERE action LIKE 'centre.exception.%' ORDER BY id`,
  );
  assert.deepEqual(
    actions.map((a) => a.action),
    ['centre.exception.add', 'centre.exception.add', 'centre.exception.delete', 'centre.exception.delete'],
  );
});

test('the centre page lists the services one can apply for there, linking to their standards', async () => {
  const main = await get(admin, '/darbs/centri/ilukste');
  const bebrene = await get(admin, `/darbs/centri/${CENTRE}`);
  assert.match(main.body, /href="\/darbs\/standarti\/barintiesas-apliecinajumi"/);
  assert.match(bebrene.body, /href="\/darbs\/standarti\/dzivesvietas-deklaresana"/);
  assert.doesNotMatch(bebrene.body, /href="\/darbs\/standarti\/barintiesas-apliecinajumi"/);
});

test('weeks of the month: one separator between them; a long wrong value is refused at once (it backtracked)', () => {
  const row = (weeks: string) => [{ weekday: '1', opens: '08:00', closes: '12:00', weeks }];
  assert.deepEqual(hoursFormSchema.parse(row('1, 3'))[0]!.weeksOfMonth, [1, 3]);
  assert.deepEqual(hoursFormSchema.parse(row('2;4 5'))[0]!.weeksOfMonth, [2, 4, 5]);
  assert.equal(hoursFormSchema.parse(row(''))[0]!.weeksOfMonth, null);
  for (const bad of ['1,,2', '6', `1${'   1'.repeat(17)}x`, `1${' '.repeat(90)}x`, '1 '.repeat(60)])
    assert.equal(hoursFormSchema.safeParse(row(bad)).success, false, JSON.stringify(bad));
});

test('weekly hours: two rows open at the same time on one day are refused, naming both rows; touching rows and other weeks are fine', async () => {
  const row = (weekday: string, opens: string, closes: string, weeks = '') => ({
    weekday,
    opens,
    closes,
    weeks,
  });
  const overlapping = hoursFormSchema.safeParse([
    row('1', '08:00', '12:00'),
    row('2', '09:00', '17:00'),
    row('1', '11:30', '14:00'),
  ]);
  assert.equal(overlapping.success, false);
  assert.deepEqual(
    overlapping.error!.issues.map((i) => [i.message, ...i.path]),
    [
      ['overlaps', 0, 'opens'],
      ['overlaps', 2, 'opens'],
    ],
  );
  assert.equal(
    hoursFormSchema.safeParse([row('1', '08:00', '12:00'), row('1', '12:00', '16:00')]).success,
    true,
  );
  assert.equal(
    hoursFormSchema.safeParse([row('3', '08:00', '19:00', '1, 3'), row('3', '08:00', '17:00', '2, 4, 5')])
      .success,
    true,
  );
  assert.equal(
    hoursFormSchema.safeParse([row('3', '08:00', '19:00', '1, 3'), row('3', '08:00', '17:00')]).success,
    false,
    'every week includes the first and the third',
  );

  const before = await hoursOf(CENTRE);
  const res = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/darba-laiks`, {
    ...hoursForm([
      { weekday: 1, opens: '08:00', closes: '12:00' },
      { weekday: 1, opens: '11:00', closes: '17:00' },
    ]),
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /1\. rinda: Šis laiks pārklājas ar citu tās pašas dienas rindu/);
  assert.match(res.body, /href="#h-1-opens"/);
  assert.match(res.body, /value="11:00"/);
  assert.deepEqual(await hoursOf(CENTRE), before);
});

test('the demo centres’ weekly hours have no overlapping rows (their form can be saved as shown)', async () => {
  const rows = await query<{
    code: string;
    weekday: number;
    opens: string;
    closes: string;
    weeks: number[] | null;
  }>(
    db(),
    sql`SELECT c.code, h.weekday, h.opens, h.closes,
          h.weeks_of_month AS weeks
        FROM centre_hours h JOIN centre c ON c.id = h.centre_id ORDER BY c.code, h.id`,
  );
  const codes = [...new Set(rows.map((r) => r.code))];
  assert.ok(codes.length > 1);
  for (const code of codes) {
    const form = rows
      .filter((r) => r.code === code)
      .map((r) => ({
        weekday: String(r.weekday),
        opens: r.opens,
        closes: r.closes,
        weeks: r.weeks?.join(', ') ?? '',
      }));
    const parsed = hoursFormSchema.safeParse(form);
    assert.equal(parsed.success, true, `${code}: ${JSON.stringify(parsed.error?.issues)}`);
  }
});
