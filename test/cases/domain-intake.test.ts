import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { getCase, listCases, registerApplication, trackCase } from '../../src/modules/cases/service';
import { systemActor } from '../../src/platform/auth/actor';
import { application, PDF, type World, world } from './domain-helpers';

describe('case intake', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  test('a clerk registers a postal application: numbered, routed to the owner unit, deadline set', async () => {
    const result = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(result.ok, JSON.stringify(result));
    assert.match(result.registrationNumber, /^[A-Z]+\/\d{4}\/\d{6}$/);
    assert.match(result.accessCode, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const view = await getCase(w.db, w.specialist, result.caseId);
    assert.ok(view);
    assert.equal(view.unit.code, 'socialais-dienests');
    assert.equal(view.status, 'registered');
    assert.equal(view.documents.length, 1);
    assert.equal(view.documents[0]!.mediaType, 'application/pdf');
    assert.equal(view.applicant?.identifier, '320000-*****');
    assert.equal(view.dueOn, result.dueOn);
    assert.ok(view.dueOn > view.receivedOn);
    assert.deepEqual(view.allowedActions.includes('assign'), true);
  });

  test('the same idempotency key registers one case', async () => {
    const input = application(w);
    const first = await registerApplication(w.db, w.clerk, input);
    const second = await registerApplication(w.db, w.clerk, input);
    assert.ok(first.ok && second.ok);
    assert.equal(second.caseId, first.caseId);
    assert.equal(second.replayed, true);
    const [row] = await query<{ n: number }>(
      w.db,
      // Stored scoped to its sender (ADR 0008).
      sql`SELECT count(*)::int AS n FROM case_file WHERE idempotency_key = ${`staff:${w.clerk.id}:${input.idempotencyKey}`}`,
    );
    assert.equal(row!.n, 1);
  });

  test('bad input is refused with the fields named, and nothing is written', async () => {
    const [before] = await query<{ n: number }>(w.db, sql`SELECT count(*)::int AS n FROM registry_entry`);
    const result = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: { kind: 'person', personalCode: '010190-12346', name: '' },
        documents: [{ filename: 'x.pdf', bytes: Buffer.from('MZ not a pdf at all') }],
        delivery: { channel: 'centre' },
        serviceVersionId: 999_999,
      }),
    );
    assert.equal(result.ok, false);
    const fields = result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`).sort();
    assert.deepEqual(fields, [
      'applicant.name:required',
      'applicant.personalCode:personal_code_invalid',
      'delivery.centreCode:required',
      'documents.0:file_type_not_allowed',
      'serviceVersionId:unknown_service',
    ]);
    const [afterCount] = await query<{ n: number }>(w.db, sql`SELECT count(*)::int AS n FROM registry_entry`);
    assert.equal(afterCount!.n, before!.n);
  });

  test('a specialist of another unit neither sees the case nor finds it in a list', async () => {
    const result = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(result.ok);
    assert.equal(await getCase(w.db, w.stranger, result.caseId), undefined);
    assert.equal(await getCase(w.db, w.editor, result.caseId), undefined);
    const list = await listCases(w.db, w.stranger, { status: 'all' });
    assert.equal(list.rows.length, 0);
    assert.ok(await getCase(w.db, w.manager, result.caseId));
  });

  test('a resident tracks the case with number and code; a wrong code and a wrong number look the same', async () => {
    const result = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(result.ok);
    const view = await trackCase(w.db, result.registrationNumber, result.accessCode.toLowerCase());
    assert.ok(view);
    assert.equal(view.status, 'registered');
    assert.equal(JSON.stringify(view).includes(w.clerk.name), false);
    assert.equal(await trackCase(w.db, result.registrationNumber, 'AAAA-AAAA'), undefined);
    assert.equal(await trackCase(w.db, 'ILN/1999/000001', result.accessCode), undefined);
  });

  test('documents are typed from their bytes', async () => {
    const result = await registerApplication(
      w.db,
      w.clerk,
      application(w, { documents: [{ filename: 'scan.png', bytes: PDF }] }),
    );
    assert.ok(result.ok);
    const view = await getCase(w.db, w.clerk, result.caseId);
    assert.equal(view?.documents[0]?.mediaType, 'application/pdf');
  });

  test('an online application never changes the stored contacts of a known person (ADR 0008)', async () => {
    const desk = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(desk.ok);
    const online = systemActor('online');
    const spoofed = application(w, {
      channel: 'portal',
      applicant: {
        kind: 'person',
        personalCode: '32000000000',
        name: 'Kāds Cits',
        email: 'attacker@example.com',
      },
    });
    const result = await registerApplication(w.db, online, spoofed);
    assert.ok(result.ok, JSON.stringify(result));
    const [party] = await query<{ id: number; name: string; email: string }>(
      w.db,
      sql`SELECT id, name, email FROM party WHERE personal_code = '32000000000'`,
    );
    assert.deepEqual(
      { ...party, id: undefined },
      { id: undefined, name: 'Jānis Bērziņš', email: 'janis@example.lv' },
    );
    const [mail] = await query<{ n: number }>(
      w.db,
      sql`SELECT count(*)::int AS n FROM outbox_message WHERE recipient = 'attacker@example.com'`,
    );
    assert.equal(mail?.n, 0);
    const byId = await registerApplication(
      w.db,
      online,
      application(w, { channel: 'portal', applicant: { partyId: party!.id } }),
    );
    assert.equal(byId.ok, false);
  });

  test('an idempotency key replays only for the actor that sent it', async () => {
    const input = application(w);
    const first = await registerApplication(w.db, w.clerk, input);
    const other = await registerApplication(w.db, w.otherClerk, input);
    assert.ok(first.ok && other.ok);
    assert.notEqual(other.caseId, first.caseId);
    assert.equal(other.replayed, false);
  });
});
