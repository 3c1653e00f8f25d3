import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { formatDate } from '../../src/platform/i18n';
import { withoutTrailingSlash } from '../../src/platform/web/trailing-slash';
import { type TestApp, testApp } from '../helpers/app';

// Issue 6, points 16, 17, 19, 20, 21 and 23: public pages that tell the truth.
let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const db = () => t.database.db;
const get = (url: string) => t.app.inject(url);
/** The page's text without tags, entities decoded: what a reader sees. */
function visible(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');
}

describe('trailing slashes (point 16)', () => {
  test('every public address with a trailing slash is a 301 to the address without it, query kept', async () => {
    const cases: [string, string][] = [
      ['/pakalpojumi/', '/pakalpojumi'],
      ['/en/', '/en'],
      ['/centri/', '/centri'],
      ['/dzives-situacijas/', '/dzives-situacijas'],
      ['/pakalpojumi/buvatlauja/', '/pakalpojumi/buvatlauja'],
      ['/en/services/buvatlauja//', '/en/services/buvatlauja'],
      ['/pakalpojumi/?q=pabalsts&page=2', '/pakalpojumi?q=pabalsts&page=2'],
      ['/en/life-situations/?x=/y/', '/en/life-situations?x=/y/'],
      ['/darbs/', '/darbs'],
    ];
    for (const [from, to] of cases) {
      const res = await get(from);
      assert.equal(res.statusCode, 301, from);
      assert.equal(res.headers.location, to, from);
      const target = await get(to);
      assert.ok(target.statusCode < 400 || to === '/darbs', `${to} answers ${target.statusCode}`);
    }
    const page = await get('/pakalpojumi/buvatlauja');
    assert.equal(page.statusCode, 200);
  });

  test('never an open redirect: a run of slashes or backslashes stays on this site', async () => {
    for (const url of ['//evil.example/', '///evil.example//', '/\\evil.example/', '/\\/evil.example/']) {
      const location = withoutTrailingSlash(url);
      assert.ok(location, url);
      assert.match(location, /^\/[^/\\]/, `${url} → ${location}`);
    }
    const res = await get('//evil.example/');
    if (res.statusCode === 301) assert.match(String(res.headers.location), /^\/[^/\\]/);
    const encoded = await get('/%2F%2Fevil.example/');
    assert.equal(encoded.statusCode, 301);
    assert.equal(encoded.headers.location, '/%2F%2Fevil.example');
    assert.equal(withoutTrailingSlash('/'), undefined);
    assert.equal(withoutTrailingSlash('/pakalpojumi'), undefined);
    assert.equal(withoutTrailingSlash('/pakalpojumi?q=a/'), undefined);
  });

  test('a form post to an address with a slash is not redirected', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/pakalpojumi/', payload: {} });
    assert.notEqual(res.statusCode, 301);
  });
});

describe('withdrawn services (point 17)', () => {
  test('the page of a withdrawn service says since when, why and what instead, with HTTP 410', async () => {
    await db().execute(sql`
      UPDATE service SET withdrawn_at = '2026-07-01T06:00:00Z', withdrawn_reason = 'Apvienots ar mājokļa pabalstu',
        replacement_service_id = (SELECT id FROM service WHERE code = 'majokla-pabalsts')
      WHERE code = 'krizes-situacijas-pabalsts'`);
    const lv = await get('/pakalpojumi/krizes-situacijas-pabalsts');
    assert.equal(lv.statusCode, 410);
    const text = visible(lv.body);
    assert.match(text, /Pabalsts krīzes situācijā/);
    assert.match(text, /Šis pakalpojums vairs netiek sniegts/);
    assert.match(text, /Kopš 01\.07\.2026\. pašvaldība šo pakalpojumu vairs nesniedz/);
    assert.match(text, /Iemesls: Apvienots ar mājokļa pabalstu/);
    assert.match(lv.body, /href="\/pakalpojumi\/majokla-pabalsts">Mājokļa pabalsts</);
    const en = await get('/en/services/krizes-situacijas-pabalsts');
    assert.equal(en.statusCode, 410);
    assert.match(visible(en.body), /has not offered this service since 1 July 2026\./);
    assert.match(en.body, /href="\/en\/services\/majokla-pabalsts">Housing benefit</);
    // Not in the catalogue nor in search any more.
    const list = await get('/pakalpojumi?q=kr%C4%ABzes');
    assert.doesNotMatch(list.body, /href="\/pakalpojumi\/krizes-situacijas-pabalsts"/);
  });

  test('a life situation says a withdrawn step in plain words and drops an unpublished one', async () => {
    // A step to a service that has only a draft: never shown, not even its code.
    await db().execute(sql`
      WITH s AS (
        INSERT INTO service (code, owner_id, category_code)
        SELECT 'tikai-melnraksts', owner_id, category_code FROM service ORDER BY id LIMIT 1 RETURNING id)
      INSERT INTO service_version (service_id, version, status, name, description, who_may_apply, result,
        processing_time, processing_time_unit, legal_level, apply_channels, receive_channels)
      SELECT s.id, 1, 'draft', '{"lv":"Melnraksts","en":"Draft"}', '{"lv":"x","en":"x"}', '{"lv":"x","en":"x"}',
        '{"lv":"x","en":"x"}', 5, 'working_days', 'municipal', '["in_person"]', '["in_person"]' FROM s`);
    const [ls] = await query<{ id: number; code: string }>(
      db(),
      sql`
      SELECT l.id, l.code FROM life_situation l JOIN life_situation_step st ON st.life_situation_id = l.id
      JOIN service s ON s.id = st.service_id WHERE s.code = 'krizes-situacijas-pabalsts' LIMIT 1`,
    );
    assert.ok(ls, 'a demo life situation links the crisis benefit');
    await db().execute(sql`
      INSERT INTO life_situation_step (life_situation_id, position, service_id)
      SELECT ${ls.id}, 99, id FROM service WHERE code = 'tikai-melnraksts'`);
    const res = await get(`/dzives-situacijas/${ls.code}`);
    assert.equal(res.statusCode, 200);
    const text = visible(res.body);
    assert.doesNotMatch(text, /krizes-situacijas-pabalsts|tikai-melnraksts|Melnraksts/);
    assert.doesNotMatch(text, /nav publicēts/);
    assert.match(text, /Pabalsts krīzes situācijā/);
    assert.match(text, /Kopš 01\.07\.2026\. pašvaldība šo pakalpojumu vairs nesniedz\./);
    assert.match(text, /Tā vietā: Mājokļa pabalsts/);
    const en = visible((await get(`/en/life-situations/${ls.code}`)).body);
    assert.doesNotMatch(en, /krizes-situacijas-pabalsts|tikai-melnraksts|not published/);
    assert.match(en, /Crisis benefit/);
  });

  test('a withdrawal from a later date leaves the service in the catalogue until then', async () => {
    await db().execute(
      sql`UPDATE service SET withdrawn_at = now() + interval '30 days' WHERE code = 'telpu-noma'`,
    );
    assert.equal((await get('/pakalpojumi/telpu-noma')).statusCode, 200);
    assert.equal((await get('/pakalpojumi/nav-tada-pakalpojuma')).statusCode, 404);
  });
});

describe('what the centres take (point 19)', () => {
  test('the centres page states the exceptions found in the data, not a promise it cannot keep', async () => {
    const res = await get('/centri');
    const text = visible(res.body);
    assert.doesNotMatch(text, /Jebkuru pašvaldības pakalpojumu var pieteikt un saņemt jebkurā/);
    assert.match(
      text,
      /Bērna dzimšanas reģistrācija — tikai: Ilūkstes pakalpojumu centrs un Subates pakalpojumu centrs/,
    );
    const [counts] = await query<{ total: number; limited: number }>(
      db(),
      sql`
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE jsonb_array_length(v.centres) > 0 OR NOT v.apply_channels ? 'in_person')::int AS limited
      FROM service_version v JOIN service s ON s.id = v.service_id
      WHERE v.status = 'published' AND (s.withdrawn_at IS NULL OR s.withdrawn_at > now())
        AND coalesce(v.valid_from, '-infinity') <= current_date`,
    );
    assert.ok(counts && counts.limited > 0);
    assert.match(
      text,
      new RegExp(`${counts.total - counts.limited} no ${counts.total} pašvaldības pakalpojumiem`),
    );
    const home = visible((await get('/')).body);
    assert.match(
      home,
      new RegExp(`${counts.total - counts.limited} no ${counts.total} pašvaldības pakalpojumiem`),
    );
    assert.doesNotMatch(home, /pieņem jebkura pakalpojuma pieteikumus/);
  });
});

describe('a version from a later date (point 20)', () => {
  test('the service page tells what changes and from when', async () => {
    const next = `${new Date().getUTCFullYear() + 1}-01-01`;
    const shown = formatDate(next, 'lv');
    assert.match(shown, /^01\.01\.\d{4}\.$/);
    await db().execute(sql`
      UPDATE service_version SET status = 'superseded', valid_to = ${next}::date - 1
      WHERE version = 1 AND service_id = (SELECT id FROM service WHERE code = 'sunu-registracija')`);
    await db().execute(sql`
      INSERT INTO service_version (service_id, version, status, valid_from, name, description, who_may_apply,
        required_documents, result, fee_cents, fee_kind, fee_note, processing_time, processing_time_unit,
        processing_time_basis, legal_basis, legal_level, apply_channels, receive_channels, centres, on_the_spot,
        eservice_maturity, contact, keywords, published_at)
      SELECT service_id, version + 1, 'published', ${next}, name, description, who_may_apply, required_documents,
        result, 700, fee_kind, fee_note, processing_time, processing_time_unit, processing_time_basis, legal_basis,
        legal_level, apply_channels, receive_channels, '["ilukste"]'::jsonb, on_the_spot, eservice_maturity, contact,
        keywords, now()
      FROM service_version WHERE version = 1
        AND service_id = (SELECT id FROM service WHERE code = 'sunu-registracija')`);
    const res = await get('/pakalpojumi/sunu-registracija');
    assert.equal(res.statusCode, 200);
    const text = visible(res.body);
    assert.match(text, new RegExp(`Kas mainīsies no ${shown.replaceAll('.', '\\.')}`));
    assert.match(res.body, /href="#kas-mainisies"/);
    assert.match(res.body, /id="kas-mainisies"/);
    // The fee and the centres change; the name does not, so it is not listed as a change.
    const section = visible(res.body.slice(res.body.indexOf('id="kas-mainisies"')));
    assert.match(section, /Maksa Tagad [^€]*5,00 €/);
    assert.match(section, new RegExp(`No ${shown.replaceAll('.', '\\.')} [^€]*7,00 €`));
    assert.match(section, /Kur pieteikties Tagad Jebkurā pakalpojumu centrā .* Ilūkstes pakalpojumu centrs/);
    assert.doesNotMatch(section.slice(0, section.indexOf('Versiju vēsture')), /Nosaukums/);
    // The version in force is still what the page shows above.
    assert.match(text.slice(0, text.indexOf('Kas mainīsies no')), /Īsumā Maksa [^€]*5,00 €/);
    const en = visible((await get('/en/services/sunu-registracija')).body);
    assert.match(en, /What changes on 1 January \d{4}/);
  });
});

describe('service page for a resident (point 21)', () => {
  test('„Īsumā” comes before the details, with fee, time, where and how to apply', async () => {
    const res = await get('/pakalpojumi/buvatlauja');
    const html = res.body;
    const glance = html.indexOf('id="at-a-glance"');
    assert.ok(glance > 0 && glance < html.indexOf('Kas var pieteikties'), 'Īsumā first in the page order');
    const box = visible(html.slice(glance, html.indexOf('</section>', glance)));
    for (const label of ['Maksa', 'Izpildes termiņš', 'Kur pieteikties', 'Kā pieteikties']) {
      assert.ok(box.includes(label), label);
    }
    assert.match(box, /Klātienē pakalpojumu centrā, e-adresē, portālā latvija\.lv/);
  });

  test('a fee that depends on the case says so, a lowest fee says „no”', async () => {
    assert.match(
      visible((await get('/pakalpojumi/buvatlauja')).body),
      /Atkarīga no gadījuma, piemēram, 50,00 €/,
    );
    assert.match(visible((await get('/pakalpojumi/barintiesas-apliecinajumi')).body), /no 5,00 €/);
    assert.match(visible((await get('/en/services/barintiesas-apliecinajumi')).body), /from €5\.00/);
    const fixed = visible((await get('/pakalpojumi/paskaidrojuma-raksts')).body);
    assert.match(fixed, /Maksa 20,00 €/);
    assert.doesNotMatch(fixed, /Atkarīga no gadījuma|no 20,00/);
    const list = visible((await get('/pakalpojumi?q=b%C5%ABvatl%C4%81uja')).body);
    assert.match(list, /Atkarīga no gadījuma, piemēram, 50,00 €/);
  });

  test('no internal term on any service page; the version table scrolls in its box; links to other sites name them', async () => {
    const codes = await query<{ code: string }>(
      db(),
      sql`SELECT code FROM service WHERE withdrawn_at IS NULL`,
    );
    for (const { code } of codes) {
      const res = await get(`/pakalpojumi/${code}`);
      if (res.statusCode !== 200) continue;
      const text = visible(res.body);
      for (const term of [
        'Piesaka centros',
        'Pilnībā centros',
        'Vienas pieturas līmenis',
        'Elektronizācijas līmenis',
      ]) {
        assert.ok(!text.includes(term), `${code}: ${term}`);
      }
      assert.match(res.body, /<section class="pietura-table-scroll"[^>]*tabindex="0"[^>]*>\s*<table/, code);
      for (const m of res.body.matchAll(
        /<a class="govuk-link" href="(https?:\/\/[^"]+)"[^>]*>([\s\S]*?)<\/a>/g,
      )) {
        const host = new URL(m[1]!).hostname.replace(/^www\./, '');
        assert.ok(visible(m[2]!).includes(host), `${code}: the link to ${m[1]} says ${host}`);
      }
    }
    const en = visible((await get('/en/services/buvatlauja')).body);
    assert.doesNotMatch(en, /One-stop level|E-service maturity/);
    assert.match(en, /What you can do at a service centre/);
    assert.match(en, /What you can do online/);
  });

  test('on a phone the results come before the filters, which a link jumps to', async () => {
    const html = (await get('/pakalpojumi?q=pabalsts')).body;
    const results = html.indexOf('id="results-count"');
    const filters = html.indexOf('id="filters"');
    assert.ok(results > 0 && filters > results, 'results first in the page order');
    assert.match(html, /<a href="#filters" class="govuk-button govuk-button--secondary pietura-filters-jump/);
  });
});

describe('Latvian and English text (point 23)', () => {
  test('dates carry the final dot', async () => {
    assert.equal(formatDate('2025-07-01', 'lv'), '01.07.2025.');
    assert.equal(formatDate(new Date('2026-12-26T10:00:00Z'), 'lv'), '26.12.2026.');
    assert.equal(formatDate('2025-07-01', 'en'), '1 July 2025');
    const text = visible((await get('/pakalpojumi/nin-atvieglojumi')).body);
    const dates = text.match(/\b\d\d\.\d\d\.\d{4}\.?/g) ?? [];
    assert.ok(dates.length > 0);
    for (const d of dates) assert.match(d, /\.$/, d);
  });

  test('the result count reads naturally', async () => {
    assert.match(visible((await get('/pakalpojumi?q=GMI')).body), /Atrasts 1 pakalpojums/);
    assert.match(visible((await get('/pakalpojumi?q=zzqqxx')).body), /Nav atrasts neviens pakalpojums/);
    assert.match(visible((await get('/en/services?q=zzqqxx')).body), /No services found/);
  });

  test('English public pages spell email one way', async () => {
    for (const url of ['/en', '/en/services/buvatlauja', '/en/services?channel=email', '/en/centres']) {
      const text = visible((await get(url)).body);
      assert.doesNotMatch(text, /e-mail/i, url);
    }
  });
});
