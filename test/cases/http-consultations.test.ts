// Consultations without an application (issue 8 point 9) linked to a known party: by the personal code, or —
// a foreigner without one (found by review: only a code could be given) — by the identity document number and
// the date of birth. A party not known is said so and never created.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';
import { count, intakeFields, PDF, postMultipart, socialService } from './http-helpers';

let t: TestApp;
let clerk: Browser;
let manager: Browser;
let foreignerId: number;

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  clerk = await signIn(t.app, demoEmail('clerk'));
  manager = await signIn(t.app, demoEmail('manager'));
  const service = await socialService(t.database.db);
  const filed = await postMultipart(
    t.app,
    clerk,
    '/darbs/lietas/jauna',
    intakeFields(service.versionId, service.serviceId, {
      'applicant-kind': 'foreign_person',
      'applicant-code': '',
      'applicant-name': 'Olena Kovalenko',
      'applicant-birthDate': '03.04.1979',
      'applicant-document': 'FX 123 456',
    }),
    [{ field: 'documents', filename: 'iesniegums.pdf', bytes: PDF }],
  );
  assert.equal(filed.statusCode, 303, filed.body.slice(0, 2000));
  const [row] = await query<{ id: number }>(
    t.database.db,
    sql`SELECT id FROM party WHERE kind = 'foreign_person' AND identity_document = 'FX123456'`,
  );
  foreignerId = row!.id;
});
after(() => t.close());

const consultation = (fields: Record<string, string>) => ({
  topic: 'Jautājums par deklarēšanos',
  channel: 'visit',
  minutes: '10',
  centre: 'ilukste',
  ...fields,
});
const parties = async () =>
  (await query<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM party`))[0]!.n;
const linked = async () =>
  query<{ party: number | null }>(
    t.database.db,
    sql`SELECT party_id AS party FROM interaction ORDER BY id DESC LIMIT 1`,
  );
const lookups = () =>
  query<{ after: Record<string, unknown> }>(
    t.database.db,
    sql`SELECT after FROM audit_log WHERE action = 'party.looked_up' ORDER BY id`,
  );

test('a clerk links a consultation to a known foreigner by the document (spaced otherwise) and the date of birth; the look-up is audited', async () => {
  const before = (await lookups()).length;
  const res = await postForm(
    t.app,
    clerk,
    '/darbs/konsultacijas',
    consultation({ partyDocument: 'fx-123456', partyBirthDate: '1979-04-03' }),
  );
  assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
  assert.deepEqual(await linked(), [{ party: foreignerId }]);
  const audited = (await lookups()).slice(before);
  assert.deepEqual(
    audited.map((a) => a.after),
    [
      {
        kind: 'foreign_person',
        identifier: 'FX******',
        birthDate: '1979-04-03',
        found: true,
        purpose: 'intake',
      },
    ],
  );
  // The foreigner's subject access export lists it (without the clerk).
  const exported = await postForm(t.app, manager, `/darbs/personas/${foreignerId}/eksports`, {});
  assert.equal(exported.statusCode, 200);
  const data = JSON.parse(exported.body);
  assert.deepEqual(
    data.consultations.map((c: Record<string, unknown>) => [c.topic, c.channel, c.minutes, c.centre]),
    [['Jautājums par deklarēšanos', 'visit', 10, 'ilukste']],
  );
  assert.doesNotMatch(exported.body, /staff|clerk@/);
});

test('a foreigner not known is said so on the document, the form kept; nothing is recorded or created', async () => {
  const [interactions, partiesBefore, lookupsBefore] = [
    await count(t.database.db, 'interaction'),
    await parties(),
    (await lookups()).length,
  ];
  for (const [url, message] of [
    [
      '/darbs/konsultacijas',
      /href="#partyDocument"[^>]*>Ārzemnieks ar šo dokumenta numuru un dzimšanas datumu nav zināms/,
    ],
    [
      '/en/work/consultations',
      /href="#partyDocument"[^>]*>No foreigner is known by this document number and date of birth/,
    ],
  ] as const) {
    const res = await postForm(
      t.app,
      clerk,
      url,
      consultation({ partyDocument: 'FX 123 457', partyBirthDate: '03.04.1979' }),
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, message);
    assert.match(res.body, /id="partyDocument"[^>]*value="FX 123 457"/);
    assert.match(res.body, /id="partyBirthDate"[^>]*value="03.04.1979"/);
    assert.match(res.body, /Jautājums par deklarēšanos/);
  }
  assert.equal(await count(t.database.db, 'interaction'), interactions);
  assert.equal(await parties(), partiesBefore);
  // Each look-up audited, found or not.
  assert.equal((await lookups()).length, lookupsBefore + 2);
  // An unknown personal code, as before: refused on the code, nothing created.
  const code = await postForm(
    t.app,
    clerk,
    '/darbs/konsultacijas',
    consultation({ partyCode: '32000099999' }),
  );
  assert.equal(code.statusCode, 400);
  assert.match(code.body, /href="#partyCode"[^>]*>Persona nav atrasta/);
  assert.equal(await parties(), partiesBefore);
});

test('the foreigner’s two fields go together, not with a code; told with the form’s other problems', async () => {
  const before = await count(t.database.db, 'interaction');
  const lookupsBefore = (await lookups()).length;
  const onlyDocument = await postForm(
    t.app,
    clerk,
    '/darbs/konsultacijas',
    consultation({ partyDocument: 'FX123456', minutes: 'daudz' }),
  );
  assert.equal(onlyDocument.statusCode, 400);
  assert.match(onlyDocument.body, /href="#minutes"/);
  assert.match(onlyDocument.body, /href="#partyBirthDate"[^>]*>Aizpildiet lauku „Dzimšanas datums”/);
  const badDate = await postForm(
    t.app,
    clerk,
    '/en/work/consultations',
    consultation({ partyDocument: 'FX123456', partyBirthDate: '31.13.1979' }),
  );
  assert.equal(badDate.statusCode, 400);
  assert.match(badDate.body, /href="#partyBirthDate"[^>]*>Enter a real date of birth/);
  const onlyDate = await postForm(
    t.app,
    clerk,
    '/darbs/konsultacijas',
    consultation({ partyDocument: ' - ', partyBirthDate: '03.04.1979' }),
  );
  assert.equal(onlyDate.statusCode, 400);
  assert.match(
    onlyDate.body,
    /href="#partyDocument"[^>]*>Aizpildiet lauku „Personu apliecinoša dokumenta numurs”/,
  );
  const both = await postForm(
    t.app,
    clerk,
    '/darbs/konsultacijas',
    consultation({ partyCode: '32000099999', partyDocument: 'FX123456', partyBirthDate: '03.04.1979' }),
  );
  assert.equal(both.statusCode, 400);
  assert.match(both.body, /href="#partyCode"[^>]*>Ievadiet vai nu personas kodu, vai dokumenta numuru/);
  assert.equal(await count(t.database.db, 'interaction'), before);
  assert.equal((await lookups()).length, lookupsBefore);
  // No person at all: recorded without one, as before.
  const none = await postForm(t.app, clerk, '/darbs/konsultacijas', consultation({}));
  assert.equal(none.statusCode, 303);
  assert.deepEqual(await linked(), [{ party: null }]);
});
