import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { PDF } from '../cases/http-helpers';
import { type TestApp, testApp } from '../helpers/app';
import { APPLICANT, Resident, serviceWithForm } from './helpers';

let t: TestApp;
let code: string;
let base: string;
before(async () => {
  t = await testApp();
  code = await serviceWithForm(t.database.db);
  base = `/pakalpojumi/${code}/pieteikties`;
});
after(() => t.close());

describe('the online journey', () => {
  test('the service page links to the journey; a service without a form says how to apply instead', async () => {
    const page = await t.app.inject({ url: `/pakalpojumi/${code}` });
    assert.match(page.body, new RegExp(`href="${base}"[^>]*>Pieteikties tiešsaistē`));
    // One way in: no second start button to another site's address (found by review: two, one of them dead).
    assert.equal(page.body.match(/govuk-button--start/g)?.length, 1);
    assert.doesNotMatch(page.body, /citā vietnē/);
    // Every demo service applied for through the portal has an online form (its own or the general one).
    const [portalWithoutForm] = await query<{ code: string }>(
      t.database.db,
      sql`SELECT s.code FROM service s JOIN service_version v ON v.service_id = s.id AND v.status = 'published'
          WHERE v.form_definition IS NULL AND v.apply_channels ? 'portal'`,
    );
    assert.equal(portalWithoutForm, undefined);
    const [other] = await query<{ code: string }>(
      t.database.db,
      sql`SELECT s.code FROM service s JOIN service_version v ON v.service_id = s.id AND v.status = 'published'
          WHERE v.form_definition IS NULL AND s.withdrawn_at IS NULL LIMIT 1`,
    );
    const offline = await t.app.inject({ url: `/pakalpojumi/${other!.code}/pieteikties` });
    assert.equal(offline.statusCode, 404);
    assert.match(offline.body, /nevar pieteikties tiešsaistē/);
    assert.ok(
      !(await t.app.inject({ url: `/pakalpojumi/${other!.code}` })).body.includes(
        `href="/pakalpojumi/${other!.code}/pieteikties"`,
      ),
    );
    assert.equal((await t.app.inject({ url: '/pakalpojumi/nav-tada/pieteikties' })).statusCode, 404);
    assert.equal((await t.app.inject({ url: '/pakalpojumi/%00%ff/pieteikties' })).statusCode < 500, true);
  });

  test('the start page says what is needed, how long it takes and the fee, in both languages', async () => {
    const lv = await t.app.inject({ url: base });
    assert.equal(lv.statusCode, 200);
    assert.match(lv.body, /Kas jums būs vajadzīgs/);
    assert.match(lv.body, /Cik ilgi tas aizņem/);
    assert.match(lv.body, /Maksa/);
    assert.match(lv.body, /Sākt/);
    const en = await t.app.inject({ url: `/en/services/${code}/apply` });
    assert.equal(en.statusCode, 200);
    assert.match(en.body, /What you need/);
    assert.match(en.body, /Start now/);
  });

  test("the start page lists the files the form asks to attach, not the desk's documents, and a time from the form's size", async () => {
    const lv = await t.app.inject({ url: base });
    assert.match(lv.body, /<li>Izziņa \(datnē, ko pievienot\)<\/li>/);
    assert.equal(lv.body.match(/ko pievienot/g)?.length, 1, 'one file field, one file to attach');
    assert.match(lv.body, /Aizpildīšana aizņem aptuveni 10 minūtes\./);
    const en = await t.app.inject({ url: `/en/services/${code}/apply` });
    assert.match(en.body, /<li>Certificate \(as a file to attach\)<\/li>/);
    assert.equal(en.body.match(/to attach/g)?.length, 1);
    assert.match(en.body, /Filling it in takes about 10 minutes\./);
  });

  test('every step, errors naming the fields, back links that keep answers, change from check, submit, confirmation, tracking', async () => {
    const r = new Resident(t.app);
    await r.get(base);
    const first = await r.follow(await r.post(base, {}));
    assert.match(
      first.body,
      /data-show-when="has_children"/,
      'the conditional question is on the page without JS',
    );
    assert.match(first.body, /Atbildiet tikai tad/);
    // Errors name the fields, in the page's order, and keep what was typed.
    let res = await r.post(`${base}/pamatinfo`, {
      reason: 'Mans iemesls',
      has_children: 'yes',
      children_count: 'daudz',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /govuk-error-summary/);
    assert.match(
      res.body,
      /href="#children_count"[^>]*>Laukā „Bērnu skaits” ievadiet veselu skaitli, piemēram, 3</,
    );
    assert.match(res.body, /value="Mans iemesls"/);
    res = await r.post(`${base}/pamatinfo`, { reason: '', has_children: 'no', children_count: 'daudz' });
    assert.match(res.body, /Aizpildiet lauku „Iemesls”/);
    assert.doesNotMatch(res.body, /Bērnu skaits” ievadiet/, 'a hidden question is not checked');
    res = await r.post(`${base}/pamatinfo`, { reason: 'Pabalsts', has_children: 'yes', children_count: '3' });
    const docs = await r.follow(res);
    assert.match(docs.body, /enctype="multipart\/form-data"/);
    // Back keeps the answers.
    const back = /<a href="([^"]+)" class="govuk-back-link"/.exec(docs.body)![1]!;
    const again = await r.get(back);
    assert.match(again.body, /value="Pabalsts"/);
    assert.match(again.body, /value="3"/);
    // A required file.
    res = await r.upload(`${base}/dokumenti`, {}, []);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Pievienojiet failu: „Izziņa”/);
    res = await r.upload(`${base}/dokumenti`, {}, [{ field: 'proof', filename: 'izziņa.pdf', bytes: PDF }]);
    const forWhom = await r.follow(res);
    assert.match(
      forWhom.body,
      /Kura vārdā jūs piesakāties\?/,
      'the notes page is skipped when there are children',
    );
    res = await r.post(`${base}/kam`, {});
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#applyingFor"[^>]*>Izvēlieties, vai piesakāties sev vai citai personai/);
    const applicant = await r.follow(await r.post(`${base}/kam`, { applyingFor: 'self' }));
    assert.match(applicant.body, /<h1 class="govuk-heading-l">Jūsu dati<\/h1>/);
    assert.doesNotMatch(applicant.body, /pārstāv/, 'for oneself the page says nothing about representing');
    // Contacts typed here do not replace those the municipality has (ADR 0008): the page says so.
    assert.match(applicant.body, /Ja pašvaldībai jūsu kontaktinformācija jau ir, rakstīsim uz to/);
    res = await r.post(`${base}/pieteicejs`, { ...APPLICANT, personalCode: '123', email: 'nav-epasts' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#personalCode"[^>]*>Ievadiet derīgu personas kodu/);
    assert.match(res.body, /href="#email"/);
    res = await r.post(`${base}/pieteicejs`, { ...APPLICANT, email: '', phone: '' });
    assert.match(res.body, /Norādiet e-pasta adresi vai tālruņa numuru/);
    res = await r.post(`${base}/pieteicejs`, APPLICANT);
    await r.follow(res);
    res = await r.post(`${base}/sanemsana`, { delivery: 'centre', deliveryCentre: '' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Izvēlieties centru/);
    res = await r.post(`${base}/sanemsana`, { delivery: 'email' });
    let check = await r.follow(res);
    assert.match(check.body, /Pārbaudiet atbildes/);
    assert.match(check.body, /Pabalsts/);
    assert.match(check.body, /izziņa\.pdf/);
    assert.match(check.body, /320000-00000/);
    // Change an answer: back to check your answers after saving.
    const changeHref = `${base}/pamatinfo?from=check`;
    assert.ok(check.body.includes(`href="${changeHref}"`));
    const change = await r.get(changeHref);
    assert.match(change.body, /value="Pabalsts"/);
    res = await r.post(changeHref, { reason: 'Cits iemesls', has_children: 'yes', children_count: '3' });
    assert.equal(res.headers.location, `${base}/parbaude`);
    check = await r.get(`${base}/parbaude`);
    assert.match(check.body, /Cits iemesls/);
    // Changing to "no" shows the notes page, which must be answered before check.
    res = await r.post(changeHref, { reason: 'Cits iemesls', has_children: 'no' });
    assert.equal(res.headers.location, `${base}/piezimes?from=check`);
    res = await r.post(`${base}/piezimes?from=check`, { note: 'Bez bērniem' });
    assert.equal(res.headers.location, `${base}/parbaude`);
    // The declaration is required.
    res = await r.post(`${base}/parbaude`, {});
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#declaration"[^>]*>Atzīmējiet, ka apliecināt/);
    res = await r.post(`${base}/parbaude`, { declaration: 'yes' });
    const done = await r.follow(res);
    assert.match(done.body, /Iesniegums iesniegts/);
    const number = /<strong>([A-Z0-9/-]+)<\/strong>/.exec(done.body)![1]!;
    const accessCode = /class="pietura-access-code">([^<]+)</.exec(done.body)![1]!;
    assert.match(done.body, /href="\/statuss"/);
    // The case: on the portal channel, the form's answers as read in Latvian, the file as its document.
    const [c] = await query<{ channel: string; fields: Record<string, string>; docs: number; id: number }>(
      t.database.db,
      sql`SELECT id, channel_in AS channel, fields, (SELECT count(*)::int FROM case_document d WHERE d.case_id = c.id) AS docs
          FROM case_file c WHERE registration_number = ${number}`,
    );
    assert.equal(c!.channel, 'portal');
    assert.deepEqual(c!.fields, {
      reason: 'Cits iemesls',
      has_children: 'Nē',
      proof: 'izziņa.pdf',
      note: 'Bez bērniem',
    });
    assert.equal(c!.docs, 1);
    // The applicant's mail is queued, as at the desk.
    const mails = await query<{ recipient: string }>(
      t.database.db,
      sql`SELECT recipient FROM outbox_message WHERE case_id = ${c!.id}`,
    );
    assert.deepEqual(
      mails.map((m) => m.recipient),
      ['anna@example.lv'],
    );
    // Track the case and download the receipt with the number and the access code.
    const tracked = await t.app.inject({
      method: 'POST',
      url: '/statuss',
      payload: { number, code: accessCode },
      headers: { 'x-forwarded-for': '10.9.1.1' },
    });
    assert.equal(tracked.statusCode, 200);
    const receipt = await t.app.inject({
      method: 'POST',
      url: '/statuss/apliecinajums.pdf',
      payload: { number, code: accessCode },
      headers: { 'x-forwarded-for': '10.9.1.2' },
    });
    assert.equal(receipt.statusCode, 200);
    assert.equal(receipt.headers['content-type'], 'application/pdf');
    assert.equal(receipt.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/statuss/apliecinajums.pdf',
      payload: { number, code: 'WRON-GCOD' },
      headers: { 'x-forwarded-for': '10.9.1.3' },
    });
    assert.equal(wrong.statusCode, 404);
    // The staff case page shows the form's Latvian labels, not the codes.
    // A replayed submission makes no second case and reveals no new code.
    const replay = await r.post(`${base}/parbaude`, { declaration: 'yes' });
    assert.equal(replay.headers.location, `${base}/iesniegts`);
    r.cookies.delete('pietura_apply_code');
    const later = await r.get(`${base}/iesniegts`);
    assert.match(later.body, /jau ir iesniegts/);
    assert.ok(later.body.includes(number));
    assert.doesNotMatch(later.body, /pietura-access-code/);
    const [{ n }] = (await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM case_file WHERE registration_number = ${number}`,
    )) as [{ n: number }];
    assert.equal(n, 1);
    // The first access code still works.
    const still = await t.app.inject({
      method: 'POST',
      url: '/statuss',
      payload: { number, code: accessCode },
      headers: { 'x-forwarded-for': '10.9.1.4' },
    });
    assert.equal(still.statusCode, 200);
  });

  test('the journey in English goes through to the confirmation', async () => {
    const r = new Resident(t.app, '10.9.0.2');
    const en = `/en/services/${code}/apply`;
    await r.get(en);
    const first = await r.follow(await r.post(en, {}));
    assert.match(first.body, /Basic information/);
    assert.match(first.body, /Answer only if/);
    let res = await r.post(`${en}/pamatinfo`, { reason: '', has_children: 'yes' });
    assert.match(res.body, /Enter ‘Reason’/);
    res = await r.post(`${en}/pamatinfo`, { reason: 'Benefit', has_children: 'yes', children_count: '1' });
    await r.follow(res);
    res = await r.upload(`${en}/dokumenti`, {}, [{ field: 'proof', filename: 'cert.pdf', bytes: PDF }]);
    const forWhom = await r.follow(res);
    assert.match(forWhom.body, /Who are you applying for\?/);
    assert.match(forWhom.body, /Someone else \(as their representative\)/);
    await r.follow(await r.post(`${en}/for-whom`, { applyingFor: 'self' }));
    res = await r.post(`${en}/applicant`, APPLICANT);
    const delivery = await r.follow(res);
    assert.match(delivery.body, /How do you want to receive the result/);
    res = await r.post(`${en}/delivery`, { delivery: 'post' });
    const check = await r.follow(res);
    assert.match(check.body, /Check your answers/);
    res = await r.post(`${en}/check`, { declaration: 'yes' });
    const done = await r.follow(res);
    assert.match(done.body, /Application sent/);
    assert.match(done.body, /Download the receipt \(PDF\)/);
  });
});
