import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { contrastRatio, isValidIban } from '../../src/modules/settings/checks';
import { sanitiseSvg } from '../../src/modules/settings/svg';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, signIn } from '../staff/helpers';
import { multipart } from './multipart';

let t: TestApp;
let admin: Browser;
before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  admin = await signIn(t.app, demoEmail('admin'));
});
after(() => t.close());

const VALID = {
  'name-lv': 'Ilūkstes novada pašvaldība',
  'name-en': 'Ilūkste Municipality',
  'shortName-lv': 'Ilūkstes novads',
  'shortName-en': 'Ilūkste',
  registrationNumber: '90000078753',
  address: 'Brīvības iela 7, Ilūkste, LV-5447',
  phone: '+371 65462383',
  email: 'dome@ilukste.lv',
  eAddress: '_DEFAULT@90000078753',
  website: 'https://www.ilukste.lv',
  registryPrefix: 'iln',
  primaryColour: '#1D4F91',
  accentColour: '#F2C230',
  bankAccount: 'LV80 BANK 0000 4351 9500 1',
  bankName: 'Banka',
};

const EVIL_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
<script>alert(2)</script><foreignObject><div>html</div></foreignObject>
<image href="https://evil.example/x.png"/><use xlink:href="https://evil.example/x.svg#a"/>
<rect width="10" height="10" fill="url(https://evil.example/p)" onclick="x()"/>
<circle cx="5" cy="5" r="2" fill="#ffffff"/><a href="javascript:alert(1)"><text>t</text></a>
<style>@import url(https://evil.example/s.css)</style></svg>`;

function post(url: string, fields: Record<string, string>, file?: Parameters<typeof multipart>[1]) {
  const body = multipart({ _csrf: admin.csrf, ...fields }, file);
  return t.app.inject({
    method: 'POST',
    url,
    payload: body.payload,
    headers: { ...body.headers, cookie: admin.cookie },
  });
}

async function municipalityRow() {
  const [row] = await query<Record<string, unknown>>(t.database.db, sql`SELECT * FROM municipality`);
  return row!;
}

test('contrast, IBAN and the SVG sanitiser', () => {
  assert.ok(contrastRatio('#ffffff', '#000000') > 20.9);
  assert.ok(contrastRatio('#9b1b30', '#ffffff') > 4.5);
  assert.ok(contrastRatio('#f2c230', '#ffffff') < 4.5);
  assert.ok(isValidIban('LV80 BANK 0000 4351 9500 1'));
  assert.ok(!isValidIban('LV81 BANK 0000 4351 9500 1'), 'wrong check digits');
  assert.ok(!isValidIban('LV80 BANK 0000 4351 9500'), 'wrong length for Latvia');
  const clean = sanitiseSvg(EVIL_SVG);
  assert.ok(clean.ok);
  for (const bad of [
    /script/i,
    /onload|onclick/i,
    /foreignObject/i,
    /evil\.example/,
    /javascript:/,
    /<style/,
    /<image/,
    /<use/,
  ])
    assert.doesNotMatch(clean.svg, bad);
  assert.match(clean.svg, /<circle cx="5" cy="5" r="2" fill="#ffffff"\/>/);
  assert.match(clean.svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.deepEqual(sanitiseSvg('<html><body>no drawing</body></html>'), { ok: false, problem: 'not_svg' });
  assert.deepEqual(sanitiseSvg(`<svg viewBox="0 0 1 1">${'x'.repeat(110_000)}</svg>`), {
    ok: false,
    problem: 'too_large',
  });
  // Found by fuzzing: nesting thousands deep took the sanitiser minutes, then answered 500.
  assert.deepEqual(
    sanitiseSvg(`<svg viewBox="0 0 1 1">${'<g>'.repeat(14_000)}${'</g>'.repeat(14_000)}</svg>`),
    {
      ok: false,
      problem: 'too_complex',
    },
  );
  assert.deepEqual(sanitiseSvg(`<svg viewBox="0 0 1 1">${'<g>'.repeat(24_000)}`), {
    ok: false,
    problem: 'too_complex',
  });
  // A DOCTYPE that never ends is no drawing (the expression that stripped it backtracked for seconds).
  assert.deepEqual(sanitiseSvg(`<!DOCTYPE ${'a'.repeat(90_000)}`), { ok: false, problem: 'not_svg' });
  const prolog = sanitiseSvg(
    '<?xml version="1.0"?><!-- arms --><!DOCTYPE svg [<!ENTITY x "y">]><svg viewBox="0 0 2 2"><rect width="1" height="1"/></svg>',
  );
  assert.ok(prolog.ok, JSON.stringify(prolog));
  // Without xmlns in the file: one namespace declaration in the drawing kept, not two (invalid XML).
  assert.equal(prolog.svg.match(/xmlns=/g)?.length, 1, prolog.svg);
});

test('the settings page shows the municipality; an administrator saves it with new arms, sanitised and audited', async () => {
  const page = await t.app.inject({ url: '/darbs/iestatijumi', headers: { cookie: admin.cookie } });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /enctype="multipart\/form-data"/);
  assert.match(page.body, /value="ILN"/);
  assert.match(page.body, /Kontrasts: \d+,\d\d:1/);

  const res = await post('/darbs/iestatijumi', VALID, {
    name: 'arms',
    filename: 'arms.svg',
    type: 'image/svg+xml',
    content: EVIL_SVG,
  });
  assert.equal(res.statusCode, 303, res.body.slice(0, 500));
  assert.equal(res.headers.location, '/darbs/iestatijumi?saved=1');
  const row = await municipalityRow();
  assert.equal(row.registry_prefix, 'ILN');
  assert.equal(row.bank_account, 'LV80BANK0000435195001');
  assert.equal(row.primary_colour, '#1d4f91');
  const arms = await t.app.inject({ url: '/assets/coat-of-arms.svg' });
  assert.equal(arms.statusCode, 200);
  assert.doesNotMatch(arms.body, /script|onload|onclick|foreignObject|evil\.example|javascript:/i);
  assert.match(arms.body, /<circle/);
  const theme = await t.app.inject({ url: '/assets/theme.css' });
  assert.match(theme.body, /--pietura-primary:#1d4f91/);

  const [audit] = await query<{ actor_name: string; after: Record<string, unknown> }>(
    t.database.db,
    sql`SELECT actor_name, after FROM audit_log WHERE action = 'municipality.settings_changed'`,
  );
  assert.equal(audit?.actor_name, 'Anna Ozola');
  assert.equal(audit?.after.bankAccount, 'LV80BANK0000435195001');
  assert.match(String((audit!.after.coatOfArms as { sha256: string }).sha256), /^[0-9a-f]{64}$/);

  // Without a new file the arms stay.
  const again = await post('/en/work/settings', { ...VALID, 'name-en': 'Ilūkste Municipality (renamed)' });
  assert.equal(again.statusCode, 303);
  assert.match((await t.app.inject({ url: '/assets/coat-of-arms.svg' })).body, /<circle/);
  const home = await t.app.inject({ url: '/en' });
  assert.match(home.body, /Ilūkste Municipality \(renamed\)/);
  const cpsv = await t.app.inject({ url: '/api/cpsv-ap' });
  assert.match(cpsv.body, /Ilūkste Municipality \(renamed\)/);
});

test('bad settings are refused with messages that name the field, keep what was typed, and change nothing', async () => {
  const before = await municipalityRow();
  const res = await post(
    '/darbs/iestatijumi',
    {
      ...VALID,
      'name-en': '',
      registryPrefix: 'IL-1',
      bankAccount: 'LV81 BANK 0000 4351 9500 1',
      primaryColour: '#f2c230',
      email: 'not-an-address',
    },
    { name: 'arms', filename: 'arms.svg', type: 'image/svg+xml', content: '<html><body>hello</body></html>' },
  );
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /Lūdzu, izlabojiet kļūdas/);
  assert.match(res.body, /<a href="#name-en">Aizpildiet lauku „Pilns nosaukums \(angliski\)”<\/a>/);
  assert.match(res.body, /<a href="#registryPrefix">Prefiksā jābūt 2–6 lielajiem latīņu burtiem/);
  assert.match(res.body, /<a href="#bankAccount">Ievadiet derīgu IBAN kontu/);
  assert.match(
    res.body,
    /<a href="#primaryColour">Balts teksts uz galvenās krāsas ir slikti salasāms \(kontrasts 1,\d\d:1/,
  );
  assert.match(res.body, /<a href="#arms">Izvēlieties SVG attēlu/);
  assert.match(res.body, /<a href="#email">Ievadiet e-pasta adresi/);
  assert.match(res.body, /value="LV81 BANK 0000 4351 9500 1"/);
  assert.deepEqual(await municipalityRow(), before);
});

test('only an administrator sees or changes the settings', async () => {
  const editor = await signIn(t.app, demoEmail('editor'));
  const page = await t.app.inject({ url: '/darbs/iestatijumi', headers: { cookie: editor.cookie } });
  assert.equal(page.statusCode, 403);
  const body = multipart({ _csrf: editor.csrf, ...VALID, 'name-lv': 'Uzbrucēju pašvaldība' });
  const res = await t.app.inject({
    method: 'POST',
    url: '/darbs/iestatijumi',
    payload: body.payload,
    headers: { ...body.headers, cookie: editor.cookie },
  });
  assert.equal(res.statusCode, 403);
  assert.notEqual((await municipalityRow()).name, 'Uzbrucēju pašvaldība');
  // A multipart post without the CSRF token is refused too.
  const forged = multipart({ ...VALID, 'name-lv': 'Viltota' });
  const csrf = await t.app.inject({
    method: 'POST',
    url: '/darbs/iestatijumi',
    payload: forged.payload,
    headers: { ...forged.headers, cookie: admin.cookie },
  });
  assert.equal(csrf.statusCode, 403);
});
