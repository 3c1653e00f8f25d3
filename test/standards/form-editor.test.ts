import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type FormDefinition, parseFormDefinition } from '../../src/modules/eforms/definition';
import { todayInRiga } from '../../src/platform/calendar/days';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';

let t: TestApp;
let editor: Browser;
let head: Browser;
let clerk: Browser;

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  editor = await signIn(t.app, demoEmail('editor'));
  head = await signIn(t.app, demoEmail('head')); // head of socialais-dienests
  clerk = await signIn(t.app, demoEmail('clerk'));
});
after(() => t.close());

const CODE = 'apbedisanas-pabalsts';
const get = (browser: Browser, url: string) => t.app.inject({ url, headers: { cookie: browser.cookie } });
const base = (n: number) => `/darbs/standarti/${CODE}/versijas/${n}`;

async function stored(n: number): Promise<Record<string, unknown> | null> {
  const [row] = await query<{ form: Record<string, unknown> | null }>(
    t.database.db,
    sql`SELECT v.form_definition AS form FROM service_version v JOIN service s ON s.id = v.service_id
      WHERE s.code = ${CODE} AND v.version = ${n}`,
  );
  return row!.form;
}

async function form(n: number): Promise<FormDefinition> {
  const parsed = parseFormDefinition(await stored(n));
  assert.ok(parsed.ok, 'the stored form is valid');
  return parsed.definition;
}

async function auditCount(action: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`,
  );
  return row!.n;
}

const field = (fields: Record<string, string | string[]>) => ({
  required: 'yes',
  'hint-lv': '',
  'hint-en': '',
  ...fields,
});

let draft = 0;

test('an editor builds a form with every type of question on a new draft', async () => {
  const started = await postForm(t.app, editor, `/darbs/standarti/${CODE}/versijas`);
  assert.equal(started.statusCode, 303);
  draft = Number(/\/versijas\/(\d+)\//.exec(started.headers.location as string)![1]);

  const version = await get(editor, base(draft));
  assert.match(version.body, /href="[^"]*\/veidlapa"/, 'the version page links to the online form');
  const empty = await get(editor, `${base(draft)}/veidlapa`);
  assert.equal(empty.statusCode, 200);
  assert.match(empty.body, /Tiešsaistes veidlapa/);
  assert.match(empty.body, /Pievienot lapu/);

  const before = await auditCount('standard.version.form');
  const page = await postForm(t.app, editor, `${base(draft)}/veidlapa/lapa`, {
    'title-lv': 'Mājsaimniecība',
    'title-en': 'Household',
    pageId: '',
    ...field({
      code: 'majsaimnieciba',
      type: 'number',
      'label-lv': 'Cik cilvēku',
      'label-en': 'How many people',
    }),
    min: '1',
    max: '20',
    integer: 'yes',
  });
  assert.equal(page.statusCode, 303, page.body.slice(0, 500));
  assert.equal((await form(draft)).pages[0]!.id, 'majsaimnieciba', 'the page id made from the title');
  assert.equal(await auditCount('standard.version.form'), before + 1, 'one audit row per change');

  const add = (fields: Record<string, string | string[]>) =>
    postForm(t.app, editor, `${base(draft)}/veidlapa/jautajums`, {
      page: 'majsaimnieciba',
      ...field(fields),
    });
  const questions: Record<string, string | string[]>[] = [
    {
      code: 'apraksts',
      type: 'textarea',
      'label-lv': 'Apraksts',
      'label-en': 'Description',
      maxLength: '2000',
    },
    { code: 'ire', type: 'yesno', 'label-lv': 'Vai īrējat mājokli?', 'label-en': 'Do you rent your home?' },
    {
      code: 'ligums',
      type: 'file',
      'label-lv': 'Īres līgums',
      'label-en': 'Tenancy agreement',
      maxFiles: '2',
      accept: ['pdf', 'jpeg'],
      showWhen: 'ire=yes',
    },
    {
      code: 'no_datuma',
      type: 'date',
      'label-lv': 'No kura datuma',
      'label-en': 'From which date',
      dateRule: 'past',
    },
    {
      code: 'apkure',
      type: 'choice',
      'label-lv': 'Apkure',
      'label-en': 'Heating',
      options: 'centralā | Centrālā | Central\nmalka | Malka | Firewood',
    },
    {
      code: 'izdevumi',
      type: 'choices',
      'label-lv': 'Izdevumi',
      'label-en': 'Costs',
      options: 'Īre | Rent\nGāze | Gas',
    },
    {
      code: 'berna_kods',
      type: 'personal_code',
      'label-lv': 'Bērna personas kods',
      'label-en': 'Child’s code',
    },
    { code: 'adrese', type: 'address', 'label-lv': 'Mājokļa adrese', 'label-en': 'Address of the home' },
    {
      code: '',
      type: 'text',
      'label-lv': 'Kontaktpersona mājās',
      'label-en': 'Contact at home',
      required: 'no',
    },
  ];
  for (const q of questions) {
    const res = await add(q);
    if (q.code === 'apkure') {
      assert.equal(res.statusCode, 400, 'an option key with a diacritic is refused');
      assert.match(res.body, /govuk-error-summary/);
      assert.match(res.body, /href="#options"/);
      assert.match(res.body, /Atbilžu varianti/);
      assert.match(res.body, /centralā \| Centrālā \| Central/, 'what was typed is kept');
      const fixed = await add({
        ...q,
        options: 'centralā | Centrālā | Central'.replace('centralā', 'centrala'),
      });
      assert.equal(fixed.statusCode, 303, fixed.body.slice(0, 500));
      continue;
    }
    assert.equal(res.statusCode, 303, `${q.code}: ${res.body.slice(0, 800)}`);
  }
  const def = await form(draft);
  const fields = def.pages[0]!.fields;
  assert.deepEqual(
    fields.map((f) => f.type),
    ['number', 'textarea', 'yesno', 'file', 'date', 'choice', 'choices', 'personal_code', 'address', 'text'],
  );
  assert.deepEqual(fields[0], {
    code: 'majsaimnieciba',
    type: 'number',
    label: { lv: 'Cik cilvēku', en: 'How many people' },
    required: true,
    min: 1,
    max: 20,
    integer: true,
  });
  assert.deepEqual(fields[3]!.showWhen, { field: 'ire', values: ['yes'] });
  assert.deepEqual(fields[3]!.accept, ['pdf', 'jpeg']);
  assert.equal(fields[3]!.maxFiles, 2);
  assert.equal(fields[4]!.dateRule, 'past');
  assert.deepEqual(
    fields[6]!.options?.map((o) => o.key),
    ['ire', 'gaze'],
  );
  assert.equal(fields[9]!.code, 'kontaktpersona_majas', 'the code made from the label');
  assert.equal(fields[9]!.required, false);

  const overview = await get(editor, `${base(draft)}/veidlapa`);
  assert.match(overview.body, /ja „Vai īrējat mājokli\?” ir Jā/, 'the condition in words');
});

test('errors name the field and keep what was typed', async () => {
  const res = await postForm(t.app, editor, `${base(draft)}/veidlapa/jautajums`, {
    page: 'majsaimnieciba',
    ...field({ code: 'apraksts', type: 'text', 'label-lv': 'Vēl kāds apraksts', 'label-en': '' }),
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /<a href="#code">„Kods”: šāds kods jau ir citam jautājumam<\/a>/);
  assert.match(res.body, /<a href="#label-en">Aizpildiet lauku „Jautājums \(angliski\)”<\/a>/);
  assert.match(res.body, /value="Vēl kāds apraksts"/);

  const reserved = await postForm(t.app, editor, `${base(draft)}/veidlapa/lapa`, {
    'title-lv': 'Sākums',
    'title-en': 'Start',
    pageId: 'sakt',
    ...field({ code: 'cits', type: 'text', 'label-lv': 'Cits', 'label-en': 'Other' }),
  });
  assert.equal(reserved.statusCode, 400);
  assert.match(reserved.body, /href="#pageId">„Lapas adrese”: šo vārdu izmanto pati pieteikšanās/);

  const badNumber = await postForm(t.app, editor, `${base(draft)}/veidlapa/jautajums`, {
    page: 'majsaimnieciba',
    ...field({ code: 'cits', type: 'number', 'label-lv': 'Cits', 'label-en': 'Other', min: 'daudz' }),
  });
  assert.equal(badNumber.statusCode, 400);
  assert.match(badNumber.body, /href="#min">„Mazākais skaitlis”: ievadiet skaitli/);
  assert.match(badNumber.body, /value="daudz"/);

  const en = await postForm(t.app, editor, `/en/work/standards/${CODE}/versions/${draft}/form/question`, {
    page: 'majsaimnieciba',
    ...field({ code: 'cits', type: 'choice', 'label-lv': 'Cits', 'label-en': 'Other' }),
  });
  assert.equal(en.statusCode, 400);
  assert.match(en.body, /href="#options">‘Options’: give at least one option/);

  // A type that is a name of every object (found by fuzzing: it answered 500) is no type of question.
  for (const type of ['constructor', '__proto__', 'toString']) {
    const odd = await postForm(t.app, editor, `${base(draft)}/veidlapa/jautajums`, {
      page: 'majsaimnieciba',
      ...field({ code: 'cits', type, 'label-lv': 'Cits', 'label-en': 'Other' }),
    });
    assert.equal(odd.statusCode, 400, `${type}: ${odd.statusCode}`);
    assert.match(odd.body, /govuk-error-summary/);
  }
});

test('moving, deleting and the conditions that depend on a question', async () => {
  const moveUp = await postForm(t.app, editor, `${base(draft)}/veidlapa`, {
    action: 'field-up',
    page: 'majsaimnieciba',
    field: 'ligums',
  });
  assert.equal(moveUp.statusCode, 400, 'a question cannot move above the one its condition names');
  assert.match(moveUp.body, /href="#field-ligums">Jautājums „Īres līgums” \(ligums\): nosacījums/);

  const down = await postForm(t.app, editor, `${base(draft)}/veidlapa`, {
    action: 'field-down',
    page: 'majsaimnieciba',
    field: 'majsaimnieciba',
  });
  assert.equal(down.statusCode, 303);
  assert.deepEqual(
    (await form(draft)).pages[0]!.fields.slice(0, 2).map((f) => f.code),
    ['apraksts', 'majsaimnieciba'],
  );

  const del = await postForm(t.app, editor, `${base(draft)}/veidlapa`, {
    action: 'field-delete',
    page: 'majsaimnieciba',
    field: 'ire',
  });
  assert.equal(del.statusCode, 400, 'a question another depends on is not deleted');
  assert.match(del.body, /Īres līgums/);

  const renamed = await postForm(t.app, editor, `${base(draft)}/veidlapa/jautajums`, {
    page: 'majsaimnieciba',
    original: 'ire',
    ...field({ code: 'ire_majoklis', type: 'yesno', 'label-lv': 'Vai īrējat?', 'label-en': 'Do you rent?' }),
  });
  assert.equal(renamed.statusCode, 303, renamed.body.slice(0, 500));
  const def = await form(draft);
  assert.deepEqual(
    def.pages[0]!.fields.find((f) => f.code === 'ligums')!.showWhen,
    { field: 'ire_majoklis', values: ['yes'] },
    'a renamed question keeps the conditions on it',
  );

  const second = await postForm(t.app, editor, `${base(draft)}/veidlapa/lapa`, {
    'title-lv': 'Ienākumi',
    'title-en': 'Income',
    pageId: 'ienakumi',
    ...field({
      code: 'ienakumi',
      type: 'number',
      'label-lv': 'Ienākumi mēnesī',
      'label-en': 'Monthly income',
    }),
  });
  assert.equal(second.statusCode, 303, second.body.slice(0, 500));
  const up = await postForm(t.app, editor, `${base(draft)}/veidlapa`, {
    action: 'page-up',
    page: 'ienakumi',
  });
  assert.equal(up.statusCode, 303);
  assert.deepEqual(
    (await form(draft)).pages.map((p) => p.id),
    ['ienakumi', 'majsaimnieciba'],
  );
  const lastField = await postForm(t.app, editor, `${base(draft)}/veidlapa`, {
    action: 'field-delete',
    page: 'ienakumi',
    field: 'ienakumi',
  });
  assert.equal(lastField.statusCode, 400, 'a page keeps at least one question');
  const rename = await postForm(t.app, editor, `${base(draft)}/veidlapa/lapa`, {
    original: 'ienakumi',
    'title-lv': 'Ienākumi un pabalsti',
    'title-en': 'Income and benefits',
    pageId: 'ienakumi',
  });
  assert.equal(rename.statusCode, 303, rename.body.slice(0, 500));
  const delPage = await postForm(t.app, editor, `${base(draft)}/veidlapa`, {
    action: 'page-delete',
    page: 'ienakumi',
  });
  assert.equal(delPage.statusCode, 303);
  assert.deepEqual(
    (await form(draft)).pages.map((p) => p.id),
    ['majsaimnieciba'],
  );
});

test('who may edit: a clerk reads and previews but may not change; no CSRF, no change', async () => {
  const view = await get(clerk, `${base(draft)}/veidlapa`);
  assert.equal(view.statusCode, 200);
  assert.doesNotMatch(view.body, /Pievienot lapu/);
  assert.equal((await get(clerk, `${base(draft)}/veidlapa/prieksskatijums`)).statusCode, 200);
  const editorPage = await get(clerk, `${base(draft)}/veidlapa/jautajums?page=majsaimnieciba`);
  assert.equal(editorPage.statusCode, 403);
  const post = await postForm(t.app, clerk, `${base(draft)}/veidlapa`, { action: 'remove' });
  assert.equal(post.statusCode, 403);
  const noCsrf = await postForm(t.app, editor, `${base(draft)}/veidlapa`, { action: 'remove', _csrf: 'x' });
  assert.equal(noCsrf.statusCode, 403);
  assert.notEqual(await stored(draft), null);
});

test('the preview shows every question as the resident sees it, in Latvian and English, without a submit', async () => {
  const lv = await get(editor, `${base(draft)}/veidlapa/prieksskatijums`);
  assert.equal(lv.statusCode, 200);
  assert.match(lv.body, /Priekšskatījums/);
  for (const name of [
    'majsaimnieciba',
    'apraksts',
    'ire_majoklis',
    'ligums',
    'no_datuma-day',
    'apkure',
    'adrese',
  ])
    assert.match(lv.body, new RegExp(`name="${name}"`), name);
  assert.match(lv.body, /Mājokļa adrese/);
  assert.doesNotMatch(lv.body, /<form[^>]*action="[^"]*prieksskatijums/);
  const en = await get(editor, `${base(draft)}/veidlapa/prieksskatijums?lang=en`);
  assert.match(en.body, /Address of the home/);
  assert.match(en.body, /lang="en" id="preview"/);
});

test('a draft changed only in its form is submitted, shows what changed, and a new draft copies the form', async () => {
  const submitted = await postForm(t.app, editor, `${base(draft)}/iesniegt`);
  assert.equal(submitted.statusCode, 303, submitted.body.slice(0, 500));
  const review = await get(head, base(draft));
  assert.match(review.body, /Mainīta tiešsaistes veidlapa: veidlapa pievienota/);
  assert.match(review.body, /prieksskatijums/, 'the approval page links to the preview');

  const readOnly = await get(editor, `${base(draft)}/veidlapa`);
  assert.match(readOnly.body, /var tikai apskatīt/);
  const refused = await postForm(t.app, editor, `${base(draft)}/veidlapa`, { action: 'remove' });
  assert.equal(refused.statusCode, 409, 'a version in review is not edited');

  const [y, m, d] = todayInRiga().split('-');
  const approved = await postForm(t.app, head, `${base(draft)}/apstiprinat`, {
    'validFrom-day': String(Number(d)),
    'validFrom-month': String(Number(m)),
    'validFrom-year': y!,
  });
  assert.equal(approved.statusCode, 303, approved.body.slice(0, 500));
  const published = await postForm(t.app, editor, `${base(draft)}/veidlapa`, { action: 'remove' });
  assert.equal(published.statusCode, 409, 'a published version is not edited');

  const next = await postForm(t.app, editor, `/darbs/standarti/${CODE}/versijas`);
  assert.equal(next.statusCode, 303);
  const n = draft + 1;
  assert.deepEqual(await stored(n), await stored(draft), 'the new draft starts with the same form');

  const unchanged = await postForm(t.app, editor, `${base(n)}/iesniegt`);
  assert.equal(unchanged.statusCode, 409, 'nothing changed, the form neither');
  const removed = await postForm(t.app, editor, `${base(n)}/veidlapa`, { action: 'remove' });
  assert.equal(removed.statusCode, 303);
  assert.equal(await stored(n), null);
  assert.ok((await auditCount('standard.version.form.remove')) >= 1);
  const compare = await get(editor, `/darbs/standarti/${CODE}/salidzinat?a=${draft}&b=${n}`);
  assert.match(compare.body, /veidlapa noņemta/);
  const resubmit = await postForm(t.app, editor, `${base(n)}/iesniegt`);
  assert.equal(resubmit.statusCode, 303, 'removing the form is a change');
});

test('a demo e-service has its seeded form, shown in the overview and the preview', async () => {
  const [row] = await query<{ version: number }>(
    t.database.db,
    sql`SELECT max(v.version)::int AS version FROM service_version v JOIN service s ON s.id = v.service_id
      WHERE s.code = 'gmi-pabalsts' AND v.form_definition IS NOT NULL`,
  );
  const url = `/darbs/standarti/gmi-pabalsts/versijas/${row!.version}/veidlapa`;
  const overview = await get(clerk, url);
  assert.equal(overview.statusCode, 200);
  assert.match(overview.body, /Bankas konta numurs \(IBAN\)/);
  const preview = await get(clerk, `${url}/prieksskatijums?lang=en`);
  assert.match(preview.body, /name="bankas_konts"/);
  assert.match(preview.body, /Bank account number \(IBAN\)/);
});
