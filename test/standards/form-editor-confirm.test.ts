import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';

// The online form editor asks before deleting a question, a page or the whole form (a page that works
// without JavaScript), and groups the limits of a question under the types they belong to.

let t: TestApp;
let editor: Browser;
let clerk: Browser;
let draft = 0;

const CODE = 'gmi-pabalsts'; // a demo e-service whose form has two pages
const get = (browser: Browser, url: string) => t.app.inject({ url, headers: { cookie: browser.cookie } });
const lvForm = (n: number) => `/darbs/standarti/${CODE}/versijas/${n}/veidlapa`;
const enForm = (n: number) => `/en/work/standards/${CODE}/versions/${n}/form`;

async function stored(n: number): Promise<{ pages: { id: string; fields: { code: string }[] }[] } | null> {
  const [row] = await query<{ form: { pages: { id: string; fields: { code: string }[] }[] } | null }>(
    t.database.db,
    sql`SELECT v.form_definition AS form FROM service_version v JOIN service s ON s.id = v.service_id
      WHERE s.code = ${CODE} AND v.version = ${n}`,
  );
  return row!.form;
}

/** What the confirmation page's form (in main: the header has the sign-out form) sends: its action, hidden inputs and the red button's name and value. */
function confirmationForm(html: string) {
  const main = html.slice(html.indexOf('<main'));
  const form = /<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(main);
  assert.ok(form, 'the page has a form');
  const fields: Record<string, string> = {};
  for (const m of form[2]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g))
    fields[m[1]!] = m[2]!;
  const button =
    /<button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" name="([^"]+)" value="([^"]+)"/.exec(
      form[2]!,
    );
  assert.ok(button, 'a red button that sends the action');
  fields[button[1]!] = button[2]!;
  return { action: form[1]!, fields };
}

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  editor = await signIn(t.app, demoEmail('editor'));
  clerk = await signIn(t.app, demoEmail('clerk'));
  const started = await postForm(t.app, editor, `/darbs/standarti/${CODE}/versijas`);
  assert.equal(started.statusCode, 303, started.body.slice(0, 300));
  draft = Number(/\/versijas\/(\d+)\//.exec(started.headers.location as string)![1]);
});
after(() => t.close());

test('the overview deletes nothing itself: each delete is a red link to a confirmation page', async () => {
  const overview = await get(editor, lvForm(draft));
  assert.equal(overview.statusCode, 200);
  assert.doesNotMatch(overview.body, /value="(field-delete|page-delete|remove)"/);
  assert.match(
    overview.body,
    new RegExp(
      `href="${lvForm(draft)}/dzest\\?page=majsaimnieciba&(amp;)?field=statuss"[^>]*class="govuk-button govuk-button--warning`,
    ),
  );
  assert.match(overview.body, new RegExp(`href="${lvForm(draft)}/dzest\\?page=dokumenti"`));
  assert.match(overview.body, new RegExp(`href="${lvForm(draft)}/dzest"[^>]*>Noņemt tiešsaistes veidlapu`));
});

test('a question: "are you sure", a red button and a way back; only the button deletes', async () => {
  const before = await stored(draft);
  const page = await get(editor, `${lvForm(draft)}/dzest?page=majsaimnieciba&field=statuss`);
  assert.equal(page.statusCode, 200);
  assert.match(
    page.body,
    /<h1 class="govuk-heading-l">Vai tiešām dzēst jautājumu „Kāds statuss ir jūsu mājsaimniecībai\?”\?<\/h1>/,
  );
  assert.match(page.body, /Jā, dzēst jautājumu/);
  assert.match(
    page.body,
    new RegExp(`<a class="govuk-link" href="${lvForm(draft)}#field-statuss">Atcelt</a>`),
  );
  assert.deepEqual(await stored(draft), before, 'asking changes nothing');

  const en = await get(editor, `${enForm(draft)}/delete?page=majsaimnieciba&field=statuss`);
  assert.equal(en.statusCode, 200);
  assert.match(
    en.body,
    /Are you sure you want to delete the question ‘What status does your household have\?’\?/,
  );
  assert.match(en.body, /Yes, delete the question/);
  assert.match(en.body, />Cancel</);

  const { action, fields } = confirmationForm(page.body);
  assert.equal(action, lvForm(draft));
  assert.deepEqual(
    { page: fields.page, field: fields.field, action: fields.action },
    { page: 'majsaimnieciba', field: 'statuss', action: 'field-delete' },
  );
  const done = await postForm(t.app, editor, action, fields);
  assert.equal(done.statusCode, 303, done.body.slice(0, 300));
  assert.deepEqual(
    (await stored(draft))!.pages[0]!.fields.map((f) => f.code),
    ['majsaimniecibas_lielums', 'ienakumi_menesi'],
  );
});

test('a page: the confirmation lists the questions deleted with it', async () => {
  const page = await get(editor, `${lvForm(draft)}/dzest?page=dokumenti`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Vai tiešām dzēst lapu „Ienākumi un konts”\?/);
  assert.match(page.body, /<li>Bankas konta numurs \(IBAN\)<\/li>/);
  assert.match(page.body, /Jā, dzēst lapu/);
  const en = await get(editor, `${enForm(draft)}/delete?page=dokumenti`);
  assert.match(en.body, /Are you sure you want to delete the page ‘Income and account’\?/);
  assert.match(en.body, /<li>Bank account number \(IBAN\)<\/li>/);

  const { action, fields } = confirmationForm(page.body);
  assert.equal(fields.action, 'page-delete');
  const done = await postForm(t.app, editor, action, fields);
  assert.equal(done.statusCode, 303, done.body.slice(0, 300));
  assert.deepEqual(
    (await stored(draft))!.pages.map((p) => p.id),
    ['majsaimnieciba'],
  );
});

test('what is not there, or not the asker’s to change, is not asked about', async () => {
  for (const q of [
    'page=nav-tada',
    'page=majsaimnieciba&field=nav_tada',
    'page=majsaimnieciba&field=statuss',
  ])
    assert.equal((await get(editor, `${lvForm(draft)}/dzest?${q}`)).statusCode, 404, q);
  assert.equal((await get(clerk, `${lvForm(draft)}/dzest`)).statusCode, 403);
  assert.equal((await get(editor, `/darbs/standarti/${CODE}/versijas/1/veidlapa/dzest`)).statusCode, 409);
});

test('the whole form: asked once more, then removed; with no form there is nothing to ask about', async () => {
  const page = await get(editor, `${lvForm(draft)}/dzest`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Vai tiešām noņemt visu tiešsaistes veidlapu\?/);
  assert.match(page.body, /Jā, noņemt veidlapu/);
  const en = await get(editor, `${enForm(draft)}/delete`);
  assert.match(en.body, /Are you sure you want to remove the whole online form\?/);
  assert.match(en.body, /Yes, remove the form/);
  assert.notEqual(await stored(draft), null, 'asking removes nothing');

  const { action, fields } = confirmationForm(page.body);
  assert.equal(fields.action, 'remove');
  const done = await postForm(t.app, editor, action, fields);
  assert.equal(done.statusCode, 303);
  assert.equal(await stored(draft), null);
  assert.equal((await get(editor, `${lvForm(draft)}/dzest`)).statusCode, 404);
});

test('the question editor groups the limits under the types they apply to, in both languages', async () => {
  const other = await postForm(t.app, editor, `/darbs/standarti/majokla-pabalsts/versijas`);
  assert.equal(other.statusCode, 303);
  const n = Number(/\/versijas\/(\d+)\//.exec(other.headers.location as string)![1]);
  const lv = await get(
    editor,
    `/darbs/standarti/majokla-pabalsts/versijas/${n}/veidlapa/jautajums?page=majoklis`,
  );
  assert.equal(lv.statusCode, 200);
  const groups = new Map(
    [
      ...lv.body.matchAll(
        /<div data-limits-for="([^"]+)"><h3 class="govuk-heading-s">([^<]+)<\/h3>([\s\S]*?)(?=<div data-limits-for=|<\/div><h2)/g,
      ),
    ].map((m) => [m[1]!, { title: m[2]!, ids: [...m[3]!.matchAll(/ id="([a-zA-Z]+)"/g)].map((x) => x[1]!) }]),
  );
  assert.deepEqual([...groups.keys()], ['text textarea address', 'number', 'date', 'file']);
  assert.equal(groups.get('text textarea address')!.title, 'Tekstam, garam tekstam un adresei');
  assert.equal(groups.get('number')!.title, 'Skaitlim');
  const inputs = (types: string) => groups.get(types)!.ids.filter((id) => !id.endsWith('Hint'));
  assert.ok(inputs('text textarea address').includes('maxLength'));
  assert.ok(!inputs('text textarea address').includes('min'));
  for (const id of ['min', 'max', 'integer']) assert.ok(inputs('number').includes(id), id);
  assert.ok(inputs('date').includes('dateRule'));
  for (const id of ['maxFiles', 'accept']) assert.ok(inputs('file').includes(id), id);
  assert.match(lv.body, /<script type="module" src="\/assets\/js\/form-limits.js"><\/script>/);

  const en = await get(
    editor,
    `/en/work/standards/majokla-pabalsts/versions/${n}/form/question?page=majoklis`,
  );
  for (const title of ['For text, long text and an address', 'For a number', 'For a date', 'For a file'])
    assert.match(en.body, new RegExp(`<h3 class="govuk-heading-s">${title}</h3>`));
  const script = await t.app.inject({ url: '/assets/js/form-limits.js' });
  assert.equal(script.statusCode, 200);
  assert.match(script.body, /data-limits-for/);
});
