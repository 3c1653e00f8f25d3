import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, query } from '../../src/db/connection';
import { CASE_STATUSES } from '../../src/db/schema';
import { seedDemoCases } from '../../src/modules/demo/cases';
import { seedDemo } from '../../src/modules/demo/seed';
import { verifyAuditChain } from '../../src/platform/audit/service';
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
