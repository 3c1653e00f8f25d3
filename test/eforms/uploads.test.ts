import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { multipartBody, PDF } from '../cases/http-helpers';
import { type TestApp, testApp } from '../helpers/app';
import { Resident, serviceWithForm, TEST_FORM } from './helpers';

/** A minimal ASiC-E container (.edoc): a ZIP whose first entry, stored, is its media type. */
function edoc(): Buffer {
  const name = Buffer.from('mimetype');
  const body = Buffer.from('application/vnd.etsi.asic-e+zip');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(10, 4);
  header.writeUInt32LE(body.length, 18);
  header.writeUInt32LE(body.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, body, Buffer.from('PK\u0005\u0006'), Buffer.alloc(18)]);
}
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000a49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
);
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('PE\u0000\u0000'),
  Buffer.alloc(200),
]);
const bigPdf = (bytes: number) => Buffer.concat([PDF, Buffer.alloc(bytes - PDF.length, 32)]);

let t: TestApp;
let base: string;
before(async () => {
  t = await testApp();
  base = `/pakalpojumi/${await serviceWithForm(t.database.db, { ...TEST_FORM, maxTotalBytes: 20_000 })}/pieteikties`;
});
after(() => t.close());

async function atFiles(ip: string) {
  const r = new Resident(t.app, ip);
  await r.get(base);
  await r.follow(await r.post(base, {}));
  await r.post(`${base}/pamatinfo`, { reason: 'a', has_children: 'no' });
  await r.get(`${base}/dokumenti`);
  return r;
}

/** The files of this resident's draft. */
const stored = (r: Resident) =>
  query<{ id: number; filename: string; mediaType: string; sha256: string; bytes: Buffer }>(
    t.database.db,
    sql`SELECT f.id, f.filename, f.media_type AS "mediaType", f.sha256, f.bytes FROM draft_file f
        JOIN application_draft d ON d.id = f.draft_id
        WHERE d.token_hash = ${createHash('sha256').update(r.cookies.get('pietura_draft')!).digest('hex')} ORDER BY f.id`,
  );

describe('resident uploads', () => {
  test('only the journey pages that opted in read a multipart body; every other public route refuses it', async () => {
    const r = await atFiles('10.7.0.1');
    for (const url of [base, '/statuss', '/pakalpojumi', `${base}/pieteicejs`, `${base}/parbaude`]) {
      const body = await multipartBody(undefined, { _csrf: r.csrf, reason: 'x' });
      const res = await t.app.inject({
        method: 'POST',
        url,
        ...body,
        headers: { ...body.headers, cookie: r.cookie },
      });
      assert.equal(res.statusCode, 403, url);
    }
    const ok = await r.upload(`${base}/dokumenti`, {}, [{ field: 'proof', filename: 'a.pdf', bytes: PDF }]);
    assert.equal(ok.statusCode, 303);
  });

  test('a body larger than an application may be is refused before it is read', async () => {
    const r = await atFiles('10.7.0.2');
    const res = await r.upload(`${base}/dokumenti`, {}, [
      { field: 'proof', filename: 'big.pdf', bytes: bigPdf(27 * 1024 * 1024) },
    ]);
    assert.equal(res.statusCode, 413);
    assert.match(res.body, /Vienā reizē var nosūtīt ne vairāk kā 26 MB/);
    assert.match(res.body, new RegExp(`href="${base}/dokumenti">Atgriezties lapā</a>`));
  });

  test('a disguised file is refused with a clear message; an .edoc container is kept whole; files can be removed', async () => {
    const r = await atFiles('10.7.0.3');
    let res = await r.upload(`${base}/dokumenti`, {}, [
      { field: 'proof', filename: 'izzina.pdf', bytes: PNG, type: 'application/pdf' },
    ]);
    assert.equal(res.statusCode, 400);
    assert.match(
      res.body,
      /Failu „izzina\.pdf” nevar pievienot: tā saturs nav atļauta veida \(atļauti: PDF, EDOC \/ ASICE\)/,
    );
    assert.match(res.body, /href="#proof"/);
    res = await r.upload(`${base}/dokumenti`, {}, [
      { field: 'proof', filename: 'programma.pdf', bytes: EXE },
    ]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /programma\.pdf/);
    assert.equal((await stored(r)).length, 0);
    const container = edoc();
    res = await r.upload(`${base}/dokumenti`, {}, [
      { field: 'proof', filename: 'parakstits.edoc', bytes: container },
    ]);
    assert.equal(res.statusCode, 303);
    const [file] = await stored(r);
    assert.equal(file!.mediaType, 'application/vnd.etsi.asic-e+zip');
    assert.ok(Buffer.from(file!.bytes).equals(container), 'kept whole');
    assert.equal(file!.sha256, createHash('sha256').update(container).digest('hex'));
    // The list shows it with a remove button (a form of its own: Enter in the page submits Continue).
    const page = await r.get(`${base}/dokumenti`);
    assert.match(page.body, /parakstits\.edoc/);
    assert.match(page.body, /form="remove-dokumenti" name="remove"/);
    res = await r.post(`${base}/dokumenti`, { remove: String(file!.id) });
    assert.equal(res.statusCode, 303);
    assert.equal((await stored(r)).length, 0);
    // Someone else's file id removes nothing of theirs.
    res = await r.post(`${base}/dokumenti`, { remove: '999999' });
    assert.equal(res.statusCode, 303);
  });

  test('limits: files per field, bytes per file and per application', async () => {
    const r = await atFiles('10.7.0.4');
    let res = await r.upload(`${base}/dokumenti`, {}, [
      { field: 'proof', filename: '1.pdf', bytes: PDF },
      { field: 'proof', filename: '2.pdf', bytes: PDF },
      { field: 'proof', filename: '3.pdf', bytes: PDF },
    ]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /var pievienot ne vairāk kā 2 failus/);
    const before = (await stored(r)).length;
    res = await r.upload(`${base}/dokumenti`, {}, [
      { field: 'proof', filename: 'liels.pdf', bytes: bigPdf(10 * 1024 * 1024 + 10) },
    ]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Fails „liels\.pdf” ir lielāks par 10 MB/);
    assert.equal((await stored(r)).length, before);
    const other = await atFiles('10.7.0.5');
    res = await other.upload(`${base}/dokumenti`, {}, [
      { field: 'proof', filename: 'videjs.pdf', bytes: bigPdf(25_000) },
    ]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /kopējais lielums pārsniegtu atļauto/);
    res = await other.upload(`${base}/dokumenti`, {}, [
      { field: 'proof', filename: 'tukss.pdf', bytes: Buffer.alloc(0) },
    ]);
    assert.ok(res.statusCode === 400);
  });
});
