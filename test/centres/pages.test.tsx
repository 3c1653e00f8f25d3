import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { listServices, type ServiceStandard } from '../../src/modules/catalogue/service';
import { isOpenUntil, openingHoursOn } from '../../src/modules/centres/hours';
import {
  type CentreRow,
  checkEveningRule,
  eveningRuleByCentre,
  getCentre,
  getCentreDetails,
  listCentres,
  monthsOfYear,
} from '../../src/modules/centres/service';
import { CentrePage } from '../../src/modules/centres/views/centre-page';
import { siteContext } from '../../src/platform/web/site-context';
import { type TestApp, testApp } from '../helpers/app';

let t: TestApp;
let centres: CentreRow[];
let main: CentreRow;
let parish: CentreRow;
/** The orphan's court certifications: made only at the main centre, as its centreException says. */
let mainOnly: ServiceStandard;

const html = (s: string) => s.replaceAll('&amp;', '&');

before(async () => {
  t = await testApp();
  const db = t.database.db;
  centres = await listCentres(db);
  main = centres.find((c) => c.isMain)!;
  parish = centres.find((c) => c.code === 'bebrene')!;
  const published = await listServices(db, { q: undefined }, 'lv');
  mainOnly = published.find(
    (s) =>
      s.owner.code === 'barintiesa' &&
      s.version.centreException !== null &&
      s.version.centres.length === 1 &&
      s.version.centres[0] === main.code,
  )!;
});
after(() => t.close());

test('the demo has 8 centres, Ilūkste the main one, and a main-centre-only service', () => {
  assert.equal(centres.length, 8);
  assert.equal(main?.code, 'ilukste');
  assert.ok(parish, 'Bebrene parish centre');
  assert.ok(mainOnly, "the orphan's court certification service");
});

test('GET /centri lists every centre, the main one first, with today’s hours and the next evening', async () => {
  const res = await t.app.inject('/centri');
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /text\/html; charset=utf-8/);
  const body = html(res.body);
  assert.match(body, /<html lang="lv"/);
  assert.match(body, /<h1 class="govuk-heading-xl">Pakalpojumu centri<\/h1>/);
  const positions = centres.map((c) => body.indexOf(`href="/centri/${c.code}"`));
  for (const [i, p] of positions.entries()) assert.ok(p > 0, `${centres[i]?.code} is listed`);
  assert.ok(
    positions.every((p) => p >= positions[0]!),
    'the main centre comes first',
  );
  for (const c of centres) {
    assert.ok(body.includes(c.name.lv), c.name.lv);
    assert.ok(body.includes(c.address), c.address);
  }
  assert.match(body, /Galvenais centrs/);
  assert.equal((body.match(/(Šodien atvērts \d\d:\d\d–\d\d:\d\d|Šodien slēgts)/g) ?? []).length, 8);
  assert.equal((body.match(/Vakara darba laiks/g) ?? []).length, 8);
  assert.match(body, /href="tel:\+37165462300"/);
  assert.match(body, /hrefLang="en" href="\/en\/centres"|hreflang="en" href="\/en\/centres"/i);
});

test('GET /en/centres is the same list in English', async () => {
  const res = await t.app.inject('/en/centres');
  assert.equal(res.statusCode, 200);
  const body = html(res.body);
  assert.match(body, /<html lang="en"/);
  assert.match(body, /<h1 class="govuk-heading-xl">Service centres<\/h1>/);
  for (const c of centres) assert.ok(body.includes(`href="/en/centres/${c.code}"`), c.code);
  assert.ok(body.includes(main.name.en));
  assert.equal((body.match(/(Open today \d\d:\d\d–\d\d:\d\d|Closed today)/g) ?? []).length, 8);
  assert.match(body, /Main centre/);
  assert.match(body, /hreflang="lv" href="\/centri"/i);
});

test('GET /centri/{main} shows contacts, the weekly hours table, the evening session and its services', async () => {
  const res = await t.app.inject(`/centri/${main.code}`);
  assert.equal(res.statusCode, 200);
  const body = html(res.body);
  assert.ok(body.includes(`<h1 class="govuk-heading-xl">${main.name.lv}</h1>`));
  assert.ok(body.includes(main.address));
  assert.ok(main.postalCode && body.includes(main.postalCode));
  assert.ok(body.includes(`href="mailto:${main.email}"`));
  assert.match(
    body,
    /<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">Darba laiks pa nedēļas dienām<\/caption>/,
  );
  for (const day of [
    'pirmdiena',
    'otrdiena',
    'trešdiena',
    'ceturtdiena',
    'piektdiena',
    'sestdiena',
    'svētdiena',
  ]) {
    assert.ok(body.includes(`<th scope="row" class="govuk-table__header">${day}</th>`), day);
  }
  assert.match(body, /1\. un 3\. pirmdienā līdz 19:00/);
  assert.match(body, /Nākamais vakara darba laiks/);
  assert.match(body, /(Šodien atvērts|Šodien slēgts)/);
  assert.ok(body.includes(`href="/pakalpojumi/${mainOnly.code}"`), 'the main-centre-only service is listed');
  assert.ok(body.includes(mainOnly.version.name.lv));
  const count = (await listServices(t.database.db, { q: undefined, centre: main.code }, 'lv')).length;
  assert.ok(count > 1);
  assert.ok(body.includes(`Šajā centrā var pieteikt ${count} pakalpojum`), `${count} services`);
  assert.equal((body.match(/href="\/pakalpojumi\/[a-z0-9-]+"/g) ?? []).length, count);
  assert.ok(body.includes(`href="/pakalpojumi?centre=${main.code}"`), 'link to the filtered catalogue');
  assert.match(body, new RegExp(`hreflang="en" href="/en/centres/${main.code}"`, 'i'));
});

test('a parish centre does not offer the main-centre-only service but offers the others', async () => {
  const res = await t.app.inject(`/centri/${parish.code}`);
  assert.equal(res.statusCode, 200);
  const body = html(res.body);
  assert.ok(body.includes(parish.name.lv));
  assert.ok(!body.includes(`href="/pakalpojumi/${mainOnly.code}"`));
  const services = await listServices(t.database.db, { q: undefined, centre: parish.code }, 'lv');
  assert.ok(services.length > 0);
  assert.ok(!services.some((s) => s.code === mainOnly.code));
  for (const s of services) assert.ok(body.includes(`href="/pakalpojumi/${s.code}"`), s.code);
});

test('GET /en/centres/{code} is complete in English', async () => {
  const res = await t.app.inject(`/en/centres/${main.code}`);
  assert.equal(res.statusCode, 200);
  const body = html(res.body);
  assert.match(body, /<html lang="en"/);
  assert.ok(body.includes(main.name.en));
  assert.match(body, /Opening hours by day of the week/);
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    assert.ok(body.includes(`<th scope="row" class="govuk-table__header">${day}</th>`), day);
  }
  assert.match(body, /1st and 3rd Monday until 19:00/);
  assert.match(body, /Next evening opening/);
  assert.ok(body.includes(`href="/en/services/${mainOnly.code}"`));
  assert.ok(body.includes(mainOnly.version.name.en));
  assert.ok(body.includes(`href="/en/services?centre=${main.code}"`));
  assert.match(body, new RegExp(`hreflang="lv" href="/centri/${main.code}"`, 'i'));
  assert.doesNotMatch(body, /pirmdiena|Darba laiks pa/);

  const parishBody = html((await t.app.inject(`/en/centres/${parish.code}`)).body);
  assert.ok(!parishBody.includes(`href="/en/services/${mainOnly.code}"`));
});

test('an unknown or malformed centre code is a 404 page, never a 5xx', async () => {
  for (const url of [
    '/centri/nav-tada-centra',
    '/centri/ILUKSTE',
    '/centri/%27%3B--',
    `/centri/${'x'.repeat(400)}`,
  ]) {
    const res = await t.app.inject(url);
    assert.equal(res.statusCode, 404, url);
    assert.match(res.body, /Lapa nav atrasta/);
  }
  const en = await t.app.inject('/en/centres/no-such-centre');
  assert.equal(en.statusCode, 404);
  assert.match(en.body, /Page not found/);
});

test('upcoming closures and the next evening session, on a fixed day, with Latvian dates', async () => {
  const db = t.database.db;
  const now = new Date('2026-12-01T08:00:00Z');
  const details = (await getCentreDetails(db, main.code, now, 'lv'))!;
  assert.equal(details.today.day, '2026-12-01');
  const all = (await getCentre(db, main.code))!;
  const expected = all.exceptions
    .filter((e) => e.day >= '2026-12-01' && e.day <= '2027-01-30')
    .map((e) => e.day);
  assert.ok(expected.length > 0, 'the demo has closures in December');
  assert.deepEqual(
    details.upcoming.map((e) => e.day),
    expected,
  );
  const evening = details.nextEvening!;
  assert.ok(evening.day >= '2026-12-01');
  assert.ok(isOpenUntil(openingHoursOn(evening.day, all.hours, all.exceptions), '19:00'));

  const closure = details.upcoming.find((e) => e.closed && e.note)!;
  const page = renderToString(
    <CentrePage site={await siteContext(db, 'lv', `/en/centres/${main.code}`)} details={details} />,
  );
  const [y, m, d] = closure.day.split('-');
  assert.ok(page.includes(`${d}.${m}.${y}`), 'the date in Latvian format');
  assert.ok(html(page).includes(closure.note!.lv));
  assert.match(page, /Izmaiņas darba laikā tuvāko 60 dienu laikā/);
  const [ey, em, ed] = evening.day.split('-');
  assert.ok(page.includes(`${ed}.${em}.${ey}`), 'the next evening session date');

  const en = renderToString(
    <CentrePage site={await siteContext(db, 'en', `/centri/${main.code}`)} details={details} />,
  );
  assert.ok(html(en).includes(closure.note!.en));
  assert.match(en, /Closed/);
});

test('GET /api/centres and /api/centres/{code} answer JSON', async () => {
  const list = await t.app.inject('/api/centres');
  assert.equal(list.statusCode, 200);
  const body = list.json() as {
    centres: {
      code: string;
      isMain: boolean;
      today: { day: string };
      url: { lv: string };
      postalCode: string | null;
      email: string | null;
    }[];
  };
  assert.equal(body.centres.length, 8);
  assert.equal(body.centres[0]?.code, main.code);
  assert.equal(body.centres[0]?.isMain, true);
  assert.match(body.centres[0]?.today.day ?? '', /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(body.centres[0]?.url.lv, `/centri/${main.code}`);
  for (const c of body.centres) assert.ok('nextEveningSession' in c, c.code);
  assert.deepEqual(
    { postalCode: body.centres[0]?.postalCode, email: body.centres[0]?.email },
    { postalCode: main.postalCode, email: main.email },
  );

  const one = await t.app.inject(`/api/centres/${main.code}`);
  assert.equal(one.statusCode, 200);
  const detail = one.json() as {
    code: string;
    hours: { weekday: number; weeksOfMonth: number[] | null }[];
    services: { code: string }[];
    serviceCount: number;
    exceptions: unknown[];
  };
  assert.equal(detail.code, main.code);
  assert.ok(detail.hours.some((h) => h.weekday === 1 && h.weeksOfMonth?.includes(1)));
  assert.equal(detail.serviceCount, detail.services.length);
  assert.ok(detail.services.some((s) => s.code === mainOnly.code));
  assert.ok(Array.isArray(detail.exceptions));

  const parishJson = (await t.app.inject(`/api/centres/${parish.code}`)).json() as {
    services: { code: string }[];
  };
  assert.ok(!parishJson.services.some((s) => s.code === mainOnly.code));

  const missing = await t.app.inject('/api/centres/nav-tada');
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error, 'not_found');
  const malformed = await t.app.inject('/api/centres/%00%FF');
  assert.ok(malformed.statusCode >= 400 && malformed.statusCode < 500, String(malformed.statusCode));
});

test('the centre API is described in OpenAPI under the centres tag', async () => {
  const spec = (await t.app.inject('/api/openapi.json')).json() as {
    paths: Record<string, { get?: { tags?: string[] } }>;
  };
  assert.deepEqual(spec.paths['/api/centres']?.get?.tags, ['centres']);
  assert.deepEqual(spec.paths['/api/centres/{code}']?.get?.tags, ['centres']);
});

test('R14: every demo centre is open until 19:00 at least twice in every month of 2027', async () => {
  const results = await eveningRuleByCentre(t.database.db, monthsOfYear(2027));
  assert.equal(results.length, 8);
  const failures = results.flatMap(({ centre, months }) => {
    assert.equal(months.length, 12);
    return months
      .filter((m) => !m.ok)
      .map((m) => `${centre.code} ${m.year}-${m.month}: only ${m.eveningDays.join(', ') || 'none'}`);
  });
  assert.deepEqual(failures, []);
  const all = (await getCentre(t.database.db, parish.code))!;
  assert.ok(
    checkEveningRule(all.hours, all.exceptions, monthsOfYear(2027)).every((r) => r.eveningDays.length >= 2),
  );
});
