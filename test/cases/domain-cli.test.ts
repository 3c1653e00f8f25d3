import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/pietura.js');
const serverUrl = process.env.TEST_DATABASE_URL;
const work = mkdtempSync(join(tmpdir(), 'pietura-cases-cli-'));
let dbName: string | undefined;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function store(): Promise<NodeJS.ProcessEnv> {
  if (!serverUrl) return { PIETURA_DATA_DIR: join(work, 'data') };
  dbName = `pietura_cases_cli_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  return { DATABASE_URL: url.toString() };
}

function pietura(env: NodeJS.ProcessEnv, ...args: string[]) {
  const all: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!env.DATABASE_URL) delete all.DATABASE_URL;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: all }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

after(async () => {
  rmSync(work, { recursive: true, force: true });
  if (dbName) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});

test('seed --demo with cases, seed --cases N, retention run --dry-run and run', async () => {
  const env = await store();
  const demo = await pietura(env, 'seed', '--demo');
  assert.equal(demo.code, 0, demo.stderr);
  assert.match(demo.stdout, /, \d{2} cases\./);
  const volume = await pietura(env, 'seed', '--cases', '300');
  assert.equal(volume.code, 0, volume.stderr);
  assert.match(volume.stdout, /Added 300 synthetic cases/);
  const bad = await pietura(env, 'seed', '--cases', 'many');
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /--cases needs a whole number/);
  const dry = await pietura(env, 'retention', 'run', '--dry-run');
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /^Would remove the personal data of \d+ cases/);
  const run = await pietura(env, 'retention', 'run');
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Removed the personal data of \d+ cases/);
  assert.match(run.stdout, /^Removed \d+ online application drafts not saved for 30 days\.$/m);
});
