// A subject access request without a case at hand (issue 8 point 13; found by review: the export was only a
// button on a case page, with no way to find the person).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';
import { intakeFields, PDF, postMultipart, socialService } from './http-helpers';

let t: TestApp;
let manager: Browser;
let clerk: Browser;

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  manager = await signIn(t.app, demoEmail('manager'));
  clerk = await signIn(t.app, demoEmail('clerk'));
  const service = await socialService(t.database.db);
  const filed = await postMultipart(
    t.app,
    clerk,
    '/darbs/lietas/jauna',
    intakeFields(service.versionId, service.serviceId, {
      'applicant-code': '32777700001',
      'applicant-name': 'Inese Kalna',
    }),
    [{ field: 'documents', filename: 'iesniegums.pdf', bytes: PDF }],
  );
  assert.equal(filed.statusCode, 303);
  const foreigner = await postMultipart(
    t.app,
    clerk,
    '/darbs/lietas/jauna',
    intakeFields(service.versionId, service.serviceId, {
      'applicant-kind': 'foreign_person',
      'applicant-code': '',
      'applicant-name': 'Tomas Petraitis',
      'applicant-birthDate': '21.06.1988',
      'applicant-document': 'lt 1234 5678',
    }),
    [{ field: 'documents', filename: 'iesniegums.pdf', bytes: PDF }],
  );
  assert.equal(foreigner.statusCode, 303, foreigner.body.slice(0, 2000));
});
after(() => t.close());

const looksUp = async () =>
  (
    await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'party.looked_up' AND after->>'purpose' = 'export'`,
    )
  )[0]!.n;

test('a manager finds a person by code, sees the masked code, and exports what is stored; each search audited', async () => {
  const before = await looksUp();
  const found = await postForm(t.app, manager, '/darbs/personas', { code: '327777-00001' });
  assert.equal(found.statusCode, 200);
  assert.match(found.body, /Inese Kalna \(327777-\*\*\*\*\*\)/);
  assert.doesNotMatch(found.body, /327777-00001|32777700001/);
  const action = /action="(\/darbs\/personas\/\d+\/eksports)"/.exec(found.body)?.[1];
  assert.ok(action, 'no export button');
  const exported = await postForm(t.app, manager, action, {});
  assert.equal(exported.statusCode, 200);
  assert.equal(JSON.parse(exported.body).party.name, 'Inese Kalna');
  const nobody = await postForm(t.app, manager, '/en/work/parties', { code: '32000099999' });
  assert.match(nobody.body, /Nobody is known by this code/);
  assert.equal(await looksUp(), before + 2);
  const empty = await postForm(t.app, manager, '/darbs/personas', { code: '' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /href="#code"[^>]*>Ievadiet kodu/);
});

test('the desk may not search for export, nor is it offered the page', async () => {
  assert.equal((await postForm(t.app, clerk, '/darbs/personas', { code: '32777700001' })).statusCode, 403);
  assert.doesNotMatch(
    (await t.app.inject({ url: '/darbs', headers: { cookie: clerk.cookie } })).body,
    /href="\/darbs\/personas"/,
  );
  assert.match(
    (await t.app.inject({ url: '/darbs', headers: { cookie: manager.cookie } })).body,
    /href="\/darbs\/personas">Personas dati</,
  );
});

test('a manager finds a foreigner without a personal code by the document and the date of birth, and exports what is stored', async () => {
  const lookups = () =>
    query<{ after: Record<string, unknown>; entity: string | null }>(
      t.database.db,
      sql`SELECT after, entity_id AS entity FROM audit_log
          WHERE action = 'party.looked_up' AND after->>'purpose' = 'export' ORDER BY id`,
    );
  const before = (await lookups()).length;
  // The document spaced and cased otherwise, the date written the other way.
  const found = await postForm(t.app, manager, '/darbs/personas', {
    by: 'document',
    partyDocument: 'LT-1234-5678',
    partyBirthDate: '1988-06-21',
  });
  assert.equal(found.statusCode, 200, found.body.slice(0, 2000));
  assert.match(found.body, /Tomas Petraitis \(dzimšanas datums 21\.06\.1988\.\)/);
  // Once found, what was typed is not shown again (as a code is not).
  assert.doesNotMatch(found.body, /LT-1234-5678|LT12345678/);
  const action = /action="(\/darbs\/personas\/\d+\/eksports)"/.exec(found.body)?.[1];
  assert.ok(action, 'no export button');
  const exported = await postForm(t.app, manager, action, {});
  assert.equal(exported.statusCode, 200);
  const data = JSON.parse(exported.body);
  assert.equal(data.party.kind, 'foreign_person');
  assert.equal(data.party.name, 'Tomas Petraitis');
  assert.equal(data.party.identityDocument, 'LT12345678');
  assert.equal(data.party.birthDate, '1988-06-21');
  assert.equal(data.cases.length, 1);
  assert.equal(data.cases[0].role, 'applicant');

  // Not known: said so, what was typed kept to be corrected (in English too).
  const nobody = await postForm(t.app, manager, '/en/work/parties', {
    by: 'document',
    partyDocument: 'LT 1234 5679',
    partyBirthDate: '21.06.1988',
  });
  assert.equal(nobody.statusCode, 200);
  assert.match(nobody.body, /Nobody is known by this document number and date of birth/);
  assert.match(nobody.body, /id="partyDocument"[^>]*value="LT 1234 5679"/);
  assert.match(nobody.body, /id="partyBirthDate"[^>]*value="21.06.1988"/);
  assert.doesNotMatch(nobody.body, /Nobody is known by this code/);

  // Each look-up audited with the document masked, found or not.
  const audited = (await lookups()).slice(before);
  assert.deepEqual(
    audited.map((a) => ({ ...a.after, entity: a.entity !== null })),
    [
      {
        kind: 'foreign_person',
        identifier: 'LT********',
        birthDate: '1988-06-21',
        found: true,
        purpose: 'export',
        entity: true,
      },
      {
        kind: 'foreign_person',
        identifier: 'LT********',
        birthDate: '1988-06-21',
        found: false,
        purpose: 'export',
        entity: false,
      },
    ],
  );
});

test('the foreigner search names what is missing or wrong, keeps what was typed, and reads nothing', async () => {
  const before = await looksUp();
  const empty = await postForm(t.app, manager, '/darbs/personas', {
    by: 'document',
    partyDocument: ' - ',
    partyBirthDate: '',
  });
  assert.equal(empty.statusCode, 400);
  assert.match(
    empty.body,
    /href="#partyDocument"[^>]*>Aizpildiet lauku „Personu apliecinoša dokumenta numurs”.*href="#partyBirthDate"[^>]*>Aizpildiet lauku „Dzimšanas datums”/s,
  );
  const future = await postForm(t.app, manager, '/en/work/parties', {
    by: 'document',
    partyDocument: 'LT12345678',
    partyBirthDate: '31.02.1988',
  });
  assert.equal(future.statusCode, 400);
  assert.match(future.body, /href="#partyBirthDate"[^>]*>Enter a real date of birth/);
  assert.doesNotMatch(future.body, /href="#partyDocument"/);
  assert.match(future.body, /id="partyDocument"[^>]*value="LT12345678"/);
  assert.match(future.body, /id="partyBirthDate"[^>]*value="31.02.1988"/);
  assert.equal(await looksUp(), before);
  // The desk may not search for export this way either.
  const desk = await postForm(t.app, clerk, '/darbs/personas', {
    by: 'document',
    partyDocument: 'LT12345678',
    partyBirthDate: '21.06.1988',
  });
  assert.equal(desk.statusCode, 403);
});
