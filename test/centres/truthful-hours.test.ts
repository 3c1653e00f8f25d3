import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { eveningWarnings, nextTwelveMonths } from '../../src/modules/centres/admin/service';
import {
  holidayClosures,
  openingHoursOn,
  openingState,
  type WeeklyHours,
} from '../../src/modules/centres/hours';
import { getCentreDetails } from '../../src/modules/centres/service';
import { stateText } from '../../src/modules/centres/views/format';
import { todayInRiga } from '../../src/platform/calendar/days';
import { inMonth } from '../../src/platform/i18n/months';
import { type TestApp, testApp } from '../helpers/app';

/** Every day of the week 08:00–12:00 and 13:00–17:00. */
const EVERY_DAY: WeeklyHours[] = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, opens: '08:00', closes: '12:00' },
  { weekday, opens: '13:00', closes: '17:00' },
]);
const WEEKDAYS: WeeklyHours[] = EVERY_DAY.filter((h) => h.weekday <= 5);

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

test('26 December and every other public holiday close a centre unless an exception opens it', () => {
  for (const day of [
    '2026-12-26',
    '2026-12-24',
    '2026-12-31',
    '2027-01-01',
    '2027-05-04',
    '2027-11-18',
    '2027-06-24',
  ])
    assert.deepEqual(openingHoursOn(day, EVERY_DAY, []), [], day);
  assert.equal(openingHoursOn('2026-12-28', EVERY_DAY, []).length, 2, 'an ordinary Monday');
  const opened = [{ day: '2026-12-26', closed: false, opens: '10:00', closes: '14:00' }];
  assert.deepEqual(openingHoursOn('2026-12-26', EVERY_DAY, opened), [{ opens: '10:00', closes: '14:00' }]);
  assert.deepEqual(
    holidayClosures('2027-11-01', '2027-11-30', WEEKDAYS, []).map((h) => [h.day, h.name.lv]),
    [['2027-11-18', 'Latvijas Republikas proklamēšanas diena']],
  );
});

test('open now until…, or when it opens next: later today, tomorrow, on a weekday, after the holidays', () => {
  const at = (iso: string) => openingState(new Date(iso), WEEKDAYS, []);
  // Riga is UTC+2 in winter.
  assert.equal(stateText('lv', at('2027-01-12T08:00:00Z')), 'Atvērts līdz 12.00');
  assert.equal(stateText('en', at('2027-01-12T08:00:00Z')), 'Open until 12:00');
  assert.equal(stateText('lv', at('2027-01-12T10:30:00Z')), 'Atvērsies šodien 13.00');
  assert.equal(stateText('lv', at('2027-01-12T16:00:00Z')), 'Atvērsies rīt 8.00');
  // Friday evening: Monday.
  assert.equal(stateText('lv', at('2027-01-15T16:00:00Z')), 'Atvērsies pirmdien 8.00');
  assert.equal(stateText('en', at('2027-01-15T16:00:00Z')), 'Opens on Monday at 8:00');
  // Wednesday 23 December 2026 after closing: 24–26 December are holidays, then the weekend.
  assert.equal(stateText('lv', at('2026-12-23T16:00:00Z')), 'Atvērsies pirmdien 8.00');
  assert.deepEqual(at('2026-12-23T16:00:00Z'), {
    open: false,
    next: { day: '2026-12-28', opens: '08:00', inDays: 5 },
  });
  assert.equal(
    stateText('lv', openingState(new Date('2027-01-12T08:00:00Z'), [], [])),
    'Tuvāko divu nedēļu laikā centrs nav atvērts',
  );
});

test('the centre list shows for every centre whether it is open now or when it opens', async () => {
  const res = await t.app.inject({ url: '/centri' });
  assert.equal(res.statusCode, 200);
  const states =
    res.body.match(/Atvērts līdz \d{1,2}\.\d\d|Atvērsies [^<]+ \d{1,2}\.\d\d|Tuvāko divu nedēļu/g) ?? [];
  assert.equal(states.length, 8);
  assert.match(res.body, /Šodien (atvērts|slēgts)/);
  const en = await t.app.inject({ url: '/en/centres' });
  assert.equal(
    (en.body.match(/Open until \d{1,2}:\d\d|Opens [^<]+ \d{1,2}:\d\d|not open in the next two weeks/g) ?? [])
      .length,
    8,
  );
});

test('the evening sentence on each centre page agrees with the staff warning', async () => {
  const warned = new Set((await eveningWarnings(t.database.db, todayInRiga())).map((w) => w.code));
  const codes = await query<{ code: string }>(t.database.db, sql`SELECT code FROM centre ORDER BY code`);
  for (const { code } of codes) {
    const page = await t.app.inject({ url: `/centri/${code}` });
    const sentence = /<p class="govuk-body" id="evening-rule">([^<]+)<\/p>/.exec(page.body)?.[1] ?? '';
    if (warned.has(code)) assert.match(sentence, /^Ne katru mēnesi/, code);
    else assert.match(sentence, /^Vismaz divus vakarus mēnesī centrs strādā līdz 19\.00\.$/, code);
  }
});

test('a month without two evenings makes the page say so instead of claiming the rule', async () => {
  const [, second] = nextTwelveMonths(todayInRiga());
  const { year, month } = second!;
  const [centre] = await query<{ id: number }>(
    t.database.db,
    sql`SELECT id FROM centre WHERE code = 'pilskalne'`,
  );
  // Close every day of that month.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let d = 1; d <= days; d++) {
    const day = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    await query(
      t.database.db,
      sql`INSERT INTO centre_exception (centre_id, day, closed) VALUES (${centre!.id}, ${day}, true)`,
    );
  }
  const page = await t.app.inject({ url: '/centri/pilskalne' });
  // Other months may be named beside it (December, with its holidays on the evenings' Thursdays, often is).
  const named = (locale: 'lv' | 'en') => inMonth(locale, year, month).replace('.', '\\.');
  assert.match(
    page.body,
    new RegExp(
      `Ne katru mēnesi centrs strādā līdz 19\\.00 divus vakarus: [^<]*${named('lv')}[^<]*vakaru ir mazāk`,
    ),
  );
  assert.doesNotMatch(page.body, /Vismaz divus vakarus mēnesī centrs strādā/);
  const en = await t.app.inject({ url: '/en/centres/pilskalne' });
  assert.match(en.body, new RegExp(`in [^<]*${named('en')}[^<]* there are fewer`));
  assert.ok((await eveningWarnings(t.database.db, todayInRiga())).some((w) => w.code === 'pilskalne'));
});

test('a public holiday ahead is listed among the changes as closed, with its name', async () => {
  const details = await getCentreDetails(t.database.db, 'ilukste', new Date('2027-10-01T08:00:00Z'), 'lv');
  assert.ok(details);
  assert.deepEqual(
    details.holidays.map((h) => h.day),
    ['2027-11-18'],
  );
});

test('a parish or village name finds its centre, with or without diacritics and Latvian endings', async () => {
  const found = async (q: string, base = '/centri') => {
    const res = await t.app.inject({ url: `${base}?q=${encodeURIComponent(q)}` });
    assert.equal(res.statusCode, 200, q);
    return [
      ...res.body.matchAll(
        /<h2 class="govuk-heading-m"><a class="govuk-link" href="\/(?:en\/)?cent(?:ri|res)\/([a-z-]+)"/g,
      ),
    ].map((m) => m[1]);
  };
  assert.deepEqual(await found('Doļnaja'), ['pilskalne']);
  assert.deepEqual(await found('dolnaja'), ['pilskalne']);
  assert.deepEqual(await found('Pašuliene'), ['sedere']);
  assert.deepEqual(await found('Šēderes pagasts'), ['sedere']);
  assert.deepEqual(await found('Vitkuškos'), ['eglaine']);
  assert.deepEqual(await found('Bebrene'), ['bebrene']);
  assert.deepEqual(await found('Subate', '/en/centres'), ['subate']);
  const none = await t.app.inject({ url: '/centri?q=Kuldīga' });
  assert.match(none.body, /Neviens centrs neatbilst „Kuldīga”/);
  assert.match(none.body, /Rādīt visus centrus/);
  const odd = await t.app.inject({ url: '/centri?q=a&q=b' });
  assert.equal(odd.statusCode, 200);
  const all = await t.app.inject({ url: '/centri' });
  assert.match(
    all.body,
    /<input class="govuk-input govuk-input--width-20" id="centre-q" name="q" type="search"/,
  );
});
