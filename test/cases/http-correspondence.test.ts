// Correspondence that is not an application, at the desk: received, or sent by the municipality (issue 8 point 3:
// "outgoing documents (decisions, answers) are numbered in the same registry"; found by review: an outgoing
// letter that is no case action could not be numbered).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, signIn } from '../staff/helpers';
import { intakeFields, PDF, postMultipart, socialService } from './http-helpers';

let t: TestApp;
let clerk: Browser;
let caseNumber: string;
let caseId: number;

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  clerk = await signIn(t.app, demoEmail('clerk'));
  const service = await socialService(t.database.db);
  const filed = await postMultipart(
    t.app,
    clerk,
    '/darbs/lietas/jauna',
    intakeFields(service.versionId, service.serviceId),
    [{ field: 'documents', filename: 'iesniegums.pdf', bytes: PDF }],
  );
  assert.equal(filed.statusCode, 303);
  caseId = Number(/\/darbs\/lietas\/(\d+)/.exec(String(filed.headers.location))![1]);
  const [row] = await query<{ n: string }>(
    t.database.db,
    sql`SELECT registration_number AS n FROM case_file WHERE id = ${caseId}`,
  );
  caseNumber = row!.n;
});
after(() => t.close());

const letter = (fields: Record<string, string>) =>
  postMultipart(
    t.app,
    clerk,
    '/darbs/korespondence/jauna',
    {
      idempotencyKey: `corr-${Math.random().toString(36).slice(2)}-${Date.now()}`,
      direction: 'in',
      correspondent: 'Valsts ieņēmumu dienests',
      subject: 'Informatīva vēstule',
      channel: 'post',
      centre: 'ilukste',
      caseNumber: '',
      ...fields,
    },
    [{ field: 'documents', filename: 'vestule.pdf', bytes: PDF }],
  );
const entry = async (number: string) =>
  (
    await query<{ direction: string; kind: string; correspondent: string; caseId: number | null }>(
      t.database.db,
      sql`SELECT direction, kind, correspondent, case_id AS "caseId" FROM registry_entry WHERE number = ${number}`,
    )
  )[0];
const numberOf = (location: unknown) => decodeURIComponent(/\?nr=(.+)$/.exec(String(location))![1]!);

test('the page asks whether the letter was received or sent, in both languages', async () => {
  for (const [url, text] of [
    ['/darbs/korespondence/jauna', 'Nosūtīta (atbilde vai cita vēstule)'],
    ['/en/work/correspondence/new', 'Sent (an answer or another letter)'],
  ] as const) {
    const page = await t.app.inject({ url, headers: { cookie: clerk.cookie } });
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(text));
    assert.match(
      page.body,
      /name="direction"[^>]*value="in"[^>]*checked|value="in"[^>]*checked[^>]*name="direction"/,
    );
  }
});

test('a received letter is an incoming entry; a sent answer on a case is an outgoing one, its document the case’s', async () => {
  const received = await letter({});
  assert.equal(received.statusCode, 303);
  assert.deepEqual(await entry(numberOf(received.headers.location)), {
    direction: 'in',
    kind: 'correspondence',
    correspondent: 'Valsts ieņēmumu dienests',
    caseId: null,
  });
  const sent = await letter({
    direction: 'out',
    correspondent: 'Līga Ābele',
    subject: 'Atbilde',
    caseNumber,
  });
  assert.equal(sent.statusCode, 303);
  const number = numberOf(sent.headers.location);
  assert.deepEqual(await entry(number), {
    direction: 'out',
    kind: 'answer',
    correspondent: 'Līga Ābele',
    caseId,
  });
  const [doc] = await query<{ direction: string }>(
    t.database.db,
    sql`SELECT direction FROM case_document WHERE registry_number = ${number}`,
  );
  assert.equal(doc?.direction, 'out');
  const done = await t.app.inject({ url: String(sent.headers.location), headers: { cookie: clerk.cookie } });
  assert.ok(done.body.includes(`Reģistrēts ar numuru ${number}`));
});

test('a missing subject or direction gives the form back with what was typed, and nothing is numbered', async () => {
  const [before] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM registry_entry`,
  );
  const bad = await letter({
    direction: 'sideways',
    subject: '',
    correspondent: 'Zemgales plānošanas reģions',
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /href="#direction"/);
  assert.match(bad.body, /href="#subject"/);
  assert.match(bad.body, /value="Zemgales plānošanas reģions"/);
  const [after] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM registry_entry`,
  );
  assert.equal(after!.n, before!.n);
});
