import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { service, serviceVersion } from '../../src/db/schema';
import { importCatalogue } from '../../src/modules/catalogue/cpsv/import';
import * as standards from '../../src/modules/standards/service';
import { selectEntityHistory } from '../../src/platform/audit/store';
import type { Actor } from '../../src/platform/auth/actor';
import { ForbiddenError } from '../../src/platform/errors';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';

const CODE = 'importeta-buvatlauja';
const editorActor: Actor = { kind: 'system', id: 0, name: 'test editor', grants: [{ role: 'editor' }] };

let t: TestApp;
let editor: Browser;
let admin: Browser;
const db = () => t.database.db;
const get = (browser: Browser, url: string) => t.app.inject({ url, headers: { cookie: browser.cookie } });

/** A service from another producer's file without a category: imported as a draft whose only to-do is the category. */
async function importWithoutCategory(): Promise<void> {
  const doc = JSON.parse(readFileSync(new URL('../fixtures/cpsv/minimal.jsonld', import.meta.url), 'utf8'));
  const node = doc['@graph'].find((n: Record<string, unknown>) => n['@type'] === 'PublicService');
  node['PublicService.identifier'] = CODE;
  delete node['PublicService.thematicArea'];
  const result = await importCatalogue(db(), doc);
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(
    result.services.map((s) => [s.code, s.outcome, s.todo.map((i) => i.item)]),
    [[CODE, 'draft', ['category']]],
  );
}

async function stored(code: string) {
  const [row] = await db()
    .select({ service, version: serviceVersion })
    .from(service)
    .innerJoin(serviceVersion, eq(serviceVersion.serviceId, service.id))
    .where(eq(service.code, code));
  return row!;
}

before(async () => {
  t = await testApp();
  await ensureDemoStaff(db());
  editor = await signIn(t.app, demoEmail('editor'));
  admin = await signIn(t.app, demoEmail('admin'));
  await importWithoutCategory();
  // The editor completes the draft with a whole standard (that of a demo service), as the edit form would save it.
  const demo = await standards.getStandard(db(), editorActor, 'gmi-pabalsts');
  const complete = standards.versionInputOf(demo!.versions.find((v) => v.status === 'published')!);
  assert.ok(
    await standards.saveDraft(db(), editorActor, CODE, 1, {
      ...complete,
      name: { lv: 'Būvatļauja', en: 'Building permit' },
    }),
  );
});
after(() => t.close());

test('an imported draft without a category links to the category page and cannot be submitted while that is open', async () => {
  const { version } = await stored(CODE);
  assert.deepEqual(
    version.importTodo?.map((i) => i.item),
    ['category'],
    'saving keeps the item while the service is unsorted',
  );
  const page = await get(editor, `/darbs/standarti/${CODE}/versijas/1`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, new RegExp(`href="/darbs/standarti/${CODE}/kategorija">Izvēlēties kategoriju</a>`));

  const refused = await postForm(t.app, editor, `/darbs/standarti/${CODE}/versijas/1/iesniegt`);
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /darāmo darbu saraksts vēl nav izpildīts/);
  assert.equal((await stored(CODE)).version.status, 'draft');
});

test('the category form refuses no choice, an unknown category and the "unsorted" one, with an error summary (lv and en)', async () => {
  const form = await get(editor, `/darbs/standarti/${CODE}/kategorija`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /Pakalpojums importēts bez kategorijas/);
  assert.match(form.body, /<option value="social"/);
  assert.doesNotMatch(form.body, /<option value="importeti-bez-kategorijas"/);

  for (const category of ['', 'no-such-category', 'importeti-bez-kategorijas']) {
    const res = await postForm(t.app, editor, `/darbs/standarti/${CODE}/kategorija`, { category });
    assert.equal(res.statusCode, 400, category);
    assert.match(res.body, /govuk-error-summary/);
    assert.match(res.body, /href="#category">Izvēlieties kategoriju</);
  }
  const en = await postForm(t.app, editor, `/en/work/standards/${CODE}/category`, { category: '' });
  assert.equal(en.statusCode, 400);
  assert.match(en.body, /href="#category">Choose a category</);
  assert.match(en.body, /<title>Error: Change the category/);
  assert.equal((await stored(CODE)).service.categoryCode, 'importeti-bez-kategorijas', 'nothing changed');
});

test('choosing the category settles the to-do item (audited); the draft can then be submitted', async () => {
  const res = await postForm(t.app, editor, `/darbs/standarti/${CODE}/kategorija`, { category: 'building' });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `/darbs/standarti/${CODE}?done=category`);
  const page = await get(editor, res.headers.location as string);
  assert.match(page.body, /Kategorija saglabāta\./);
  assert.match(page.body, /Kategorija: <strong>Būvniecība<\/strong>/);

  const { service: s, version } = await stored(CODE);
  assert.equal(s.categoryCode, 'building');
  assert.equal(version.importTodo, null, 'the category item is settled');
  const [audit] = await selectEntityHistory(db(), 'service', String(s.id), 1);
  assert.equal(audit!.action, 'standard.category.change');
  assert.deepEqual(audit!.before, { category: 'importeti-bez-kategorijas' });
  assert.deepEqual(audit!.after, { category: 'building', settledTodo: [1] });

  const submitted = await postForm(t.app, editor, `/darbs/standarti/${CODE}/versijas/1/iesniegt`);
  assert.equal(submitted.statusCode, 303, submitted.body.slice(0, 500));
  assert.equal((await stored(CODE)).version.status, 'review');
});

test('the administrator may change a category too; choosing the same one again writes nothing', async () => {
  const res = await postForm(t.app, admin, '/en/work/standards/gmi-pabalsts/category', {
    category: 'family',
  });
  assert.equal(res.statusCode, 303);
  assert.equal(await categoryOf('gmi-pabalsts'), 'family');
  const before = await selectEntityHistory(db(), 'service', String(await serviceId('gmi-pabalsts')), 10);
  const again = await postForm(t.app, admin, '/darbs/standarti/gmi-pabalsts/kategorija', {
    category: 'family',
  });
  assert.equal(again.statusCode, 303);
  const afterwards = await selectEntityHistory(db(), 'service', String(await serviceId('gmi-pabalsts')), 10);
  assert.equal(afterwards.length, before.length, 'no audit row for no change');
  assert.equal(before[0]!.action, 'standard.category.change');
});

test('who may: the writers of the service and the administrator; a head of another unit and a clerk may not', async () => {
  const head: Actor = {
    kind: 'system',
    id: 0,
    name: 'head',
    grants: [{ role: 'head', unit: 'socialais-dienests' }],
  };
  const clerk: Actor = {
    kind: 'system',
    id: 0,
    name: 'clerk',
    grants: [{ role: 'clerk', centre: 'ilukste' }],
  };
  await assert.rejects(standards.changeCategory(db(), head, CODE, 'social'), ForbiddenError);
  await assert.rejects(standards.changeCategory(db(), clerk, 'gmi-pabalsts', 'social'), ForbiddenError);
  assert.ok(
    await standards.changeCategory(db(), head, 'gmi-pabalsts', 'social'),
    'the head of its own unit may',
  );
  assert.equal(await categoryOf('gmi-pabalsts'), 'social');
  assert.equal(await categoryOf(CODE), 'building');
});

async function categoryOf(code: string): Promise<string> {
  const [row] = await db().select().from(service).where(eq(service.code, code));
  return row!.categoryCode;
}

async function serviceId(code: string): Promise<number> {
  const [row] = await db().select().from(service).where(eq(service.code, code));
  return row!.id;
}
