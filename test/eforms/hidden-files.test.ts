import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { PDF } from '../cases/http-helpers';
import { type TestApp, testApp } from '../helpers/app';
import { APPLICANT, Resident, serviceWithForm } from './helpers';

/** A file question asked only for one answer of the first page. */
const FORM = {
  pages: [
    {
      id: 'pamatinfo',
      title: { lv: 'Pamatinformācija', en: 'Basic information' },
      fields: [
        {
          code: 'has_certificate',
          type: 'yesno',
          label: { lv: 'Vai jums ir izziņa?', en: 'Do you have a certificate?' },
          required: true,
        },
      ],
    },
    {
      id: 'izzina',
      title: { lv: 'Izziņa', en: 'Certificate' },
      fields: [
        {
          code: 'certificate',
          type: 'file',
          label: { lv: 'Izziņa', en: 'Certificate' },
          required: true,
          accept: ['pdf'],
          maxFiles: 3,
          showWhen: { field: 'has_certificate', values: ['yes'] },
        },
      ],
    },
    {
      id: 'piezimes',
      title: { lv: 'Piezīmes', en: 'Notes' },
      fields: [
        { code: 'note', type: 'text', label: { lv: 'Piezīme', en: 'Note' }, required: true },
        {
          code: 'more',
          type: 'yesno',
          label: { lv: 'Vai pievienosiet vēl?', en: 'Anything more?' },
          required: false,
        },
        {
          code: 'more_files',
          type: 'file',
          label: { lv: 'Papildu dokumenti', en: 'More documents' },
          required: false,
          accept: ['pdf'],
          showWhen: { field: 'more', values: ['yes'] },
        },
      ],
    },
  ],
};

let t: TestApp;
let base: string;
before(async () => {
  t = await testApp();
  base = `/pakalpojumi/${await serviceWithForm(t.database.db, FORM)}/pieteikties`;
});
after(() => t.close());

const draftFiles = (r: Resident) =>
  query<{ fieldCode: string; filename: string }>(
    t.database.db,
    sql`SELECT f.field_code AS "fieldCode", f.filename FROM draft_file f
        JOIN application_draft d ON d.id = f.draft_id
        WHERE d.token_hash = ${createHash('sha256').update(r.cookies.get('pietura_draft')!).digest('hex')} ORDER BY f.id`,
  );

describe('a file question that no longer applies', () => {
  test('an answer that hides it drops its files, in the draft too; asked again, it starts empty', async () => {
    const r = new Resident(t.app, '10.8.0.1');
    await r.get(base);
    await r.follow(await r.post(base, {}));
    await r.follow(await r.post(`${base}/pamatinfo`, { has_certificate: 'yes' }));
    const sent = await r.upload(`${base}/izzina`, {}, [
      { field: 'certificate', filename: 'izzina-1.pdf', bytes: PDF },
      { field: 'certificate', filename: 'izzina-2.pdf', bytes: PDF },
    ]);
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
    assert.deepEqual(
      (await draftFiles(r)).map((f) => f.filename),
      ['izzina-1.pdf', 'izzina-2.pdf'],
    );

    // Back to the first page: no certificate after all. The next step is the notes, and the files are gone.
    const changed = await r.post(`${base}/pamatinfo`, { has_certificate: 'no' });
    assert.equal(changed.statusCode, 303);
    assert.match(String(changed.headers.location), /\/piezimes$/);
    assert.deepEqual(await draftFiles(r), []);
    await r.follow(await r.post(`${base}/piezimes`, { note: 'bez izziņas' }));

    // Yes again: the question is asked anew, with nothing attached.
    await r.follow(await r.post(`${base}/pamatinfo`, { has_certificate: 'yes' }));
    const page = await r.get(`${base}/izzina`);
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /izzina-1\.pdf/);
    const empty = await r.upload(`${base}/izzina`, {}, []);
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /govuk-error-summary/);
  });

  test('on its own page: answering “no” beside it drops what was attached for “yes”', async () => {
    const r = new Resident(t.app, '10.8.0.3');
    await r.get(base);
    await r.follow(await r.post(base, {}));
    await r.follow(await r.post(`${base}/pamatinfo`, { has_certificate: 'no' }));
    const withFile = await r.upload(`${base}/piezimes`, { note: 'x', more: 'yes' }, [
      { field: 'more_files', filename: 'pielikums.pdf', bytes: PDF },
    ]);
    assert.equal(withFile.statusCode, 303, withFile.body.slice(0, 300));
    assert.deepEqual(
      (await draftFiles(r)).map((f) => f.fieldCode),
      ['more_files'],
    );
    assert.equal((await r.upload(`${base}/piezimes`, { note: 'x', more: 'no' }, [])).statusCode, 303);
    assert.deepEqual(await draftFiles(r), []);
  });

  test('a late answer to a sent application goes to its confirmation and writes nothing', async () => {
    const r = new Resident(t.app, '10.8.0.4');
    await r.get(base);
    await r.follow(await r.post(base, {}));
    await r.follow(await r.post(`${base}/pamatinfo`, { has_certificate: 'yes' }));
    await r.follow(
      await r.upload(`${base}/izzina`, {}, [{ field: 'certificate', filename: 'a.pdf', bytes: PDF }]),
    );
    const notes = await r.post(`${base}/piezimes`, { note: 'x', more: 'no' });
    assert.equal(notes.statusCode, 303, notes.body.match(/govuk-error-summary__list.*?<\/ul>/s)?.[0]);
    await r.follow(notes);
    await r.follow(await r.post(`${base}/kam`, { applyingFor: 'self' }));
    await r.follow(await r.post(`${base}/pieteicejs`, APPLICANT));
    await r.follow(await r.post(`${base}/sanemsana`, { delivery: 'email' }));
    const sending = await r.post(`${base}/parbaude`, { declaration: 'yes' });
    assert.equal(sending.statusCode, 303, sending.body.match(/govuk-error-summary__list.*?<\/ul>/s)?.[0]);
    const sent = await r.follow(sending);
    assert.match(sent.body, /Iesniegums iesniegts/);
    const draftRow = () =>
      query<{ answers: Record<string, unknown>; files: number }>(
        t.database.db,
        sql`SELECT d.answers, (SELECT count(*)::int FROM draft_file f WHERE f.draft_id = d.id) AS files
            FROM application_draft d WHERE d.submitted_number IS NOT NULL
              AND d.token_hash = ${createHash('sha256').update(r.cookies.get('pietura_draft')!).digest('hex')}`,
      );
    const before = await draftRow();
    assert.equal(before.length, 1, 'the draft is marked sent');
    const late = await r.post(`${base}/pamatinfo`, { has_certificate: 'no' });
    assert.equal(late.statusCode, 303);
    assert.match(String(late.headers.location), /\/iesniegts$/);
    assert.deepEqual(await draftRow(), before);
  });

  test('a change that keeps the question shown keeps its files', async () => {
    const r = new Resident(t.app, '10.8.0.2');
    await r.get(base);
    await r.follow(await r.post(base, {}));
    await r.follow(await r.post(`${base}/pamatinfo`, { has_certificate: 'yes' }));
    await r.upload(`${base}/izzina`, {}, [{ field: 'certificate', filename: 'paliek.pdf', bytes: PDF }]);
    assert.equal((await r.post(`${base}/pamatinfo`, { has_certificate: 'yes' })).statusCode, 303);
    assert.deepEqual(
      (await draftFiles(r)).map((f) => f.filename),
      ['paliek.pdf'],
    );
  });
});
