import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, type Db, query } from '../../src/db/connection';
import { rowHash } from '../../src/platform/audit/chain';
import { recordAudit, verifyAuditChain } from '../../src/platform/audit/service';
import { type Actor, systemActor } from '../../src/platform/auth/actor';
import { freshDatabase } from '../helpers/db';

let database: Database;
let db: Db;
before(async () => {
  database = await freshDatabase();
  db = database.db;
});
after(() => database.close());

const anna: Actor = { kind: 'staff', id: 7, name: 'Anna Ozola', grants: [{ role: 'admin' }] };

function record(n: number, actor: Actor | null = anna) {
  return db.transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: 'test.changed',
      entity: 'thing',
      entityId: n,
      before: n % 2 ? null : { name: { lv: 'Vecais ģērbonis', en: 'Old' }, fee: 1.5, tags: ['a', 'b'] },
      after: {
        zeta: n,
        alpha: { nested: [1, { y: true, x: null }] },
        text: 'Ūdens «pēdiņās» \\ "quotes"',
        when: new Date(0),
      },
    }),
  );
}

type Raw = Record<string, unknown>;
async function rawRow(id: string): Promise<Raw> {
  const [row] = await query<Raw>(
    db,
    sql`SELECT *, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at_iso
      FROM audit_log WHERE id = ${id}::bigint`,
  );
  assert.ok(row, `row ${id} exists`);
  return row;
}

async function reinsert(row: Raw): Promise<void> {
  const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
  await db.execute(sql`INSERT INTO audit_log
    (id, at, actor_kind, actor_id, actor_name, action, entity, entity_id, before, after, prev_id, prev_hash, hash,
     hash_version)
    VALUES (${String(row.id)}::bigint, ${row.at_iso as string}::timestamptz, ${row.actor_kind as string},
      ${row.actor_id as number | null}, ${row.actor_name as string | null}, ${row.action as string}, ${row.entity as string},
      ${row.entity_id as string | null}, ${json(row.before)}::jsonb, ${json(row.after)}::jsonb,
      ${row.prev_id === null ? null : String(row.prev_id)}::bigint, ${row.prev_hash as string}, ${row.hash as string},
      ${row.hash_version as number})`);
}

/** Tampering as the database's superuser would: with the append-only trigger switched off for a moment. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER ALL`);
  try {
    await db.execute(statement);
  } finally {
    await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER ALL`);
  }
}

async function ids(): Promise<string[]> {
  return (
    await query<{ id: string }>(db, sql`SELECT id::text AS id FROM audit_log ORDER BY audit_log.id`)
  ).map((r) => r.id);
}

test('an empty trail and a trail of rows both verify, and rows record who did what', async () => {
  assert.deepEqual(await verifyAuditChain(db), {
    ok: true,
    count: 0,
    lastHash: '0'.repeat(64),
    lastId: '0',
  });
  for (let n = 1; n <= 5; n++) await record(n);
  await record(6, null);
  await record(7, systemActor('command line'));
  const result = await verifyAuditChain(db);
  assert.equal(result.ok, true);
  assert.equal(result.count, 7);
  const rows = await query<{ actor_kind: string; actor_id: number | null; actor_name: string | null }>(
    db,
    sql`SELECT actor_kind, actor_id, actor_name FROM audit_log ORDER BY id`,
  );
  assert.deepEqual(rows[0], { actor_kind: 'staff', actor_id: 7, actor_name: 'Anna Ozola' });
  assert.deepEqual(rows[5], { actor_kind: 'anonymous', actor_id: null, actor_name: null });
  assert.equal(rows[6]!.actor_kind, 'system');
});

test('the database refuses to update, delete or truncate audit rows', async () => {
  const [first] = await ids();
  await assert.rejects(db.execute(sql`UPDATE audit_log SET action = 'x' WHERE id = ${first}::bigint`));
  await assert.rejects(db.execute(sql`DELETE FROM audit_log WHERE id = ${first}::bigint`));
  await assert.rejects(db.execute(sql`TRUNCATE audit_log`));
  assert.equal((await rawRow(first!)).action, 'test.changed');
  assert.equal((await verifyAuditChain(db)).ok, true);
});

test('an audit row written in a transaction that rolls back does not remain', async () => {
  const before = await ids();
  await assert.rejects(
    db.transaction(async (tx) => {
      await recordAudit(tx, { actor: anna, action: 'test.rolled_back', entity: 'thing', entityId: 99 });
      throw new Error('the change failed');
    }),
    /the change failed/,
  );
  assert.deepEqual(await ids(), before);
  const [gone] = await query<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'test.rolled_back'`,
  );
  assert.equal(gone!.n, 0);
  await record(8);
  const chain = await verifyAuditChain(db);
  assert.equal(chain.ok, true, 'the chain continues over the gap the rollback left in the ids');
});

test('verify names an edited row (content, time or actor), and the chain is whole again once it is restored', async () => {
  const third = (await ids())[2]!;
  const original = await rawRow(third);
  await tamper(
    sql`UPDATE audit_log SET after = jsonb_set(after, '{zeta}', '1000') WHERE id = ${third}::bigint`,
  );
  const edited = await verifyAuditChain(db);
  assert.ok(!edited.ok);
  assert.equal(edited.problem.kind, 'edited');
  assert.equal(edited.problem.id, third);
  assert.equal(edited.count, 2, 'the rows before it are intact');

  await tamper(
    sql`UPDATE audit_log SET after = ${JSON.stringify(original.after)}::jsonb WHERE id = ${third}::bigint`,
  );
  assert.equal((await verifyAuditChain(db)).ok, true);

  for (const change of [
    sql`UPDATE audit_log SET at = at + interval '1 millisecond' WHERE id = ${third}::bigint`,
    sql`UPDATE audit_log SET actor_name = 'Someone Else' WHERE id = ${third}::bigint`,
  ]) {
    await tamper(change);
    const r = await verifyAuditChain(db);
    assert.ok(!r.ok && r.problem.kind === 'edited' && r.problem.id === third);
    await tamper(sql`DELETE FROM audit_log WHERE id = ${third}::bigint`);
    await reinsert(original);
    assert.equal((await verifyAuditChain(db)).ok, true);
  }
});

test('verify names a deleted row, in the middle or at the end', async () => {
  const all = await ids();
  const fourth = all[3]!;
  const middle = await rawRow(fourth);
  await tamper(sql`DELETE FROM audit_log WHERE id = ${fourth}::bigint`);
  const r = await verifyAuditChain(db);
  assert.ok(!r.ok);
  assert.equal(r.problem.kind, 'deleted');
  assert.equal(r.problem.id, fourth);
  await reinsert(middle);
  assert.equal((await verifyAuditChain(db)).ok, true);

  const lastId = all.at(-1)!;
  const last = await rawRow(lastId);
  await tamper(sql`DELETE FROM audit_log WHERE id = ${lastId}::bigint`);
  const end = await verifyAuditChain(db);
  assert.ok(!end.ok);
  assert.equal(end.problem.kind, 'deleted');
  assert.equal(end.problem.id, lastId);
  await reinsert(last);
  assert.equal((await verifyAuditChain(db)).ok, true);
});

test('verify names an inserted row, even one forged with a correct hash', async () => {
  // The rolled-back transaction above left a gap in the ids: room for a forged row in the middle.
  const all = await ids();
  const gapAfter = all.find((id, i) => all[i + 1] && BigInt(all[i + 1]!) - BigInt(id) > 1n);
  assert.ok(gapAfter, 'there is a gap in the ids');
  const prev = await rawRow(gapAfter);
  const forged = {
    id: (BigInt(gapAfter) + 1n).toString(),
    at: new Date().toISOString(),
    actorKind: 'staff',
    actorId: 1,
    actorName: 'Forger',
    action: 'staff.role_granted',
    entity: 'role_grant',
    entityId: '1',
    before: null,
    after: { role: 'admin' },
    prevId: gapAfter,
    prevHash: prev.hash as string,
  };
  await tamper(sql`INSERT INTO audit_log
    (id, at, actor_kind, actor_id, actor_name, action, entity, entity_id, before, after, prev_id, prev_hash, hash)
    VALUES (${forged.id}::bigint, ${forged.at}::timestamptz, 'staff', 1, 'Forger', ${forged.action}, 'role_grant', '1',
      NULL, '{"role":"admin"}'::jsonb, ${gapAfter}::bigint, ${forged.prevHash}, ${rowHash(forged)})`);
  const r = await verifyAuditChain(db);
  assert.ok(!r.ok);
  assert.equal(r.problem.kind, 'inserted');
  assert.equal(r.problem.id, forged.id);
  await tamper(sql`DELETE FROM audit_log WHERE id = ${forged.id}::bigint`);
  assert.equal((await verifyAuditChain(db)).ok, true);

  await tamper(sql`INSERT INTO audit_log (id, at, actor_kind, action, entity, prev_hash, hash)
    VALUES (1000000, now(), 'staff', 'staff.signed_in', 'staff_user', 'x', 'y')`);
  const appended = await verifyAuditChain(db);
  assert.ok(!appended.ok);
  assert.equal(appended.problem.kind, 'inserted');
  assert.equal(appended.problem.id, '1000000');
  await tamper(sql`DELETE FROM audit_log WHERE id = 1000000`);
  assert.equal((await verifyAuditChain(db)).ok, true);
});

test('writers in parallel transactions all join one unbroken chain', async () => {
  const before = (await ids()).length;
  await Promise.all(Array.from({ length: 20 }, (_, i) => record(100 + i)));
  const r = await verifyAuditChain(db);
  assert.deepEqual(r, {
    ok: true,
    count: before + 20,
    lastHash: r.ok ? r.lastHash : '',
    lastId: r.ok ? r.lastId : '',
  });
});
