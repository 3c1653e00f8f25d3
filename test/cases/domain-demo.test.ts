import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, query } from '../../src/db/connection';
import { CASE_STATUSES } from '../../src/db/schema';
import { seedDemoCases } from '../../src/modules/demo/cases';
import { seedDemo } from '../../src/modules/demo/seed';
import { seedSyntheticCases } from '../../src/modules/demo/volume';
import { verifyAuditChain } from '../../src/platform/audit/service';
import { loadCalendar } from '../../src/platform/calendar';
import { freshDatabase } from '../helpers/db';

describe('demo cases', () => {
  let database: Database;
  before(async () => {
    database = await freshDatabase();
    await seedDemo(database.db);
  });
  after(() => database.close());

  test('a few dozen cases in every status, across centres and channels; a second run adds none', async () => {
    const made = await seedDemoCases(database.db);
    assert.ok(made >= 30, `${made}`);
    const rows = await query<{ status: string; centres: number; channels: number }>(
      database.db,
      sql`SELECT status, count(DISTINCT centre_in)::int AS centres, count(DISTINCT channel_in)::int AS channels
          FROM case_file GROUP BY status`,
    );
    assert.deepEqual(rows.map((r) => r.status).sort(), [...CASE_STATUSES].sort());
    const [spread] = await query<{ centres: number; channels: number }>(
      database.db,
      sql`SELECT count(DISTINCT centre_in)::int AS centres, count(DISTINCT channel_in)::int AS channels FROM case_file`,
    );
    assert.ok(spread!.centres >= 5 && spread!.channels >= 6);
    assert.equal(await seedDemoCases(database.db), 0);
    assert.equal((await verifyAuditChain(database.db)).ok, true);
  });
});

describe('due dates of demo and synthetic cases', () => {
  let database: Database;
  before(async () => {
    database = await freshDatabase();
    await seedDemo(database.db);
  });
  after(() => database.close());

  test('every due date and latest extension is a working day', async () => {
    // Received up to 30.11.2026, a demo case was extended by two weeks onto New Year's Day.
    assert.ok((await seedDemoCases(database.db, '2026-11-30')) >= 30);
    await seedSyntheticCases(database.db, 400);
    const cal = await loadCalendar(database.db);
    const rows = await query<{ number: string; due: string; max: string | null; extendedTo: string | null }>(
      database.db,
      sql`SELECT c.registration_number AS number, to_char(c.due_on, 'YYYY-MM-DD') AS due,
            to_char(c.max_due_on, 'YYYY-MM-DD') AS max,
            (SELECT e.data->>'dueAfter' FROM case_event e WHERE e.case_id = c.id AND e.type = 'extend') AS "extendedTo"
          FROM case_file c`,
    );
    assert.ok(rows.length >= 430);
    assert.ok(rows.some((r) => r.extendedTo));
    for (const r of rows) {
      assert.ok(cal.isWorkingDay(r.due), `${r.number} is due on ${r.due}`);
      assert.ok(!r.max || cal.isWorkingDay(r.max), `${r.number} may be extended up to ${r.max}`);
      assert.ok(!r.extendedTo || cal.isWorkingDay(r.extendedTo), `${r.number} extended to ${r.extendedTo}`);
    }
  });
});
