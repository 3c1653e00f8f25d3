import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../../src/db/connection';
import { canonicalNQuads } from '../../src/modules/catalogue/cpsv/rdf';
import { validateAgainstStandard } from '../cpsv/standard';
import { cliStores, ROOT, type CliRun as Run, runPietura, serverUrl } from '../helpers/cli';

const FIXTURES = join(ROOT, 'test/fixtures/cpsv');
const stores = cliStores('cli');
const work = stores.work;
/** A fresh place for a database (a data folder for PGlite, or a new database on the test server): empty, or migrated. */
const freshStore = (opts: { migrated?: boolean } = {}) => stores.create(opts);
const pietura = (store: NodeJS.ProcessEnv, ...args: string[]) =>
  runPietura(store, args, { env: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } });
/** The program itself, in a child process (the in-process runs cost far less). */
const pieturaProcess = (store: NodeJS.ProcessEnv, ...args: string[]) =>
  runPietura(store, args, { env: { PIETURA_PUBLIC_URL: 'http://localhost:3000' }, spawn: true });
/** `npx pietura`, as the README tells an operator: package.json's bin, bin/pietura.js, the sources through tsx. */
const npxPietura = (store: NodeJS.ProcessEnv, ...args: string[]) =>
  runPietura(store, args, { env: { PIETURA_PUBLIC_URL: 'http://localhost:3000' }, spawn: 'npx' });

function ok(run: Run, what: string) {
  assert.equal(run.code, 0, `${what} failed:\n${run.stderr}`);
}

async function exportedGraph(store: NodeJS.ProcessEnv): Promise<unknown[]> {
  const run = await pietura(store, 'export');
  ok(run, 'export');
  return JSON.parse(run.stdout)['@graph'];
}

after(() => stores.removeAll());

test('migrate, seed --demo, export, then import into an empty database and export the same catalogue', async () => {
  const demo = await freshStore();
  const migrated = await npxPietura(demo, 'migrate');
  ok(migrated, 'migrate');
  assert.match(migrated.stdout, /up to date/);

  const seeded = await pieturaProcess(demo, 'seed', '--demo');
  ok(seeded, 'seed --demo');
  assert.match(seeded.stdout, /Loaded the Ilūkste demo data: \d+ services/);

  const again = await pietura(demo, 'seed', '--demo');
  assert.notEqual(again.code, 0, 'the demo data is not loaded twice');
  assert.match(again.stderr, /already holds data/);

  const first = join(work, 'first.jsonld');
  ok(await pieturaProcess(demo, 'export', '--output', first), 'export --output');
  const firstDoc = JSON.parse(readFileSync(first, 'utf8'));
  const services = firstDoc['@graph'].filter(
    (n: { '@type': string }) => n['@type'] === 'PublicService',
  ).length;
  assert.ok(services > 10);
  assert.deepEqual(await validateAgainstStandard(firstDoc), []);

  const empty = await freshStore({ migrated: true });
  const imported = await pieturaProcess(empty, 'import', first);
  ok(imported, 'import');
  assert.match(
    imported.stdout,
    new RegExp(
      `Imported ${services} services from .*: ${services} published, 0 as drafts with a to-do list, 0 unchanged`,
    ),
  );
  assert.match(
    imported.stderr,
    /Writing \d+\/\d+/,
    'progress is written as plain lines when not on a terminal',
  );

  const second = join(work, 'second.jsonld');
  ok(await pietura(empty, 'export', '-o', second), 'second export');
  const secondDoc = JSON.parse(readFileSync(second, 'utf8'));
  assert.equal(await canonicalNQuads(secondDoc), await canonicalNQuads(firstDoc));
});

test('a malformed file and a SHACL-invalid file are refused, with the problems on stderr, and nothing is written', async () => {
  const empty = await freshStore({ migrated: true });
  ok(await pietura(empty, 'migrate'), 'migrate');

  const malformed = await pietura(empty, 'import', join(FIXTURES, 'malformed.json'));
  assert.notEqual(malformed.code, 0);
  assert.match(malformed.stderr, /not valid JSON/);
  assert.match(malformed.stderr, /1 problem in .*malformed\.json; nothing was imported/);
  assert.equal(malformed.stdout, '');

  const invalid = await pietura(empty, 'import', join(FIXTURES, 'invalid.jsonld'));
  assert.notEqual(invalid.code, 0);
  const service = '<https://pasvaldiba.example.lv/id/service/bez-nosaukuma>';
  const lines = invalid.stderr.split('\n');
  assert.ok(
    lines.some((l) => l.startsWith(`${service} dct:title:`)),
    invalid.stderr,
  );
  assert.ok(
    lines.some((l) => l.startsWith(`${service} cv:processingTime:`)),
    invalid.stderr,
  );
  assert.ok(
    lines.some((l) => l.startsWith(`${service.slice(0, -1)}/evidence/1> dct:identifier:`)),
    invalid.stderr,
  );
  assert.match(invalid.stderr, /3 problems in .*invalid\.jsonld; nothing was imported/);

  const missing = await pietura(empty, 'import', join(FIXTURES, 'no-such-file.jsonld'));
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /Cannot read/);

  // Saved on a Latvian Windows desktop: "ļ" is one byte (0xEF), not UTF-8.
  const baltic = join(work, 'baltic.ttl');
  const turtle = readFileSync(join(FIXTURES, 'subclass-two-costs.ttl'), 'utf8');
  const oneByte = [...turtle.replaceAll('ļ', '\xef')].map((c) => (c.charCodeAt(0) > 0xff ? 'a' : c)).join('');
  writeFileSync(baltic, Buffer.from(oneByte, 'latin1'));
  const unsaid = await pietura(empty, 'import', baltic);
  assert.notEqual(unsaid.code, 0);
  assert.match(unsaid.stderr, /not valid UTF-8.*--charset/);
  // Through `npx pietura` (bin/pietura.js: the sources with tsx's register()), whose import checks the file on
  // a worker thread that must register tsx itself (ADR 0020); the first test's spawned import runs the bundles.
  const said = await npxPietura(empty, 'import', '--dry-run', '--charset', 'windows-1257', baltic);
  ok(said, 'import --charset windows-1257 --dry-run');
  assert.match(said.stdout, /Dry run, nothing written: would import 1 service/);

  assert.deepEqual(await exportedGraph(empty), []);
});

test('a data folder in use by another process is refused with a message', { skip: !!serverUrl }, async () => {
  const store = await freshStore();
  const holder = await openDatabase({ dataDir: store.PIETURA_DATA_DIR });
  try {
    const run = await pieturaProcess(store, 'export');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /already in use by another Pietura process/);
    assert.doesNotMatch(run.stderr, /at .*\.(ts|js|mjs):\d+/, 'no stack trace for an expected failure');
  } finally {
    await holder.close();
  }
});

test('seed without --demo says what to do', async () => {
  const run = await pietura(await freshStore(), 'seed');
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /pietura seed --demo/);
});
