import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { versionFormValues } from '../../src/modules/standards/schema';
import * as standards from '../../src/modules/standards/service';
import type { Actor } from '../../src/platform/auth/actor';
import { addDays, todayInRiga } from '../../src/platform/calendar/days';
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

/** Saves a small change to a draft as the editor (an unchanged version cannot be submitted). */
async function change(code: string, n: number): Promise<void> {
  const form = await formOf(code, n);
  const res = await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/labot`, {
    ...form,
    'description-lv': `${form['description-lv']} Precizēts.`,
    'description-en': `${form['description-en']} Clarified.`,
    action: 'save',
  });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
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
  // The text in force is the old one; the new name shows only under „Kas mainīsies no …” (issue 6 point 20).
  const changes = page.body.indexOf('id="kas-mainisies"');
  assert.ok(changes > 0, 'the page tells what changes');
  assert.doesNotMatch(page.body.slice(0, changes), /Mājokļa pabalsts no rītdienas/);
  assert.match(page.body.slice(changes), /Mājokļa pabalsts no rītdienas/);
  assert.equal(
    (await standards.currentVersion(db(), code, tomorrow))?.name.lv,
    'Mājokļa pabalsts no rītdienas',
  );
  assert.notEqual(
    (await standards.currentVersion(db(), code, today))?.name.lv,
    'Mājokļa pabalsts no rītdienas',
  );
  const staff = await get(editor, `/darbs/standarti/${code}`);
  assert.match(staff.body, /Apstiprināta, stāsies spēkā/);
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
  await change(code, n);
  await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/iesniegt`);
  const empty = await postForm(t.app, head, `/darbs/standarti/${code}/versijas/${n}/atgriezt`, {
    comment: ' ',
  });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /Aizpildiet lauku „Kas jālabo”/);
  assert.equal((await statuses(code)).find((v) => v.version === n)?.status, 'review');
  const res = await postForm(t.app, head, `/darbs/standarti/${code}/versijas/${n}/atgriezt`, {
    comment: 'Papildiniet dokumentu sarakstu.',
  });
  assert.equal(res.statusCode, 303);
  assert.equal((await statuses(code)).find((v) => v.version === n)?.status, 'draft');
  const page = await get(editor, `/darbs/standarti/${code}/versijas/${n}`);
  assert.match(page.body, /Papildiniet dokumentu sarakstu\./);
  assert.match(page.body, /Hugo Zariņš/);
  const top = page.body.indexOf('id="returned"');
  assert.ok(top > 0 && top < page.body.indexOf('<h1'), "the head's comment is at the top of the page");
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
  await change(code, n);
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
  assert.match(row('description-lv'), /Jaunais/);
  assert.match(row('description-lv'), /pabalsta apraksts no 2026/);
  assert.ok(row('fee').length > 0);
  assert.doesNotMatch(row('fee'), /Mainīts/, 'an unchanged field is not tagged');
  assert.match(row('description-lv'), /<del class="pietura-diff__removed">/, 'words removed are marked');
  assert.match(row('description-lv'), /<ins class="pietura-diff__added">/, 'words added are marked');
  const only = await get(editor, `/darbs/standarti/${code}/salidzinat?a=${a}&b=${b}&changes=only`);
  assert.match(only.body, /id="field-description-lv"/);
  assert.doesNotMatch(only.body, /id="field-fee"/, 'unchanged fields are left out');
  const en = await get(editor, `/en/work/standards/${code}/compare?a=${a}&b=${b}`);
  assert.match(en.body, />Changed</);
  const missing = await get(editor, `/darbs/standarti/${code}/salidzinat?a=1&b=999`);
  assert.equal(missing.statusCode, 404);
  const bad = await get(editor, `/darbs/standarti/${code}/salidzinat?a=x&b=%00`);
  assert.equal(bad.statusCode, 404);
});

test('withdrawal: a request with a reason and a date, listing the life situations; the head approves; restore', async () => {
  const code = 'apbedisanas-pabalsts';
  const form = await get(editor, `/darbs/standarti/${code}/atsaukt`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /id="life-situations"/);
  assert.match(
    form.body,
    /href="\/dzives-situacijas\/tuvinieka-nave"/,
    'the life situation that links to it',
  );
  const empty = await postForm(t.app, editor, `/darbs/standarti/${code}/atsaukt`, { reason: '' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /Lūdzu, izlabojiet kļūdas/);
  assert.match(empty.body, /Aizpildiet lauku „Iemesls”/);
  assert.match(empty.body, /href="#from-day"/);
  const past = await postForm(t.app, editor, `/darbs/standarti/${code}/atsaukt`, {
    reason: 'Pakalpojumu vairs nesniedz.',
    ...dateFields('from', addDays(today, -3)),
  });
  assert.equal(past.statusCode, 400);
  assert.match(past.body, /nevar būt pagātnē/);
  assert.match(past.body, /Pakalpojumu vairs nesniedz\./, 'what was typed is kept');

  const asked = await postForm(t.app, editor, `/darbs/standarti/${code}/atsaukt`, {
    reason: 'Pakalpojumu vairs nesniedz.',
    ...dateFields('from', today),
  });
  assert.equal(asked.statusCode, 303);
  assert.equal(
    (await t.app.inject(`/pakalpojumi/${code}`)).statusCode,
    200,
    'a request alone changes nothing',
  );
  const pending = await get(head, `/darbs/standarti/${code}`);
  const link = /href="(\/darbs\/standarti\/apbedisanas-pabalsts\/pieprasijumi\/\d+)"/.exec(pending.body)?.[1];
  assert.ok(link, 'the standard page links to the pending request');
  const editorView = await get(editor, link);
  assert.match(editorView.body, /Par pieprasījumu lemj struktūrvienības vadītājs/);
  assert.equal((await postForm(t.app, editor, link, { decision: 'approve' })).statusCode, 403);
  const noChoice = await postForm(t.app, head, link, { decision: '' });
  assert.equal(noChoice.statusCode, 400);
  const decided = await postForm(t.app, head, link, { decision: 'approve', note: '' });
  assert.equal(decided.statusCode, 303);
  // Issue 6 point 17: the public page says it is no longer offered, and why (HTTP 410, not 404).
  const gone = await t.app.inject(`/pakalpojumi/${code}`);
  assert.equal(gone.statusCode, 410);
  assert.match(gone.body, /Šis pakalpojums vairs netiek sniegts/);
  assert.match(gone.body, /Pakalpojumu vairs nesniedz\./);
  const staff = await get(editor, `/darbs/standarti/${code}`);
  assert.match(staff.body, /Pakalpojumu vairs nesniedz\./);
  assert.match(staff.body, />Atsaukta</, 'the withdrawn version says so');
  assert.doesNotMatch(staff.body, />Spēkā</);
  const again = await postForm(t.app, editor, `/darbs/standarti/${code}/atsaukt`, {
    reason: 'Vēlreiz',
    ...dateFields('from', today),
  });
  assert.equal(again.statusCode, 409);

  // The head asks to restore; the same head may not decide on it (four eyes).
  const restore = await postForm(t.app, head, `/darbs/standarti/${code}/atjaunot`, {
    reason: 'Atsaukts kļūdas dēļ.',
  });
  assert.equal(restore.statusCode, 303);
  const own = /href="(\/darbs\/standarti\/apbedisanas-pabalsts\/pieprasijumi\/\d+)"/.exec(
    (await get(head, `/darbs/standarti/${code}`)).body,
  )?.[1];
  assert.ok(own && own !== link);
  assert.match((await get(head, own)).body, /id="four-eyes"/);
  assert.equal((await postForm(t.app, head, own, { decision: 'approve' })).statusCode, 409);
  const id = Number(own.split('/').at(-1));
  const second: Actor = {
    kind: 'staff',
    id: 99_999,
    name: 'Otra',
    grants: [{ role: 'head', unit: 'socialais-dienests' }],
  };
  await standards.decideWithdrawal(db(), second, code, id, { approve: true, note: '' });
  assert.equal((await t.app.inject(`/pakalpojumi/${code}`)).statusCode, 200, 'restored');
});

test('four eyes on the page: a head who drafted and submitted sees why there is no approve button', async () => {
  const code = 'krizes-situacijas-pabalsts';
  const res = await postForm(t.app, head, `/darbs/standarti/${code}/versijas`);
  const n = Number(/\/versijas\/(\d+)\/labot$/.exec(res.headers.location as string)?.[1]);
  const form = await formOf(code, n);
  await postForm(t.app, head, `/darbs/standarti/${code}/versijas/${n}/labot`, {
    ...form,
    'description-lv': `${form['description-lv']} Jauns teikums.`,
    action: 'save',
  });
  assert.equal(
    (await postForm(t.app, head, `/darbs/standarti/${code}/versijas/${n}/iesniegt`)).statusCode,
    303,
  );
  const page = await get(head, `/darbs/standarti/${code}/versijas/${n}`);
  assert.match(page.body, /id="four-eyes"/);
  assert.match(page.body, /četru acu princips/);
  assert.doesNotMatch(page.body, /Apstiprināt un publicēt/);
  assert.match(page.body, /id="untranslated"/, 'the Latvian text changed, the English did not');
  assert.match(page.body, /<ins class="pietura-diff__added">[\s\S]*?Jauns teikums\./);
  const approved = await postForm(
    t.app,
    head,
    `/darbs/standarti/${code}/versijas/${n}/apstiprinat`,
    dateFields('validFrom', today),
  );
  assert.equal(approved.statusCode, 409);
  assert.equal((await statuses(code)).find((v) => v.version === n)?.status, 'review');
  const only = await get(head, `/darbs/standarti/${code}/versijas/${n}?changes=only`);
  assert.match(only.body, /id="field-description-lv"/);
  assert.doesNotMatch(only.body, /id="field-fee"/, 'only the changed fields');
});

test('an unchanged version cannot be submitted: the page says so and the submit is refused', async () => {
  const code = 'majokla-pabalsts';
  const n = await start(code);
  const page = await get(editor, `/darbs/standarti/${code}/versijas/${n}`);
  assert.match(page.body, /nekas nav mainīts/);
  const submitted = await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/iesniegt`);
  assert.equal(submitted.statusCode, 409);
  assert.match(submitted.body, /neatšķiras no iepriekšējās apstiprinātās versijas/);
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
    [head, `/darbs/standarti/${code}/atjaunot`],
    [head, `/darbs/standarti/${code}/pieprasijumi/1`],
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
    ...dateFields('from', addDays(today, 30)),
  });
  assert.ok(withNul.statusCode < 500);
  const [row] = await query<{ reason: string | null }>(
    db(),
    sql`SELECT r.reason FROM service_withdrawal_request r JOIN service s ON s.id = r.service_id
      WHERE s.code = ${code} ORDER BY r.id DESC LIMIT 1`,
  );
  assert.equal(row?.reason, 'Iemesls', 'control characters are dropped, not stored');
});

test('the staff list of standards: Latvian alphabetical order, a search box, and a table that scrolls', async () => {
  const res = await get(clerk, '/darbs/standarti');
  assert.equal(res.statusCode, 200);
  const table = /<table class="govuk-table" id="standards">[\s\S]*?<\/table>/.exec(res.body)?.[0] ?? '';
  const names = [
    ...table.matchAll(/<a class="govuk-link" href="\/darbs\/standarti\/[^"]+">([^<]+)<\/a>/g),
  ].map((m) => m[1]!.replaceAll('&quot;', '"'));
  assert.ok(names.length > 10);
  const collator = new Intl.Collator('lv', { sensitivity: 'base' });
  assert.deepEqual(names, [...names].sort(collator.compare), 'sorted by name in Latvian order');
  assert.match(
    res.body,
    /<section class="pietura-table-scroll" aria-label="Pakalpojumu standarti" tabindex="0"><table class="govuk-table" id="standards">/,
  );
  assert.match(res.body, /<input class="govuk-input govuk-input--width-30" id="q" name="q"/);

  const found = await get(clerk, '/darbs/standarti?q=majokla');
  assert.match(found.body, /href="\/darbs\/standarti\/majokla-pabalsts"/, 'found without the diacritics');
  assert.doesNotMatch(found.body, /href="\/darbs\/standarti\/gmi-pabalsts"/);
  assert.match(found.body, /value="majokla"/, 'the query stays in the box');
  const none = await get(clerk, `/darbs/standarti?q=${'x'.repeat(500)}`);
  assert.equal(none.statusCode, 200);
});

test('an unknown staff address shows the 404 page in the staff layout', async () => {
  for (const url of [
    '/darbs/nav-tadas-lapas',
    '/en/work/no-such-page',
    '/darbs/standarti/gmi-pabalsts/nekas',
  ]) {
    const res = await get(editor, url);
    assert.equal(res.statusCode, 404, url);
    assert.match(res.body, /Darba vid|Staff workspace/, `${url}: the staff layout`);
    assert.match(res.body, /Lapa nav atrasta|Page not found/);
  }
});

test('how to read the fee: "from" an amount reaches the public page, "not stated" may be left empty, a bad currency is named', async () => {
  const code = 'aprupe-majas';
  const n = await start(code);
  const form = await formOf(code, n);
  const [published] = await query<{ fee_kind: string }>(
    db(),
    sql`SELECT v.fee_kind FROM service_version v JOIN service s ON s.id = v.service_id
      WHERE s.code = ${code} AND v.status = 'published'`,
  );
  assert.equal(form.feeKind, published!.fee_kind, 'the draft starts from the current way of reading the fee');
  assert.equal(form.feeCurrency, 'EUR');
  const url = `/darbs/standarti/${code}/versijas/${n}/labot`;

  const bad = await postForm(t.app, editor, url, {
    ...form,
    feeCurrency: 'eiro',
    feeKind: 'sometimes',
    action: 'save',
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Ievadiet valūtas trīsburtu kodu, piemēram, EUR/);
  assert.match(bad.body, /Izvēlieties, kā lasīt maksas summu/);
  assert.match(bad.body, /href="#feeCurrency"/);
  assert.match(
    bad.body,
    /id="feeCurrency"[^>]*value="eiro"|value="eiro"[^>]*id="feeCurrency"/,
    'kept as typed',
  );

  const notStated = await postForm(t.app, editor, url, {
    ...form,
    fee: '',
    feeKind: 'not_stated',
    action: 'save',
  });
  assert.equal(notStated.statusCode, 303, notStated.body.slice(0, 300));
  const saved = await formOf(code, n);
  assert.equal(saved.feeKind, 'not_stated');
  assert.equal(saved.fee, '', 'no amount is shown for a fee that is not stated');

  const from = await postForm(t.app, editor, url, {
    ...saved,
    fee: '12,50',
    feeKind: 'from',
    feeCurrency: 'eur',
    action: 'save',
  });
  assert.equal(from.statusCode, 303, from.body.slice(0, 300));
  const row = (await statuses(code)).find((v) => v.version === n)!;
  assert.equal(row.fee_cents, 1250);
  assert.equal((await formOf(code, n)).feeCurrency, 'EUR', 'the code is stored in capitals');

  assert.equal(
    (await postForm(t.app, editor, `/darbs/standarti/${code}/versijas/${n}/iesniegt`)).statusCode,
    303,
  );
  const approved = await postForm(
    t.app,
    head,
    `/darbs/standarti/${code}/versijas/${n}/apstiprinat`,
    dateFields('validFrom', today),
  );
  assert.equal(approved.statusCode, 303, approved.body.slice(0, 300));
  const page = await t.app.inject(`/pakalpojumi/${code}`);
  assert.match(page.body, /no 12,50/);
  const en = await t.app.inject(`/en/services/${code}`);
  assert.match(en.body, /from €12\.50|from 12\.50/);
});

test('two people on one draft: the second save does not undo the first; it is refused, names the fields, keeps what was typed', async () => {
  const code = 'socialais-dzivoklis';
  const n = await start(code);
  const url = `/darbs/standarti/${code}/versijas/${n}/labot`;
  const opened = async () => {
    const page = await get(editor, url);
    assert.equal(page.statusCode, 200);
    return /name="opened" value="([^"]*)"/.exec(page.body)?.[1]?.replaceAll('&quot;', '"') ?? '';
  };
  // Both open the form; the head saves a new name first.
  const form = await formOf(code, n);
  const [editorOpened, headOpened] = [await opened(), await opened()];
  assert.ok(editorOpened.startsWith('{'), 'the form carries what the draft held when it was opened');
  const first = await postForm(t.app, head, url, {
    ...form,
    opened: headOpened,
    'name-lv': 'Sociālais dzīvoklis (precizēts)',
    action: 'save',
  });
  assert.equal(first.statusCode, 303, first.body.slice(0, 300));

  // The editor, from the form opened before, changes the fee and would write back the old name.
  const second = await postForm(t.app, editor, url, {
    ...form,
    opened: editorOpened,
    fee: '3,50',
    feeKind: 'fixed',
    action: 'save',
  });
  assert.equal(second.statusCode, 409, second.body.slice(0, 300));
  assert.match(second.body, /Kamēr labojāt, kāds cits saglabāja citu lauka „Nosaukums \(latviski\)” vērtību/);
  assert.match(second.body, /href="#name-lv"/);
  assert.doesNotMatch(second.body, /href="#fee"/, 'only the fields changed meanwhile are named');
  assert.match(second.body, /id="fee"[^>]*value="3,50"|value="3,50"[^>]*id="fee"/, 'what was typed is kept');
  const [row] = (await statuses(code)).filter((v) => v.version === n);
  assert.equal(row!.name.lv, 'Sociālais dzīvoklis (precizēts)', 'the first save stands');
  assert.notEqual(row!.fee_cents, 350, 'nothing of the refused save was written');

  // Saving again from the page that warned overwrites knowingly.
  const again = /name="opened" value="([^"]*)"/.exec(second.body)![1]!.replaceAll('&quot;', '"');
  const third = await postForm(t.app, editor, url, {
    ...form,
    opened: again,
    fee: '3,50',
    feeKind: 'fixed',
    action: 'save',
  });
  assert.equal(third.statusCode, 303, third.body.slice(0, 300));
  assert.equal((await statuses(code)).find((v) => v.version === n)!.fee_cents, 350);

  // A field both set alike is no conflict: the head saves the editor's fee too, from an old form.
  const alike = await postForm(t.app, head, url, {
    ...(await formOf(code, n)),
    opened: headOpened,
    'name-lv': 'Sociālais dzīvoklis (precizēts)',
    action: 'save',
  });
  assert.equal(alike.statusCode, 303, alike.body.slice(0, 300));

  // English: the same refusal in English (a form from before both saves, with its own name).
  const stale = await postForm(t.app, editor, `/en/work/standards/${code}/versions/${n}/edit`, {
    ...form,
    opened: editorOpened,
    'name-lv': 'Sociālais dzīvoklis (cits)',
    action: 'save',
  });
  assert.equal(stale.statusCode, 409, stale.body.slice(0, 300));
  assert.match(
    stale.body,
    /While you were editing, someone else saved another value of ‘Name \(in Latvian\)’/,
  );
});
