import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildServer } from '../../scripts/build-server';
import { bundlesFromEnv } from '../helpers/bundles';
import { unpackPgliteTemplate } from '../helpers/db-templates';

// `npm start` runs the bundle of src/main.ts with plain Node (ADR 0010): this starts it as `npm start`
// does, on an embedded database, and reads pages that need files found at run time. Under npm test the
// bundle is the one this run built with the same build (test/helpers/bundles.ts), and the database a
// copy of this run's demo template: the bundle still reads the migrations folder on start (drizzle reads
// every migration to compare it with those applied), and the first start of an empty folder, which
// migrates and loads the demo data, is the `npm start` test of test/platform/lock.test.ts.
let server: ChildProcess;
let base: string;
const dataDir = mkdtempSync(join(tmpdir(), 'pietura-bundle-'));

before(async () => {
  const bundle =
    bundlesFromEnv()?.server ??
    (await buildServer('src/main.ts', `.cache/test-bundle-${process.pid}/main.js`));
  unpackPgliteTemplate('demo', dataDir);
  const { DATABASE_URL: _onPostgres, ...env } = process.env;
  server = spawn(process.execPath, ['--enable-source-maps', bundle], {
    env: { ...env, PORT: '0', HOST: '127.0.0.1', PIETURA_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  base = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the bundle did not start:\n${output}`)), 240_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const listening = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        ok(listening[1]!);
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
    server.once('exit', (code) => fail(new Error(`the bundle exited with ${code}:\n${output}`)));
  });
});

after(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((ok) => server.once('exit', ok));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`.cache/test-bundle-${process.pid}`, { recursive: true, force: true });
});

test('the bundled server answers the public pages in Latvian, with the demo data', async () => {
  const res = await fetch(`${base}/pakalpojumi`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<html lang="lv"/);
  assert.match(html, /pakalpojum/i);
});

test('files read at run time are found from the bundle: assets, migrations, CPSV-AP contexts', async () => {
  const css = await fetch(`${base}/assets/pietura.css`);
  assert.equal(css.status, 200);
  assert.ok((await css.text()).length > 10_000, 'the compiled design system is served');
  const exported = await fetch(`${base}/api/cpsv-ap`);
  assert.equal(exported.status, 200);
  const graph = JSON.parse(await exported.text()) as { '@context'?: unknown };
  assert.ok(graph['@context'], 'the export carries its JSON-LD context');
});
