import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { centre, lifeSituation } from '../../src/db/schema';
import { type TestApp, testApp } from '../helpers/app';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

function decode(html: string): string {
  return html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

const h1Count = (html: string) => (html.match(/<h1[\s>]/g) ?? []).length;

test('the Latvian home page offers search, life situations, categories and every centre', async () => {
  const res = await t.app.inject('/');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<html lang="lv"/);
  assert.equal(h1Count(res.body), 1);
  assert.match(res.body, /<form method="get" action="\/pakalpojumi">/);
  assert.match(res.body, /<input class="govuk-input" id="q" name="q" type="search"/);
  assert.match(res.body, /<label class="govuk-label govuk-label--m" for="q">/, 'the search box has a label');
  const text = decode(res.body);

  const situations = await t.database.db.select().from(lifeSituation);
  assert.ok(situations.length > 0);
  for (const ls of situations) {
    assert.match(res.body, new RegExp(`href="/dzives-situacijas/${ls.code}"`));
    assert.ok(text.includes(ls.title.lv), ls.title.lv);
  }

  const centres = await t.database.db.select().from(centre);
  assert.equal(centres.length, 8);
  for (const c of centres) {
    assert.match(res.body, new RegExp(`href="/centri/${c.code}"`));
    assert.ok(text.includes(c.name.lv), c.name.lv);
  }

  assert.match(
    res.body,
    /href="\/pakalpojumi\?category=[a-z0-9-]+"/,
    'categories link the filtered catalogue',
  );
  assert.match(text, /pa pastu, e-pastā, oficiālajā e-adresē vai tiešsaistē/, 'how to apply');
  assert.ok(res.body.includes('hreflang="en" href="/en"'), 'the same page in English');
});

test('the English home page links the English pages', async () => {
  const res = await t.app.inject('/en');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<html lang="en"/);
  assert.equal(h1Count(res.body), 1);
  assert.match(res.body, /action="\/en\/services"/);
  const text = decode(res.body);
  for (const ls of await t.database.db.select().from(lifeSituation)) {
    assert.match(res.body, new RegExp(`href="/en/life-situations/${ls.code}"`));
    assert.ok(text.includes(ls.title.en), ls.title.en);
  }
  for (const c of await t.database.db.select().from(centre)) {
    assert.match(res.body, new RegExp(`href="/en/centres/${c.code}"`));
  }
  assert.match(res.body, /href="\/en\/services\?category=/);
  assert.match(text, /by post, by email, to the official e-address or online/);
});

test('each category link leads to as many services as the home page says', async () => {
  const home = await t.app.inject('/');
  const links = [
    ...home.body.matchAll(/href="\/pakalpojumi\?category=([a-z0-9-]+)">[^<]*<\/a> <span[^>]*>\((\d+)\)/g),
  ];
  assert.ok(links.length >= 3, 'several categories are shown');
  for (const [, code, shown] of links) {
    const res = await t.app.inject(`/pakalpojumi?category=${code}`);
    assert.equal(res.statusCode, 200);
    const count = Number(res.body.match(/id="results-count">[^<\d]*(\d+)/)![1]);
    assert.equal(count, Number(shown), `category ${code}`);
  }
});
