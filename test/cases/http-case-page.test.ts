import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import {
  createUser,
  deactivateUser,
  reactivateUser,
  updateUserGrants,
} from '../../src/modules/staff/service';
import { systemActor } from '../../src/platform/auth/actor';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, FORM, formBody, postForm, signIn } from '../staff/helpers';
import { count, intakeFields, PDF, postMultipart, socialService } from './http-helpers';

let t: TestApp;
let clerk: Browser;
let specialist: Browser;
let stranger: Browser;
let caseUrl: string;
let number: string;
let accessCode: string;

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  const created = await createUser(t.database.db, systemActor('test'), {
    email: 'builder@ilukste.example',
    name: 'Būvvaldes Speciālists',
    password: 'builder password 1',
    grants: [{ role: 'specialist', unit: 'buvvalde' }],
  });
  assert.ok(created.ok);
  clerk = await signIn(t.app, demoEmail('clerk'));
  specialist = await signIn(t.app, demoEmail('specialist'));
  stranger = await signIn(t.app, 'builder@ilukste.example', 'builder password 1');
  const service = await socialService(t.database.db);
  const res = await postMultipart(
    t.app,
    clerk,
    '/darbs/lietas/jauna',
    intakeFields(service.versionId, service.serviceId),
    [{ field: 'documents', filename: 'iesniegums.pdf', bytes: PDF }],
  );
  assert.equal(res.statusCode, 303);
  caseUrl = String(res.headers.location).replace(/\/kvits$/, '');
  accessCode = String(res.headers['set-cookie']).match(/pietura_receipt=\d+\.([^;]+)/)![1]!;
  const page = await get(caseUrl, specialist);
  number = /ILN\/\d{4}\/\d{6}/.exec(page.body)![0];
});
after(() => t.close());

const get = (url: string, browser: Browser) => t.app.inject({ url, headers: { cookie: browser.cookie } });
const rowVersion = (html: string) => /name="rowVersion" value="(\d+)"/.exec(html)![1]!;

describe('worklist and case page', () => {
  test('the specialist sees the case in the worklist and on its page, the personal code masked', async () => {
    const list = await get('/darbs/lietas', specialist);
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(number));
    const page = await get(caseUrl, specialist);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /321234-\*\*\*\*\*/);
    assert.doesNotMatch(page.body, /321234-56789/);
    const en = await get(caseUrl.replace('/darbs/lietas', '/en/work/cases'), specialist);
    assert.match(en.body, /Next actions/);
  });

  test('the case page offers only what the role may do with the parties (found by review: 403 behind the buttons)', async () => {
    const manager = await signIn(t.app, demoEmail('manager'));
    const buttons = async (browser: Browser) => {
      const page = await get(caseUrl, browser);
      assert.equal(page.statusCode, 200);
      return {
        unmask: page.body.includes('Rādīt personas kodu'),
        exportData: page.body.includes('Personas datu eksports'),
      };
    };
    assert.deepEqual(await buttons(specialist), { unmask: true, exportData: false });
    assert.deepEqual(await buttons(manager), { unmask: false, exportData: true });
    // What is offered works: the manager's export answers the data, the specialist's unmasking the code.
    const page = (await get(caseUrl, manager)).body;
    const exportAction =
      /action="([^"]*)"[^>]*>\s*<input[^>]*name="_csrf"[^>]*>\s*<button[^>]*>Personas datu eksports/.exec(
        page,
      );
    assert.ok(exportAction, 'no export form');
    const exported = await postForm(t.app, manager, exportAction[1]!.replaceAll('&amp;', '&'), {});
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /json/);
  });

  test('the worklist keeps the chosen service and centre in its filter form, and only a choice that exists', async () => {
    const service = await socialService(t.database.db);
    const chosen = (html: string, select: string) =>
      [
        ...(new RegExp(`<select[^>]*id="${select}"[\\s\\S]*?</select>`).exec(html)?.[0] ?? '').matchAll(
          /<option value="([^"]*)" selected/g,
        ),
      ].map((m) => m[1]);
    for (let i = 0; i < 2; i++) {
      const filtered = await get(`/darbs/lietas?service=${service.serviceId}&centre=ilukste`, specialist);
      assert.equal(filtered.statusCode, 200);
      assert.deepEqual(chosen(filtered.body, 'service'), [String(service.serviceId)]);
      assert.deepEqual(chosen(filtered.body, 'centre'), ['ilukste']);
      const plain = await get('/darbs/lietas', specialist);
      assert.deepEqual(chosen(plain.body, 'service'), []);
      assert.deepEqual(chosen(plain.body, 'centre'), []);
      const unknown = await get('/darbs/lietas?centre=nav-tada', specialist);
      assert.equal(unknown.statusCode, 200);
      assert.deepEqual(chosen(unknown.body, 'centre'), []);
      assert.match(unknown.body, /<select[^>]*id="centre"/);
    }
  });

  test("the worklist's assignee filter offers the active specialists and heads of the user's unit, no one else", async () => {
    const expected = await query<{ id: number }>(
      t.database.db,
      sql`SELECT DISTINCT u.id FROM staff_user u JOIN role_grant g ON g.user_id = u.id
          WHERE u.active AND g.role IN ('specialist', 'head') AND g.unit_code = 'socialais-dienests'`,
    );
    assert.ok(expected.length > 0);
    const page = await get('/darbs/lietas', specialist);
    const select = /<select[^>]*id="assignee"[\s\S]*?<\/select>/.exec(page.body)?.[0] ?? '';
    const offered = [...select.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(offered.sort(), expected.map((r) => r.id).sort());
  });

  test('the assignee filter follows a colleague deactivated and reactivated at once (its choices are kept in memory)', async () => {
    const offered = async () => {
      const page = await get('/darbs/lietas', specialist);
      const select = /<select[^>]*id="assignee"[\s\S]*?<\/select>/.exec(page.body)?.[0] ?? '';
      return [...select.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]));
    };
    const colleague = await createUser(t.database.db, systemActor('test'), {
      email: 'kolegis@ilukste.example',
      name: 'Kolēģis Filtrā',
      password: 'Kolegis-parole-2026',
      grants: [{ role: 'specialist', unit: 'socialais-dienests' }],
    });
    assert.ok(colleague.ok);
    assert.ok((await offered()).includes(colleague.id), 'a new colleague is offered at once');
    assert.equal(await deactivateUser(t.database.db, systemActor('test'), colleague.id), 'deactivated');
    assert.ok(!(await offered()).includes(colleague.id), 'a deactivated colleague is gone at once');
    assert.equal(await reactivateUser(t.database.db, systemActor('test'), colleague.id), 'reactivated');
    assert.ok((await offered()).includes(colleague.id), 'and back when reactivated');
    const grants = await updateUserGrants(t.database.db, systemActor('test'), colleague.id, [
      { role: 'clerk', centre: 'ilukste' },
    ]);
    assert.deepEqual(grants, { ok: true });
    assert.ok(!(await offered()).includes(colleague.id), 'no longer a specialist of the unit');
  });

  test('the receipt as a PDF, with the access code when the desk sends it', async () => {
    const res = await t.app.inject({ url: `${caseUrl}/kvits.pdf`, headers: { cookie: clerk.cookie } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const withCode = await postForm(t.app, clerk, `${caseUrl}/kvits.pdf`, { accessCode });
    assert.equal(withCode.statusCode, 200);
    assert.ok(withCode.rawPayload.length > 1000);
  });

  test('the history names what happened in words', async () => {
    const page = await get(caseUrl, specialist);
    assert.match(page.body, /<\/strong> — Reģistrēts/);
  });

  test('showing the personal code is an explicit action', async () => {
    const res = await postForm(t.app, specialist, `${caseUrl}/personas-kods`, { who: 'applicant' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /321234-56789/);
  });

  test('a specialist of another unit gets 404, not 403', async () => {
    const res = await get(caseUrl, stranger);
    assert.equal(res.statusCode, 404);
    const act = await postForm(t.app, stranger, `${caseUrl}/darbiba`, {
      action: 'reject',
      rowVersion: '1',
      'reject-reason': 'x',
    });
    assert.equal(act.statusCode, 404);
  });

  test('a forged case id in a form: 404 and nothing written', async () => {
    const events = await count(t.database.db, 'case_event');
    const res = await postForm(t.app, specialist, '/darbs/lietas/987654/darbiba', {
      action: 'reject',
      rowVersion: '1',
      'reject-reason': 'x',
    });
    assert.equal(res.statusCode, 404);
    assert.equal(await count(t.database.db, 'case_event'), events);
  });

  test('a missing reason: the action form comes back with the message and what was typed', async () => {
    const page = await get(caseUrl, specialist);
    const res = await postForm(t.app, specialist, `${caseUrl}/darbiba`, {
      action: 'forward',
      rowVersion: rowVersion(page.body),
      'forward-institution': 'VSAA',
      'forward-reason': '',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Aizpildiet lauku „Pamatojums”/);
    assert.match(res.body, /value="VSAA"/);
  });

  test('request information, then a stale row version: a clear message and the typed text kept', async () => {
    const before = await get(caseUrl, specialist);
    const me = /<option value="(\d+)"[^>]*>Sandra Krūmiņa/.exec(before.body)![1]!;
    const assigned = await postForm(t.app, specialist, `${caseUrl}/darbiba`, {
      action: 'assign',
      rowVersion: rowVersion(before.body),
      'assign-assigneeId': me,
    });
    assert.equal(assigned.statusCode, 303, assigned.body.slice(0, 500));
    const page = await get(caseUrl, specialist);
    const seen = rowVersion(page.body);
    const first = await postForm(t.app, specialist, `${caseUrl}/darbiba`, {
      action: 'request_info',
      rowVersion: seen,
      'request_info-message': 'Lūdzu iesniedziet izziņu par ienākumiem',
    });
    assert.equal(first.statusCode, 303, first.body.slice(0, 1000));
    const events = await count(t.database.db, 'case_event');
    const second = await postForm(t.app, specialist, `${caseUrl}/darbiba`, {
      action: 'request_info',
      rowVersion: seen,
      'request_info-message': 'Otrais teksts, kas jāsaglabā',
    });
    assert.equal(second.statusCode, 409);
    assert.match(second.body, /mainīja kāds cits/);
    assert.match(second.body, /Otrais teksts, kas jāsaglabā/);
    assert.equal(await count(t.database.db, 'case_event'), events);
  });

  test('a transition the status does not allow is refused with a message', async () => {
    const page = await get(caseUrl, specialist);
    const res = await postForm(t.app, specialist, `${caseUrl}/darbiba`, {
      action: 'ready_for_issue',
      rowVersion: rowVersion(page.body),
    });
    assert.ok([403, 409].includes(res.statusCode), `got ${res.statusCode}`);
    assert.match(res.body, /nevar veikt|nav atļauts/);
  });
});

describe('resident tracking', () => {
  const track = (fields: Record<string, string>, ip: string, url = '/statuss') =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { ...FORM, 'x-forwarded-for': ip },
      payload: formBody(fields),
    });

  test('number and code show the status in plain words and what to do', async () => {
    const res = await track({ number, code: accessCode }, '10.9.0.1');
    assert.equal(res.statusCode, 200);
    // The resident's words, not the staff's status name.
    assert.match(res.body, /Vajadzīga jūsu informācija/);
    assert.doesNotMatch(res.body, /Gaida iesniedzēju/);
    assert.match(res.body, /Lūdzu iesniedziet izziņu par ienākumiem/);
    const en = await track({ number, code: accessCode }, '10.9.0.1', '/en/status');
    assert.match(en.body, /We need more information from you/);
  });

  test('a wrong code and an unknown number get the same answer', async () => {
    const wrongCode = await track({ number, code: 'AAAA-BBBB' }, '10.9.0.2');
    const wrongNumber = await track({ number: 'ILN/2020/999999', code: accessCode }, '10.9.0.2');
    assert.equal(wrongCode.statusCode, 404);
    assert.equal(wrongNumber.statusCode, 404);
    const message = (html: string) =>
      /<ul class="govuk-list govuk-error-summary__list">(.*?)<\/ul>/s.exec(html)?.[1];
    assert.equal(message(wrongCode.body), message(wrongNumber.body));
    assert.match(wrongCode.body, /nav pareizs/);
  });

  test('empty fields: a message per field', async () => {
    const res = await track({ number: '', code: '' }, '10.9.0.3');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Aizpildiet lauku „Reģistrācijas numurs”/);
  });

  test('guessing is rate-limited per client address', async () => {
    let last = 0;
    for (let i = 0; i < 12; i++) last = (await track({ number, code: `X${i}` }, '10.9.0.4')).statusCode;
    assert.equal(last, 429);
    const other = await track({ number, code: accessCode }, '10.9.0.5');
    assert.equal(other.statusCode, 200);
  });
});

describe('consultations without an application', () => {
  test('a clerk records one in a few fields; bad minutes are refused with the value kept', async () => {
    const before = await count(t.database.db, 'interaction');
    const bad = await postForm(t.app, clerk, '/darbs/konsultacijas', {
      topic: 'Jautājums par atkritumiem',
      channel: 'phone',
      minutes: 'daudz',
      centre: 'ilukste',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Jautājums par atkritumiem/);
    assert.equal(await count(t.database.db, 'interaction'), before);
    const ok = await postForm(t.app, clerk, '/darbs/konsultacijas', {
      topic: 'Jautājums par atkritumiem',
      channel: 'phone',
      minutes: '4',
      centre: 'ilukste',
    });
    assert.equal(ok.statusCode, 303);
    assert.equal(await count(t.database.db, 'interaction'), before + 1);
    const list = await get('/darbs/konsultacijas?done=1', clerk);
    assert.match(list.body, /Jautājums par atkritumiem/);
  });
});
