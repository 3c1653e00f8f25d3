import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { todayInRiga } from '../../src/modules/cases/deadlines';
import {
  type ActionType,
  act,
  type CaseAction,
  type CaseStatus,
  getCase,
  registerApplication,
} from '../../src/modules/cases/service';
import type { Actor } from '../../src/platform/auth/actor';
import { loadCalendar, type WorkingCalendar } from '../../src/platform/calendar';
import { application, PDF, type World, world } from './domain-helpers';

/** Written out by hand (not read from lifecycle.ts): the status each action leads to from each status, or '-'. */
const EXPECTED: Record<CaseStatus, Record<ActionType, CaseStatus | '-'>> = {
  registered: {
    assign: 'in_progress',
    reroute: 'registered',
    forward: 'forwarded',
    request_info: '-',
    info_received: '-',
    suspend: '-',
    extend: '-',
    decide: '-',
    ready_for_issue: '-',
    issue: '-',
    withdraw: 'withdrawn',
    reject: 'rejected',
  },
  in_progress: {
    assign: 'in_progress',
    reroute: 'registered',
    forward: 'forwarded',
    request_info: 'awaiting_applicant',
    info_received: '-',
    suspend: 'in_progress',
    extend: 'in_progress',
    decide: 'decided',
    ready_for_issue: '-',
    issue: '-',
    withdraw: 'withdrawn',
    reject: 'rejected',
  },
  awaiting_applicant: {
    assign: '-',
    reroute: '-',
    forward: '-',
    request_info: '-',
    info_received: 'in_progress',
    suspend: '-',
    extend: 'awaiting_applicant',
    decide: '-',
    ready_for_issue: '-',
    issue: '-',
    withdraw: 'withdrawn',
    reject: 'rejected',
  },
  decided: {
    assign: '-',
    reroute: '-',
    forward: '-',
    request_info: '-',
    info_received: '-',
    suspend: '-',
    extend: '-',
    decide: '-',
    ready_for_issue: 'ready_for_issue',
    issue: 'issued',
    withdraw: '-',
    reject: '-',
  },
  ready_for_issue: {
    assign: '-',
    reroute: '-',
    forward: '-',
    request_info: '-',
    info_received: '-',
    suspend: '-',
    extend: '-',
    decide: '-',
    ready_for_issue: '-',
    issue: 'issued',
    withdraw: '-',
    reject: '-',
  },
  issued: {
    assign: '-',
    reroute: '-',
    forward: '-',
    request_info: '-',
    info_received: '-',
    suspend: '-',
    extend: '-',
    decide: '-',
    ready_for_issue: '-',
    issue: '-',
    withdraw: '-',
    reject: '-',
  },
  forwarded: {
    assign: '-',
    reroute: '-',
    forward: '-',
    request_info: '-',
    info_received: '-',
    suspend: '-',
    extend: '-',
    decide: '-',
    ready_for_issue: '-',
    issue: '-',
    withdraw: '-',
    reject: '-',
  },
  rejected: {
    assign: '-',
    reroute: '-',
    forward: '-',
    request_info: '-',
    info_received: '-',
    suspend: '-',
    extend: '-',
    decide: '-',
    ready_for_issue: '-',
    issue: '-',
    withdraw: '-',
    reject: '-',
  },
  withdrawn: {
    assign: '-',
    reroute: '-',
    forward: '-',
    request_info: '-',
    info_received: '-',
    suspend: '-',
    extend: '-',
    decide: '-',
    ready_for_issue: '-',
    issue: '-',
    withdraw: '-',
    reject: '-',
  },
};

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function validAction(w: World, type: ActionType, dueOn: string): CaseAction {
  switch (type) {
    case 'assign':
      return { type, assigneeId: w.head.id };
    case 'reroute':
      return { type, unitCode: 'buvvalde', reason: 'Būvniecības jautājums' };
    case 'forward':
      return { type, institution: 'Valsts zemes dienests', reason: 'Nav pašvaldības kompetencē' };
    case 'request_info':
      return { type, message: 'Lūdzu iesniegt ienākumu izziņu' };
    case 'info_received':
      return { type, documents: [{ filename: 'izzina.pdf', bytes: PDF }] };
    case 'suspend':
    case 'extend':
      // A deadline may only end on a working day.
      return {
        type,
        reason: 'Jāiegūst ziņas no citas iestādes',
        newDueOn: cal.nextWorkingDay(nextDay(dueOn)),
      };
    case 'decide':
      return {
        type,
        decision: 'granted',
        summary: 'Piešķirts',
        document: { filename: 'lemums.pdf', bytes: PDF },
      };
    case 'ready_for_issue':
      return { type };
    case 'issue':
      return { type, how: 'post', postedOn: todayInRiga() };
    case 'withdraw':
    case 'reject':
      return { type, reason: 'Iesniedzējs atsauca' };
  }
}

const PATHS: Record<CaseStatus, ActionType[]> = {
  registered: [],
  in_progress: ['assign'],
  awaiting_applicant: ['assign', 'request_info'],
  decided: ['assign', 'decide'],
  ready_for_issue: ['assign', 'decide', 'ready_for_issue'],
  issued: ['assign', 'decide', 'issue'],
  forwarded: ['forward'],
  rejected: ['reject'],
  withdrawn: ['withdraw'],
};

async function caseIn(
  w: World,
  status: CaseStatus,
): Promise<{ id: number; rowVersion: number; dueOn: string }> {
  const r = await registerApplication(w.db, w.clerk, application(w));
  assert.ok(r.ok);
  let rowVersion = 1;
  for (const type of PATHS[status]) {
    const done = await act(w.db, w.head, r.caseId, rowVersion, validAction(w, type, r.dueOn));
    assert.ok(done?.ok, `${type}: ${JSON.stringify(done)}`);
    rowVersion = done.rowVersion;
  }
  const view = await getCase(w.db, w.head, r.caseId);
  assert.equal(view?.status, status);
  return { id: r.caseId, rowVersion, dueOn: view!.dueOn };
}

async function count(w: World, table: 'case_event' | 'audit_log', caseId: number): Promise<number> {
  const [row] =
    table === 'case_event'
      ? await query<{ n: number }>(
          w.db,
          sql`SELECT count(*)::int AS n FROM case_event WHERE case_id = ${caseId}`,
        )
      : await query<{ n: number }>(
          w.db,
          sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'case_file' AND entity_id = ${String(caseId)}`,
        );
  return row!.n;
}

let cal: WorkingCalendar;

describe('case lifecycle', () => {
  let w: World;
  before(async () => {
    w = await world();
    cal = await loadCalendar(w.db);
  });
  after(() => w.database.close());

  for (const [from, row] of Object.entries(EXPECTED) as [
    CaseStatus,
    Record<ActionType, CaseStatus | '-'>,
  ][]) {
    test(`from ${from}: every action allowed or refused as the table says`, async () => {
      for (const [type, to] of Object.entries(row) as [ActionType, CaseStatus | '-'][]) {
        const c = await caseIn(w, from);
        const events = await count(w, 'case_event', c.id);
        const audits = await count(w, 'audit_log', c.id);
        const result = await act(w.db, w.head, c.id, c.rowVersion, validAction(w, type, c.dueOn));
        assert.ok(result, `${from} → ${type}: the head sees the case`);
        if (to === '-') {
          assert.deepEqual(result, {
            ok: false,
            problem: { kind: 'not_allowed', status: from, action: type },
          });
          assert.equal(await count(w, 'case_event', c.id), events, `${from} → ${type} wrote an event`);
          assert.equal(await count(w, 'audit_log', c.id), audits);
        } else {
          assert.ok(result.ok, `${from} → ${type}: ${JSON.stringify(result)}`);
          assert.equal(result.status, to);
          assert.equal(result.rowVersion, c.rowVersion + 1);
          const view = await getCase(w.db, w.manager, c.id);
          const last = view!.events[view!.events.length - 1]!;
          assert.equal(last.type, type);
          assert.equal(last.fromStatus, from);
          assert.equal(last.toStatus, to);
          assert.equal(last.actorName, w.head.name);
          assert.equal(await count(w, 'case_event', c.id), events + 1);
          assert.equal(await count(w, 'audit_log', c.id), audits + 1);
        }
      }
    });
  }

  test('a stale row version is a conflict and changes nothing', async () => {
    const c = await caseIn(w, 'in_progress');
    const first = await act(w.db, w.specialist, c.id, c.rowVersion, {
      type: 'request_info',
      message: 'Izziņa',
    });
    assert.ok(first?.ok);
    const second = await act(w.db, w.head, c.id, c.rowVersion, { type: 'reject', reason: 'x' });
    assert.deepEqual(second, {
      ok: false,
      problem: { kind: 'stale', currentRowVersion: c.rowVersion + 1, currentStatus: 'awaiting_applicant' },
    });
  });

  test('who may do what: clerk, specialist, head, manager, admin, another unit', async () => {
    const mayNot = async (actor: Actor, status: CaseStatus, type: ActionType) => {
      const c = await caseIn(w, status);
      const r = await act(w.db, actor, c.id, c.rowVersion, validAction(w, type, c.dueOn));
      assert.deepEqual(
        r,
        { ok: false, problem: { kind: 'forbidden', action: type } },
        `${actor.name} ${type}`,
      );
    };
    await mayNot(w.clerk, 'in_progress', 'decide');
    await mayNot(w.clerk, 'in_progress', 'request_info');
    await mayNot(w.specialist, 'registered', 'reroute');
    await mayNot(w.manager, 'registered', 'assign');
    await mayNot(w.admin, 'in_progress', 'decide');
    const c = await caseIn(w, 'in_progress');
    assert.equal(await act(w.db, w.stranger, c.id, c.rowVersion, { type: 'reject', reason: 'x' }), undefined);
    assert.equal(await act(w.db, w.editor, c.id, c.rowVersion, { type: 'reject', reason: 'x' }), undefined);
    // A specialist takes a case for themself, but cannot hand it to someone else; the head can.
    const r = await caseIn(w, 'registered');
    const toHead = await act(w.db, w.specialist, r.id, r.rowVersion, {
      type: 'assign',
      assigneeId: w.head.id,
    });
    assert.deepEqual(toHead, {
      ok: false,
      problem: { kind: 'invalid', problems: [{ field: 'assigneeId', code: 'assignee_unknown' }] },
    });
    const self = await act(w.db, w.specialist, r.id, r.rowVersion, {
      type: 'assign',
      assigneeId: w.specialist.id,
    });
    assert.ok(self?.ok);
  });

  test('a clerk at any centre issues the result; another unit does not see it', async () => {
    const c = await caseIn(w, 'ready_for_issue');
    const byOtherCentre = await act(w.db, w.otherClerk, c.id, c.rowVersion, {
      type: 'issue',
      how: 'in_person',
    });
    assert.ok(byOtherCentre?.ok, JSON.stringify(byOtherCentre));
    assert.equal(byOtherCentre.status, 'issued');
  });

  test('a request for information pauses the clock; the answer moves the deadline by the pause', async () => {
    const c = await caseIn(w, 'awaiting_applicant');
    await w.db.execute(sql`UPDATE case_file SET paused_since = paused_since - 7 WHERE id = ${c.id}`);
    const r = await act(w.db, w.clerk, c.id, c.rowVersion, { type: 'info_received', note: 'Atnesa izziņu' });
    assert.ok(r?.ok, JSON.stringify(r));
    const view = await getCase(w.db, w.head, c.id);
    assert.ok(view!.dueOn >= nextDay(c.dueOn));
    const shift = (Date.parse(view!.dueOn) - Date.parse(c.dueOn)) / 86_400_000;
    assert.ok(shift >= 7, `moved ${shift} days`);
    assert.equal(view!.pauses.length, 1);
    assert.ok(view!.pauses[0]!.to);
    assert.equal(view!.pausedSince, null);
  });

  test('an extension beyond the legal maximum is refused', async () => {
    const c = await caseIn(w, 'in_progress');
    const r = await act(w.db, w.head, c.id, c.rowVersion, {
      type: 'extend',
      reason: 'x',
      newDueOn: '2099-01-01',
    });
    assert.deepEqual(r, {
      ok: false,
      problem: { kind: 'invalid', problems: [{ field: 'newDueOn', code: 'due_beyond_maximum' }] },
    });
  });

  test('a decision is an outgoing document numbered in the same registry', async () => {
    const c = await caseIn(w, 'in_progress');
    const r = await act(w.db, w.specialist, c.id, c.rowVersion, validAction(w, 'decide', c.dueOn));
    assert.ok(r?.ok);
    assert.match(r.registryNumber ?? '', /^[A-Z]+\/\d{4}\/\d{6}$/);
    const view = await getCase(w.db, w.specialist, c.id);
    const out = view!.documents.filter((d) => d.direction === 'out');
    assert.equal(out.length, 1);
    assert.equal(out[0]!.registryNumber, r.registryNumber);
    assert.equal(view!.decision, 'granted');
  });
});
