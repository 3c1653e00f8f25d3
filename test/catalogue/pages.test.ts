import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { centre, lifeSituation, lifeSituationStep, service } from '../../src/db/schema';
import { countText } from '../../src/modules/catalogue/messages';
import { listServices, type ServiceStandard } from '../../src/modules/catalogue/service';
import { selectPublished } from '../../src/modules/catalogue/store';
import { ServicePage } from '../../src/modules/catalogue/views/service-page';
import { formatMoney } from '../../src/platform/i18n';
import type { SiteContext } from '../../src/platform/web/layout';
import { type TestApp, testApp } from '../helpers/app';

let t: TestApp;
/** The published catalogue as the database holds it: the oracle the pages are checked against. */
let rows: Awaited<ReturnType<typeof selectPublished>>;

before(async () => {
  t = await testApp();
  rows = await selectPublished(t.database.db);
});
after(() => t.close());

async function get(url: string) {
  const res = await t.app.inject(url);
  assert.ok(res.statusCode < 500, `${url} answered ${res.statusCode}`);
  return res;
}

/** Text as the page shows it: entities decoded, so data can be compared with what preact escaped. */
function decode(html: string): string {
  return html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

function resultCodes(html: string): string[] {
  return [
    ...html.matchAll(/<li class="pietura-result">[\s\S]*?href="\/(?:en\/services|pakalpojumi)\/([^"?]+)"/g),
  ].map((m) => decodeURIComponent(m[1]!));
}

function resultCount(html: string): number {
  const heading = html.match(/id="results-count">([^<]*)/);
  assert.ok(heading, 'the page states a result count');
  if (/Nav atrasts neviens|No services found/.test(heading[1]!)) return 0;
  return Number(heading[1]!.match(/\d+/)![0]);
}

function h1Count(html: string): number {
  return (html.match(/<h1[\s>]/g) ?? []).length;
}

/** Every result of a catalogue query, following the pages. */
async function allResults(query: string, base = '/pakalpojumi') {
  const first = await get(`${base}?${query}`);
  assert.equal(first.statusCode, 200);
  const count = resultCount(first.body);
  const codes = resultCodes(first.body);
  const pages = Math.ceil(count / 20);
  for (let page = 2; page <= pages; page++) {
    const res = await get(`${base}?${query}${query ? '&' : ''}page=${page}`);
    codes.push(...resultCodes(res.body));
  }
  return { count, codes, firstPage: first.body };
}

const sorted = (codes: Iterable<string>) => [...codes].sort();
type Row = (typeof rows)[number];
const codesWhere = (predicate: (r: Row) => boolean) =>
  sorted(rows.filter(predicate).map((r) => r.service.code));

describe('catalogue list', () => {
  test('lists the whole published catalogue, 20 to a page, with the count in words', async () => {
    assert.ok(rows.length >= 40, `the demo catalogue has ${rows.length} published services`);
    const { count, codes, firstPage } = await allResults('');
    assert.equal(count, rows.length);
    assert.equal(resultCodes(firstPage).length, 20);
    assert.deepEqual(
      sorted(codes),
      codesWhere(() => true),
      'every published service once, across the pages',
    );
    assert.match(firstPage, new RegExp(countText('lv', 'results.count', rows.length)));
    assert.match(firstPage, /<html lang="lv"/);
    assert.equal(h1Count(firstPage), 1);
  });

  test('each result shows its unit, fee and processing time', async () => {
    const res = await get('/pakalpojumi');
    const first = resultCodes(res.body)[0]!;
    const row = rows.find((r) => r.service.code === first)!;
    const item = res.body.match(/<li class="pietura-result">[\s\S]*?<\/li>/)![0];
    const text = decode(item);
    assert.ok(text.includes(row.owner.name.lv), 'responsible unit');
    assert.ok(
      text.includes(row.version.feeCents === 0 ? 'Bez maksas' : formatMoney(row.version.feeCents, 'lv')),
    );
    assert.match(text, new RegExp(`${row.version.processingTime} (darba|kalendāra) dien`));
  });

  test('the category filter narrows to that category', async () => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.category.code, (counts.get(r.category.code) ?? 0) + 1);
    const [code] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const { count, codes, firstPage } = await allResults(`category=${code}`);
    assert.deepEqual(
      sorted(codes),
      codesWhere((r) => r.category.code === code),
    );
    assert.equal(count, counts.get(code));
    assert.ok(count < rows.length);
    assert.match(
      firstPage,
      new RegExp(`<option value="${code}" selected`),
      'the chosen category stays selected',
    );
  });

  test('the unit filter narrows to the responsible unit', async () => {
    const owner = rows.find((r) => r.owner.kind !== 'municipality')!.owner;
    const { codes, firstPage } = await allResults(`unit=${owner.code}`);
    assert.deepEqual(
      sorted(codes),
      codesWhere((r) => r.owner.code === owner.code),
    );
    assert.match(firstPage, new RegExp(`<option value="${owner.code}" selected`));
  });

  test('the centre filter keeps services that the centre accepts in person', async () => {
    const [parish] = await t.database.db
      .select()
      .from(centre)
      .where(eq(centre.isMain, false))
      .orderBy(asc(centre.sort));
    assert.ok(parish);
    const { codes } = await allResults(`centre=${parish.code}`);
    const expected = codesWhere(
      (r) =>
        r.version.applyChannels.includes('in_person') &&
        (r.version.centres.length === 0 || r.version.centres.includes(parish.code)),
    );
    assert.deepEqual(sorted(codes), expected);
    assert.ok(expected.length < rows.length, 'some services are not accepted at a parish centre');
  });

  test('the channel filter keeps services that can be applied for that way', async () => {
    const { codes, firstPage } = await allResults('channel=post');
    assert.deepEqual(
      sorted(codes),
      codesWhere((r) => r.version.applyChannels.includes('post')),
    );
    assert.match(firstPage, /<option value="post" selected/);
  });

  test('"e-service available" keeps services with an online channel, each tagged', async () => {
    const { count, codes, firstPage } = await allResults('eservice=1');
    const expected = codesWhere((r) =>
      r.version.applyChannels.some((c) => c === 'portal' || c === 'latvija_lv'),
    );
    assert.deepEqual(sorted(codes), expected);
    assert.ok(count > 0 && count < rows.length);
    assert.match(firstPage, /id="filter-eservice" name="eservice" type="checkbox" value="1" checked/);
    const items = firstPage.split('<li class="pietura-result">').slice(1);
    assert.equal(items.length, Math.min(20, expected.length));
    for (const item of items) assert.match(item, />E-pakalpojums<\/strong>/);
  });

  test('"done on the spot" keeps exactly the on-the-spot services, each marked', async () => {
    const { count, codes, firstPage } = await allResults('onTheSpot=1');
    const expected = codesWhere((r) => r.version.onTheSpot);
    assert.equal(count, expected.length);
    assert.deepEqual(sorted(codes), expected);
    const items = firstPage.split('<li class="pietura-result">').slice(1);
    assert.equal(items.length, Math.min(20, expected.length));
    for (const item of items) assert.match(item, /Izpilda uz vietas<\/strong>/);
  });

  test('filters combine', async () => {
    const { codes } = await allResults('onTheSpot=1&channel=in_person');
    assert.deepEqual(
      sorted(codes),
      codesWhere((r) => r.version.onTheSpot && r.version.applyChannels.includes('in_person')),
    );
  });

  test('a search keeps its words in the box and lists results in the relevance order', async () => {
    const row = rows.find((r) => r.version.centreException)!;
    const word = row.version.name.lv.split(' ')[0]!;
    const res = await get(`/pakalpojumi?q=${encodeURIComponent(word)}`);
    assert.equal(res.statusCode, 200);
    assert.ok(decode(res.body).includes(`value="${word}"`), 'the query stays in the search box');
    const expected = (await listServices(t.database.db, { q: word }, 'lv')).map((s) => s.code).slice(0, 20);
    assert.ok(expected.length > 0);
    assert.deepEqual(resultCodes(res.body), expected);
  });

  test('a search that finds nothing says so clearly', async () => {
    const res = await get('/pakalpojumi?q=zzqqxxvvwwyy');
    assert.equal(res.statusCode, 200);
    assert.equal(resultCount(res.body), 0);
    assert.match(res.body, /Nav atrasts neviens pakalpojums/);
    assert.match(res.body, /Neviens pakalpojums neatbilst izvēlei/);
    const en = await get('/en/services?q=zzqqxxvvwwyy');
    assert.match(en.body, /No service matches your choice/);
  });
});

describe('pagination', () => {
  test('page 2 continues page 1, and the links keep the filters', async () => {
    const one = await get('/pakalpojumi');
    const two = await get('/pakalpojumi?page=2');
    const first = resultCodes(one.body);
    const second = resultCodes(two.body);
    assert.equal(first.length, 20);
    assert.ok(second.length > 0);
    assert.equal(first.filter((c) => second.includes(c)).length, 0, 'no service on both pages');
    assert.match(one.body, /href="\/pakalpojumi\?page=2" rel="next"/);
    assert.match(two.body, /href="\/pakalpojumi" rel="prev"/);
    assert.match(two.body, /aria-current="page">2</);

    const filtered = await get('/pakalpojumi?channel=in_person');
    if (resultCount(filtered.body) > 20) {
      assert.match(filtered.body, /href="\/pakalpojumi\?channel=in_person&amp;page=2" rel="next"/);
    }
  });

  test('a page past the end shows the last page', async () => {
    const last = Math.ceil(rows.length / 20);
    const res = await get('/pakalpojumi?page=9999');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, new RegExp(`aria-current="page">${last}<`));
    assert.equal(resultCodes(res.body).length, rows.length - (last - 1) * 20);
  });
});

describe('bad input', () => {
  const urls = [
    '/pakalpojumi?category=%27;DROP%20TABLE%20service;--',
    '/pakalpojumi?channel=xyz',
    '/pakalpojumi?page=-5',
    '/pakalpojumi?page=abc',
    '/pakalpojumi?page=1e999',
    '/pakalpojumi?category=a&category=b',
    '/pakalpojumi?channel=post&channel=email',
    '/pakalpojumi?onTheSpot=1&onTheSpot=0',
    '/pakalpojumi?unit=%00',
    '/pakalpojumi?centre=../../etc',
    '/pakalpojumi?eservice=%E2%82',
    `/pakalpojumi?q=${'x'.repeat(5000)}`,
    '/pakalpojumi?q=%27%20OR%201=1;--',
    '/pakalpojumi?q=a&q=b',
    '/en/services?page=0&category=<b>',
  ];
  for (const url of urls) {
    test(`${url.slice(0, 60)} is a page, not an error`, async () => {
      const res = await get(url);
      assert.equal(res.statusCode, 200);
      assert.equal(h1Count(res.body), 1);
    });
  }

  test('a garbage filter value is ignored, not applied', async () => {
    const res = await get('/pakalpojumi?category=%27;DROP&channel=xyz');
    assert.equal(resultCount(res.body), rows.length);
  });

  test('HTML in the query is escaped', async () => {
    const res = await get('/pakalpojumi?q=%3Cscript%3Ealert(1)%3C/script%3E');
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /<script>alert/);
    assert.match(res.body, /&lt;script>alert\(1\)/);
  });
});

describe('service page', () => {
  /** The orphan's court service that is not accepted at every centre (notarial-like acts). */
  function orphansCourtService() {
    const row = rows.find((r) => r.version.centreException && r.owner.code.includes('barin'));
    assert.ok(row, "the demo data has an orphan's court service with a centre exception");
    return row;
  }

  test("shows every public field of the orphan's court service", async () => {
    const row = orphansCourtService();
    const v = row.version;
    const res = await get(`/pakalpojumi/${row.service.code}`);
    assert.equal(res.statusCode, 200);
    const text = decode(res.body);
    assert.equal(h1Count(res.body), 1);
    assert.ok(text.includes(v.name.lv));
    assert.ok(text.includes(v.description.lv), 'description');
    assert.ok(text.includes(v.whoMayApply.lv), 'who may apply');
    assert.ok(text.includes(v.result.lv), 'result');
    assert.ok(text.includes(v.feeCents === 0 ? 'Bez maksas' : formatMoney(v.feeCents, 'lv')), 'fee');
    if (v.feeNote) assert.ok(text.includes(v.feeNote.lv), 'fee note');
    for (const d of v.requiredDocuments) assert.ok(text.includes(d.name.lv), `document ${d.name.lv}`);
    assert.match(text, new RegExp(`${v.processingTime} (darba|kalendāra) dien`));
    if (v.processingTimeBasis) assert.ok(text.includes(v.processingTimeBasis.lv), 'legal basis of the time');
    for (const rule of v.legalBasis) {
      assert.ok(text.includes(rule.title.lv), `legal basis ${rule.title.lv}`);
      if (rule.url) assert.ok(text.includes(`href="${rule.url}"`));
    }
    if (v.legalBasis.some((r) => r.level === 'state')) assert.ok(text.includes('valsts normatīvais akts'));
    if (v.legalBasis.some((r) => r.level === 'municipal'))
      assert.ok(text.includes('pašvaldības saistošie noteikumi'));
    assert.ok(
      text.includes(v.legalLevel === 'state' ? 'Valsts regulēts' : 'Pašvaldības regulēts'),
      'legal level',
    );
    assert.ok(text.includes(v.centreException!.lv), 'the centre exception');
    assert.match(res.body, /class="govuk-warning-text"/, 'the exception is shown prominently');
    const channelNames: Record<string, string> = {
      in_person: 'Klātienē pakalpojumu centrā',
      post: 'Pa pastu',
      email: 'E-pastā',
      e_address: 'E-adresē',
      portal: 'Pašvaldības portālā',
      latvija_lv: 'Portālā latvija.lv',
    };
    for (const c of v.applyChannels) assert.ok(text.includes(channelNames[c]!), `channel ${c}`);
    for (const code of v.centres)
      assert.match(res.body, new RegExp(`href="/centri/${code}"`), `centre ${code}`);
    assert.ok(text.includes(row.owner.name.lv), 'responsible unit');
    if (row.owner.email) assert.ok(text.includes(`mailto:${row.owner.email}`), 'unit e-mail');
    assert.match(res.body, /Versiju vēsture/);
    assert.match(res.body, /<link rel="alternate" hreflang="en" href="\/en\/services\/[^"]+"/i);
  });

  test('no page shows internal notes', async () => {
    const withNotes = rows.filter((r) => r.version.internalNotes);
    assert.ok(withNotes.length > 0, 'the demo data has internal notes');
    for (const row of withNotes) {
      for (const base of ['/pakalpojumi', '/en/services']) {
        const res = await get(`${base}/${row.service.code}`);
        assert.equal(res.statusCode, 200);
        assert.ok(!decode(res.body).includes(row.version.internalNotes!), `${base}/${row.service.code}`);
      }
    }
  });

  test('the English page shows the English text', async () => {
    const row = orphansCourtService();
    const res = await get(`/en/services/${row.service.code}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="en"/);
    const text = decode(res.body);
    assert.ok(text.includes(row.version.name.en));
    assert.ok(text.includes(row.version.description.en));
    assert.ok(text.includes(row.version.centreException!.en));
    assert.ok(text.includes('Processing time'));
    assert.match(text, /(working|calendar) days?/);
    assert.equal(h1Count(res.body), 1);
  });

  test('a free service says so, and every published service has a page', async () => {
    const free = rows.find((r) => r.version.feeCents === 0);
    assert.ok(free);
    const lv = await get(`/pakalpojumi/${free.service.code}`);
    assert.match(lv.body, /Bez maksas/);
    const en = await get(`/en/services/${free.service.code}`);
    assert.match(en.body, />Free</);
    for (const r of rows) {
      const res = await get(`/pakalpojumi/${r.service.code}`);
      assert.equal(res.statusCode, 200, r.service.code);
      assert.equal(h1Count(res.body), 1, r.service.code);
    }
  });

  test('an unknown or malformed code is the 404 page in the visitor language', async () => {
    for (const url of ['/pakalpojumi/nav-tada', '/pakalpojumi/Bad_Code', '/pakalpojumi/%3Cscript%3E']) {
      const res = await get(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(res.body, /Lapa nav atrasta/);
      assert.match(res.body, /<html lang="lv"/);
    }
    const en = await get('/en/services/no-such-service');
    assert.equal(en.statusCode, 404);
    assert.match(en.body, /Page not found/);
    assert.match(en.body, /<html lang="en"/);
  });

  test('a service name or link holding HTML or script is escaped by the view', () => {
    const row = rows[0]!;
    const evil = '<script>alert("x")</script>';
    const standard: ServiceStandard = {
      code: 'evil',
      serviceId: row.service.id,
      owner: { ...row.owner, name: { lv: `<b>${evil}</b>`, en: evil } },
      category: row.category,
      oneStopLevel: 'application',
      eserviceAvailable: true,
      version: {
        ...row.version,
        name: { lv: evil, en: evil },
        description: { lv: `<img src=x onerror=alert(1)>`, en: '' },
        eserviceUrl: 'javascript:alert(1)',
        legalBasis: [{ title: { lv: evil, en: evil }, url: 'javascript:alert(2)', level: 'state' }],
        centreException: { lv: evil, en: evil },
      },
    };
    const site: SiteContext = {
      locale: 'lv',
      alternateUrl: '/en/services/evil',
      municipality: {
        name: { lv: 'X', en: 'X' },
        address: '',
        phone: null,
        email: null,
        website: null,
        hasCoatOfArms: false,
      },
    };
    const html = renderToString(h(ServicePage, { site, standard, history: [], centres: [] }));
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img src=x/);
    assert.doesNotMatch(html, /javascript:/);
    assert.match(html, /&lt;script>alert/);
  });
});

describe('life situations', () => {
  test('the list links every life situation, in both languages', async () => {
    const all = await t.database.db.select().from(lifeSituation);
    assert.ok(all.length > 0);
    const lv = await get('/dzives-situacijas');
    const en = await get('/en/life-situations');
    for (const ls of all) {
      assert.match(lv.body, new RegExp(`href="/dzives-situacijas/${ls.code}"`));
      assert.ok(decode(lv.body).includes(ls.title.lv));
      assert.match(en.body, new RegExp(`href="/en/life-situations/${ls.code}"`));
      assert.ok(decode(en.body).includes(ls.title.en));
    }
    assert.equal(h1Count(lv.body), 1);
    assert.match(en.body, /<html lang="en"/);
  });

  test('a life situation lists its steps in order, each linking its service with key facts', async () => {
    const [ls] = await t.database.db.select().from(lifeSituation).orderBy(asc(lifeSituation.sort));
    assert.ok(ls);
    const steps = await t.database.db
      .select({ position: lifeSituationStep.position, code: service.code })
      .from(lifeSituationStep)
      .innerJoin(service, eq(service.id, lifeSituationStep.serviceId))
      .where(eq(lifeSituationStep.lifeSituationId, ls.id))
      .orderBy(asc(lifeSituationStep.position));
    assert.ok(steps.length >= 2, 'the guide has several steps');
    const res = await get(`/dzives-situacijas/${ls.code}`);
    assert.equal(res.statusCode, 200);
    assert.equal(h1Count(res.body), 1);
    const list = res.body.match(/<ol class="pietura-steps"[\s\S]*?<\/ol>/)![0];
    const linked = [...list.matchAll(/<h2[^>]*>[\s\S]*?href="\/pakalpojumi\/([^"]+)"/g)].map((m) => m[1]);
    const published = new Set(rows.map((r) => r.service.code));
    assert.deepEqual(
      linked,
      steps.filter((s) => published.has(s.code)).map((s) => s.code),
    );
    assert.match(list, /1\. solis/);
    assert.match(list, /Maksa/);
    assert.match(list, /Izpildes termiņš/);
    assert.match(list, /Kur pieteikties/);
    const en = await get(`/en/life-situations/${ls.code}`);
    assert.match(en.body, /Step 1/);
    assert.match(en.body, /href="\/en\/services\//);
  });

  test('an unknown life situation is a 404', async () => {
    const lv = await get('/dzives-situacijas/nav-tadas');
    assert.equal(lv.statusCode, 404);
    assert.match(lv.body, /Lapa nav atrasta/);
    const en = await get('/en/life-situations/%27%22');
    assert.equal(en.statusCode, 404);
    assert.match(en.body, /Page not found/);
  });
});

describe('every page', () => {
  test('has its language, one h1 and a link to the same page in the other language', async () => {
    const code = rows[0]!.service.code;
    const pages: [string, 'lv' | 'en', string][] = [
      ['/pakalpojumi', 'lv', '/en/services'],
      ['/en/services', 'en', '/pakalpojumi'],
      ['/pakalpojumi?onTheSpot=1', 'lv', '/en/services?onTheSpot=1'],
      [`/pakalpojumi/${code}`, 'lv', `/en/services/${code}`],
      [`/en/services/${code}`, 'en', `/pakalpojumi/${code}`],
      ['/dzives-situacijas', 'lv', '/en/life-situations'],
      ['/en/life-situations', 'en', '/dzives-situacijas'],
    ];
    for (const [url, lang, alternate] of pages) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      assert.match(res.body, new RegExp(`<html lang="${lang}"`), url);
      assert.equal(h1Count(res.body), 1, url);
      assert.ok(res.body.includes(`href="${alternate}"`), `${url} links ${alternate}`);
      assert.match(res.headers['content-type'] as string, /text\/html; charset=utf-8/);
    }
  });
});

describe('Latvian plural forms', () => {
  test('the result count follows Intl.PluralRules("lv")', () => {
    const cases: [number, string][] = [
      [0, 'Nav atrasts neviens pakalpojums'],
      [1, 'Atrasts 1 pakalpojums'],
      [2, 'Atrasti 2 pakalpojumi'],
      [9, 'Atrasti 9 pakalpojumi'],
      [10, 'Atrasti 10 pakalpojumi'],
      [11, 'Atrasti 11 pakalpojumi'],
      [19, 'Atrasti 19 pakalpojumi'],
      [21, 'Atrasts 21 pakalpojums'],
      [22, 'Atrasti 22 pakalpojumi'],
      [111, 'Atrasti 111 pakalpojumi'],
    ];
    for (const [n, text] of cases) assert.equal(countText('lv', 'results.count', n), text);
    assert.equal(countText('en', 'results.count', 1), '1 service found');
    assert.equal(countText('en', 'results.count', 0), 'No services found');
    assert.equal(countText('lv', 'results.count', 12), 'Atrasti 12 pakalpojumi');
  });

  test('processing times read naturally', () => {
    assert.equal(countText('lv', 'time.working_days', 1), '1 darba diena');
    assert.equal(countText('lv', 'time.working_days', 10), '10 darba dienas');
    assert.equal(countText('lv', 'time.working_days', 21), '21 darba diena');
    assert.equal(countText('lv', 'time.calendar_days', 30), '30 kalendāra dienas');
    assert.equal(countText('en', 'time.working_days', 1), '1 working day');
    assert.equal(countText('en', 'time.calendar_days', 30), '30 calendar days');
  });
});
