import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { cliStores, runPietura } from '../helpers/cli';

const stores = cliStores('cases-cli');
const pietura = (env: NodeJS.ProcessEnv, ...args: string[]) => runPietura(env, args);
/** The program itself, in a child process (the in-process runs above cost far less). */
const pieturaProcess = (env: NodeJS.ProcessEnv, ...args: string[]) => runPietura(env, args, { spawn: true });

after(() => stores.removeAll());

test('seed --demo with cases, seed --cases N, retention run --dry-run and run', async () => {
  const env = await stores.create({ migrated: true });
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
  const run = await pieturaProcess(env, 'retention', 'run');
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Removed the personal data of \d+ cases/);
  assert.match(run.stdout, /^Removed \d+ online application drafts not saved for 30 days\.$/m);
});
