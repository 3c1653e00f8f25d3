// The standard's online questions asked at the desk (issue 8 point 2; found by review: a postal application for
// the GMI benefit carried none of household size, status, income or bank account).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, signIn } from '../staff/helpers';
import { intakeFields, PDF, postMultipart } from './http-helpers';

let t: TestApp;
let clerk: Browser;
let gmi: { serviceId: number; versionId: number };

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  clerk = await signIn(t.app, demoEmail('clerk'));
  const [row] = await query<{ serviceId: number; versionId: number }>(
    t.database.db,
    sql`SELECT s.id AS "serviceId", v.id AS "versionId" FROM service s
        JOIN service_version v ON v.service_id = s.id AND v.status = 'published' WHERE s.code = 'gmi-pabalsts'`,
  );
  gmi = { serviceId: Number(row!.serviceId), versionId: Number(row!.versionId) };
});
after(() => t.close());

const register = (answers: Record<string, string>, locale: 'lv' | 'en' = 'lv') =>
  postMultipart(
    t.app,
    clerk,
    locale === 'lv' ? '/darbs/lietas/jauna' : '/en/work/cases/new',
    intakeFields(gmi.versionId, gmi.serviceId, answers),
    [{ field: 'documents', filename: 'iesniegums.pdf', bytes: PDF }],
  );

test('the desk form asks the questions of the service’s online form, none of them required, no file question', async () => {
  const page = await t.app.inject({
    url: `/darbs/lietas/jauna?pakalpojums=${gmi.serviceId}`,
    headers: { cookie: clerk.cookie },
  });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Veidlapas jautājumi/);
  assert.match(page.body, /name="f-majsaimniecibas_lielums"/);
  assert.match(page.body, /name="f-statuss"/);
  assert.match(page.body, /name="f-bankas_konts"/);
  assert.doesNotMatch(page.body, /name="f-ienakumu_dokumenti"/);
  // Registered without any answer: the application is taken as it came.
  assert.equal((await register({})).statusCode, 303);
});

test('answers are checked as online, in the clerk’s language, and kept with what was typed after an error', async () => {
  const bad = await register({
    'f-majsaimniecibas_lielums': '2,5',
    'f-ienakumi_menesi': '1 200,50',
    'f-bankas_konts': 'LV80 BANK 0000 4351 9500 2',
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /govuk-error-summary/);
  assert.match(bad.body, /href="#f-majsaimniecibas_lielums"/);
  assert.match(bad.body, /value="1 200,50"/);
  // One digit wrong: the account number's check refuses it, what was typed stays.
  assert.match(bad.body, /href="#f-bankas_konts"/);
  assert.match(bad.body, /derīgu konta numuru \(IBAN\)/);
  assert.match(bad.body, /value="LV80 BANK 0000 4351 9500 2"/);

  const ok = await register({
    'f-majsaimniecibas_lielums': '3',
    'f-statuss': 'trucigs',
    'f-ienakumi_menesi': '1 200,50',
    'f-bankas_konts': 'lv80bank0000435195001',
  });
  assert.equal(ok.statusCode, 303);
  const id = Number(/\/darbs\/lietas\/(\d+)/.exec(String(ok.headers.location))![1]);
  const [row] = await query<{ fields: Record<string, string> }>(
    t.database.db,
    sql`SELECT fields FROM case_file WHERE id = ${id}`,
  );
  assert.equal(row!.fields.majsaimniecibas_lielums, '3');
  assert.equal(row!.fields.statuss, 'Trūcīgas mājsaimniecības statuss');
  // An amount in euros is kept as read, as money (the style guide's formatMoney).
  assert.match(row!.fields.ienakumi_menesi!, /^1200,50\s€$/);
  // Kept as read, in the groups of four a bank prints.
  assert.equal(row!.fields.bankas_konts, 'LV80 BANK 0000 4351 9500 1');
  assert.equal(row!.fields.summary, 'Lūdzu piešķirt pabalstu');
  // The case page shows them under the form's own labels.
  const specialist = await signIn(t.app, demoEmail('specialist'));
  const casePage = await t.app.inject({ url: `/darbs/lietas/${id}`, headers: { cookie: specialist.cookie } });
  assert.match(casePage.body, /Cik cilvēku ir jūsu mājsaimniecībā\?/);

  const en = await register({ 'f-ienakumi_menesi': '1,200.50' }, 'en');
  assert.equal(en.statusCode, 303);
});

test('a company may represent the applicant: told from a person by its registration number', async () => {
  const filed = await register({
    'representative-code': '40003000001',
    'representative-name': 'SIA Juridiskais birojs',
    'representative-basis': 'Pilnvara Nr. 7',
  });
  assert.equal(filed.statusCode, 303);
  const id = Number(/\/darbs\/lietas\/(\d+)/.exec(String(filed.headers.location))![1]);
  const [rep] = await query<{ kind: string; number: string; basis: string }>(
    t.database.db,
    sql`SELECT p.kind, p.registration_number AS number, c.representation_basis AS basis
        FROM case_file c JOIN party p ON p.id = c.representative_id WHERE c.id = ${id}`,
  );
  assert.deepEqual(rep, { kind: 'company', number: '40003000001', basis: 'Pilnvara Nr. 7' });
  // A person's code is still a person.
  const person = await register({
    'representative-code': '32123400001',
    'representative-name': 'Jānis Pilnvarnieks',
    'representative-basis': 'Pilnvara Nr. 8',
  });
  assert.equal(person.statusCode, 303);
});

test('the forward form of a case that may still be forwarded says the last day: 5 working days from receipt', async () => {
  // Received on Friday 27.11.2026: the fifth working day after it is Friday 4.12.2026.
  const filed = await register({ receivedOn: '27.11.2026.' });
  assert.equal(filed.statusCode, 303);
  const id = Number(/\/darbs\/lietas\/(\d+)/.exec(String(filed.headers.location))![1]);
  const head = await signIn(t.app, demoEmail('head'));
  const page = await t.app.inject({ url: `/darbs/lietas/${id}`, headers: { cookie: head.cookie } });
  assert.match(page.body, /pārsūta līdz 04\.12\.2026\. \(5 darbdienas no saņemšanas\)/);
  const en = await t.app.inject({ url: `/en/work/cases/${id}`, headers: { cookie: head.cookie } });
  assert.match(en.body, /forwarded by 4 December 2026 \(5 working days from receipt\)/);
});
