import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';

// Issue 6 point 22: editors maintain the related search terms on a staff page.
let t: TestApp;
let editor: Browser;
let head: Browser;
before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  editor = await signIn(t.app, demoEmail('editor'));
  head = await signIn(t.app, demoEmail('head'));
});
after(() => t.close());

const get = (browser: Browser, url: string) => t.app.inject({ url, headers: { cookie: browser.cookie } });
const audits = async (action: string) =>
  (
    await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`,
    )
  )[0]!.n;

test('an editor sees the demo terms, adds one that the search then uses, and deletes it; each in the audit trail', async () => {
  const page = await get(editor, '/darbs/meklesanas-termini');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /sociālais pabalsts/);
  assert.match(page.body, /href="\/en\/work\/search-terms"/);
  const before = await t.app.inject('/api/services?q=kazas');
  const added = await postForm(t.app, editor, '/darbs/meklesanas-termini', {
    term: 'kāzas',
    related: 'laulības reģistrācija',
  });
  assert.equal(added.statusCode, 303);
  assert.equal(await audits('search.synonym_added'), 1);
  const after = await t.app.inject('/api/services?q=k%C4%81zas');
  assert.notDeepEqual(after.json(), before.json());
  assert.match(after.body, /laulibas-registracija/);
  const list = await get(editor, '/darbs/meklesanas-termini');
  const id =
    /<th scope="row" class="govuk-table__header">kāzas<\/th>[\s\S]*?action="\/darbs\/meklesanas-termini\/(\d+)\/dzest"/.exec(
      list.body,
    );
  assert.ok(id, 'the new term has a delete button');
  const deleted = await postForm(t.app, editor, `/darbs/meklesanas-termini/${id[1]}/dzest`);
  assert.equal(deleted.statusCode, 303);
  assert.equal(await audits('search.synonym_deleted'), 1);
  const left = (await get(editor, '/darbs/meklesanas-termini')).body;
  assert.doesNotMatch(left, /„kāzas”/);
  assert.match(left, /„bērnudārzs”/, 'the other terms stay');
});

test('bad input: errors name the field, what was typed stays, nothing is written', async () => {
  const count = async () =>
    (await query<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM search_synonym`))[0]!.n;
  const n = await count();
  const empty = await postForm(t.app, editor, '/darbs/meklesanas-termini', { term: '', related: 'kaut kas' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /Lūdzu, izlabojiet kļūdas/);
  assert.match(empty.body, /Aizpildiet lauku „Termins”/);
  assert.match(empty.body, />kaut kas<\/textarea>/);
  const duplicate = await postForm(t.app, editor, '/darbs/meklesanas-termini', {
    term: 'SOCIĀLAIS PABALSTS',
    related: 'x y',
  });
  assert.equal(duplicate.statusCode, 400);
  assert.match(duplicate.body, /jau ir sarakstā/);
  const en = await postForm(t.app, editor, '/en/work/search-terms', { term: 'x'.repeat(101), related: '' });
  assert.equal(en.statusCode, 400);
  assert.match(en.body, /The term must be 100 characters or fewer/);
  assert.match(en.body, /Enter the related phrases/);
  assert.equal(await count(), n);
});

test('a head of unit may not change the terms', async () => {
  const refused = await postForm(t.app, head, '/darbs/meklesanas-termini', {
    term: 'suns',
    related: 'kaķis',
  });
  assert.equal(refused.statusCode, 403);
  assert.equal((await get(head, '/darbs/meklesanas-termini')).statusCode, 403);
});

test('a term typed with control characters is saved without them (a NUL answered 500 before)', async () => {
  const added = await postForm(t.app, editor, '/darbs/meklesanas-termini', {
    term: 'ku\u0000ģis',
    related: 'prāmis\u0007',
  });
  assert.equal(added.statusCode, 303, added.body.slice(0, 300));
  const [row] = await query<{ term: string; related: string }>(
    t.database.db,
    sql`SELECT term, related FROM search_synonym WHERE term LIKE 'ku%ģis'`,
  );
  assert.deepEqual(row, { term: 'kuģis', related: 'prāmis' });
});
