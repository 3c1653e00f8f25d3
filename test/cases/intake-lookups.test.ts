import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { registerApplication } from '../../src/modules/cases/service';
import { verifyAuditChain } from '../../src/platform/audit/service';
import { application, type World, world } from './domain-helpers';

/**
 * Intake keeps its look-ups in memory per catalogue revision (ADR 0011). These change the catalogue
 * behind its back, in SQL, as another process would: what is filed next must follow the change.
 */
describe('intake look-ups kept per catalogue revision', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  const counts = async () =>
    (
      await query<{ cases: number; parties: number; last: number }>(
        w.db,
        sql`SELECT (SELECT count(*)::int FROM case_file) AS cases, (SELECT count(*)::int FROM party) AS parties,
              (SELECT coalesce(max(last), 0)::int FROM registry_counter) AS last`,
      )
    )[0]!;

  test('a moved day off entered after intake remembered the calendar moves the next deadline', async () => {
    const first = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(first.ok, JSON.stringify(first));
    await w.db.execute(
      sql`INSERT INTO calendar_moved_day (day, working, reason) VALUES (${first.dueOn}, false, 'test')`,
    );
    const next = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(next.ok, JSON.stringify(next));
    assert.ok(next.dueOn > first.dueOn, `${next.dueOn} should come after the new day off ${first.dueOn}`);
  });

  test('a service withdrawn after intake remembered its version is refused, and nothing is taken', async () => {
    const first = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(first.ok, JSON.stringify(first));
    const before = await counts();
    await w.db.execute(sql`UPDATE service SET withdrawn_at = now() WHERE id = ${w.serviceId}`);
    const refused = await registerApplication(
      w.db,
      w.clerk,
      application(w, { applicant: { kind: 'contact_person', name: 'Late Comer', email: 'late@example.lv' } }),
    );
    assert.equal(refused.ok, false);
    assert.ok(
      !refused.ok && refused.problems.some((p) => p.code === 'unknown_service'),
      JSON.stringify(refused),
    );
    // No case, no party (a contact person is always a new row), no number: the filing wrote nothing.
    assert.deepEqual(await counts(), before);
    assert.equal((await verifyAuditChain(w.db)).ok, true);
  });

  test('the filing statement refuses a revision that is not the current one', async () => {
    const [row] = await query<{ n: string }>(w.db, sql`SELECT n::text AS n FROM catalogue_revision`);
    await assert.rejects(
      w.db.execute(sql`SELECT pietura_catalogue_unchanged(${BigInt(row!.n) - 1n}::bigint)`),
      (err: { code?: string; cause?: { code?: string } }) => (err.code ?? err.cause?.code) === 'PT409',
    );
    const [ok] = await query<{ ok: boolean }>(
      w.db,
      sql`SELECT pietura_catalogue_unchanged(${row!.n}::bigint) AS ok`,
    );
    assert.equal(ok!.ok, true);
  });
});
