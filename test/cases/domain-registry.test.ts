import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { registryYear, takeRegistryNumber } from '../../src/modules/cases/registry';
import { registerApplication, registerCorrespondence } from '../../src/modules/cases/service';
import { application, PDF, type World, world } from './domain-helpers';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function numbers(w: World): Promise<number[]> {
  const rows = await query<{ seq: number }>(
    w.db,
    sql`SELECT seq FROM registry_entry WHERE year = ${registryYear()} ORDER BY seq`,
  );
  return rows.map((r) => Number(r.seq));
}

function assertGapless(seqs: number[]): void {
  assert.deepEqual(
    seqs,
    seqs.map((_, i) => i + 1),
  );
}

describe('registry numbers', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  test(`${onPostgres ? 200 : 40} parallel intakes get distinct, gapless numbers`, async () => {
    const n = onPostgres ? 200 : 40;
    const results = await Promise.all(
      Array.from({ length: n }, () => registerApplication(w.db, w.clerk, application(w))),
    );
    const registered = results.map((r) => {
      assert.ok(r.ok, JSON.stringify(r));
      return r.registrationNumber;
    });
    assert.equal(new Set(registered).size, n);
    assertGapless(await numbers(w));
    assert.equal((await numbers(w)).length, n);
  });

  test('a transaction rolled back after taking a number leaves no gap', async () => {
    const before = await numbers(w);
    await assert.rejects(
      w.db.transaction(async (tx) => {
        await takeRegistryNumber(tx);
        throw new Error('crash after numbering');
      }),
      /crash after numbering/,
    );
    const r = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(r.ok);
    assert.match(r.registrationNumber, new RegExp(`/${String(before.length + 1).padStart(6, '0')}$`));
    assertGapless(await numbers(w));
  });

  test('other correspondence and outgoing documents are numbered in the same registry', async () => {
    const before = await numbers(w);
    const r = await registerCorrespondence(w.db, w.clerk, {
      correspondent: 'Valsts ieņēmumu dienests',
      subject: 'Informatīva vēstule',
      channel: 'e_address',
      documents: [{ filename: 'vestule.pdf', bytes: PDF }],
    });
    assert.ok(r.ok);
    assert.match(r.registryNumber, new RegExp(`/${String(before.length + 1).padStart(6, '0')}$`));
    const [prefix] = await query<{ p: string }>(w.db, sql`SELECT registry_prefix AS p FROM municipality`);
    assert.ok(r.registryNumber.startsWith(`${prefix!.p}/${registryYear()}/`));
    assertGapless(await numbers(w));
  });

  test('correspondence sent twice, one after the other or at once, is one entry (found by fuzzing: it was two)', async () => {
    const letter = (idempotencyKey: string) => ({
      correspondent: 'Zemgales plānošanas reģions',
      subject: 'Uzaicinājums',
      channel: 'post' as const,
      documents: [{ filename: 'vestule.pdf', bytes: PDF }],
      idempotencyKey,
    });
    const before = (await numbers(w)).length;
    const first = await registerCorrespondence(w.db, w.clerk, letter('twice-after-another-0001'));
    const again = await registerCorrespondence(w.db, w.clerk, letter('twice-after-another-0001'));
    assert.ok(first.ok && again.ok);
    assert.equal(again.registryNumber, first.registryNumber);
    assert.equal(again.entryId, first.entryId);
    const together = await Promise.all(
      Array.from({ length: 5 }, () => registerCorrespondence(w.db, w.clerk, letter('sent-at-once-000001'))),
    );
    assert.ok(together.every((r) => r.ok));
    assert.equal(
      new Set(together.map((r) => (r.ok ? r.registryNumber : ''))).size,
      1,
      'one number for all five',
    );
    assert.equal((await numbers(w)).length, before + 2, 'two entries: one for each letter');
    assertGapless(await numbers(w));
    const documents = await query<{ n: number }>(
      w.db,
      sql`SELECT count(*)::int AS n FROM case_document WHERE registry_entry_id IN (${first.ok ? first.entryId : 0},
            ${together[0]!.ok ? together[0]!.entryId : 0})`,
    );
    assert.equal(documents[0]!.n, 2, 'each letter’s scan stored once');
  });
});
