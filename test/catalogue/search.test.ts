import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { searchSynonym } from '../../src/db/schema';
import { listServices, normaliseQuery, searchCodes } from '../../src/modules/catalogue/service';
import { relatedQueries, sameWord } from '../../src/modules/catalogue/synonyms';
import { collator } from '../../src/platform/i18n';
import { type TestApp, testApp } from '../helpers/app';
import { JUDGED_QUERIES } from './judged-queries';

let t: TestApp;
/** Every published service of the demo data: code and names. */
let catalogue: { code: string; lv: string; en: string; description: string }[];

before(async () => {
  t = await testApp();
  const services = await listServices(t.database.db, { q: undefined }, 'lv');
  catalogue = services.map((s) => ({
    code: s.code,
    lv: s.version.name.lv,
    en: s.version.name.en,
    description: `${s.version.description.lv} ${s.version.description.en}`,
  }));
  assert.ok(catalogue.length > 20, 'the demo catalogue is loaded');
});
after(() => t.close());

const db = () => t.database.db;
const codes = async (q: string) => (await searchCodes(db(), q, 200)).map((h) => h.code);
const named = (pattern: RegExp) =>
  catalogue.filter((s) => pattern.test(s.lv) || pattern.test(s.en)).map((s) => s.code);
const one = (pattern: RegExp) => {
  const found = named(pattern);
  assert.equal(found.length, 1, `exactly one demo service is named ${pattern}`);
  return found[0]!;
};

test('normaliseQuery lowers case, drops diacritics and turns every other character into a space', () => {
  assert.equal(normaliseQuery('Ģimene'), 'gimene');
  assert.equal(normaliseQuery('DZĪVESVIETAS DEKLARĒŠANA'), 'dzivesvietas deklaresana');
  assert.equal(normaliseQuery('ķēķis ļoti ņem žņaudz čūsku'), 'kekis loti nem znaudz cusku');
  assert.equal(normaliseQuery("' OR 1=1 --"), 'or 1 1');
  assert.equal(normaliseQuery('100% _x_ a\\b'), '100 x a b');
  assert.equal(normaliseQuery('<script>alert(1)</script>'), 'script alert 1 script');
  assert.equal(normaliseQuery('İstanbul'), 'istanbul');
  assert.equal(normaliseQuery('\u0000\ud800 '), '');
  assert.ok(normaliseQuery('ā'.repeat(10_000)).length <= 200);
});

test('gimene finds the family services, the same as ģimene', async () => {
  const family = named(/ģimen/i);
  assert.ok(family.length >= 2, 'the demo data has services named after the family');
  const found = await codes('gimene');
  assert.deepEqual(new Set(found.slice(0, family.length)), new Set(family), 'family services come first');
  assert.deepEqual(await codes('ģimene'), found);
  assert.deepEqual(await codes('ĢIMENE'), found);
});

test('deklaresana puts the declaration of residence first, with or without diacritics and with a typo', async () => {
  const declaration = one(/^Dzīvesvietas deklarēšana$/);
  for (const q of ['deklaresana', 'deklarēšana', 'Deklarēšana', 'deklareshana', 'dzīvesvietas deklarēšana']) {
    assert.equal((await codes(q))[0], declaration, q);
  }
});

test('English words find the English names', async () => {
  const residence = named(/residence/i);
  assert.ok(residence.length >= 2);
  assert.deepEqual(new Set((await codes('residence')).slice(0, residence.length)), new Set(residence));
  const dog = one(/\bdog\b/i);
  assert.deepEqual(
    await codes('dog'),
    [dog],
    'a short word matches only itself, not every word starting with "do"',
  );
  assert.equal((await codes('building permit'))[0], one(/^Building permit$/));
});

test('Latvian endings: the nominative finds the genitive', async () => {
  const dog = one(/\bdog\b/i);
  // Plural nominatives: too few trigrams in common with suņa, koku; the stem (suņ-, kok-) finds them.
  assert.equal((await codes('suns'))[0], dog);
  assert.equal((await codes('suņi'))[0], dog);
  assert.equal((await codes('koki'))[0], one(/^Koku ciršanas atļauja/));
  assert.equal((await codes('laulība'))[0], one(/^Laulības reģistrācija$/));
});

test('one or two typos are tolerated', async () => {
  const permit = one(/^Būvatļauja$/);
  assert.equal((await codes('buvatluja'))[0], permit, 'a letter missing');
  assert.equal((await codes('bvatlauja'))[0], permit, 'the second letter missing');
  assert.equal((await codes('buvatlaujа'))[0], permit, 'a look-alike Cyrillic letter');
  const registrations = named(/registration|registering/i);
  assert.ok(registrations.length >= 3);
  const found = await codes('registation');
  assert.deepEqual(new Set(found.slice(0, registrations.length)), new Set(registrations));
});

test('every word of a multi-word query counts', async () => {
  const allowance = one(/^Pašvaldības pabalsts bērna piedzimšanas gadījumā$/);
  assert.equal((await codes('bērna piedzimšana pabalsts'))[0], allowance);
  assert.equal((await codes('berna piedzimsana pabalsts'))[0], allowance);
  // "pabalsts" alone matches every benefit; the other two words pick the birth allowance out of them.
  const benefits = await codes('pabalsts');
  assert.ok(benefits.length > 3);
  assert.notEqual(benefits[0], allowance);
});

test('a word in one title ranks over the same word in another service’s description', async () => {
  // Find such pairs in the demo data rather than trusting one remembered example.
  const pairs: { word: string; inTitle: string; inBody: string }[] = [];
  for (const titled of catalogue) {
    for (const word of new Set(normaliseQuery(titled.lv).split(' '))) {
      if (word.length < 6) continue;
      const other = catalogue.find(
        (s) =>
          !normaliseQuery(`${s.lv} ${s.en}`).includes(word.slice(0, -2)) &&
          normaliseQuery(s.description).includes(word),
      );
      if (other) pairs.push({ word, inTitle: titled.code, inBody: other.code });
    }
  }
  assert.ok(pairs.length >= 5, 'the demo data has words in one title and another description');
  for (const { word, inTitle, inBody } of pairs) {
    const found = await codes(word);
    assert.ok(found.includes(inTitle) && found.includes(inBody), `${word} finds both`);
    assert.ok(
      found.indexOf(inTitle) < found.indexOf(inBody),
      `${word}: ${inTitle} (title) before ${inBody} (body)`,
    );
  }
  // The same with a letter missing, so that the title no longer holds the query word verbatim.
  let typos = 0;
  for (const { word, inTitle, inBody } of pairs.filter((p) => p.word.length >= 8)) {
    const typo = word.slice(0, 3) + word.slice(4);
    const found = await codes(typo);
    assert.ok(found.includes(inTitle), `${typo} finds ${inTitle}`);
    if (!found.includes(inBody)) continue;
    typos++;
    assert.ok(found.indexOf(inTitle) < found.indexOf(inBody), `${typo}: ${inTitle} before ${inBody}`);
  }
  assert.ok(typos >= 3, 'several typos find both');
});

test('without a query the catalogue is sorted by name in Latvian collation', async () => {
  const names = catalogue.map((s) => s.lv);
  assert.deepEqual(names, [...names].sort(collator.compare));
  // The order differs from a plain code-point sort (Ā, Č, Š, Ž…), so the check above means something.
  assert.notDeepEqual(names, [...names].sort());
  const first = (letter: string) => names.findIndex((n) => n.startsWith(letter));
  const last = (letter: string) => names.findLastIndex((n) => n.startsWith(letter));
  for (const [plain, accented] of [
    ['A', 'Ā'],
    ['S', 'Š'],
    ['Z', 'Ž'],
    ['C', 'Č'],
  ] as const) {
    if (first(plain) === -1 || first(accented) === -1) continue;
    assert.ok(last(plain) < first(accented), `${plain}… before ${accented}…`);
  }
});

test('queries of no word, only punctuation or SQL and LIKE metacharacters find nothing or ordinary results', async () => {
  for (const q of ['', '   ', '%', '_', '\\', "'", '%%%', '%_%', "'; --", '<>', '</>', '&&||']) {
    assert.deepEqual(await codes(q), [], JSON.stringify(q));
  }
  // A lone letter means nothing ("a" is in every English title); a number does.
  assert.deepEqual(await codes('a'), []);
  assert.deepEqual(await codes('a b c'), []);
  assert.equal((await codes('1'))[0], one(/1\. klas/));
  // Metacharacters separate words like spaces do: what is left is searched as ordinary words.
  assert.deepEqual(await codes("' OR 1=1 --"), await codes('or 1 1'));
  assert.deepEqual(await codes('"; DROP TABLE service; --'), await codes('drop table service'));
  const ordinary = await codes('pabalsts');
  assert.deepEqual(await codes("pabalsts' OR 1=1 --"), await codes('pabalsts or 1 1'));
  assert.deepEqual(await codes('pabal%'), await codes('pabal'));
  assert.ok(ordinary.length < catalogue.length, 'a word does not match everything');
  const long = await codes('pabalsts '.repeat(1_200));
  assert.deepEqual(long, ordinary);
});

test('the HTML catalogue and the API answer metacharacter and huge queries without error or injection', async () => {
  const payloads = [
    "<script>alert('pietura')</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    '%_\\%',
    '\u0000',
    'ģimene'.repeat(1_700).slice(0, 10_000),
  ];
  for (const q of payloads) {
    for (const path of ['/pakalpojumi', '/en/services', '/api/services']) {
      const res = await t.app.inject({ method: 'GET', url: path, query: { q } });
      assert.equal(res.statusCode, 200, `${path} ${q.slice(0, 30)}`);
      assert.ok(!res.body.includes("<script>alert('pietura')"), `${path}: no raw script`);
      assert.ok(!res.body.includes('<img src=x'), `${path}: no raw img`);
    }
  }
});

test('drafts and withdrawn services are not found', async () => {
  const add = async (code: string, word: string, status: string, withdrawn: boolean) => {
    const text = JSON.stringify({ lv: `${word} pakalpojums`, en: `${word} service` });
    await db().execute(sql`
      WITH s AS (
        INSERT INTO service (code, owner_id, category_code, withdrawn_at)
        SELECT ${code}, owner_id, category_code, ${withdrawn ? sql`now()` : sql`NULL`} FROM service ORDER BY id LIMIT 1
        RETURNING id)
      INSERT INTO service_version (service_id, version, status, name, description, who_may_apply, result,
        processing_time, processing_time_unit, legal_level, apply_channels, receive_channels)
      SELECT s.id, 1, ${status}, ${text}::jsonb, ${text}::jsonb, ${text}::jsonb, ${text}::jsonb,
        5, 'working_days', 'municipal', '["in_person"]'::jsonb, '["in_person"]'::jsonb FROM s`);
  };
  await add('tests-projekts', 'Zilonis', 'draft', false);
  await add('tests-atsaukts', 'Žirafe', 'published', true);
  await add('tests-publicets', 'Degunradzis', 'published', false);
  assert.deepEqual(await codes('degunradzis'), ['tests-publicets'], 'the control case is found');
  assert.deepEqual(await codes('zilonis'), []);
  assert.deepEqual(await codes('zirafe'), []);
  const api = await t.app.inject('/api/services?q=zilonis%20zirafe');
  assert.equal(api.json().total, 0);
});

test('a word added to a standard later is found too', async () => {
  const code = one(/^Būvatļauja$/);
  assert.deepEqual(await codes('nilzirgs'), []);
  await db().execute(sql`
    UPDATE service_version SET keywords = '{"lv": "nīlzirgs", "en": "hippopotamus"}'::jsonb
    WHERE status = 'published' AND service_id = (SELECT id FROM service WHERE code = ${code})`);
  assert.deepEqual(await codes('nīlzirgs'), [code]);
  assert.deepEqual(await codes('hippopotamus'), [code]);
});

test('the judged query set (docs/search.md): first results right, every relevant service found, little noise', async () => {
  let noise = 0;
  for (const j of JUDGED_QUERIES) {
    const found = await codes(j.q);
    assert.deepEqual(
      new Set(found.slice(0, j.first.length)),
      new Set(j.first),
      `${j.q}: first ${found.join(' ')}`,
    );
    const relevant = new Set([...j.first, ...(j.relevant ?? [])]);
    for (const code of relevant) assert.ok(found.includes(code), `${j.q} finds ${code}`);
    for (const code of j.absent ?? []) assert.ok(!found.includes(code), `${j.q} does not find ${code}`);
    if (j.max !== undefined) assert.ok(found.length <= j.max, `${j.q}: ${found.length} results`);
    noise += found.filter((c) => !relevant.has(c)).length;
  }
  // Measured when the set was judged (docs/search.md); a change may lower it, never raise it.
  assert.ok(noise <= 80, `results beyond the judged ones: ${noise}`);
});

test('related terms: a term matches in another ending, its phrases are searched with the other words', () => {
  assert.ok(sameWord('pabalsti', 'pabalsts'));
  assert.ok(sameWord('socialie', 'socialais'));
  assert.ok(sameWord('pasi', 'pase'));
  assert.ok(!sameWord('pasts', 'pase'), 'a short word only in an ending of its own length');
  assert.ok(!sameWord('pabalsts', 'atbalsts'));
  const synonyms = [
    { term: 'Sociālais pabalsts', related: 'garantētais minimālais ienākums; mājokļa pabalsts' },
  ];
  assert.deepEqual(relatedQueries(['socialie', 'pabalsti', 'gimenei'], synonyms, normaliseQuery), [
    ['garantetais', 'minimalais', 'ienakums', 'gimenei'],
    ['majokla', 'pabalsts', 'gimenei'],
  ]);
  assert.deepEqual(
    relatedQueries(['pabalsts'], synonyms, normaliseQuery),
    [],
    'the whole term must be there',
  );
});

test('editors maintain the related terms: a new row changes the search at once, pages included', async () => {
  const permit = one(/^Būvatļauja$/);
  assert.deepEqual(await codes('mājas celšana'), await codes('majas celsana'));
  const before = await t.app.inject('/pakalpojumi?q=m%C4%81jas%20cel%C5%A1ana');
  assert.doesNotMatch(before.body, new RegExp(`href="/pakalpojumi/${permit}"`));
  await db().insert(searchSynonym).values({ term: 'mājas celšana', related: 'būvatļauja' });
  assert.equal((await codes('mājas celšana'))[0], permit);
  const after = await t.app.inject('/pakalpojumi?q=m%C4%81jas%20cel%C5%A1ana');
  assert.match(
    after.body,
    new RegExp(`href="/pakalpojumi/${permit}"`),
    'the cached page is not served stale',
  );
  await db().delete(searchSynonym).where(eq(searchSynonym.term, 'mājas celšana'));
});
