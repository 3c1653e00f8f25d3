import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { trackedDocumentHref } from '../../src/modules/cases/paths';
import { act, registerApplication } from '../../src/modules/cases/service';
import { systemActor } from '../../src/platform/auth/actor';
import { addDays, loadCalendar } from '../../src/platform/calendar';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, FORM, formBody, postForm, signIn } from '../staff/helpers';
import { PDF, postMultipart, socialService } from './http-helpers';

let t: TestApp;
let specialist: Browser;
const system = systemActor('test');

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  specialist = await signIn(t.app, demoEmail('specialist'));
});
after(() => t.close());

let keys = 0;
/** A case of the specialist's unit, taken into work; its number, access code and due date. */
async function caseInProgress() {
  const service = await socialService(t.database.db);
  keys++;
  const r = await registerApplication(t.database.db, system, {
    serviceVersionId: service.versionId,
    applicant: {
      kind: 'person',
      personalCode: '32000000000',
      name: 'Jānis Bērziņš',
      email: 'janis@example.lv',
    },
    channel: 'post',
    centreCode: 'ilukste',
    fields: {},
    documents: [{ filename: 'iesniegums.pdf', bytes: PDF }],
    delivery: { channel: 'centre', centreCode: 'subate' },
    idempotencyKey: `actions-${process.pid}-${keys}`,
  });
  assert.ok(r.ok);
  const [me] = await query<{ id: number }>(
    t.database.db,
    sql`SELECT id FROM staff_user WHERE email = ${demoEmail('specialist')}`,
  );
  const a = await act(t.database.db, system, r.caseId, 1, { type: 'assign', assigneeId: me!.id });
  assert.ok(a?.ok);
  return { ...r, rowVersion: a.rowVersion };
}

describe('case-page action forms', () => {
  test('a new deadline on a day off: the message names the next working day, in both languages', async () => {
    const c = await caseInProgress();
    const cal = await loadCalendar(t.database.db);
    let dayOff = addDays(c.dueOn, 1);
    while (cal.isWorkingDay(dayOff)) dayOff = addDays(dayOff, 1);
    const next = cal.nextWorkingDay(dayOff);
    const typed = dayOff.split('-').reverse().join('.');
    const lvDate = (d: string) => `${d.split('-').reverse().join('.')}.`;
    for (const [base, segment] of [
      ['/darbs/lietas', 'darbiba'],
      ['/en/work/cases', 'action'],
    ] as const) {
      const res = await postForm(t.app, specialist, `${base}/${c.caseId}/${segment}`, {
        action: 'extend',
        rowVersion: String(c.rowVersion),
        'extend-reason': 'Jāsaņem ziņas no VZD',
        'extend-newDueOn': typed,
      });
      assert.equal(res.statusCode, 400);
      assert.ok(res.body.includes(`value="${typed}"`), 'what was typed is kept');
      if (base === '/darbs/lietas') {
        assert.match(
          res.body,
          new RegExp(`${lvDate(dayOff).replaceAll('.', '\\.')} \\([a-zāčēģīķļņšūž]+\\) nav darba diena`),
        );
        assert.ok(res.body.includes(`Tuvākā darba diena ir ${lvDate(next)}`), 'names the next working day');
      } else {
        assert.match(res.body, /is not a working day: a deadline cannot end on a weekend or public holiday/);
        const [y, m, d] = next.split('-').map(Number);
        const month = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleString('en-GB', {
          month: 'long',
          timeZone: 'UTC',
        });
        assert.ok(
          res.body.includes(`The next working day is ${d} ${month} ${y}`),
          'names the next working day',
        );
      }
    }
  });

  test('a decision document chosen before an error is kept: after a stale version and a missing summary it is still used', async () => {
    const c = await caseInProgress();
    const url = `/darbs/lietas/${c.caseId}/darbiba`;
    const decision = { action: 'decide', 'decide-decision': 'granted' };
    const stale = await postMultipart(
      t.app,
      specialist,
      url,
      { ...decision, rowVersion: String(c.rowVersion - 1), 'decide-summary': 'Piešķirts' },
      [{ field: 'decide-document', filename: 'lēmums.pdf', bytes: PDF }],
    );
    assert.equal(stale.statusCode, 409);
    assert.ok(stale.body.includes('Saņemts: lēmums.pdf'), 'the file is listed as received');
    const id = /name="decide-document-staged" value="([A-Za-z0-9_-]{22})"/.exec(stale.body)?.[1];
    assert.ok(id, 'the file is kept by id in the form');

    const noSummary = await postMultipart(t.app, specialist, url, {
      ...decision,
      rowVersion: String(c.rowVersion),
      'decide-summary': '',
      'decide-document-staged': id,
    });
    assert.equal(noSummary.statusCode, 400);
    assert.doesNotMatch(noSummary.body, /Aizpildiet lauku „Lēmuma dokuments”/);
    assert.ok(noSummary.body.includes(`name="decide-document-staged" value="${id}"`), 'still kept');

    const done = await postMultipart(t.app, specialist, url, {
      ...decision,
      rowVersion: String(c.rowVersion),
      'decide-summary': 'Piešķirts',
      'decide-document-staged': id,
    });
    assert.equal(done.statusCode, 303, done.body.slice(0, 500));
    const docs = await query<{ filename: string; bytes: Buffer }>(
      t.database.db,
      sql`SELECT filename, bytes FROM case_document WHERE case_id = ${c.caseId} AND direction = 'out'`,
    );
    assert.deepEqual(
      docs.map((d) => d.filename),
      ['lēmums.pdf'],
    );
    assert.ok(Buffer.from(docs[0]!.bytes).equals(PDF));
    const [left] = await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM staged_upload WHERE id = ${id}`,
    );
    assert.equal(left!.n, 0, 'the kept file is gone once used');
  });
});

describe('resident tracking of a result issued electronically', () => {
  test('the page says how it was issued and offers the document, in Latvian and English', async () => {
    const c = await caseInProgress();
    let v = c.rowVersion;
    for (const action of [
      {
        type: 'decide',
        decision: 'granted',
        summary: 'Piešķirts',
        document: { filename: 'lemums.pdf', bytes: PDF },
      },
      { type: 'issue', how: 'electronic' },
    ] as const) {
      const done = await act(t.database.db, system, c.caseId, v, action);
      assert.ok(done?.ok, JSON.stringify(done));
      v = done.rowVersion;
    }
    const cases = [
      ['/statuss', 'Elektroniski: lejupielādējiet to zemāk', 'Klātienē izvēlētajā centrā', 'Lejupielādēt'],
      ['/en/status', 'Electronically: download it below', 'In person at a chosen centre', 'Download'],
    ] as const;
    for (const [i, [url, issued, chosen, heading]] of cases.entries()) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { ...FORM, 'x-forwarded-for': `10.77.0.${i + 1}` },
        payload: formBody({ number: c.registrationNumber, code: c.accessCode }),
      });
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes(issued), `${url}: how it was issued`);
      assert.ok(!res.body.includes(chosen), `${url}: not the way chosen at intake`);
      assert.ok(res.body.includes(`>${heading}</h2>`), `${url}: a download section`);
      const doc = /name="document" value="(\d+)"/.exec(res.body)?.[1];
      assert.ok(doc, `${url}: the document's download button`);
      const file = await t.app.inject({
        method: 'POST',
        url: trackedDocumentHref(url === '/statuss' ? 'lv' : 'en'),
        headers: { ...FORM, 'x-forwarded-for': `10.77.1.${i + 1}` },
        payload: formBody({ number: c.registrationNumber, code: c.accessCode, document: doc }),
      });
      assert.equal(file.statusCode, 200);
      assert.ok(file.rawPayload.equals(PDF));
    }
  });
});
