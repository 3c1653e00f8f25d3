import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { nextTwelveMonths } from '../../src/modules/centres/admin/service';
import { eveningRuleByCentre, getCentre } from '../../src/modules/centres/service';
import { addDays, todayInRiga } from '../../src/platform/calendar/days';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';

let t: TestApp;
let admin: Browser;
const CENTRE = 'prode';
const today = todayInRiga();

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  admin = await signIn(t.app, demoEmail('admin'));
});
after(() => t.close());

const db = () => t.database.db;

function dayFields(day: string) {
  const [y, m, d] = day.split('-');
  return { 'day-day': String(Number(d)), 'day-month': String(Number(m)), 'day-year': y! };
}

async function exceptionCount(): Promise<number> {
  const [row] = await query<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM centre_exception`);
  return row!.n;
}

test('a change dated in the past is refused with a clear message, and nothing is written', async () => {
  const before = await exceptionCount();
  const res = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
    ...dayFields(addDays(today, -1)),
    closed: 'closed',
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /<a href="#day-day">Datums nevar būt pagātnē/);
  const en = await postForm(t.app, admin, `/en/work/centres/${CENTRE}/exceptions`, {
    ...dayFields(addDays(today, -30)),
    closed: 'closed',
  });
  assert.match(en.body, /The date cannot be in the past/);
  assert.equal(await exceptionCount(), before);
});

test('a second change on the same date is refused; the first stays as it was', async () => {
  const day = addDays(today, 40);
  const first = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
    ...dayFields(day),
    closed: 'hours',
    opens: '09:00',
    closes: '20:00',
  });
  assert.equal(first.statusCode, 303);
  const before = await exceptionCount();
  const second = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
    ...dayFields(day),
    closed: 'closed',
    confirm: 'yes',
  });
  assert.equal(second.statusCode, 400);
  assert.match(second.body, /Šim datumam izmaiņa jau ir/);
  assert.equal(await exceptionCount(), before);
});

test('error messages name the field: „Piezīme (angliski)”, never a bare „Aizpildiet šo lauku”', async () => {
  const res = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
    ...dayFields(addDays(today, 50)),
    closed: 'closed',
    'note-lv': 'Inventarizācija',
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /<a href="#note-en">Aizpildiet lauku „Piezīme \(angliski\)”<\/a>/);
  assert.doesNotMatch(res.body, /Aizpildiet šo lauku/);
  const details = await postForm(t.app, admin, `/darbs/centri/${CENTRE}`, {
    'name-lv': '',
    'name-en': 'Prode service centre',
    address: '',
  });
  assert.match(details.body, /Aizpildiet lauku „Nosaukums \(latviski\)”/);
  assert.match(details.body, /Aizpildiet lauku „Adrese”/);
  const en = await postForm(t.app, admin, `/en/work/centres/${CENTRE}/exceptions`, {
    ...dayFields(addDays(today, 50)),
    closed: 'closed',
    'note-en': 'Stocktaking',
  });
  assert.match(en.body, /Fill in ‘Note \(Latvian\)’/);
  const hours = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/darba-laiks`, {
    hRows: '2',
    'h-0-weekday': '1',
    'h-0-opens': '08:00',
    'h-0-closes': '17:00',
    'h-1-weekday': '2',
    'h-1-opens': '8',
    'h-1-closes': '17:00',
  });
  assert.match(hours.body, /<a href="#h-1-opens">2\. rinda: Ievadiet laiku/);
});

/** A future evening day of the centre, in a month with exactly two, that has no dated change yet. */
async function lastNeededEvening(): Promise<string> {
  const rule = (await eveningRuleByCentre(db(), nextTwelveMonths(today))).find(
    (r) => r.centre.code === CENTRE,
  );
  const found = await getCentre(db(), CENTRE);
  const taken = new Set(found!.exceptions.map((e) => e.day));
  for (const month of rule!.months) {
    const day = month.eveningDays.find((d) => d > addDays(today, 1) && !taken.has(d));
    if (month.eveningDays.length === 2 && day) return day;
  }
  throw new Error('no month with exactly two evenings in the demo data');
}

test('closing a needed evening asks first, with the consequence; confirming adds it', async () => {
  const day = await lastNeededEvening();
  const before = await exceptionCount();
  const asked = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
    ...dayFields(day),
    closed: 'closed',
  });
  assert.equal(asked.statusCode, 200);
  assert.match(asked.body, /id="exception-evening"/);
  assert.match(asked.body, /nebūs atvērts līdz 19:00 vismaz divus vakarus mēnesī — \d{4}\. gada/);
  assert.match(asked.body, /Nekas vēl nav saglabāts/);
  assert.match(asked.body, /Pievienot tomēr/);
  assert.equal(await exceptionCount(), before, 'nothing is saved before confirmation');

  const done = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
    ...dayFields(day),
    closed: 'closed',
    confirm: 'yes',
  });
  assert.equal(done.statusCode, 303);
  assert.equal(await exceptionCount(), before + 1);
});

test('deleting an evening session the rule needs asks first; "delete anyway" deletes it', async () => {
  // An extra evening in a month that otherwise has none.
  const rule = (await eveningRuleByCentre(db(), nextTwelveMonths(today))).find(
    (r) => r.centre.code === CENTRE,
  );
  const found = await getCentre(db(), CENTRE);
  const dated = new Set(found!.exceptions.map((e) => e.day));
  const month = rule!.months.find(
    (m) => m.ok && m.eveningDays.every((d) => d > addDays(today, 1) && !dated.has(d)),
  );
  assert.ok(month);
  // Close every evening of the month but one, then add an extra evening, so that the extra one is needed.
  const [keep, ...rest] = month.eveningDays.filter((d) => !found!.exceptions.some((e) => e.day === d));
  assert.ok(keep);
  for (const d of rest)
    await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
      ...dayFields(d),
      closed: 'closed',
      confirm: 'yes',
    });
  const taken = new Set([...month.eveningDays, ...found!.exceptions.map((e) => e.day)]);
  const extraDay = Array.from(
    { length: 28 },
    (_, i) => `${month.year}-${String(month.month).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`,
  ).find((d) => d > addDays(today, 1) && !taken.has(d));
  assert.ok(extraDay);
  await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas`, {
    ...dayFields(extraDay),
    closed: 'hours',
    opens: '12:00',
    closes: '19:00',
    confirm: 'yes',
  });
  const [extra] = await query<{ id: number }>(
    db(),
    sql`SELECT e.id FROM centre_exception e JOIN centre c ON c.id = e.centre_id
      WHERE c.code = ${CENTRE} AND e.day = ${extraDay}`,
  );
  assert.ok(extra);
  const asked = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas/${extra.id}/dzest`);
  assert.equal(asked.statusCode, 200);
  assert.match(asked.body, /id="delete-confirm"/);
  assert.match(asked.body, /Dzēst tomēr/);
  assert.equal((await query(db(), sql`SELECT 1 FROM centre_exception WHERE id = ${extra.id}`)).length, 1);
  const done = await postForm(t.app, admin, `/darbs/centri/${CENTRE}/izmainas/${extra.id}/dzest`, {
    confirm: 'yes',
  });
  assert.equal(done.statusCode, 303);
  assert.equal((await query(db(), sql`SELECT 1 FROM centre_exception WHERE id = ${extra.id}`)).length, 0);
});
