import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { todayInRiga } from '../../src/modules/cases/deadlines';
import {
  act,
  type CaseAction,
  doOnTheSpot,
  getCase,
  listCases,
  registerApplication,
} from '../../src/modules/cases/service';
import { statementsOf } from '../helpers/statements';
import { application, PDF, type World, world } from './domain-helpers';

async function outbox(w: World, caseId: number) {
  return query<{ eventKey: string; recipient: string; subject: string; bodyText: string }>(
    w.db,
    sql`SELECT event_key AS "eventKey", recipient, subject, body_text AS "bodyText" FROM outbox_message
        WHERE case_id = ${caseId} ORDER BY id`,
  );
}

/** The municipality's name as its row has it: what signs every mail to the applicant. */
async function municipalityName(w: World) {
  const [row] = await query<{ lv: string; en: string }>(
    w.db,
    sql`SELECT name->>'lv' AS lv, name->>'en' AS en FROM municipality WHERE id = 1`,
  );
  return row!;
}

describe('mail to the applicant, routing, worklists', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  test('mail on registration, on a request for information and when the result is ready, in the party’s language', async () => {
    const r = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: {
          kind: 'person',
          personalCode: '32111111111',
          name: 'Emma Brown',
          email: 'emma@example.com',
          preferredLanguage: 'en',
        },
      }),
    );
    assert.ok(r.ok);
    let v = 1;
    for (const action of [
      { type: 'assign', assigneeId: w.specialist.id },
      { type: 'request_info', message: 'Please send a payslip' },
      { type: 'info_received' },
      {
        type: 'decide',
        decision: 'granted',
        summary: 'Granted',
        document: { filename: 'd.pdf', bytes: PDF },
      },
      { type: 'ready_for_issue' },
    ] as const) {
      const done = await act(w.db, w.specialist, r.caseId, v, action);
      assert.ok(done?.ok, JSON.stringify(done));
      v = done.rowVersion;
    }
    const mails = await outbox(w, r.caseId);
    assert.deepEqual(
      mails.map((m) => m.eventKey),
      [`case:${r.caseId}:registered`, `case:${r.caseId}:info_requested:1`, `case:${r.caseId}:result_ready`],
    );
    assert.ok(mails.every((m) => m.recipient === 'emma@example.com'));
    assert.match(mails[0]!.subject, /^Application registered/);
    assert.match(mails[1]!.bodyText, /Please send a payslip/);
    assert.match(
      mails[2]!.bodyText,
      /You can collect it at Subate service centre, .+\. Bring an identity document\./,
    );
    // Signed by the municipality in the mail's language, so the resident knows who writes.
    const { en } = await municipalityName(w);
    assert.ok(en);
    for (const m of mails) assert.ok(m.bodyText.endsWith(`\n\nKind regards,\n${en}\n`), m.bodyText);
  });

  test('a result made ready and then issued by post or electronically is two mails, both queued', async () => {
    for (const how of ['post', 'electronic'] as const) {
      const r = await registerApplication(w.db, w.clerk, application(w));
      assert.ok(r.ok);
      let v = 1;
      const actions: CaseAction[] = [
        { type: 'assign', assigneeId: w.specialist.id },
        { type: 'decide', decision: 'granted', summary: 'x', document: { filename: 'd.pdf', bytes: PDF } },
        { type: 'ready_for_issue' },
        { type: 'issue', how, postedOn: how === 'post' ? todayInRiga() : undefined },
      ];
      for (const action of actions) {
        const done = await act(w.db, w.specialist, r.caseId, v, action);
        assert.ok(done?.ok, JSON.stringify(done));
        v = done.rowVersion;
      }
      const mails = await outbox(w, r.caseId);
      assert.deepEqual(
        mails.map((m) => m.eventKey),
        [`case:${r.caseId}:registered`, `case:${r.caseId}:result_ready`, `case:${r.caseId}:result_issued`],
        how,
      );
      assert.match(
        mails[1]!.bodyText,
        /Rezultātu varat saņemt: Subates pakalpojumu centrs, .+\. Līdzi ņemiet/,
      );
      assert.match(mails[2]!.subject, /^Rezultāts izsniegts/);
      assert.match(
        mails[2]!.bodyText,
        how === 'post'
          ? /nosūtīts pa pastu/
          : /varat lejupielādēt iesnieguma statusa lapā ar reģistrācijas numuru/,
      );
    }
  });

  test('Latvian by default; no e-mail address, no mail', async () => {
    const lv = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(lv.ok);
    const [m] = await outbox(w, lv.caseId);
    assert.match(m!.subject, /^Iesniegums reģistrēts/);
    const name = await municipalityName(w);
    assert.ok(name.lv);
    assert.ok(m!.bodyText.endsWith(`\n\nAr cieņu\n${name.lv}\n`), m!.bodyText);
    assert.doesNotMatch(m!.bodyText, /\u2063/);
    const none = await registerApplication(
      w.db,
      w.clerk,
      application(w, { applicant: { kind: 'person', personalCode: '32222222222', name: 'Pēteris Kalns' } }),
    );
    assert.ok(none.ok);
    assert.equal((await outbox(w, none.caseId)).length, 0);
  });

  test('a case goes to the owner unit of its service; a head re-routes it with a reason', async () => {
    const r = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(r.ok);
    const mine = await listCases(w.db, w.specialist, { status: 'registered' });
    assert.ok(mine.rows.some((row) => row.id === r.caseId));
    const moved = await act(w.db, w.head, r.caseId, 1, {
      type: 'reroute',
      unitCode: 'buvvalde',
      reason: 'Būvniecība',
    });
    assert.ok(moved?.ok);
    assert.equal(await getCase(w.db, w.specialist, r.caseId), undefined);
    const there = await getCase(w.db, w.stranger, r.caseId);
    assert.equal(there?.unit.code, 'buvvalde');
    assert.equal(there?.events.at(-1)?.reason, 'Būvniecība');
    const refused = await act(w.db, w.head, r.caseId, 2, {
      type: 'reroute',
      unitCode: 'nav-tadas',
      reason: 'x',
    });
    assert.equal(refused, undefined, 'the case is no longer the head’s to see');
  });

  test('forwarding outside competence records the working days it took and tells the applicant', async () => {
    const r = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(r.ok);
    const f = await act(w.db, w.clerk, r.caseId, 1, {
      type: 'forward',
      institution: 'VSAA',
      reason: 'Valsts pensija',
    });
    assert.ok(f?.ok);
    const view = await getCase(w.db, w.manager, r.caseId);
    assert.equal(view?.forwardedTo, 'VSAA');
    assert.equal(view?.forwardingWorkingDays, 0);
    assert.ok((await outbox(w, r.caseId)).some((m) => m.eventKey === `case:${r.caseId}:forwarded`));
  });

  test('the worklist pages by due date with a keyset cursor, without repeats or gaps', async () => {
    for (let i = 0; i < 7; i++) assert.ok((await registerApplication(w.db, w.clerk, application(w))).ok);
    // Due dates against the order of registration, with ties: a cursor on the id alone would skip or repeat.
    await w.db.execute(sql`UPDATE case_file SET due_on = due_on + ((1000 - id) % 3)`);
    const all = await listCases(w.db, w.head, { status: 'all' }, { limit: 100 });
    assert.ok(
      all.rows.some((r, i) => i > 0 && r.id < all.rows[i - 1]!.id),
      'the due order is not the order of the ids',
    );
    const seen: number[] = [];
    let after: string | undefined;
    do {
      const page = await listCases(w.db, w.head, { status: 'all' }, { limit: 3, after });
      seen.push(...page.rows.map((r) => r.id));
      after = page.next;
    } while (after);
    assert.deepEqual(
      seen,
      all.rows.map((r) => r.id),
    );
    // A filtered list is planned per call, its cursor written another way: the same pages without repeats or gaps.
    const registered = await listCases(w.db, w.head, { status: 'registered' }, { limit: 100 });
    const seenRegistered: number[] = [];
    after = undefined;
    do {
      const page = await listCases(w.db, w.head, { status: 'registered' }, { limit: 2, after });
      seenRegistered.push(...page.rows.map((r) => r.id));
      after = page.next;
    } while (after);
    assert.ok(registered.rows.length > 2);
    assert.deepEqual(
      seenRegistered,
      registered.rows.map((r) => r.id),
    );
    const dues = all.rows.map((r) => r.dueOn);
    assert.deepEqual(dues, [...dues].sort());
    assert.ok(all.rows.every((r) => r.unitCode === 'socialais-dienests'));
    const clerkList = await listCases(w.db, w.clerk, {});
    assert.ok(clerkList.rows.length > 0 && clerkList.rows.every((r) => r.centreIn === 'ilukste'));
    assert.equal((await listCases(w.db, w.editor, {})).rows.length, 0);
    const overdue = await listCases(w.db, w.manager, { overdue: true });
    assert.equal(overdue.rows.length, 0);
    const open = (await listCases(w.db, w.head, { status: 'registered' })).rows[0]!;
    await w.db.execute(sql`UPDATE case_file SET due_on = due_on - 60 WHERE id = ${open.id}`);
    const late = await listCases(w.db, w.manager, { overdue: true, status: 'all' });
    assert.deepEqual(
      late.rows.map((r) => [r.id, r.dueState]),
      [[open.id, 'overdue']],
    );
    for (const status of ['open', 'registered'] as const)
      assert.deepEqual(
        (await listCases(w.db, w.manager, { overdue: true, status })).rows.map((r) => r.id),
        [open.id],
        status,
      );
    // Closed cases and other statuses are never overdue: answered without asking the database.
    for (const status of ['closed', 'decided', 'awaiting_applicant'] as const) {
      let rows = -1;
      const statements = await statementsOf(w.db, async () => {
        rows = (await listCases(w.db, w.manager, { overdue: true, status })).rows.length;
      });
      assert.equal(rows, 0, status);
      assert.equal(statements.length, 0, status);
    }
  });

  test('done on the spot: numbered, decided and issued in one step', async () => {
    const r = await doOnTheSpot(w.db, w.clerk, { ...application(w), serviceVersionId: w.onTheSpotVersionId });
    assert.ok(r.ok, JSON.stringify(r));
    const view = await getCase(w.db, w.manager, r.caseId);
    assert.equal(view?.status, 'issued');
    assert.deepEqual(
      view?.events.map((e) => e.type),
      ['registered', 'decide', 'issue'],
    );
    assert.deepEqual(await outbox(w, r.caseId), [], 'no "we will answer by" mail for a case already issued');
    const refused = await doOnTheSpot(w.db, w.clerk, application(w));
    assert.deepEqual(refused, {
      ok: false,
      problems: [{ field: 'serviceVersionId', code: 'not_on_the_spot' }],
    });
  });
});
