import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { type Database, openDatabase } from '../../src/db/connection';
import { cliStores, runPietura } from '../helpers/cli';
import { signIn } from '../staff/helpers';

const stores = cliStores('setup');
const work = stores.work;
let store: NodeJS.ProcessEnv;
let database: Database;
let app: FastifyInstance;

const ARMS = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120" onload="alert('x')">
<title>Augšdaugavas novada ģerbonis (demonstrācijai)</title>
<path d="M6 6H94V58C94 88 72 106 50 114C28 106 6 88 6 58Z" fill="#1d4f91"/>
<path id="augsdaugava-river" d="M14 60q18 -9 36 0t36 0v9q-18 -9 -36 0t-36 0Z" fill="#ffffff"/>
<script>alert(1)</script></svg>`;

const pietura = (args: string[], input?: string, spawn = false) => runPietura(store, args, { input, spawn });

const SETUP = [
  'setup',
  '--name-lv',
  'Augšdaugavas novada pašvaldība',
  '--name-en',
  'Augšdaugava Municipality',
  '--short-name-lv',
  'Augšdaugavas novads',
  '--short-name-en',
  'Augšdaugava',
  '--address',
  'Rīgas iela 2, Daugavpils, LV-5401',
  '--phone',
  '+371 65476700',
  '--email',
  'dome@augsdaugavasnovads.lv',
  '--website',
  'https://www.augsdaugavasnovads.lv',
  '--prefix',
  'aug',
  '--bank-account',
  'LV80 BANK 0000 4351 9500 1',
  '--primary-colour',
  '#1d4f91',
  '--accent-colour',
  '#f2c230',
];

before(async () => {
  store = await stores.create({ migrated: true });
  writeFileSync(join(work, 'arms.svg'), ARMS);
});

after(async () => {
  await app?.close();
  await database?.close();
  await stores.removeAll();
});

test('setup refuses bad flags and writes nothing', async () => {
  const bad = await pietura([...SETUP.slice(0, -4), '--primary-colour', '#f2c230', '--prefix', 'A-1']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /--prefix: The prefix must be 2–6 capital Latin letters/);
  const contrast = await pietura([...SETUP, '--primary-colour', '#f2c230', '--arms', join(work, 'arms.svg')]);
  assert.notEqual(contrast.code, 0);
  assert.match(contrast.stderr, /White text on the main colour is hard to read/);
  const missing = await pietura(['setup', '--name-lv', 'X']);
  assert.match(missing.stderr, /Setup needs --name-en, --address, --prefix/);
});

test('a fresh installation set up as Augšdaugava shows its own name, arms and contacts everywhere, with no trace of the demo', async () => {
  const run = await pietura(
    [
      ...SETUP,
      '--arms',
      join(work, 'arms.svg'),
      '--admin-email',
      'it@augsdaugava.example',
      '--admin-name',
      'Ieva Admine',
    ],
    'a long secret passphrase\n',
    true,
  );
  assert.equal(run.code, 0, run.stderr);
  assert.match(
    run.stdout,
    /Set up Augšdaugavas novada pašvaldība \(augsdaugavas-novada-pasvaldiba\), registry prefix AUG/,
  );
  const again = await pietura([...SETUP]);
  assert.notEqual(again.code, 0);
  assert.match(again.stderr, /already has a municipality/);

  database = await openDatabase(
    store.DATABASE_URL ? { url: store.DATABASE_URL } : { dataDir: store.PIETURA_DATA_DIR as string },
  );
  app = await buildApp(
    { database, config: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } },
    { logger: false, trustProxy: true },
  );
  await app.ready();

  const pages: [string, RegExp][] = [
    ['/', /Augšdaugavas novada pašvaldība/],
    ['/pakalpojumi', /Augšdaugavas novada pašvaldība/],
    ['/centri', /Augšdaugavas novada pašvaldība/],
    ['/dzives-situacijas', /Augšdaugavas novada pašvaldība/],
    ['/nav-tadas-lapas', /Augšdaugavas novada pašvaldība/],
    ['/en', /Augšdaugava Municipality/],
    ['/en/services', /Augšdaugava Municipality/],
    ['/darbs/ieiet', /Augšdaugavas novada pašvaldība/],
  ];
  for (const [url, name] of pages) {
    const res = await app.inject({ url });
    assert.match(res.body, name, url);
    assert.match(res.body, /src="\/assets\/coat-of-arms.svg"/, `${url}: the arms`);
    assert.doesNotMatch(res.body, /il[uū]kst/i, `${url}: a trace of the Ilūkste demo`);
    if (!url.startsWith('/darbs')) {
      assert.match(res.body, /\+371 65476700/, `${url}: the phone`);
      assert.match(res.body, /dome@augsdaugavasnovads\.lv/, `${url}: the e-mail`);
    }
  }
  const arms = await app.inject({ url: '/assets/coat-of-arms.svg' });
  assert.match(arms.body, /augsdaugava-river/);
  assert.doesNotMatch(arms.body, /script|onload/i);

  const cpsv = await app.inject({ url: '/api/cpsv-ap' });
  assert.equal(cpsv.statusCode, 200);
  assert.match(cpsv.body, /Augšdaugavas novada pašvaldība/);
  assert.match(cpsv.body, /Augšdaugava Municipality/);
  assert.match(cpsv.body, /dome@augsdaugavasnovads\.lv/);
  assert.doesNotMatch(cpsv.body, /il[uū]kst/i);

  // The first administrator signs in and finds the settings as set up.
  const admin = await signIn(app, 'it@augsdaugava.example', 'a long secret passphrase');
  const settings = await app.inject({ url: '/darbs/iestatijumi', headers: { cookie: admin.cookie } });
  assert.match(settings.body, /value="AUG"/);
  assert.match(settings.body, /value="LV80 BANK 0000 4351 9500 1"/);
});
