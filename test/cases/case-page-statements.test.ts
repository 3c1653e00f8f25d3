import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { getCase, listCases, registerApplication, worklistOptions } from '../../src/modules/cases/service';
import { recordAuditAlone, verifyAuditChain } from '../../src/platform/audit/service';
import { listStatements, statementsOf } from '../helpers/statements';
import { application, type World, world } from './domain-helpers';

interface AuditRow {
  id: string;
  actorId: number | null;
  action: string;
  entityId: string | null;
  after: unknown;
}

const auditRowsAfter = (w: World, id: string) =>
  query<AuditRow>(
    w.db,
    sql`SELECT id::text AS id, actor_id AS "actorId", action, entity_id AS "entityId", after
        FROM audit_log WHERE id > ${id}::bigint ORDER BY id`,
  );

const lastAuditId = async (w: World) =>
  (await query<{ id: string }>(w.db, sql`SELECT coalesce(max(id), 0)::text AS id FROM audit_log`))[0]!.id;

describe('the case page: statements, and the audit of the parties it shows', () => {
  let w: World;
  let caseId: number;
  before(async () => {
    w = await world();
    const r = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(r.ok, JSON.stringify(r));
    caseId = r.caseId;
    await getCase(w.db, w.specialist, caseId); // the display calendar, kept for a minute
  });
  after(() => w.database.close());

  test('three statements: the case, everything the page shows beside it, the audit row of the parties read', async () => {
    const from = await lastAuditId(w);
    let view: Awaited<ReturnType<typeof getCase>>;
    const statements = await statementsOf(w.db, async () => {
      view = await getCase(w.db, w.specialist, caseId);
    });
    assert.equal(statements.length, 3, listStatements(statements));
    assert.equal(view!.applicant?.name, 'Jānis Bērziņš');
    assert.equal(view!.applicant?.identifier, '320000-*****');
    assert.equal(view!.events.length, 1);
    assert.ok(view!.events[0]!.at instanceof Date);
    assert.equal(view!.documents.length, 1);
    assert.ok(view!.documents[0]!.createdAt instanceof Date);
    assert.ok(
      view!.assignable.some((s) => s.id === w.specialist.id),
      'the specialist may take it',
    );
    const rows = await auditRowsAfter(w, from);
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0]!.action, 'party.read');
    assert.equal(rows[0]!.actorId, w.specialist.id);
    assert.equal(rows[0]!.entityId, String(view!.applicant!.id));
    assert.deepEqual(rows[0]!.after, {
      context: `case ${view!.registrationNumber}`,
      parties: [view!.applicant!.id],
    });
    assert.equal((await verifyAuditChain(w.db)).ok, true);
  });

  test('the worklist, warm: one statement (its rows); the filter’s choices come from memory', async () => {
    await Promise.all([listCases(w.db, w.specialist, {}), worklistOptions(w.db, w.specialist)]);
    let shown = 0;
    let assignees: { id: number }[] = [];
    const statements = await statementsOf(w.db, async () => {
      const [list, options] = await Promise.all([
        listCases(w.db, w.specialist, {}),
        worklistOptions(w.db, w.specialist),
      ]);
      shown = list.rows.length;
      assignees = options.assignees;
    });
    assert.equal(statements.length, 1, listStatements(statements));
    assert.ok(shown > 0, 'the registered case is listed');
    assert.ok(assignees.some((s) => s.id === w.specialist.id));
  });

  test('a case outside the actor’s scope: nothing read, nothing audited', async () => {
    const from = await lastAuditId(w);
    const statements = await statementsOf(w.db, async () => {
      assert.equal(await getCase(w.db, w.stranger, caseId), undefined);
    });
    assert.equal(statements.length, 1, listStatements(statements));
    assert.deepEqual(await auditRowsAfter(w, from), []);
  });

  test('reads audited at the same moment share statements, each row chained in the order asked', async () => {
    const from = await lastAuditId(w);
    const n = 20;
    let ids: string[] = [];
    const statements = await statementsOf(w.db, async () => {
      ids = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          recordAuditAlone(w.db, {
            actor: w.specialist,
            action: 'party.read',
            entity: 'party',
            entityId: i,
            after: { i, text: 'ā "quoted" \\ back' },
          }),
        ),
      );
    });
    // The first goes at once; the rest, asked for while it runs, go together.
    assert.ok(statements.length < n, listStatements(statements));
    const rows = await auditRowsAfter(w, from);
    assert.deepEqual(
      rows.map((r) => r.id),
      ids,
    );
    assert.deepEqual(
      rows.map((r) => r.entityId),
      Array.from({ length: n }, (_, i) => String(i)),
    );
    assert.deepEqual(rows[7]!.after, { i: 7, text: 'ā "quoted" \\ back' });
    assert.deepEqual(
      [...ids].sort((a, b) => Number(a) - Number(b)),
      ids,
    );
    assert.equal((await verifyAuditChain(w.db)).ok, true);
  });

  test('a row that cannot be written fails alone: the others of its group are written', async () => {
    const from = await lastAuditId(w);
    const entry = (actorId: number, i: number) =>
      recordAuditAlone(w.db, {
        actor: { ...w.specialist, id: actorId },
        action: 'party.read',
        entity: 'party',
        entityId: i,
      });
    // An actor id beyond the column's integer range: the database refuses that row.
    const results = await Promise.allSettled([
      entry(w.specialist.id, 1),
      entry(2 ** 40, 2),
      entry(w.specialist.id, 3),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    const rows = await auditRowsAfter(w, from);
    assert.deepEqual(
      rows.map((r) => r.entityId),
      ['1', '3'],
    );
    assert.equal((await verifyAuditChain(w.db)).ok, true);
  });
});
