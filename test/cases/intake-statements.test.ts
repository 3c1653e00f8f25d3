import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { registerApplication } from '../../src/modules/cases/service';
import { recordAudit, verifyAuditChain } from '../../src/platform/audit/service';
import { listStatements as list, statementsOf } from '../helpers/statements';
import { application, type World, world } from './domain-helpers';

describe('statements per write (round trips are what intake throughput is made of)', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  test('an intake (new applicant, a document, mail queued, audited) takes two statements, then one', async () => {
    let result: Awaited<ReturnType<typeof registerApplication>> | undefined;
    // The first intake of a version reads the look-ups (version, centres, calendar, key) in one statement.
    const first = await statementsOf(w.db, async () => {
      result = await registerApplication(w.db, w.clerk, application(w));
    });
    assert.ok(result?.ok, JSON.stringify(result));
    assert.ok(first.length <= 2, `${first.length} statements:\n${list(first)}`);
    // The next ones take them from memory (ADR 0011): the filing statement is the only round trip.
    const statements = await statementsOf(w.db, async () => {
      result = await registerApplication(w.db, w.clerk, application(w));
    });
    assert.ok(result?.ok, JSON.stringify(result));
    assert.equal(statements.length, 1, `${statements.length} statements:\n${list(statements)}`);
    const [written] = await query<{ documents: number; events: number; mails: number; audits: number }>(
      w.db,
      sql`SELECT (SELECT count(*)::int FROM case_document WHERE case_id = ${result.caseId} AND registry_number = ${result.registrationNumber}) AS documents,
            (SELECT count(*)::int FROM case_event WHERE case_id = ${result.caseId}) AS events,
            (SELECT count(*)::int FROM outbox_message WHERE case_id = ${result.caseId}) AS mails,
            (SELECT count(*)::int FROM audit_log WHERE entity = 'case_file' AND entity_id = ${String(result.caseId)}) AS audits`,
    );
    assert.deepEqual(written, { documents: 1, events: 1, mails: 1, audits: 1 });
    assert.equal((await verifyAuditChain(w.db)).ok, true);
  });

  test('a repeated submission answers without registering again', async () => {
    const input = application(w, {
      applicant: { kind: 'contact_person', name: 'Anna Replay', email: 'anna.replay@example.lv' },
    });
    const first = await registerApplication(w.db, w.clerk, input);
    assert.ok(first.ok, JSON.stringify(first));
    const counts = () =>
      query<{ cases: number; parties: number; entries: number; mails: number; last: number }>(
        w.db,
        sql`SELECT (SELECT count(*)::int FROM case_file) AS cases, (SELECT count(*)::int FROM party) AS parties,
              (SELECT count(*)::int FROM registry_entry) AS entries, (SELECT count(*)::int FROM outbox_message) AS mails,
              (SELECT max(last)::int FROM registry_counter) AS last`,
      );
    const [before] = await counts();
    // From memory the key is not looked up first: the filing statement meets the case's key and writes nothing.
    let again: Awaited<ReturnType<typeof registerApplication>> | undefined;
    const statements = await statementsOf(w.db, async () => {
      again = await registerApplication(w.db, w.clerk, input);
    });
    assert.ok(again?.ok && again.replayed, JSON.stringify(again));
    assert.ok(
      first.ok && again.caseId === first.caseId && again.registrationNumber === first.registrationNumber,
    );
    const [after] = await counts();
    // No case, party (a contact person is never matched, so a second row would be new), number or mail more.
    assert.deepEqual(after, before, list(statements));
    assert.equal((await verifyAuditChain(w.db)).ok, true);
  });

  test('an audit row takes one statement: the head locked, the next id, the row hashed by the database', async () => {
    const statements = await statementsOf(w.db, () =>
      w.db.transaction((tx) =>
        recordAudit(tx, { actor: w.admin, action: 'test.counted', entity: 'thing', entityId: 1 }),
      ),
    );
    assert.equal(statements.length, 1, list(statements));
    assert.equal((await verifyAuditChain(w.db)).ok, true);
  });
});
