import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { act, registerApplication } from '../../src/modules/cases/service';
import { systemActor } from '../../src/platform/auth/actor';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, FORM, formBody, signIn } from '../staff/helpers';
import { multipartBody, PDF, PNG, socialService } from './http-helpers';

let t: TestApp;
let specialist: Browser;
const system = systemActor('test');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  specialist = await signIn(t.app, demoEmail('specialist'));
});
after(() => t.close());

let ips = 0;
/** Another client address for each request, so that tracking's rate limit stays out of the way. */
const ip = () => {
  ips++;
  return `10.88.${(ips >> 8) & 255}.${ips & 255}`;
};

let keys = 0;
/** A case of the specialist's unit the specialist asked more information for. */
async function awaiting(language: 'lv' | 'en' = 'lv') {
  const service = await socialService(t.database.db);
  keys++;
  const r = await registerApplication(t.database.db, system, {
    serviceVersionId: service.versionId,
    applicant: {
      kind: 'person',
      personalCode: language === 'lv' ? '32000000000' : '32000000001',
      name: 'Jānis Bērziņš',
      email: 'janis@example.lv',
      preferredLanguage: language,
    },
    channel: 'post',
    centreCode: 'ilukste',
    fields: {},
    documents: [{ filename: 'iesniegums.pdf', bytes: PDF }],
    delivery: { channel: 'centre', centreCode: 'subate' },
    idempotencyKey: `online-answer-${process.pid}-${keys}`,
  });
  assert.ok(r.ok);
  const [me] = await query<{ id: number }>(
    t.database.db,
    sql`SELECT id FROM staff_user WHERE email = ${demoEmail('specialist')}`,
  );
  const a = await act(t.database.db, system, r.caseId, 1, { type: 'assign', assigneeId: me!.id });
  assert.ok(a?.ok);
  const asked = await act(t.database.db, system, r.caseId, a.rowVersion, {
    type: 'request_info',
    message: 'Iesniedziet izziņu par ienākumiem <b>pēdējos 3 mēnešos</b>',
  });
  assert.ok(asked?.ok);
  return r;
}

const post = (url: string, fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { ...FORM, 'x-forwarded-for': ip() },
    payload: formBody(fields),
  });

async function postAnswer(
  url: string,
  fields: Record<string, string | string[] | undefined>,
  files: { filename: string; bytes: Buffer }[] = [],
) {
  const body = await multipartBody(
    undefined,
    fields,
    files.map((f) => ({ field: 'files', ...f })),
  );
  return t.app.inject({
    method: 'POST',
    url,
    ...body,
    headers: { ...body.headers, 'x-forwarded-for': ip() },
  });
}

/** The hidden fields of the answer form. */
function formOf(html: string): { number: string; code: string; request: string; key: string } {
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
  return { number: field('number'), code: field('code'), request: field('request'), key: field('key') };
}

describe('answering a request for information online (pages)', () => {
  test('tracking offers the answer; a disguised file comes back with the message and the text kept; a good answer is registered once', async () => {
    const c = await awaiting();
    const mail = await query<{ body: string }>(
      t.database.db,
      sql`SELECT body_text AS body FROM outbox_message WHERE event_key = ${`case:${c.caseId}:info_requested:1`}`,
    );
    assert.match(mail[0]!.body, /Atbildi varat nosūtīt tiešsaistē vietnē http:\/\/localhost:3000\/statuss/);
    assert.match(mail[0]!.body, /jebkurā pakalpojumu centrā vai nosūtīt pa pastu/);

    const tracked = await post('/statuss', { number: c.registrationNumber, code: c.accessCode });
    assert.equal(tracked.statusCode, 200);
    assert.match(tracked.body, /action="\/statuss\/atbilde"/);
    assert.match(tracked.body, />Atbildēt tiešsaistē</);
    assert.match(tracked.body, /pietura-panel--neutral/, 'waiting for the applicant is no success');

    const page = await post('/statuss/atbilde', { number: c.registrationNumber, code: c.accessCode });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<title>Atbildēt uz informācijas pieprasījumu — /);
    assert.ok(page.body.includes('Iesniedziet izziņu par ienākumiem &lt;b>pēdējos 3 mēnešos&lt;/b>'));
    assert.match(page.body, /enctype="multipart\/form-data"/);
    assert.match(page.body, /type="file"[^>]*multiple/);
    assert.match(page.body, /Pieprasījums nosūtīts \d{2}\.\d{2}\.\d{4}\./);
    const form = formOf(page.body);
    assert.equal(form.number, c.registrationNumber);
    assert.match(form.key, /^[A-Za-z0-9_-]{22}$/);

    const refused = await postAnswer('/statuss/atbilde/nosutit', { ...form, answer: 'Izziņa pielikumā' }, [
      { filename: 'izzina.pdf', bytes: EXE },
    ]);
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /<title>Kļūda: Atbildēt uz informācijas pieprasījumu/);
    assert.ok(refused.body.includes('Failu „izzina.pdf” nevar pievienot: tā saturs nav atļauta veida'));
    assert.match(refused.body, />Izziņa pielikumā<\/textarea>/);
    assert.doesNotMatch(refused.body, /Jau pievienotie faili/, 'a refused file is not kept');
    assert.equal(formOf(refused.body).key, form.key, 'the same form key');

    const sent = await postAnswer('/statuss/atbilde/nosutit', { ...form, answer: 'Izziņa pielikumā' }, [
      { filename: 'izzina.pdf', bytes: PDF },
      { filename: 'foto.png', bytes: PNG },
    ]);
    assert.equal(sent.statusCode, 200, sent.body.slice(0, 500));
    const number = /<strong>(ILN\/\d{4}\/\d{6})<\/strong>/.exec(sent.body)?.[1];
    assert.ok(number, 'the answer’s registration number');
    assert.match(sent.body, /Atbilde nosūtīta/);
    assert.match(sent.body, /atbildi sniegsim līdz \d{2}\.\d{2}\.\d{4}\.</);

    const replay = await postAnswer('/statuss/atbilde/nosutit', { ...form, answer: 'Izziņa pielikumā' }, [
      { filename: 'izzina.pdf', bytes: PDF },
    ]);
    assert.equal(replay.statusCode, 200);
    assert.match(replay.body, /Atbilde jau ir nosūtīta/);
    assert.ok(replay.body.includes(`<strong>${number}</strong>`));

    const after = await post('/statuss', { number: c.registrationNumber, code: c.accessCode });
    assert.match(after.body, /govuk-panel--confirmation/);
    assert.doesNotMatch(after.body, /Atbildēt tiešsaistē/);
    assert.match(after.body, /Saņemta papildu informācija/);

    const again = await post('/statuss/atbilde', { number: c.registrationNumber, code: c.accessCode });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /Atbildi tiešsaistē tagad nevar nosūtīt/);
    const newForm = await postAnswer('/statuss/atbilde/nosutit', {
      ...form,
      key: 'A'.repeat(22),
      answer: 'Vēl',
    });
    assert.equal(newForm.statusCode, 409);

    // The specialist sees the answer, its number and its files on the case page.
    const casePage = await t.app.inject({
      method: 'GET',
      url: `/darbs/lietas/${c.caseId}`,
      headers: { cookie: specialist.cookie },
    });
    assert.equal(casePage.statusCode, 200);
    assert.ok(casePage.body.includes('Izziņa pielikumā'));
    assert.ok(casePage.body.includes(`(${number})`));
    assert.match(casePage.body, /iesniedzējs tiešsaistē/);
    assert.match(casePage.body, /foto\.png/);
    const [n] = await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM case_document WHERE case_id = ${c.caseId} AND registry_number = ${number}`,
    );
    assert.equal(Number(n!.n), 2);
  });

  test('files that passed are kept when the form comes back, and sent with the answer unless left out', async () => {
    const c = await awaiting();
    const page = await post('/statuss/atbilde', { number: c.registrationNumber, code: c.accessCode });
    const form = formOf(page.body);
    const tooLong = 'a'.repeat(5001);
    const back = await postAnswer('/statuss/atbilde/nosutit', { ...form, answer: tooLong }, [
      { filename: 'izzina.pdf', bytes: PDF },
      { filename: 'foto.png', bytes: PNG },
      { filename: 'programma.pdf', bytes: EXE },
    ]);
    assert.equal(back.statusCode, 400);
    assert.match(back.body, /Lauks „Jūsu atbilde” ir pārāk garš/);
    assert.ok(back.body.includes('Failu „programma.pdf” nevar pievienot'));
    assert.match(back.body, /Jau pievienotie faili/);
    assert.match(back.body, /Nesūtīt „izzina\.pdf” \(1 KB\)/);
    assert.match(back.body, /Nesūtīt „foto\.png”/);
    assert.doesNotMatch(back.body, /Nesūtīt „programma\.pdf”/);
    assert.match(back.body, /Pievienojiet vēl dokumentus/);
    const kept = [...back.body.matchAll(/name="kept" value="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(kept.length, 2);
    const keptRows = () =>
      query<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM answer_file WHERE case_id = ${c.caseId}`,
      ).then((r) => Number(r[0]!.n));
    assert.equal(await keptRows(), 2);

    // Without a text, the kept files are the answer; the photo is left out, one more file is added.
    const sent = await postAnswer(
      '/statuss/atbilde/nosutit',
      { ...form, answer: '', kept, remove: [kept[1]!] },
      [{ filename: 'papildu.pdf', bytes: PDF }],
    );
    assert.equal(sent.statusCode, 200, sent.body.slice(0, 800));
    const number = /<strong>(ILN\/\d{4}\/\d{6})<\/strong>/.exec(sent.body)?.[1];
    const docs = await query<{ filename: string }>(
      t.database.db,
      sql`SELECT filename FROM case_document WHERE case_id = ${c.caseId} AND registry_number = ${number!} ORDER BY id`,
    );
    assert.deepEqual(
      docs.map((d) => d.filename),
      ['izzina.pdf', 'papildu.pdf'],
    );
    assert.equal(await keptRows(), 0, 'sent, nothing stays kept');
  });

  test('a kept file serves only its own form, of its own case, for a day', async () => {
    const c = await awaiting();
    const other = await awaiting();
    const page = await post('/statuss/atbilde', { number: c.registrationNumber, code: c.accessCode });
    const form = formOf(page.body);
    const keep = async (key: string) => {
      const back = await postAnswer('/statuss/atbilde/nosutit', { ...form, key, answer: 'a'.repeat(5001) }, [
        { filename: 'izzina.pdf', bytes: PDF },
      ]);
      assert.equal(back.statusCode, 400);
      return /name="kept" value="([^"]+)"/.exec(back.body)![1]!;
    };
    const rows = () =>
      query<{ key: string }>(
        t.database.db,
        sql`SELECT form_key AS key FROM answer_file WHERE case_id = ${c.caseId}`,
      );
    const first = await keep(form.key);
    const second = await keep('B'.repeat(22));
    assert.deepEqual(
      (await rows()).map((r) => r.key),
      ['B'.repeat(22)],
      'keeping files for a new form lets go of the other form’s',
    );

    // The first form's file, and this case's file named in another case's form: gone, chosen again.
    const gone = await postAnswer('/statuss/atbilde/nosutit', { ...form, answer: 'Te', kept: [first] });
    assert.equal(gone.statusCode, 400);
    assert.match(gone.body, /Iepriekš pievienotie faili vairs netiek glabāti/);
    const otherPage = await post('/statuss/atbilde', {
      number: other.registrationNumber,
      code: other.accessCode,
    });
    const crossed = await postAnswer('/statuss/atbilde/nosutit', {
      ...formOf(otherPage.body),
      answer: 'Te',
      kept: [second],
    });
    assert.equal(crossed.statusCode, 400);
    assert.match(crossed.body, /Iepriekš pievienotie faili vairs netiek glabāti/);

    // A day later the file is gone for its own form too.
    await t.database.db.execute(
      sql`UPDATE answer_file SET created_at = now() - interval '25 hours' WHERE id = ${second}`,
    );
    const late = await postAnswer('/statuss/atbilde/nosutit', {
      ...form,
      key: 'B'.repeat(22),
      answer: 'Te',
      kept: [second],
    });
    assert.equal(late.statusCode, 400);
    assert.match(late.body, /Iepriekš pievienotie faili vairs netiek glabāti/);
    const statuses = await query<{ status: string }>(
      t.database.db,
      sql`SELECT status FROM case_file WHERE id IN (${c.caseId}, ${other.caseId})`,
    );
    assert.deepEqual(
      statuses.map((s) => s.status),
      ['awaiting_applicant', 'awaiting_applicant'],
    );
  });

  test('in English: the page, the confirmation and the mail', async () => {
    const c = await awaiting('en');
    const mail = await query<{ body: string }>(
      t.database.db,
      sql`SELECT body_text AS body FROM outbox_message WHERE event_key = ${`case:${c.caseId}:info_requested:1`}`,
    );
    assert.match(mail[0]!.body, /You can answer online at http:\/\/localhost:3000\/en\/status/);
    const tracked = await post('/en/status', { number: c.registrationNumber, code: c.accessCode });
    assert.match(tracked.body, /action="\/en\/status\/answer"/);
    assert.match(tracked.body, />Answer online</);
    const page = await post('/en/status/answer', { number: c.registrationNumber, code: c.accessCode });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<title>Answer the request for information — /);
    assert.match(page.body, /action="\/en\/status\/answer\/send"/);
    const empty = await postAnswer('/en/status/answer/send', { ...formOf(page.body), answer: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Enter your answer or attach a file/);
    const mismatch = await postAnswer('/en/status/answer/send', { ...formOf(page.body), answer: 'Here' }, [
      { filename: 'scan.pdf', bytes: PNG },
    ]);
    assert.equal(mismatch.statusCode, 400);
    assert.match(mismatch.body, /scan\.pdf/);
    const sent = await postAnswer('/en/status/answer/send', { ...formOf(page.body), answer: 'Here it is' });
    assert.equal(sent.statusCode, 200);
    assert.match(sent.body, /Answer sent/);
    assert.match(sent.body, /we will answer by \d{1,2} [A-Z][a-z]+ \d{4}\./);
  });

  test('a wrong code and an unknown number get tracking’s one answer, and change nothing', async () => {
    const c = await awaiting();
    const wrongCode = await post('/statuss/atbilde', { number: c.registrationNumber, code: 'WRON-GCOD' });
    const unknown = await post('/statuss/atbilde', { number: 'ILN/1999/999999', code: c.accessCode });
    assert.equal(wrongCode.statusCode, 404);
    assert.equal(unknown.statusCode, 404);
    const strip = (html: string) =>
      html.replaceAll(c.registrationNumber, 'N').replaceAll('ILN/1999/999999', 'N');
    assert.equal(strip(wrongCode.body), strip(unknown.body));
    const page = await post('/statuss/atbilde', { number: c.registrationNumber, code: c.accessCode });
    const forged = await postAnswer('/statuss/atbilde/nosutit', {
      ...formOf(page.body),
      code: 'WRON-GCOD',
      answer: 'x',
    });
    assert.equal(forged.statusCode, 404);
    assert.doesNotMatch(forged.body, /Iesniedziet izziņu/);
    // Another case's number with this form: nothing happens to either.
    const other = await awaiting();
    const crossed = await postAnswer('/statuss/atbilde/nosutit', {
      ...formOf(page.body),
      number: other.registrationNumber,
      answer: 'x',
    });
    assert.equal(crossed.statusCode, 404);
    const statuses = await query<{ status: string }>(
      t.database.db,
      sql`SELECT status FROM case_file WHERE id IN (${c.caseId}, ${other.caseId})`,
    );
    assert.deepEqual(
      statuses.map((s) => s.status),
      ['awaiting_applicant', 'awaiting_applicant'],
    );
  });

  test('no input gives a 5xx', async () => {
    const c = await awaiting();
    const page = await post('/statuss/atbilde', { number: c.registrationNumber, code: c.accessCode });
    const form = formOf(page.body);
    const bodies: Record<string, string>[] = [
      {},
      { number: '' },
      { number: 'x'.repeat(5000), code: 'y'.repeat(5000) },
      { ...form, request: 'abc' },
      { ...form, request: '99999999999999999999999' },
      { ...form, request: '-1' },
      { ...form, key: '../../etc' },
      { ...form, answer: 'a'.repeat(30_000) },
      { ...form, answer: '\u0000\u0001' },
    ];
    for (const [i, fields] of bodies.entries()) {
      for (const url of ['/statuss/atbilde', '/statuss/atbilde/nosutit', '/en/status/answer/send']) {
        const urlencoded = await post(url, fields);
        assert.ok(urlencoded.statusCode < 500, `${url} #${i}: ${urlencoded.statusCode}`);
        const multi = await postAnswer(url, fields);
        assert.ok(multi.statusCode < 500, `${url} #${i} multipart: ${multi.statusCode}`);
      }
    }
    const arrays = await t.app.inject({
      method: 'POST',
      url: '/statuss/atbilde/nosutit',
      headers: { ...FORM, 'x-forwarded-for': ip() },
      payload: `number=${encodeURIComponent(c.registrationNumber)}&number=x&code=a&code=b&request=1&request=2`,
    });
    assert.ok(arrays.statusCode < 500);
    const broken = await t.app.inject({
      method: 'POST',
      url: '/statuss/atbilde/nosutit',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz', 'x-forwarded-for': ip() },
      payload: '--zzz\r\nContent-Disposition: form-data; name="number"\r\n\r\nabc',
    });
    assert.ok(broken.statusCode < 500, `broken multipart: ${broken.statusCode}`);
    const statuses = await query<{ status: string }>(
      t.database.db,
      sql`SELECT status FROM case_file WHERE id = ${c.caseId}`,
    );
    assert.equal(statuses[0]!.status, 'awaiting_applicant');
  });

  test('guessing is rate-limited as tracking is', async () => {
    const c = await awaiting();
    const headers = { ...FORM, 'x-forwarded-for': '10.89.0.1' };
    let last = 0;
    for (let i = 0; i < 12; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/statuss/atbilde',
        headers,
        payload: formBody({ number: c.registrationNumber, code: `GUES-S${i}00` }),
      });
      last = res.statusCode;
    }
    assert.equal(last, 429);
  });

  test('the status panel is neutral for a rejected case', async () => {
    const c = await awaiting();
    const [v] = await query<{ rowVersion: number }>(
      t.database.db,
      sql`SELECT row_version AS "rowVersion" FROM case_file WHERE id = ${c.caseId}`,
    );
    const rejected = await act(t.database.db, system, c.caseId, v!.rowVersion, {
      type: 'reject',
      reason: 'x',
    });
    assert.ok(rejected?.ok);
    const res = await post('/statuss', { number: c.registrationNumber, code: c.accessCode });
    assert.match(res.body, /class="govuk-panel pietura-panel--neutral"/);
    assert.doesNotMatch(res.body, /govuk-panel--confirmation/);
  });
});
