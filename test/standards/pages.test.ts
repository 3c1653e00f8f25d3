import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { addDays, todayInRiga } from '../../src/modules/standards/dates';
import { versionFormValues } from '../../src/modules/standards/schema';
import * as standards from '../../src/modules/standards/service';
import type { Actor } from '../../src/platform/auth/actor';
import type { FormValues } from '../../src/platform/web/form-values';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';

let t: TestApp;
let editor: Browser;
let head: Browser;
let clerk: Browser;
const reader: Actor = { kind: 'system', id: 0, name: 'test', grants: [{ role: 'editor' }] };

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  editor = await signIn(t.app, demoEmail('editor'));
  head = await signIn(t.app, demoEmail('head')); // head of socialais-dienests
  clerk = await signIn(t.app, demoEmail('clerk'));
});
after(() => t.close());

const db = () => t.database.db;
const today = todayInRiga();
const get = (browser: Browser, url: string) => t.app.inject({ url, headers: { cookie: browser.cookie } });

function dateFields(name: string, day: string): FormValues {
  const [y, m, d] = day.split('-');
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y! };
}

/** The edit form of a version as it stands, ready to post back with changes. */
async function formOf(code: string, n: number): Promise<FormValues> {
  const standard = await standards.getStandard(db(), reader, code);
  const row = standard!.versions.find((v) => v.version === n)!;
  return versionFormValues(standards.versionInputOf(row));
}

async function statuses(code: string) {
  return query<{ version: number; status: string; name: { lv: string }; fee_cents: number }>(
    db(),
    sql`SELECT v.version, v.status, v.name, v.fee_cents FROM service_version v JOIN service s ON s.id = v.service_id
      WHERE s.code = ${code} ORDER BY v.version`,
  );
}

/** Starts a new version as the editor over HTTP; returns its number. */
async function start(code: string): Promise<number> {
  const res = await postForm(t.app, editor, `/darbs/standarti/${code}/versijas`);
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  const match = /\/versijas\/(\d+)\/labot$/.exec(res.headers.location as string);
  assert.ok(match, `unexpected redirect ${res.headers.location}`);
  return Number(match[1]);
}

test('editor drafts, submits; the head approves from today; the public page shows the new text and both versions', async () => {
  const code = 'gmi-pabalsts';
  const page = await get(editor, `/darbs/standarti/${code}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Sākt jaunu versiju/);

  const n = await start(code);
  const edit = await get(editor, `/darbs/standarti/${code}/versijas/${n}/labot`);
  assert.equal(edit.statusCode, 200);
  assert.match(
    edit.body,
    /value="Garantētā minimālā ienākuma \(GMI\) pabalsts"/,
    'prefilled from the current version',
  );

  const form = await formOf(code, n);
  const saved = await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/labot`, {
    ...form,
    'description-lv': 'Jaunais GMI pabalsta apraksts no 2026. gada.',
    'description-en': 'The new description of the GMI benefit.',
    fee: '0,00',
    action: 'save',
  });
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));

  const submitted = await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/iesniegt`);
  assert.equal(submitted.statusCode, 303);
  assert.equal((await statuses(code)).find((v) => v.version === n)?.status, 'review');

  const review = await get(head, `/darbs/standarti/${code}/versijas/${n}`);
  assert.match(review.body, /Apstiprināt un publicēt/);
  const approved = await postForm(
    t.app,
    head,
    `/darbs/standarti/${code}/versijas/${n}/apstiprinat`,
    dateFields('validFrom', today),
  );
  assert.equal(approved.statusCode, 303, approved.body.slice(0, 500));

  const lv = await t.app.inject(`/pakalpojumi/${code}`);
  assert.equal(lv.statusCode, 200);
  assert.match(lv.body, /Jaunais GMI pabalsta apraksts no 2026\. gada\./);
  assert.match(lv.body, /Versiju vēsture/);
  const rows = lv.body.match(/<th scope="row" class="govuk-table__header">(\d+)<\/th>/g) ?? [];
  assert.ok(rows.length >= 2, 'the history lists the old and the new version');
  const en = await t.app.inject(`/en/services/${code}`);
  assert.match(en.body, /The new description of the GMI benefit\./);
});

test('a future approval date: the public still sees the old text; the current version function sees the new one then', async () => {
  const code = 'majokla-pabalsts';
  const n = await start(code);
  const form = await formOf(code, n);
  await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/labot`, {
    ...form,
    'name-lv': 'Mājokļa pabalsts no rītdienas',
    action: 'save',
  });
  await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/iesniegt`);
  const tomorrow = addDays(today, 1);
  const res = await postForm(
    t.app,
    head,
    `/darbs/standarti/${code}/versijas/${n}/apstiprinat`,
    dateFields('validFrom', tomorrow),
  );
  assert.equal(res.statusCode, 303);
  const page = await t.app.inject(`/pakalpojumi/${code}`);
  assert.doesNotMatch(page.body, /Mājokļa pabalsts no rītdienas/);
  assert.equal(
    (await standards.currentVersion(db(), code, tomorrow))?.name.lv,
    'Mājokļa pabalsts no rītdienas',
  );
  assert.notEqual(
    (await standards.currentVersion(db(), code, today))?.name.lv,
    'Mājokļa pabalsts no rītdienas',
  );
  const staff = await get(editor, `/darbs/standarti/${code}`);
  assert.match(staff.body, /Apstiprināts, stāsies spēkā/);
});

test('invalid fields: a 400 page with messages in the user language, typed values kept, nothing changed', async () => {
  const code = 'berna-piedzimsanas-pabalsts';
  const n = await start(code);
  const form = await formOf(code, n);
  const before = await statuses(code);
  const bad = {
    ...form,
    'name-lv': 'Ierakstītais nosaukums',
    fee: '-5',
    applyChannels: [],
    lawRows: '1',
    'law-0-title-lv': '',
    'law-0-title-en': '',
    'law-0-url': '',
    'law-0-level': '',
    processingTimeUnit: 'weeks',
    action: 'save',
  };
  const lv = await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/labot`, bad);
  assert.equal(lv.statusCode, 400);
  assert.match(lv.body, /govuk-error-summary/);
  assert.match(lv.body, /Maksa nevar būt negatīva/);
  assert.match(lv.body, /Izvēlieties vismaz vienu pieteikšanās veidu/);
  assert.match(lv.body, /Norādiet vismaz vienu tiesisko pamatu/);
  assert.match(lv.body, /Izvēlieties, vai termiņš ir darba vai kalendāra dienās/);
  assert.match(lv.body, /href="#fee"/);
  assert.match(lv.body, /value="Ierakstītais nosaukums"/, 'what was typed is kept');
  assert.match(lv.body, /id="fee"[^>]*value="-5"|value="-5"[^>]*id="fee"/);
  assert.deepEqual(await statuses(code), before);

  const en = await postForm(t.app, editor, `/en/work/standards/${code}/versions/${n}/edit`, bad);
  assert.equal(en.statusCode, 400);
  assert.match(en.body, /The fee cannot be negative/);
  assert.match(en.body, /Choose at least one way to apply/);
  assert.match(en.body, /Enter at least one legal basis/);
  assert.match(en.body, /There is a problem/);
  assert.deepEqual(await statuses(code), before);
});

test('"add another document" shows one more empty row and keeps what was typed, without saving', async () => {
  const code = 'berna-piedzimsanas-pabalsts';
  const n = (await statuses(code)).find((v) => v.status === 'draft')!.version;
  const form = await formOf(code, n);
  const rows = Number(form.docRows);
  const res = await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/labot`, {
    ...form,
    'name-lv': 'Vēl nesaglabāts',
    action: 'add-document',
  });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, new RegExp(`name="docRows" value="${rows + 1}"`));
  assert.match(res.body, new RegExp(`id="doc-${rows}-name-lv"`));
  assert.match(res.body, /value="Vēl nesaglabāts"/);
  assert.notEqual((await statuses(code)).find((v) => v.version === n)?.name.lv, 'Vēl nesaglabāts');
});

test('a head returns the version with a comment: it is a draft again and the comment shows', async () => {
  const code = 'berna-piedzimsanas-pabalsts';
  const n = (await statuses(code)).find((v) => v.status === 'draft')!.version;
  await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/iesniegt`);
  const empty = await postForm(t.app, head, `/darbs/standarti/${code}/versijas/${n}/atgriezt`, {
    comment: ' ',
  });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /Aizpildiet šo lauku/);
  assert.equal((await statuses(code)).find((v) => v.version === n)?.status, 'review');
  const res = await postForm(t.app, head, `/darbs/standarti/${code}/versijas/${n}/atgriezt`, {
    comment: 'Papildiniet dokumentu sarakstu.',
  });
  assert.equal(res.statusCode, 303);
  assert.equal((await statuses(code)).find((v) => v.version === n)?.status, 'draft');
  const page = await get(editor, `/darbs/standarti/${code}/versijas/${n}`);
  assert.match(page.body, /Papildiniet dokumentu sarakstu\./);
  assert.match(page.body, /Hugo Zariņš/);
});

test('editing a published or superseded version in place is refused with a clear message; nothing changes', async () => {
  const code = 'gmi-pabalsts';
  const rows = await statuses(code);
  for (const v of rows.filter((r) => r.status === 'published' || r.status === 'superseded')) {
    const page = await get(editor, `/darbs/standarti/${code}/versijas/${v.version}/labot`);
    assert.equal(page.statusCode, 409);
    assert.match(page.body, /vairs nav melnraksts, tāpēc to nevar labot/);
    const form = await formOf(code, v.version);
    const res = await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${v.version}/labot`, {
      ...form,
      'name-lv': 'Pārrakstīts',
      action: 'save',
    });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Nekas netika mainīts/);
  }
  const en = await get(editor, `/en/work/standards/${code}/versions/1/edit`);
  assert.equal(en.statusCode, 409);
  assert.match(en.body, /cannot be edited/);
  assert.deepEqual(await statuses(code), rows);
});

test('a head of another unit approving gets 403 and nothing changes', async () => {
  const code = 'buvatlauja'; // owned by buvvalde; the demo head heads socialais-dienests
  const n = await start(code);
  await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/iesniegt`);
  const before = await statuses(code);
  const res = await postForm(
    t.app,
    head,
    `/darbs/standarti/${code}/versijas/${n}/apstiprinat`,
    dateFields('validFrom', today),
  );
  assert.equal(res.statusCode, 403);
  assert.match(res.body, /Jums nav tiesību/);
  const editorApproves = await postForm(
    t.app,
    editor,
    `/darbs/standarti/${code}/versijas/${n}/apstiprinat`,
    dateFields('validFrom', today),
  );
  assert.equal(editorApproves.statusCode, 403);
  assert.deepEqual(await statuses(code), before);
  const page = await get(head, `/darbs/standarti/${code}/versijas/${n}`);
  assert.doesNotMatch(page.body, /Apstiprināt un publicēt/);
});

test('a clerk reads the standards but is refused the editor', async () => {
  const list = await get(clerk, '/darbs/standarti');
  assert.equal(list.statusCode, 200);
  const code = 'buvatlauja';
  const n = (await statuses(code)).find((v) => v.status === 'review')!.version;
  const edit = await get(clerk, `/darbs/standarti/${code}/versijas/${n}/labot`);
  assert.equal(edit.statusCode, 403);
  const startRes = await postForm(t.app, clerk, '/darbs/standarti/gmi-pabalsts/versijas');
  assert.equal(startRes.statusCode, 403);
});

test('comparison shows both versions field by field and tags the changed ones', async () => {
  const code = 'gmi-pabalsts';
  const rows = await statuses(code);
  const [a, b] = [rows.at(-2)!.version, rows.at(-1)!.version];
  const res = await get(editor, `/darbs/standarti/${code}/salidzinat?a=${a}&b=${b}`);
  assert.equal(res.statusCode, 200);
  const row = (name: string) =>
    new RegExp(`<tr[^>]*id="field-${name}"[^>]*>([\\s\\S]*?)</tr>`).exec(res.body)?.[1] ?? '';
  assert.match(row('description-lv'), /Mainīts/, 'the changed description is tagged');
  assert.match(row('description-lv'), /Jaunais GMI pabalsta apraksts/);
  assert.ok(row('fee').length > 0);
  assert.doesNotMatch(row('fee'), /Mainīts/, 'an unchanged field is not tagged');
  assert.match(res.body, /Jaunais GMI pabalsta apraksts/);
  const en = await get(editor, `/en/work/standards/${code}/compare?a=${a}&b=${b}`);
  assert.match(en.body, />Changed</);
  const missing = await get(editor, `/darbs/standarti/${code}/salidzinat?a=1&b=999`);
  assert.equal(missing.statusCode, 404);
  const bad = await get(editor, `/darbs/standarti/${code}/salidzinat?a=x&b=%00`);
  assert.equal(bad.statusCode, 404);
});

test('withdrawing a service: reason required; then the public page is gone', async () => {
  const code = 'apbedisanas-pabalsts';
  const empty = await postForm(t.app, head, `/darbs/standarti/${code}/atsaukt`, { reason: '' });
  assert.equal(empty.statusCode, 400);
  assert.equal((await t.app.inject(`/pakalpojumi/${code}`)).statusCode, 200);
  const res = await postForm(t.app, head, `/darbs/standarti/${code}/atsaukt`, {
    reason: 'Pakalpojumu vairs nesniedz.',
  });
  assert.equal(res.statusCode, 303);
  assert.equal((await t.app.inject(`/pakalpojumi/${code}`)).statusCode, 404);
  const staff = await get(editor, `/darbs/standarti/${code}`);
  assert.match(staff.body, /Pakalpojumu vairs nesniedz\./);
  const again = await postForm(t.app, head, `/darbs/standarti/${code}/atsaukt`, { reason: 'Vēlreiz' });
  assert.equal(again.statusCode, 409);
});

test('the standards page lists what is overdue and due for review within 60 days', async () => {
  await db().execute(sql`UPDATE service_version SET review_due = ${addDays(today, -10)}
    WHERE status = 'published' AND service_id = (SELECT id FROM service WHERE code = 'asistenta-pakalpojums')`);
  await db().execute(sql`UPDATE service_version SET review_due = ${addDays(today, 20)}
    WHERE status = 'published' AND service_id = (SELECT id FROM service WHERE code = 'ilgstosa-sociala-aprupe')`);
  const res = await get(head, '/darbs/standarti');
  assert.equal(res.statusCode, 200);
  const overdue = res.body.slice(res.body.indexOf('id="overdue"'), res.body.indexOf('id="due-soon"'));
  const soon = res.body.slice(res.body.indexOf('id="due-soon"'), res.body.indexOf('id="standards"'));
  assert.match(overdue, /asistenta-pakalpojums/);
  assert.match(soon, /ilgstosa-sociala-aprupe/);
  assert.doesNotMatch(soon, /asistenta-pakalpojums/);
});

test('a new service gets a first draft; bad codes and unknown pages are handled without errors', async () => {
  const bad = await postForm(t.app, editor, '/darbs/standarti/jauns', {
    code: 'Ā!',
    'name-lv': '',
    unit: '',
    category: '',
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Kodā drīkst būt mazie latīņu burti/);
  const ok = await postForm(t.app, editor, '/darbs/standarti/jauns', {
    code: 'jauns-pakalpojums',
    'name-lv': 'Jauns pakalpojums',
    'name-en': 'New service',
    unit: 'socialais-dienests',
    category: 'social',
  });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/darbs/standarti/jauns-pakalpojums/versijas/1/labot');
  const edit = await get(editor, ok.headers.location as string);
  assert.equal(edit.statusCode, 200);
  for (const url of [
    '/darbs/standarti/nav-tada',
    '/darbs/standarti/gmi-pabalsts/versijas/999',
    '/darbs/standarti/gmi-pabalsts/versijas/abc',
    '/darbs/standarti/%C4%81/versijas/1/labot',
  ]) {
    const res = await get(editor, url);
    assert.equal(res.statusCode, 404, url);
  }
});

test('odd input never makes a 5xx: control characters, huge values, lists for single fields, JSON', async () => {
  const admin = await signIn(t.app, demoEmail('admin'));
  const code = 'trucigas-maznodrosinatas-statuss';
  const n = await start(code);
  const odd: Record<string, string | string[]> = {
    'name-lv': 'Nul\u0000l un \u0007zvans',
    'name-en': ['a', 'b'],
    'description-lv': 'x'.repeat(30_000),
    fee: '1e9',
    processingTime: '99999999999999',
    processingTimeUnit: ['working_days', 'calendar_days'],
    docRows: '99999',
    lawRows: '-4',
    'law-0-level': 'galactic',
    'reviewDue-day': '0',
    'reviewDue-month': '13',
    'reviewDue-year': '99999',
    applyChannels: ['in_person', '"; DROP TABLE service; --'],
    centres: ['../../etc'],
    eserviceMaturity: '-1',
    eserviceUrl: 'javascript:alert(1)',
    comment: '\u0000',
    reason: '\u0000',
    action: 'save',
  };
  const urls: [Browser, string][] = [
    [editor, `/darbs/standarti/${code}/versijas/${n}/labot`],
    [editor, `/darbs/standarti/${code}/versijas/${n}/iesniegt`],
    [head, `/darbs/standarti/${code}/versijas/${n}/apstiprinat`],
    [head, `/darbs/standarti/${code}/versijas/${n}/atgriezt`],
    [head, `/darbs/standarti/${code}/atsaukt`],
    [editor, '/darbs/standarti/jauns'],
    [editor, '/darbs/izstrades-plans/jauns'],
    [admin, '/darbs/centri/bebrene'],
    [admin, '/darbs/centri/bebrene/darba-laiks'],
    [admin, '/darbs/centri/bebrene/izmainas'],
  ];
  for (const [browser, url] of urls) {
    const res = await postForm(t.app, browser, url, odd);
    assert.ok(res.statusCode < 500, `${url} answered ${res.statusCode}`);
    const json = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: browser.cookie, 'content-type': 'application/json', 'x-csrf-token': browser.csrf },
      payload: JSON.stringify({ fee: { nested: true }, reason: ['x'] }),
    });
    assert.ok(json.statusCode < 500, `${url} (JSON) answered ${json.statusCode}`);
  }
  const withNul = await postForm(t.app, head, `/darbs/standarti/${code}/atsaukt`, {
    reason: 'Iemesls\u0000',
  });
  assert.ok(withNul.statusCode < 500);
  const [row] = await query<{ reason: string | null }>(
    db(),
    sql`SELECT withdrawn_reason AS reason FROM service WHERE code = ${code}`,
  );
  assert.equal(row?.reason, 'Iemesls', 'control characters are dropped, not stored');
});
