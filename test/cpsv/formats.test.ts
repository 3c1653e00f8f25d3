import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Database } from '../../src/db/connection';
import { organisation, service, serviceVersion } from '../../src/db/schema';
import { importCatalogue } from '../../src/modules/catalogue/cpsv/import';
import { MAX_IMPORT_BYTES } from '../../src/modules/catalogue/cpsv/rdf';
import { runPietura } from '../helpers/cli';
import { unpackPgliteTemplate } from '../helpers/db-templates';
import { importTargets } from './databases';

const targets = importTargets();
const emptyDatabase = targets.empty;

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/cpsv/${name}`, import.meta.url), 'utf8');
}

async function versions(database: Database) {
  return database.db.select().from(serviceVersion);
}

async function assertNothingWritten(database: Database) {
  assert.deepEqual(await database.db.select().from(service), []);
  assert.deepEqual(await database.db.select().from(organisation), []);
}

test('Turtle: a subclass of PublicService declared in the file, two costs, a duration in months, a telephone channel, a legal resource without a title', async () => {
  const target = await emptyDatabase();
  const result = await importCatalogue(target.db, fixture('subclass-two-costs.ttl'), undefined, null, {
    fileName: 'subclass-two-costs.ttl',
  });
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(
    result.services.map((s) => [s.code, s.outcome]),
    [['zemes-izraktenu-atlauja', 'published']],
  );
  const [v] = await versions(target);
  assert.equal(v!.status, 'published');
  assert.equal(v!.feeCents, 1250, 'the lowest of the two amounts');
  assert.equal(v!.feeKind, 'from');
  assert.equal(v!.imported!.costs.length, 2, 'every cost is kept');
  assert.deepEqual(
    v!.imported!.costs.map((c) => Number(c.amount)).sort((a, b) => a - b),
    [12.5, 40],
  );
  assert.equal(v!.processingTime, 2);
  assert.equal(v!.processingTimeUnit, 'months');
  assert.deepEqual(v!.applyChannels, ['telephone']);
  assert.equal(v!.legalBasis[0]!.title.lv, 'Zemes dzīļu likums', 'the description stands in for the title');
  const [org] = await target.db.select().from(organisation);
  assert.deepEqual(
    org!.spatial?.map((p) => p.iri),
    ['http://publications.europa.eu/resource/authority/country/EST'],
  );
});

test('RDF/XML: a cost without an amount is not stated, never free; a cost in SEK stays in SEK; a duration in years', async () => {
  const target = await emptyDatabase();
  const result = await importCatalogue(target.db, fixture('costs.rdf'), undefined, null, {
    fileName: 'costs.rdf',
  });
  assert.ok(result.ok, JSON.stringify(result));
  const rows = await versions(target);
  const fishing = rows.find((r) => r.sourceIri?.endsWith('/fishing'))!;
  const parking = rows.find((r) => r.sourceIri?.endsWith('/parking'))!;
  assert.equal(fishing.feeKind, 'not_stated');
  assert.equal(fishing.processingTime, 1);
  assert.equal(fishing.processingTimeUnit, 'years');
  assert.deepEqual(fishing.applyChannels, ['portal'], 'the label "Homepage" is in the channel vocabulary');
  assert.equal(parking.feeCents, 30000);
  assert.equal(parking.feeCurrency, 'SEK');
  assert.equal(parking.feeKind, 'fixed');
  assert.ok(result.warnings.some((w) => w.group === 'cost not stated'));
  assert.ok(result.warnings.some((w) => w.group === 'currency not euro'));
});

test('JSON-LD with an older (2.2.1) context is read from the bundled copy', async () => {
  const target = await emptyDatabase();
  const result = await importCatalogue(target.db, fixture('older-context.jsonld'));
  assert.ok(result.ok, JSON.stringify(result));
  const [v] = await versions(target);
  assert.equal(v!.status, 'published');
  assert.deepEqual(v!.name, { lv: 'Sporta zāles noma', en: '' });
  assert.deepEqual(v!.applyChannels, ['in_person'], 'the label "Face-to-face"');
  assert.equal(v!.legalBasis[0]!.url, 'https://likumi.lv/ta/id/12345');
});

test('a dry run reports without writing anything', async () => {
  const target = await targets.forRefusals();
  const result = await importCatalogue(target.db, fixture('costs.rdf'), undefined, null, { dryRun: true });
  assert.ok(result.ok);
  assert.equal(result.dryRun, true);
  assert.equal(result.counts.services, 2);
  await assertNothingWritten(target);
});

test('a file with no public service imports nothing and says so', async () => {
  const target = await emptyDatabase();
  const result = await importCatalogue(
    target.db,
    '@prefix skos: <http://www.w3.org/2004/02/skos/core#> . <http://x/c> a skos:Concept .',
    undefined,
    null,
    { fileName: 'empty.ttl' },
  );
  assert.ok(result.ok);
  assert.equal(result.counts.services, 0);
  assert.ok(result.warnings.some((w) => w.group === 'no service' && /PublicService/.test(w.message)));
});

const BAD: [string, string, string, RegExp][] = [
  ['not RDF', 'this is a letter, not a catalogue', 'letter.txt', /not valid Turtle/],
  ['a truncated Turtle file', fixture('subclass-two-costs.ttl').slice(0, 900), 'cut.ttl', /not valid Turtle/],
  ['a truncated JSON-LD file', fixture('older-context.jsonld').slice(0, 500), 'cut.jsonld', /not valid JSON/],
  ['a truncated RDF/XML file', fixture('costs.rdf').slice(0, 700), 'cut.rdf', /not valid RDF\/XML/],
  [
    'a context that cannot be resolved offline',
    JSON.stringify({ '@context': 'https://example.org/my-context.jsonld', '@id': 'http://x/a' }),
    'remote.jsonld',
    /example\.org\/my-context\.jsonld.*not bundled/,
  ],
  [
    'a billion-laughs XML',
    `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
<rdf:Description rdf:about="http://x/a"><dct:title>&lol2;</dct:title></rdf:Description></rdf:RDF>`,
    'lolz.rdf',
    /DTD or entities/,
  ],
  ['a file over the size limit', `# ${'x'.repeat(MAX_IMPORT_BYTES)}`, 'big.ttl', /larger than/],
];

for (const [what, text, fileName, message] of BAD) {
  test(`${what} is refused with a clear error and nothing is written`, async () => {
    const target = await targets.forRefusals();
    const result = await importCatalogue(target.db, text, undefined, null, { fileName });
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.problems;
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, message);
    await assertNothingWritten(target);
  });
}

test('pietura import refuses a 50 MB file by its size before reading it, and --dry-run prints the grouped report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pietura-import-'));
  const big = join(dir, 'big.ttl');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
  // On PGlite in a folder of its own (the command runs in this process; test/cli proves the program).
  const store = { PIETURA_DATA_DIR: join(dir, 'data') };
  // This run's migrated template when there is one (the command then has nothing to migrate).
  unpackPgliteTemplate('migrated', store.PIETURA_DATA_DIR);
  const refused = await runPietura(store, ['import', big]);
  assert.notEqual(refused.code, 0);
  assert.match(refused.stderr, /50\.0 MB, more than/);
  const file = new URL('../fixtures/cpsv/costs.rdf', import.meta.url).pathname;
  const dry = await runPietura(store, ['import', '--dry-run', file]);
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /Dry run, nothing written: would import 2 services/);
  assert.match(dry.stdout, /1 × cost not stated/);
  assert.match(dry.stdout, /1 × currency not euro/);
});
