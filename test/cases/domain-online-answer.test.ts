import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { todayInRiga } from '../../src/modules/cases/deadlines';
import {
  act,
  answerOnline,
  answerRequest,
  getCase,
  registerApplication,
  trackCase,
} from '../../src/modules/cases/service';
import { addDays, loadCalendar } from '../../src/platform/calendar';
import { application, PDF, type World, world } from './domain-helpers';

/** A 1×1 PNG image. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000a49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
);
/** The start of a Windows program: no kind an answer takes. */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

let keys = 0;
const newKey = () => `k${String(++keys).padStart(4, '0')}${'x'.repeat(17)}`;

describe('answering a request for information online', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  /** A case the specialist asked more information for, paused since `pausedFrom` (a past working day). */
  async function awaiting(pausedFrom?: string) {
    const r = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(r.ok);
    const a = await act(w.db, w.specialist, r.caseId, 1, { type: 'assign', assigneeId: w.specialist.id });
    assert.ok(a?.ok);
    const asked = await act(w.db, w.specialist, r.caseId, a.rowVersion, {
      type: 'request_info',
      message: 'Iesniedziet izziņu par ienākumiem',
    });
    assert.ok(asked?.ok);
    if (pausedFrom)
      await w.db.execute(sql`UPDATE case_file SET paused_since = ${pausedFrom} WHERE id = ${r.caseId}`);
    const req = await answerRequest(w.db, r.registrationNumber, r.accessCode);
    assert.ok(req.ok);
    return { ...r, rowVersion: asked.rowVersion, requestId: req.request.requestId };
  }

  test('the answer is registered, its files attached, and the clock resumes exactly as at the desk', async () => {
    const cal = await loadCalendar(w.db);
    let from = addDays(todayInRiga(), -6);
    while (!cal.isWorkingDay(from)) from = addDays(from, -1);
    const online = await awaiting(from);
    const desk = await awaiting(from);
    const [due] = await query<{ dueOn: string }>(
      w.db,
      sql`SELECT due_on::text AS "dueOn" FROM case_file WHERE id = ${online.caseId}`,
    );
    await w.db.execute(sql`UPDATE case_file SET due_on = ${due!.dueOn} WHERE id = ${desk.caseId}`);

    const key = newKey();
    const res = await answerOnline(w.db, {
      number: online.registrationNumber.toLowerCase().replaceAll('/', ' '),
      code: online.accessCode,
      requestId: online.requestId,
      key,
      text: 'Izziņa pievienota.\nAr cieņu, Jānis',
      files: [
        { filename: 'izzina.pdf', bytes: PDF },
        { filename: 'foto.png', bytes: PNG },
      ],
    });
    assert.ok(res.ok, JSON.stringify(res));
    assert.match(res.registryNumber, /^ILN\/\d{4}\/\d{6}$/);
    assert.notEqual(res.registryNumber, online.registrationNumber);
    assert.equal(res.replayed, false);

    const deskDone = await act(w.db, w.clerk, desk.caseId, desk.rowVersion, { type: 'info_received' });
    assert.ok(deskDone?.ok);
    const onlineCase = (await getCase(w.db, w.specialist, online.caseId))!;
    const deskCase = (await getCase(w.db, w.specialist, desk.caseId))!;
    assert.equal(onlineCase.status, 'in_progress');
    assert.equal(onlineCase.dueOn, deskCase.dueOn, 'the same due date as the desk path');
    assert.notEqual(onlineCase.dueOn, due!.dueOn, 'the pause moved the due date');
    assert.equal(res.dueOn, onlineCase.dueOn);
    assert.equal(onlineCase.pausedSince, null);

    const [entry] = await query<{ direction: string; kind: string; channel: string; caseId: number }>(
      w.db,
      sql`SELECT direction, kind, channel, case_id AS "caseId" FROM registry_entry WHERE number = ${res.registryNumber}`,
    );
    assert.deepEqual(entry, {
      direction: 'in',
      kind: 'correspondence',
      channel: 'portal',
      caseId: online.caseId,
    });
    const docs = onlineCase.documents.filter((d) => d.registryNumber === res.registryNumber);
    assert.deepEqual(docs.map((d) => [d.filename, d.direction]).sort(), [
      ['foto.png', 'in'],
      ['izzina.pdf', 'in'],
    ]);
    const event = onlineCase.events.findLast((e) => e.type === 'info_received')!;
    assert.equal(event.actorKind, 'applicant');
    assert.equal(event.reason, 'Izziņa pievienota.\nAr cieņu, Jānis');
    assert.equal(event.data.registryNumber, res.registryNumber);
    assert.equal(event.data.channel, 'portal');
    assert.equal(event.fromStatus, 'awaiting_applicant');
    assert.equal(event.toStatus, 'in_progress');
    const [audit] = await query<{ n: number }>(
      w.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.info_received' AND entity_id = ${String(online.caseId)} AND actor_name = 'online'`,
    );
    assert.equal(Number(audit!.n), 1);

    const tracked = await trackCase(w.db, online.registrationNumber, online.accessCode);
    assert.equal(tracked?.status, 'in_progress');
    assert.deepEqual(tracked?.todo, { kind: 'nothing' });
    assert.equal(tracked?.paused, false);

    // The same form again (a double click, the back button): the one answer, its number again.
    const again = await answerOnline(w.db, {
      number: online.registrationNumber,
      code: online.accessCode,
      requestId: online.requestId,
      key,
      text: 'Izziņa pievienota.',
      files: [{ filename: 'izzina.pdf', bytes: PDF }],
    });
    assert.ok(again.ok);
    assert.equal(again.replayed, true);
    assert.equal(again.registryNumber, res.registryNumber);
    // A new form for the same request: the case no longer waits.
    const second = await answerOnline(w.db, {
      number: online.registrationNumber,
      code: online.accessCode,
      requestId: online.requestId,
      key: newKey(),
      text: 'Vēlreiz',
      files: [],
    });
    assert.deepEqual(second, { ok: false, kind: 'not_awaiting' });
    const [counts] = await query<{ entries: number; events: number }>(
      w.db,
      sql`SELECT (SELECT count(*)::int FROM registry_entry WHERE case_id = ${online.caseId} AND direction = 'in' AND kind = 'correspondence') AS entries,
                 (SELECT count(*)::int FROM case_event WHERE case_id = ${online.caseId} AND type = 'info_received') AS events`,
    );
    assert.deepEqual(
      { entries: Number(counts!.entries), events: Number(counts!.events) },
      { entries: 1, events: 1 },
    );
  });

  test('the same form sent twice at once registers one answer', async () => {
    const c = await awaiting();
    const key = newKey();
    const input = {
      number: c.registrationNumber,
      code: c.accessCode,
      requestId: c.requestId,
      key,
      text: 'Atbilde',
      files: [{ filename: 'a.pdf', bytes: PDF }],
    };
    const [a, b] = await Promise.all([answerOnline(w.db, input), answerOnline(w.db, input)]);
    assert.ok(a.ok && b.ok, JSON.stringify([a, b]));
    assert.equal(a.registryNumber, b.registryNumber);
    assert.deepEqual([a.replayed, b.replayed].sort(), [false, true]);
    const [n] = await query<{ n: number }>(
      w.db,
      sql`SELECT count(*)::int AS n FROM case_event WHERE case_id = ${c.caseId} AND type = 'info_received'`,
    );
    assert.equal(Number(n!.n), 1);
  });

  test('a wrong code and an unknown number get the same answer, and nothing is written', async () => {
    const c = await awaiting();
    const base = { requestId: c.requestId, key: newKey(), text: 'x', files: [] };
    const wrongCode = await answerOnline(w.db, { ...base, number: c.registrationNumber, code: 'WRON-GCOD' });
    const unknown = await answerOnline(w.db, { ...base, number: 'ILN/1999/999999', code: c.accessCode });
    assert.deepEqual(wrongCode, { ok: false, kind: 'not_found' });
    assert.deepEqual(unknown, wrongCode);
    assert.deepEqual(await answerRequest(w.db, c.registrationNumber, 'WRON-GCOD'), {
      ok: false,
      kind: 'not_found',
    });
    assert.equal((await getCase(w.db, w.specialist, c.caseId))!.status, 'awaiting_applicant');
  });

  test('a disguised file is refused with what was typed kept; nothing is registered', async () => {
    const c = await awaiting();
    const [before] = await query<{ last: number }>(w.db, sql`SELECT max(last) AS last FROM registry_counter`);
    const res = await answerOnline(w.db, {
      number: c.registrationNumber,
      code: c.accessCode,
      requestId: c.requestId,
      key: newKey(),
      text: 'Pievienoju izziņu',
      files: [
        { filename: 'izzina.pdf', bytes: EXE },
        { filename: 'attels.pdf', bytes: PNG },
        { filename: 'tukss.pdf', bytes: Buffer.alloc(0) },
      ],
    });
    assert.ok(!res.ok && res.kind === 'invalid');
    assert.deepEqual(
      res.problems.map((p) => [p.code, 'filename' in p ? p.filename : '']),
      [
        ['file_type_not_allowed', 'izzina.pdf'],
        ['file_name_mismatch', 'attels.pdf'],
        ['file_empty', 'tukss.pdf'],
      ],
    );
    assert.equal(res.request.message, 'Iesniedziet izziņu par ienākumiem');
    const [afterwards] = await query<{ last: number }>(
      w.db,
      sql`SELECT max(last) AS last FROM registry_counter`,
    );
    assert.equal(afterwards!.last, before!.last, 'no number taken');
    assert.equal((await getCase(w.db, w.specialist, c.caseId))!.status, 'awaiting_applicant');
  });

  test('an empty answer, one too long, and a form of an earlier request are refused', async () => {
    const c = await awaiting();
    const base = { number: c.registrationNumber, code: c.accessCode, requestId: c.requestId, files: [] };
    const empty = await answerOnline(w.db, { ...base, key: newKey(), text: '   ' });
    assert.ok(!empty.ok && empty.kind === 'invalid');
    assert.deepEqual(empty.problems, [{ field: 'answer', code: 'required' }]);
    const long = await answerOnline(w.db, { ...base, key: newKey(), text: 'a'.repeat(5001) });
    assert.ok(!long.ok && long.kind === 'invalid');
    assert.deepEqual(long.problems, [{ field: 'answer', code: 'too_long' }]);
    // A file alone is an answer.
    const fileOnly = await answerOnline(w.db, {
      ...base,
      key: newKey(),
      text: '',
      files: [{ filename: 'a.pdf', bytes: PDF }],
    });
    assert.ok(fileOnly.ok);
    // The specialist asks again: the old request's form acts on nothing, the new one is answered.
    const [v] = await query<{ rowVersion: number }>(
      w.db,
      sql`SELECT row_version AS "rowVersion" FROM case_file WHERE id = ${c.caseId}`,
    );
    const asked = await act(w.db, w.specialist, c.caseId, v!.rowVersion, {
      type: 'request_info',
      message: 'Vēl vajag kontu',
    });
    assert.ok(asked?.ok);
    const stale = await answerOnline(w.db, { ...base, key: newKey(), text: 'Vecā forma' });
    assert.deepEqual(stale, { ok: false, kind: 'not_awaiting' });
    const req = await answerRequest(w.db, c.registrationNumber, c.accessCode);
    assert.ok(req.ok && req.request.message === 'Vēl vajag kontu');
    const fresh = await answerOnline(w.db, {
      ...base,
      requestId: req.request.requestId,
      key: newKey(),
      text: 'Konts: LV00',
    });
    assert.ok(fresh.ok);
    assert.equal((await getCase(w.db, w.specialist, c.caseId))!.status, 'in_progress');
  });

  test('a case not waiting for the applicant cannot be answered', async () => {
    const r = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(r.ok);
    assert.deepEqual(await answerRequest(w.db, r.registrationNumber, r.accessCode), {
      ok: false,
      kind: 'not_awaiting',
    });
    const res = await answerOnline(w.db, {
      number: r.registrationNumber,
      code: r.accessCode,
      requestId: 1,
      key: newKey(),
      text: 'x',
      files: [],
    });
    assert.deepEqual(res, { ok: false, kind: 'not_awaiting' });
  });
});
