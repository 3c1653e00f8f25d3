import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Db, query } from '../../src/db/connection';
import { registerApplication } from '../../src/modules/cases/service';
import { recordAudit, verifyAuditChain } from '../../src/platform/audit/service';
import { application, type World, world } from './domain-helpers';

/**
 * The statements `db` sends while `work` runs, through drizzle's logger (the same on PGlite and
 * PostgreSQL; transaction control is left out: PGlite sends it without the logger).
 */
async function statementsOf(db: Db, work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const session = (db as unknown as { session: { logger: unknown; options: { logger?: unknown } } }).session;
  const before = { logger: session.logger, option: session.options.logger };
  const logger = {
    logQuery(text: string) {
      if (!/^\s*(begin|commit|rollback)\b/i.test(text)) seen.push(text.replace(/\s+/g, ' ').trim());
    },
  };
  session.logger = logger;
  session.options.logger = logger;
  try {
    await work();
  } finally {
    session.logger = before.logger;
    session.options.logger = before.option;
  }
  return seen;
}

const list = (statements: string[]) => statements.map((s) => `  ${s.slice(0, 100)}`).join('\n');

describe('statements per write (round trips are what intake throughput is made of)', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  test('an intake (new applicant, a document, mail queued, audited) takes three statements', async () => {
    let result: Awaited<ReturnType<typeof registerApplication>> | undefined;
    const statements = await statementsOf(w.db, async () => {
      result = await registerApplication(w.db, w.clerk, application(w));
    });
    assert.ok(result?.ok, JSON.stringify(result));
    // The look-ups, the working calendar, and one statement that files it all (ADR 0009).
    assert.ok(statements.length <= 3, `${statements.length} statements:\n${list(statements)}`);
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
    const input = application(w);
    await registerApplication(w.db, w.clerk, input);
    const statements = await statementsOf(w.db, () => registerApplication(w.db, w.clerk, input));
    assert.ok(
      !statements.some((s) => /insert into "?case_file"?/i.test(s)),
      `a case was inserted again:\n${list(statements)}`,
    );
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
