import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../src/db/connection';
import { canonicalNQuads } from '../../src/modules/catalogue/cpsv/rdf';
import { validateAgainstStandard } from '../cpsv/standard';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/pietura.js');
const FIXTURES = join(ROOT, 'test/fixtures/cpsv');
const serverUrl = process.env.TEST_DATABASE_URL;
const work = mkdtempSync(join(tmpdir(), 'pietura-cli-'));
const databases: string[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh, empty place for a database: a data folder for PGlite, or a new database on the test server. */
async function freshStore(): Promise<NodeJS.ProcessEnv> {
  if (!serverUrl) return { PIETURA_DATA_DIR: mkdtempSync(join(work, 'data-')) };
  const name = `pietura_cli_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  databases.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.toString() };
}

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function pietura(store: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...store, PIETURA_PUBLIC_URL: 'http://localhost:3000' };
  if (!store.DATABASE_URL) delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

function ok(run: Run, what: string) {
  assert.equal(run.code, 0, `${what} failed:\n${run.stderr}`);
}

async function exportedGraph(store: NodeJS.ProcessEnv): Promise<unknown[]> {
  const run = await pietura(store, 'export');
  ok(run, 'export');
  return JSON.parse(run.stdout)['@graph'];
}

after(async () => {
  for (const name of databases) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  rmSync(work, { recursive: true, force: true });
});

test('migrate, seed --demo, export, then import into an empty database and export the same catalogue', async () => {
  const demo = await freshStore();
  const migrated = await pietura(demo, 'migrate');
  ok(migrated, 'migrate');
  assert.match(migrated.stdout, /up to date/);

  const seeded = await pietura(demo, 'seed', '--demo');
  ok(seeded, 'seed --demo');
  assert.match(seeded.stdout, /Loaded the Ilūkste demo data: \d+ services/);

  const again = await pietura(demo, 'seed', '--demo');
  assert.notEqual(again.code, 0, 'the demo data is not loaded twice');
  assert.match(again.stderr, /already holds data/);

  const first = join(work, 'first.jsonld');
  ok(await pietura(demo, 'export', '--output', first), 'export --output');
  const firstDoc = JSON.parse(readFileSync(first, 'utf8'));
  const services = firstDoc['@graph'].filter(
    (n: { '@type': string }) => n['@type'] === 'PublicService',
  ).length;
  assert.ok(services > 10);
  assert.deepEqual(await validateAgainstStandard(firstDoc), []);

  const empty = await freshStore();
  const imported = await pietura(empty, 'import', first);
  ok(imported, 'import');
  assert.match(imported.stdout, new RegExp(`Imported ${services} services \\(0 unchanged\\)`));
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
  const empty = await freshStore();
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

  assert.deepEqual(await exportedGraph(empty), []);
});

test('a data folder in use by another process is refused with a message', { skip: !!serverUrl }, async () => {
  const store = await freshStore();
  const holder = await openDatabase({ dataDir: store.PIETURA_DATA_DIR });
  try {
    const run = await pietura(store, 'export');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /already in use by another Pietura process/);
    assert.doesNotMatch(run.stderr, /at .*\.ts:\d+/, 'no stack trace for an expected failure');
  } finally {
    await holder.close();
  }
});

test('seed without --demo says what to do', async () => {
  const run = await pietura(await freshStore(), 'seed');
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /pietura seed --demo/);
});
