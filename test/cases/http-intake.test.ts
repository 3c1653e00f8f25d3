import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, signIn } from '../staff/helpers';
import { count, intakeFields, PDF, PNG, postMultipart, socialService } from './http-helpers';

let t: TestApp;
let clerk: Browser;
let service: { serviceId: number; versionId: number; code: string };

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  clerk = await signIn(t.app, demoEmail('clerk'));
  service = await socialService(t.database.db);
});
after(() => t.close());

const get = (url: string, browser = clerk) => t.app.inject({ url, headers: { cookie: browser.cookie } });

describe('intake at the desk', () => {
  test('the service search is the catalogue search and leads to the form', async () => {
    const res = await get('/darbs/lietas/jauna?q=pabalsts');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /pakalpojums=\d+/);
    const form = await get(`/darbs/lietas/jauna?pakalpojums=${service.serviceId}`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /enctype="multipart\/form-data"/);
    assert.match(form.body, /name="serviceVersionId" value="\d+"/);
    // The clerk's own centre is chosen by default.
    assert.match(form.body, /<option value="ilukste" selected/);
    const en = await get(`/en/work/cases/new?pakalpojums=${service.serviceId}`);
    assert.match(en.body, /Register an application/);
  });

  test('a postal application is registered: receipt with number, deadline and a one-time access code', async () => {
    const before = await count(t.database.db, 'case_file');
    const res = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      intakeFields(service.versionId, service.serviceId),
      [{ field: 'documents', filename: 'iesniegums.pdf', bytes: PDF }],
    );
    assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
    assert.equal(await count(t.database.db, 'case_file'), before + 1);
    const receiptUrl = String(res.headers.location);
    assert.match(receiptUrl, /^\/darbs\/lietas\/\d+\/kvits$/);
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    const receipt = await t.app.inject({
      url: receiptUrl,
      headers: { cookie: `${clerk.cookie}; ${cookie}` },
    });
    assert.equal(receipt.statusCode, 200);
    assert.match(receipt.body, /ILN\/\d{4}\/\d{6}/);
    assert.match(receipt.body, /Piekļuves kods/);
    assert.doesNotMatch(receipt.body, /netiek glabāts/);
    // Shown once: the same page again no longer has it.
    const again = await get(receiptUrl);
    assert.match(again.body, /netiek glabāts/);
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['an invalid personal code', { 'applicant-code': '010190-12345' }, /Personas kods nav derīgs/],
    ['a missing name', { 'applicant-name': '' }, /Aizpildiet lauku „Vārds, uzvārds vai nosaukums”/],
    ['an unknown service', { serviceVersionId: '99999999' }, /pakalpojum/i],
    ['an invalid date received', { receivedOn: '31.02.2026' }, /Ievadiet pareizu datumu/],
    [
      'a company with a wrong registration number',
      { 'applicant-kind': 'company', 'applicant-code': '123' },
      /Reģistrācijas numurs nav derīgs/,
    ],
  ];
  for (const [what, change, message] of bad) {
    test(`${what}: a clear message, what was typed is kept, nothing written`, async () => {
      const before = await count(t.database.db, 'registry_entry');
      const fields = intakeFields(service.versionId, service.serviceId, {
        ...change,
        summary: 'Mans teksts 123',
      });
      const res = await postMultipart(t.app, clerk, '/darbs/lietas/jauna', fields);
      assert.equal(res.statusCode, 400, `${what}: ${res.statusCode}`);
      assert.match(res.body, /Lūdzu, izlabojiet kļūdas/);
      assert.match(res.body, message);
      assert.match(res.body, /Mans teksts 123/);
      assert.equal(await count(t.database.db, 'registry_entry'), before);
    });
  }

  test('a file of a type not allowed (checked from the bytes, not the name) is refused; the others are kept', async () => {
    const before = await count(t.database.db, 'case_file');
    const res = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      intakeFields(service.versionId, service.serviceId),
      [
        { field: 'documents', filename: 'labs.pdf', bytes: PDF },
        {
          field: 'documents',
          filename: 'viltots.pdf',
          bytes: Buffer.from('#!/bin/sh\necho not a pdf\n'),
          type: 'application/pdf',
        },
      ],
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Fails „viltots.pdf” nav atļautā formātā/);
    // The good file was received and is kept by id: not uploaded again.
    assert.match(res.body, /Saņemts: labs.pdf/);
    const staged = /name="staged" value="([^"]+)"/.exec(res.body)?.[1];
    assert.ok(staged);
    assert.equal(await count(t.database.db, 'case_file'), before);
    // Sending the form again with the staged file registers the case with that document.
    const again = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      intakeFields(service.versionId, service.serviceId, { staged }),
    );
    assert.equal(again.statusCode, 303, again.body.slice(0, 1500));
    const caseUrl = String(again.headers.location).replace(/\/kvits$/, '');
    const page = await get(caseUrl);
    assert.match(page.body, /labs\.pdf/);
  });

  test('a file whose name claims another type than its bytes (a PNG named .pdf) is refused at the desk', async () => {
    const before = await count(t.database.db, 'case_file');
    const res = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      intakeFields(service.versionId, service.serviceId),
      [{ field: 'documents', filename: 'fake.pdf', bytes: PNG, type: 'application/pdf' }],
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Faila „fake\.pdf” nosaukums saka PDF, bet tas ir PNG attēls/);
    assert.equal(await count(t.database.db, 'case_file'), before);
    const script = await postMultipart(t.app, clerk, '/en/work/cases/upload', {}, [
      { field: 'file', filename: 'fake.pdf', bytes: PNG },
    ]);
    assert.equal(script.statusCode, 400);
    assert.equal(script.json().error, 'file_name_mismatch');
    assert.match(script.json().message, /The name of the file ‘fake\.pdf’ says PDF, but it is a PNG image/);
  });

  test('a file too large is refused with its name and the limit', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const res = await postMultipart(
      t.app,
      clerk,
      '/en/work/cases/new',
      intakeFields(service.versionId, service.serviceId),
      [{ field: 'documents', filename: 'huge.pdf', bytes: big }],
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /The file ‘huge.pdf’ is too large: at most 10 MB/);
  });

  test('the script endpoint stages a file and answers JSON; a bad one gets a message', async () => {
    const ok = await postMultipart(t.app, clerk, '/darbs/lietas/augsupielade', {}, [
      { field: 'file', filename: 'skenets.pdf', bytes: PDF },
    ]);
    assert.equal(ok.statusCode, 201);
    assert.equal(ok.json().filename, 'skenets.pdf');
    assert.match(ok.json().id, /^[A-Za-z0-9_-]{22}$/);
    const bad = await postMultipart(t.app, clerk, '/en/work/cases/upload', {}, [
      { field: 'file', filename: 'x.pdf', bytes: Buffer.from('hello') },
    ]);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().message, /not an allowed type/);
  });

  test('a known personal code prefills the applicant for confirmation (once-only)', async () => {
    const res = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      intakeFields(service.versionId, service.serviceId, {
        step: 'lookup',
        'applicant-name': '',
        'applicant-email': '',
      }),
    );
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Atrasta zināma persona/);
    assert.match(res.body, /value="Līga Ābele"/);
    assert.match(res.body, /value="liga@example.lv"/);
    assert.match(res.body, /321234-\*\*\*\*\*|32\d{4}-\*\*\*\*\*/);
    // The language and e-address consent stored are chosen for confirmation too.
    const checked = (name: string) =>
      [...res.body.matchAll(/<input[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => tag.includes(`name="${name}"`) && / checked/.test(tag))
        .map((tag) => /value="([^"]*)"/.exec(tag)?.[1]);
    assert.deepEqual(checked('applicant-language'), ['lv']);
    assert.deepEqual(checked('applicant-consent'), ['no']);
  });

  test('registered again with the code and name only, a known person keeps the e-mail and language stored', async () => {
    const code = '32999900001';
    const register = async (extra: Record<string, string>) =>
      postMultipart(
        t.app,
        clerk,
        '/darbs/lietas/jauna',
        intakeFields(service.versionId, service.serviceId, {
          'applicant-code': code,
          'applicant-name': 'Olga Petrova',
          'applicant-email': '',
          ...extra,
        }),
      );
    assert.equal(
      (
        await register({
          'applicant-email': 'olga@example.com',
          'applicant-language': 'en',
          'applicant-consent': 'yes',
        })
      ).statusCode,
      303,
    );
    assert.equal((await register({})).statusCode, 303);
    const [party] = await query<{ email: string; lang: string; consent: boolean }>(
      t.database.db,
      sql`SELECT email, preferred_language AS lang, e_address_consent AS consent FROM party WHERE personal_code = ${code}`,
    );
    assert.deepEqual(party, { email: 'olga@example.com', lang: 'en', consent: true });
  });

  test('a known foreigner is found by the document and the date of birth and prefilled (once-only); the look-up is audited', async () => {
    const foreigner = (extra: Record<string, string>) =>
      intakeFields(service.versionId, service.serviceId, {
        'applicant-kind': 'foreign_person',
        'applicant-code': '',
        'applicant-name': 'Tomas Petraitis',
        'applicant-birthDate': '21.06.1988',
        'applicant-document': 'lt 1234 5678',
        'applicant-email': 'tomas@example.lt',
        'applicant-address': '',
        'applicant-language': 'en',
        ...extra,
      });
    const first = await postMultipart(t.app, clerk, '/darbs/lietas/jauna', foreigner({}));
    assert.equal(first.statusCode, 303, first.body.slice(0, 2000));
    const lookups = async () =>
      query<{ after: { identifier: string; found: boolean } }>(
        t.database.db,
        sql`SELECT after FROM audit_log WHERE action = 'party.looked_up' ORDER BY id`,
      );
    const before = (await lookups()).length;

    // Another day, the kind not chosen yet: the document spaced otherwise, the date written the other way.
    const found = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      foreigner({
        step: 'lookup-foreign',
        'applicant-kind': 'person',
        'applicant-name': '',
        'applicant-email': '',
        'applicant-language': '',
        'applicant-document': 'LT-12345678',
        'applicant-birthDate': '1988-06-21',
      }),
    );
    assert.equal(found.statusCode, 200, found.body.slice(0, 2000));
    assert.match(found.body, /Atrasta zināma persona/);
    assert.match(found.body, /<strong>Tomas Petraitis<\/strong> \(dzimšanas datums 21\.06\.1988\.\)/);
    assert.match(found.body, /value="Tomas Petraitis"/);
    assert.match(found.body, /value="tomas@example.lt"/);
    assert.match(
      found.body,
      /id="applicant-document"[^>]*value="LT12345678"|value="LT12345678"[^>]*id="applicant-document"/,
    );
    assert.match(found.body, /value="lookup-foreign"/);
    assert.match(
      found.body,
      /<input[^>]*value="foreign_person"[^>]* checked|<input[^>]* checked[^>]*value="foreign_person"/,
    );
    assert.match(found.body, /<input[^>]*name="applicant-language"[^>]*value="en"[^>]* checked/);
    const audited = await lookups();
    assert.equal(audited.length, before + 1);
    assert.deepEqual(
      { identifier: audited.at(-1)!.after.identifier, found: audited.at(-1)!.after.found },
      { identifier: 'LT********', found: true },
    );

    const unknown = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      foreigner({ step: 'lookup-foreign', 'applicant-document': 'LT 99999999' }),
    );
    assert.equal(unknown.statusCode, 200);
    assert.match(unknown.body, /Šāda persona vēl nav zināma/);
    assert.equal((await lookups()).length, before + 2);

    // Not enough to look up with: the fields are named, nothing is read or audited.
    const bad = await postMultipart(
      t.app,
      clerk,
      '/en/work/cases/new',
      foreigner({ step: 'lookup-foreign', 'applicant-document': ' - ', 'applicant-birthDate': '31.02.1988' }),
    );
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Enter a real date of birth/);
    assert.match(bad.body, /href="#applicant-document"/);
    assert.doesNotMatch(bad.body, /is not known yet/);
    assert.equal((await lookups()).length, before + 2);

    // Registered again with the document spaced otherwise: still one party.
    const again = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      foreigner({ 'applicant-document': 'LT12-345-678', 'applicant-email': '' }),
    );
    assert.equal(again.statusCode, 303, again.body.slice(0, 2000));
    const parties = await query<{ email: string; lang: string }>(
      t.database.db,
      sql`SELECT email, preferred_language AS lang FROM party WHERE identity_document = 'LT12345678'`,
    );
    assert.deepEqual(parties, [{ email: 'tomas@example.lt', lang: 'en' }]);
  });

  test('the applicant named again as the representative is refused on the representative’s code, the form kept', async () => {
    const before = await count(t.database.db, 'case_file');
    const summaryLink = (html: string) =>
      /<a href="#representative-code">([^<]*)<\/a>/.exec(html)?.[1] ??
      '(no link to the representative’s code)';
    // The same personal code written otherwise; told together with the form's other problem (no basis).
    const person = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      intakeFields(service.versionId, service.serviceId, {
        'applicant-code': '32123456780',
        'representative-code': '321234-56780',
        'representative-name': 'Līga Ābele',
      }),
    );
    assert.equal(person.statusCode, 400);
    assert.match(summaryLink(person.body), /^Pārstāvis nevar būt pats iesniedzējs/);
    assert.match(person.body, /href="#representative-basis"/);
    assert.match(person.body, /<details class="govuk-details" open/);
    assert.match(person.body, /id="representative-code"[^>]*value="321234-56780"/);
    // Complete otherwise, in English: the service refuses it too (the filing statement would meet one row twice).
    const company = await postMultipart(
      t.app,
      clerk,
      '/en/work/cases/new',
      intakeFields(service.versionId, service.serviceId, {
        'applicant-kind': 'company',
        'applicant-code': '40003123456',
        'applicant-name': 'SIA Bērzs',
        'representative-code': '4000 312 3456',
        'representative-name': 'SIA Bērzs',
        'representative-basis': 'Valdes loceklis',
      }),
    );
    assert.equal(company.statusCode, 400, company.body.slice(0, 2000));
    assert.match(summaryLink(company.body), /^The representative cannot be the applicant/);
    assert.match(company.body, /id="representative-basis"[^>]*value="Valdes loceklis"/);
    assert.equal(await count(t.database.db, 'case_file'), before);
    // A representative's registration number that is not one is shown at the representative's code too.
    const badNumber = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      intakeFields(service.versionId, service.serviceId, {
        'representative-code': '4000',
        'representative-name': 'SIA Kļava',
        'representative-basis': 'Pilnvara',
      }),
    );
    assert.equal(badNumber.statusCode, 400);
    assert.match(summaryLink(badNumber.body), /^Reģistrācijas numurs nav derīgs/);
    // Someone else represents: registered.
    const other = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      intakeFields(service.versionId, service.serviceId, {
        'applicant-code': '32123456780',
        'representative-code': '32123456781',
        'representative-name': 'Ilmārs Ābele',
        'representative-basis': 'Pilnvara Nr. 7',
      }),
    );
    assert.equal(other.statusCode, 303, other.body.slice(0, 2000));
    assert.equal(await count(t.database.db, 'case_file'), before + 1);
  });

  test('a foreigner without a personal code represents: stored once by the document, found again, errors on their fields', async () => {
    const represented = (extra: Record<string, string>) =>
      intakeFields(service.versionId, service.serviceId, {
        'applicant-code': '32123456782',
        'representative-code': '',
        'representative-name': 'Rasa Kazlauskienė',
        'representative-birthDate': '03.04.1975',
        'representative-document': 'lt 7654 3210',
        'representative-basis': 'Pilnvara Nr. 3',
        ...extra,
      });
    const representatives = async () =>
      query<{ name: string; kind: string; born: string; cases: number }>(
        t.database.db,
        sql`SELECT p.name, p.kind, p.birth_date::text AS born,
                   (SELECT count(*)::int FROM case_file c WHERE c.representative_id = p.id) AS cases
            FROM party p WHERE p.identity_document = 'LT76543210'`,
      );
    const first = await postMultipart(t.app, clerk, '/darbs/lietas/jauna', represented({}));
    assert.equal(first.statusCode, 303, first.body.slice(0, 2000));
    assert.deepEqual(await representatives(), [
      { name: 'Rasa Kazlauskienė', kind: 'foreign_person', born: '1975-04-03', cases: 1 },
    ]);
    // Again with the document written otherwise: the same party.
    const again = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      represented({ 'representative-document': 'LT-7654-3210', 'representative-birthDate': '1975-04-03' }),
    );
    assert.equal(again.statusCode, 303, again.body.slice(0, 2000));
    assert.deepEqual(await representatives(), [
      { name: 'Rasa Kazlauskienė', kind: 'foreign_person', born: '1975-04-03', cases: 2 },
    ]);

    // The form offers the representative's look-up without a script; it fills the name in and is audited.
    const page = await get(`/darbs/lietas/jauna?pakalpojums=${service.serviceId}`);
    assert.match(page.body, /id="representative-document"/);
    assert.match(page.body, /id="representative-birthDate"/);
    assert.match(page.body, /name="step" value="lookup-representative-foreign"/);
    const audits = async () =>
      (await query(t.database.db, sql`SELECT id FROM audit_log WHERE action = 'party.looked_up'`)).length;
    const audited = await audits();
    const found = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      represented({
        step: 'lookup-representative-foreign',
        'representative-name': '',
        'representative-document': 'LT 76543210',
      }),
    );
    assert.equal(found.statusCode, 200, found.body.slice(0, 2000));
    assert.match(found.body, /Atrasts zināms pārstāvis/);
    assert.match(found.body, /id="representative-name"[^>]*value="Rasa Kazlauskienė"/);
    assert.match(found.body, /id="representative-document"[^>]*value="LT76543210"/);
    assert.match(found.body, /<details class="govuk-details" open/);
    assert.equal(await audits(), audited + 1);
    const unknown = await postMultipart(
      t.app,
      clerk,
      '/en/work/cases/new',
      represented({ step: 'lookup-representative-foreign', 'representative-document': 'LT 11111111' }),
    );
    assert.equal(unknown.statusCode, 200);
    assert.match(unknown.body, /This representative is not known yet/);
    const notEnough = await postMultipart(
      t.app,
      clerk,
      '/en/work/cases/new',
      represented({ step: 'lookup-representative-foreign', 'representative-birthDate': '31.02.1975' }),
    );
    assert.equal(notEnough.statusCode, 400);
    assert.match(notEnough.body, /<a href="#representative-birthDate">Enter a real date of birth/);
    assert.equal(await audits(), audited + 2);

    const before = await count(t.database.db, 'case_file');
    const link = (html: string, id: string) =>
      new RegExp(`<a href="#${id}">([^<]*)</a>`).exec(html)?.[1] ?? `(no link to ${id})`;
    // The date of birth missing: told on that field, what was typed is kept.
    const noDate = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      represented({ 'representative-birthDate': '' }),
    );
    assert.equal(noDate.statusCode, 400);
    assert.match(
      link(noDate.body, 'representative-birthDate'),
      /^Aizpildiet lauku „Pārstāvja dzimšanas datums”/,
    );
    assert.match(noDate.body, /id="representative-document"[^>]*value="lt 7654 3210"/);
    // A code and a document: one way only, told on the code.
    const both = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      represented({ 'representative-code': '32123456781' }),
    );
    assert.equal(both.statusCode, 400);
    assert.match(link(both.body, 'representative-code'), /^Ievadiet vai nu personas kodu/);
    assert.match(both.body, /id="representative-code"[^>]*value="32123456781"/);
    // The foreign applicant named again as the representative: refused on the representative's document.
    const same = await postMultipart(
      t.app,
      clerk,
      '/en/work/cases/new',
      represented({
        'applicant-kind': 'foreign_person',
        'applicant-code': '',
        'applicant-name': 'Rasa Kazlauskienė',
        'applicant-birthDate': '1975-04-03',
        'applicant-document': 'LT76543210',
        'representative-document': 'lt-7654-3210',
      }),
    );
    assert.equal(same.statusCode, 400, same.body.slice(0, 2000));
    assert.match(link(same.body, 'representative-document'), /^The representative cannot be the applicant/);
    assert.match(same.body, /id="representative-basis"[^>]*value="Pilnvara Nr. 3"/);
    assert.equal(await count(t.database.db, 'case_file'), before);
  });

  test('a known representative is found by personal code or registration number and the name prefilled (once-only); audited as the applicant’s look-up', async () => {
    const represented = (extra: Record<string, string>) =>
      intakeFields(service.versionId, service.serviceId, {
        'applicant-email': 'liga.cita@example.lv',
        'applicant-address': 'Brīvības iela 7, Subate',
        'representative-code': '327777-00001',
        'representative-name': 'Anna Bērziņa',
        'representative-basis': 'Pilnvara Nr. 9',
        summary: 'Lūdzu izsniegt izziņu',
        ...extra,
      });
    // Known from earlier applications: a person and a company.
    const earlier: Record<string, string>[] = [
      {},
      { 'representative-code': '40103777001', 'representative-name': 'SIA Kļava' },
    ];
    for (const extra of earlier) {
      const res = await postMultipart(t.app, clerk, '/darbs/lietas/jauna', represented(extra));
      assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
    }
    const lookups = async () =>
      query<{ entity_id: string | null; after: { identifier: string; found: boolean; purpose: string } }>(
        t.database.db,
        sql`SELECT entity_id, after FROM audit_log WHERE action = 'party.looked_up' ORDER BY id`,
      );
    const before = (await lookups()).length;
    const cases = await count(t.database.db, 'case_file');
    const link = (html: string, id: string) =>
      new RegExp(`<a href="#${id}">([^<]*)</a>`).exec(html)?.[1] ?? `(no link to ${id})`;
    /** What was typed in the rest of the form comes back as it was. */
    const keptTheRest = (html: string) => {
      assert.match(html, /id="representative-basis"[^>]*value="Pilnvara Nr. 9"/);
      assert.match(html, /value="liga.cita@example.lv"/);
      assert.match(html, /value="Brīvības iela 7, Subate"/);
      assert.match(html, /Lūdzu izsniegt izziņu/);
      assert.match(html, /<details class="govuk-details" open/);
    };

    // The form offers the look-up without a script.
    const page = await get(`/darbs/lietas/jauna?pakalpojums=${service.serviceId}`);
    assert.match(page.body, /name="step" value="lookup-representative"/);

    // Found by the personal code written otherwise: the name filled in, the code shown masked.
    const person = await postMultipart(
      t.app,
      clerk,
      '/darbs/lietas/jauna',
      represented({
        step: 'lookup-representative',
        'representative-code': '32777700001',
        'representative-name': '',
      }),
    );
    assert.equal(person.statusCode, 200, person.body.slice(0, 2000));
    assert.match(person.body, /Atrasts zināms pārstāvis; dati aizpildīti/);
    assert.match(person.body, /<strong>Anna Bērziņa<\/strong> \(327777-\*\*\*\*\*\)/);
    assert.match(person.body, /id="representative-name"[^>]*value="Anna Bērziņa"/);
    assert.match(person.body, /id="representative-code"[^>]*value="32777700001"/);
    keptTheRest(person.body);
    let audited = await lookups();
    assert.equal(audited.length, before + 1);
    assert.notEqual(audited.at(-1)!.entity_id, null);
    assert.deepEqual(audited.at(-1)!.after, { identifier: '327777-*****', found: true, purpose: 'intake' });

    // Found by the registration number, spaced, in English.
    const company = await postMultipart(
      t.app,
      clerk,
      '/en/work/cases/new',
      represented({
        step: 'lookup-representative',
        'representative-code': '4010 377 7001',
        'representative-name': '',
      }),
    );
    assert.equal(company.statusCode, 200, company.body.slice(0, 2000));
    assert.match(company.body, /A known representative was found and the details filled in/);
    assert.match(company.body, /<strong>SIA Kļava<\/strong> \(40103777001\)/);
    assert.match(company.body, /id="representative-name"[^>]*value="SIA Kļava"/);
    keptTheRest(company.body);
    audited = await lookups();
    assert.equal(audited.length, before + 2);
    assert.deepEqual(audited.at(-1)!.after, { identifier: '40103777001', found: true, purpose: 'intake' });

    // Not known: said so, the name typed kept to be completed; audited too.
    const unknown = await postMultipart(
      t.app,
      clerk,
      '/en/work/cases/new',
      represented({
        step: 'lookup-representative',
        'representative-code': '32777700002',
        'representative-name': 'Jānis Ozols',
      }),
    );
    assert.equal(unknown.statusCode, 200);
    assert.match(unknown.body, /This representative is not known yet — type the name/);
    assert.match(unknown.body, /id="representative-name"[^>]*value="Jānis Ozols"/);
    assert.doesNotMatch(unknown.body, /A known representative was found/);
    keptTheRest(unknown.body);
    audited = await lookups();
    assert.equal(audited.length, before + 3);
    assert.deepEqual(audited.at(-1)!.after, { identifier: '327777-*****', found: false, purpose: 'intake' });

    // No code, or one that is not valid: told on the representative's code, what was typed kept, nothing read.
    for (const [code, url, message] of [
      ['', '/darbs/lietas/jauna', /^Aizpildiet lauku „Pārstāvja personas kods vai reģistrācijas numurs”/],
      ['010190-12348', '/darbs/lietas/jauna', /^Personas kods nav derīgs/],
      ['4000 31', '/en/work/cases/new', /^The registration number is not valid/],
    ] as const) {
      const bad = await postMultipart(
        t.app,
        clerk,
        url,
        represented({ step: 'lookup-representative', 'representative-code': code }),
      );
      assert.equal(bad.statusCode, 400, code);
      assert.match(link(bad.body, 'representative-code'), message);
      // The error is shown at the field itself, which the input names (aria-describedby).
      assert.match(bad.body, /id="representative-code-error"/);
      assert.match(
        bad.body,
        /<input[^>]*id="representative-code"[^>]*aria-describedby="[^"]*representative-code-error/,
      );
      assert.match(
        bad.body,
        new RegExp(`id="representative-code"[^>]*value${code ? `="${code}"` : '[ />]'}`),
      );
      assert.match(bad.body, /id="representative-name"[^>]*value="Anna Bērziņa"/);
      assert.doesNotMatch(
        bad.body,
        /not known yet|nav zināms|Atrasts zināms pārstāvis|A known representative was found/,
      );
      keptTheRest(bad.body);
    }
    assert.equal((await lookups()).length, before + 3);
    // Looking up registers nothing.
    assert.equal(await count(t.database.db, 'case_file'), cases);
  });

  describe('the representative’s contacts', () => {
    const represented = (extra: Record<string, string>) =>
      intakeFields(service.versionId, service.serviceId, {
        'representative-code': '32888800001',
        'representative-name': 'Pēteris Kalns',
        'representative-basis': 'Pilnvara Nr. 21',
        ...extra,
      });
    const register = (extra: Record<string, string>, url = '/darbs/lietas/jauna') =>
      postMultipart(t.app, clerk, url, represented(extra));
    const caseIdOf = (location: unknown) => Number(/\/(\d+)\/kvits$/.exec(String(location))?.[1]);
    const mails = (caseId: number) =>
      query<{ recipient: string; subject: string }>(
        t.database.db,
        sql`SELECT recipient, subject FROM outbox_message WHERE case_id = ${caseId} ORDER BY id`,
      );
    const storedRepresentative = async (code: string) =>
      (
        await query<{ email: string | null; phone: string | null; address: string | null; lang: string }>(
          t.database.db,
          sql`SELECT email, phone, postal_address AS address, preferred_language AS lang
              FROM party WHERE personal_code = ${code}`,
        )
      )[0];
    const link = (html: string, id: string) =>
      new RegExp(`<a href="#${id}">([^<]*)</a>`).exec(html)?.[1] ?? `(no link to ${id})`;
    const checked = (html: string, name: string) =>
      [...html.matchAll(/<input[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => tag.includes(`name="${name}"`) && / checked/.test(tag))
        .map((tag) => /value="([^"]*)"/.exec(tag)?.[1]);

    test('the form asks for them under the representative’s identity, without a script', async () => {
      const page = await get(`/darbs/lietas/jauna?pakalpojums=${service.serviceId}`);
      for (const [id, label] of [
        ['representative-email', 'Pārstāvja e-pasts'],
        ['representative-phone', 'Pārstāvja tālrunis'],
        ['representative-address', 'Pārstāvja pasta adrese'],
      ])
        assert.match(page.body, new RegExp(`<label[^>]*for="${id}"[^>]*>\\s*${label}`));
      assert.match(page.body, /<input[^>]*name="representative-language"[^>]*value="en"/);
      const order = ['representative-name', 'representative-email', 'representative-basis'].map((id) =>
        page.body.indexOf(`id="${id}"`),
      );
      assert.deepEqual(
        [...order].sort((a, b) => a - b),
        order,
      );
      assert.ok(order[0]! > 0);
    });

    test('filed with the representative’s e-mail: the registration mail goes there, in the representative’s language', async () => {
      const res = await register({
        'representative-email': 'Peteris.Kalns@Example.lv',
        'representative-phone': '+371 2000 0021',
        'representative-address': 'Skolas iela 3, Subate',
        'representative-language': 'en',
      });
      assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
      const [mail, ...more] = await mails(caseIdOf(res.headers.location));
      assert.equal(more.length, 0);
      assert.equal(mail?.recipient, 'peteris.kalns@example.lv');
      assert.match(mail?.subject ?? '', /^Application registered/);
      assert.deepEqual(await storedRepresentative('32888800001'), {
        email: 'peteris.kalns@example.lv',
        phone: '+371 2000 0021',
        address: 'Skolas iela 3, Subate',
        lang: 'en',
      });

      // Registered again with the code and name only: the known representative keeps what is stored.
      const again = await register({});
      assert.equal(again.statusCode, 303, again.body.slice(0, 2000));
      assert.deepEqual(await storedRepresentative('32888800001'), {
        email: 'peteris.kalns@example.lv',
        phone: '+371 2000 0021',
        address: 'Skolas iela 3, Subate',
        lang: 'en',
      });
      const [kept] = await mails(caseIdOf(again.headers.location));
      assert.equal(kept?.recipient, 'peteris.kalns@example.lv');
      assert.match(kept?.subject ?? '', /^Application registered/);
    });

    test('an e-mail that is not one is told on the representative’s field, what was typed kept, nothing filed', async () => {
      const before = await count(t.database.db, 'case_file');
      for (const [url, message] of [
        ['/darbs/lietas/jauna', /^Ievadiet e-pasta adresi pareizā formā/],
        ['/en/work/cases/new', /^Enter an email address in the correct format/],
      ] as const) {
        const res = await register(
          {
            'representative-email': 'peteris@kalns',
            'representative-phone': '20000021',
            'representative-language': 'en',
          },
          url,
        );
        assert.equal(res.statusCode, 400, res.body.slice(0, 2000));
        assert.match(link(res.body, 'representative-email'), message);
        assert.match(
          res.body,
          /<input[^>]*id="representative-email"[^>]*aria-describedby="[^"]*representative-email-error/,
        );
        assert.match(res.body, /id="representative-email"[^>]*value="peteris@kalns"/);
        assert.match(res.body, /id="representative-phone"[^>]*value="20000021"/);
        assert.deepEqual(checked(res.body, 'representative-language'), ['en']);
        assert.match(res.body, /id="representative-basis"[^>]*value="Pilnvara Nr. 21"/);
        assert.match(res.body, /<details class="govuk-details" open/);
        assert.doesNotMatch(res.body, /href="#applicant-email"/);
      }
      assert.equal(await count(t.database.db, 'case_file'), before);
    });

    test('an e-mail alone still asks for the representative’s name and basis', async () => {
      const res = await register({
        'representative-code': '',
        'representative-name': '',
        'representative-basis': '',
        'representative-email': 'kads@example.lv',
      });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /href="#representative-name"/);
      assert.match(res.body, /href="#representative-basis"/);
      assert.match(res.body, /id="representative-email"[^>]*value="kads@example.lv"/);
    });

    test('Find prefills a known representative’s contacts (once-only), audited, the code masked', async () => {
      const code = '32888800002';
      const first = await register({
        'representative-code': code,
        'representative-name': 'Marta Lejiņa',
        'representative-email': 'marta@example.lv',
        'representative-phone': '29000002',
        'representative-address': 'Dzirnavu iela 2, Ilūkste',
        'representative-language': 'en',
      });
      assert.equal(first.statusCode, 303, first.body.slice(0, 2000));
      const lookups = async () =>
        (await query(t.database.db, sql`SELECT id FROM audit_log WHERE action = 'party.looked_up'`)).length;
      const audited = await lookups();
      const found = await register({
        step: 'lookup-representative',
        'representative-code': code,
        'representative-name': '',
        'representative-email': '',
        'representative-phone': '',
        'representative-address': '',
      });
      assert.equal(found.statusCode, 200, found.body.slice(0, 2000));
      assert.match(found.body, /Atrasts zināms pārstāvis; dati aizpildīti/);
      assert.match(found.body, /<strong>Marta Lejiņa<\/strong> \(328888-\*\*\*\*\*\)/);
      assert.match(found.body, /id="representative-email"[^>]*value="marta@example.lv"/);
      assert.match(found.body, /id="representative-phone"[^>]*value="29000002"/);
      assert.match(found.body, /id="representative-address"[^>]*value="Dzirnavu iela 2, Ilūkste"/);
      assert.deepEqual(checked(found.body, 'representative-language'), ['en']);
      // The applicant's contacts are the applicant's: untouched by the representative's look-up.
      assert.match(found.body, /id="applicant-email"[^>]*value="liga@example.lv"/);
      assert.equal(await lookups(), audited + 1);

      // A foreigner without a code: found by the document and the date of birth, the contacts filled in too.
      const foreigner = {
        'representative-code': '',
        'representative-name': 'Ona Jankauskienė',
        'representative-birthDate': '12.05.1979',
        'representative-document': 'LT 5555 0001',
      };
      const foreign = await register({ ...foreigner, 'representative-email': 'ona@example.lt' });
      assert.equal(foreign.statusCode, 303, foreign.body.slice(0, 2000));
      const foundForeign = await register({
        ...foreigner,
        step: 'lookup-representative-foreign',
        'representative-name': '',
      });
      assert.equal(foundForeign.statusCode, 200, foundForeign.body.slice(0, 2000));
      assert.match(foundForeign.body, /id="representative-email"[^>]*value="ona@example.lt"/);
      assert.deepEqual(checked(foundForeign.body, 'representative-language'), ['lv']);
      assert.equal(await lookups(), audited + 2);
    });
  });

  test('without the CSRF token nothing is registered', async () => {
    const before = await count(t.database.db, 'case_file');
    const fields = intakeFields(service.versionId, service.serviceId);
    const { multipartBody } = await import('./http-helpers');
    const body = await multipartBody(undefined, fields);
    const res = await t.app.inject({
      method: 'POST',
      url: '/darbs/lietas/jauna',
      payload: body.payload,
      headers: { ...body.headers, cookie: clerk.cookie },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(await count(t.database.db, 'case_file'), before);
  });
});
