import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { SearchIndex, searchStem } from '../../src/modules/catalogue/search-index';
import { queryWords, searchCodes } from '../../src/modules/catalogue/service';
import { selectPublishedSearchText } from '../../src/modules/catalogue/store';
import { trigrams, wordSimilarity } from '../../src/modules/catalogue/trigram';
import { type TestApp, testApp } from '../helpers/app';
import { JUDGED_QUERIES } from './judged-queries';
import { sqlSearchEach } from './sql-search-reference';

let t: TestApp;
let vocabulary: string[];

before(async () => {
  t = await testApp();
  const rows = await selectPublishedSearchText(t.database.db);
  vocabulary = [...new Set(rows.flatMap((r) => r.words))].sort();
  assert.ok(vocabulary.length > 500, 'the demo catalogue has a vocabulary');
});
after(() => t.close());

const db = () => t.database.db;
const codes = async (q: string) => (await searchCodes(db(), q, 200)).map((h) => h.code);

test('trigrams are pg_trgm’s: each word padded with two spaces before and one after', () => {
  assert.deepEqual(trigrams('suns'), ['  s', ' su', 'sun', 'uns', 'ns ']);
  assert.deepEqual(trigrams('e-pakalpojums')?.slice(0, 2), ['  e', ' e ']);
  assert.deepEqual(trigrams(''), []);
});

test('word similarity is the database’s word_similarity, to the last bit', async () => {
  // Query words as people type them (cut short, with typos, compound parts) against catalogue words.
  const sample = vocabulary.filter((_, i) => i % 7 === 0).slice(0, 120);
  const typed = [
    'gimene',
    'pabalst',
    'deklar',
    'buvatluja',
    'registation',
    'suns',
    'pase',
    'dog',
    'kok',
    'x',
  ];
  const pairs: [string, string][] = [];
  for (const a of [...typed, ...sample.slice(0, 15)]) for (const b of sample) pairs.push([a, b]);
  const rows = await query<{ a: string; b: string; s: number }>(
    db(),
    sql`SELECT p->>0 AS a, p->>1 AS b, word_similarity(p->>0, p->>1)::float8 AS s
      FROM jsonb_array_elements(${JSON.stringify(pairs)}::jsonb) AS p`,
  );
  assert.equal(rows.length, pairs.length);
  let nonZero = 0;
  for (const r of rows) {
    assert.equal(wordSimilarity(r.a, r.b), Number(r.s), `word_similarity(${r.a}, ${r.b})`);
    if (Number(r.s) > 0) nonZero++;
  }
  assert.ok(nonZero > 100, 'the sample compares related words, not only unrelated ones');
});

test('Latvian normalisation: diacritics folded, lower case; the stem drops the ending', async () => {
  assert.deepEqual(queryWords('PABALSTS Ģimenei ķēķis'), ['pabalsts', 'gimenei', 'kekis']);
  assert.equal(searchStem('pabalsts'), 'pabals');
  assert.equal(searchStem('suns'), 'sun');
  assert.equal(searchStem('dog'), undefined);
  assert.deepEqual(await codes('Ģimenei'), await codes('gimenei'));
});

test('the endings of one word find the same services: pabalsts, pabalstu, pabalsta, pabalsti', async () => {
  const benefits = (await codes('pabalsts')).filter((c) => c.includes('pabalst'));
  assert.ok(benefits.length >= 5, 'the benefits are found by the nominative');
  for (const q of ['pabalstu', 'pabalsta', 'pabalsti', 'pabalstiem', 'pabalstus']) {
    const found = await codes(q);
    for (const code of benefits) assert.ok(found.includes(code), `${q} finds ${code}`);
  }
});

test('a word cut short finds what the whole word finds (prefix)', async () => {
  const whole = await codes('deklarēšana');
  assert.ok(whole.includes('dzivesvietas-deklaresana'));
  for (const q of ['deklare', 'deklar', 'deklarē'])
    assert.ok((await codes(q)).includes('dzivesvietas-deklaresana'), q);
  assert.ok((await codes('pabal')).includes('majokla-pabalsts'));
});

test('typos are tolerated (fuzzy)', async () => {
  assert.ok((await codes('pabalsys')).includes('majokla-pabalsts'), 'a wrong letter');
  assert.ok((await codes('deklaresna')).includes('dzivesvietas-deklaresana'), 'a letter missing');
  assert.deepEqual(await codes('qqqqzzzz'), []);
});

/** Queries like the benchmark's: catalogue words whole, without diacritics, cut short, with a typo, in pairs. */
function sampleQueries(): string[] {
  const words = vocabulary.filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w));
  const queries = JUDGED_QUERIES.map((j) => j.q);
  for (let i = 0; i < words.length; i += 9) {
    const w = words[i]!;
    const next = words[(i * 7 + 3) % words.length]!;
    queries.push(w, w.slice(0, Math.max(3, w.length - 3)), `${w.slice(0, 2)}${w.slice(3)}`, `${w} ${next}`);
  }
  return queries;
}

/** The reference search (sql-search-reference.ts) of each query, 100 queries to a statement. */
async function referenceHits(queries: string[]) {
  const hits = [];
  for (let i = 0; i < queries.length; i += 100) {
    hits.push(...(await sqlSearchEach(db(), queries.slice(i, i + 100), 200)));
  }
  return hits;
}

test('the index finds what the SQL search found, in the same order, with the same scores', async () => {
  const rows = await selectPublishedSearchText(db());
  const index = new SearchIndex(rows);
  let compared = 0;
  let found = 0;
  const queries = sampleQueries()
    .map((q) => ({ q, words: queryWords(q).join(' ') }))
    .filter(({ words }) => words);
  const reference = await referenceHits(queries.map(({ words }) => words));
  for (const [i, { q, words }] of queries.entries()) {
    const expected = reference[i]!;
    const actual = index.search(words, 200);
    assert.deepEqual(
      actual.map((h) => [h.code, h.matched, h.inTitle]),
      expected.map((h) => [h.code, h.matched, h.inTitle]),
      q,
    );
    for (const [i, h] of actual.entries()) {
      assert.ok(Math.abs(h.score - expected[i]!.score) < 1e-5, `${q}: score of ${h.code}`);
    }
    compared++;
    if (actual.length > 0) found++;
  }
  assert.ok(compared > 300 && found > 200, `${compared} queries compared, ${found} finding something`);
});

test('a query that is any part of a title, cut inside words, gets the title bonus as in SQL', async () => {
  const rows = await selectPublishedSearchText(db());
  const index = new SearchIndex(rows);
  let compared = 0;
  let bonus = 0;
  const parts: string[] = [];
  for (const [i, row] of rows.entries()) {
    // Runs of letters and digits with single spaces: what a normalised query can be.
    const runs = row.title.match(/[a-z0-9]+(?: [a-z0-9]+)*/g) ?? [];
    const run = runs.sort((a, b) => b.length - a.length)[0] ?? '';
    if (run.length < 8) continue;
    const from = (i * 7) % Math.max(1, run.length - 6);
    const part = run.slice(from, from + 4 + ((i * 5) % 14)).trim();
    if (part.length < 3 || part.split(' ').some((w) => w.length < 2)) continue;
    parts.push(part);
  }
  const reference = await referenceHits(parts);
  for (const [p, part] of parts.entries()) {
    const expected = reference[p]!;
    const actual = index.search(part, 200);
    assert.deepEqual(
      actual.map((h) => [h.code, h.matched, h.inTitle]),
      expected.map((h) => [h.code, h.matched, h.inTitle]),
      part,
    );
    for (const [k, h] of actual.entries()) {
      assert.ok(Math.abs(h.score - expected[k]!.score) < 1e-5, `${part}: score of ${h.code}`);
    }
    compared++;
    if (actual.some((h) => rows.find((r) => r.code === h.code)!.title.includes(part))) bonus++;
  }
  assert.ok(compared > 30 && bonus > 20, `${compared} parts of titles compared, ${bonus} found in a title`);
});

test('a publish makes a new service findable on the next search, without a restart', async () => {
  assert.deepEqual(await codes('degunradzis'), []);
  const text = JSON.stringify({ lv: 'Degunradža pakalpojums', en: 'Rhinoceros service' });
  await db().execute(sql`
    WITH s AS (
      INSERT INTO service (code, owner_id, category_code)
      SELECT 'tests-degunradzis', owner_id, category_code FROM service ORDER BY id LIMIT 1
      RETURNING id)
    INSERT INTO service_version (service_id, version, status, name, description, who_may_apply, result,
      processing_time, processing_time_unit, legal_level, apply_channels, receive_channels)
    SELECT s.id, 1, 'draft', ${text}::jsonb, ${text}::jsonb, ${text}::jsonb, ${text}::jsonb,
      5, 'working_days', 'municipal', '["in_person"]'::jsonb, '["in_person"]'::jsonb FROM s`);
  assert.deepEqual(await codes('degunradzis'), [], 'a draft is not found');
  const api = await t.app.inject('/api/services?q=degunradzis');
  assert.equal(api.json().total, 0);
  await db().execute(sql`
    UPDATE service_version SET status = 'published', published_at = now()
    WHERE service_id = (SELECT id FROM service WHERE code = 'tests-degunradzis')`);
  assert.deepEqual(await codes('degunradzis'), ['tests-degunradzis']);
  assert.deepEqual(await codes('degunradža'), ['tests-degunradzis']);
  const again = await t.app.inject('/api/services?q=degunradzis');
  assert.deepEqual(
    again.json().items.map((i: { code: string }) => i.code),
    ['tests-degunradzis'],
    'the API, cached a moment ago, answers with the new service',
  );
  const page = await t.app.inject('/pakalpojumi?q=degunradzis');
  assert.match(page.body, /href="\/pakalpojumi\/tests-degunradzis"/);
});
