import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { PDF, PNG } from '../cases/http-helpers';
import { type TestApp, testApp } from '../helpers/app';
import { Resident, serviceWithForm } from './helpers';

/** One page with a file field that takes PDF files and PNG images. */
const FORM = {
  pages: [
    {
      id: 'foto',
      title: { lv: 'Fotogrāfija', en: 'Photo' },
      fields: [
        {
          code: 'photo',
          type: 'file',
          label: { lv: 'Fotogrāfija', en: 'Photo' },
          required: true,
          accept: ['pdf', 'png', 'edoc'],
        },
      ],
    },
  ],
};

let t: TestApp;
let code: string;
before(async () => {
  t = await testApp();
  code = await serviceWithForm(t.database.db, FORM);
});
after(() => t.close());

async function atPhoto(base: string, ip: string) {
  const r = new Resident(t.app, ip);
  await r.get(base);
  await r.follow(await r.post(base, {}));
  return r;
}

const storedNames = async (r: Resident) =>
  (
    await query<{ filename: string }>(
      t.database.db,
      sql`SELECT f.filename FROM draft_file f JOIN application_draft d ON d.id = f.draft_id
        WHERE d.token_hash = ${createHash('sha256').update(r.cookies.get('pietura_draft')!).digest('hex')} ORDER BY f.id`,
    )
  ).map((row) => row.filename);

describe('file names on the online journey', () => {
  test('a PNG named .pdf is refused where PNG is allowed, saying so; a name without an extension gets its own', async () => {
    const base = `/pakalpojumi/${code}/pieteikties`;
    const r = await atPhoto(base, '10.5.0.1');
    const page = await r.get(`${base}/foto`);
    assert.match(
      page.body,
      /accept="application\/pdf,image\/png,application\/vnd\.etsi\.asic-e\+zip,\.pdf,\.png,\.edoc,\.asice[^"]*"/,
    );
    let res = await r.upload(`${base}/foto`, {}, [{ field: 'photo', filename: 'fake.pdf', bytes: PNG }]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Faila „fake\.pdf” nosaukums saka PDF, bet tas ir PNG attēls/);
    assert.match(res.body, /href="#photo"/);
    assert.deepEqual(await storedNames(r), []);
    res = await r.upload(`${base}/foto`, {}, [{ field: 'photo', filename: 'skenejums', bytes: PNG }]);
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    assert.deepEqual(await storedNames(r), ['skenejums.png']);
  });

  test('in English too', async () => {
    const base = `/en/services/${code}/apply`;
    const r = await atPhoto(base, '10.5.0.2');
    const res = await r.upload(`${base}/foto`, {}, [{ field: 'photo', filename: 'scan.png', bytes: PDF }]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /The name of the file ‘scan\.png’ says PNG, but it is a PDF document/);
  });
});
