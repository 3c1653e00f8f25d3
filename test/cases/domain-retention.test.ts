import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { recordInteraction } from '../../src/modules/cases/interactions/service';
import {
  act,
  exportPartyData,
  getCase,
  registerApplication,
  registerCorrespondence,
  runRetention,
  trackCase,
} from '../../src/modules/cases/service';
import { seedSyntheticCases } from '../../src/modules/demo/volume';
import { verifyAuditChain } from '../../src/platform/audit/service';
import { systemActor } from '../../src/platform/auth/actor';
import { application, PDF, type World, world } from './domain-helpers';

describe('retention, subject access and synthetic volume', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  test('a closed case past retention loses personal data and documents, keeps its number, events and statistics', async () => {
    const input = application(w, {
      applicant: {
        kind: 'person',
        personalCode: '32999999999',
        name: 'Zane Dzērve',
        email: 'zane@example.lv',
      },
    });
    const r = await registerApplication(w.db, w.clerk, input);
    assert.ok(r.ok);
    const keep = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(keep.ok);
    const done = await act(w.db, w.clerk, r.caseId, 1, { type: 'withdraw', reason: 'Zane Dzērve atsauca' });
    assert.ok(done?.ok);
    const [row] = await query<{ until: string }>(
      w.db,
      sql`SELECT to_char(retention_until, 'YYYY-MM-DD') AS until FROM case_file WHERE id = ${r.caseId}`,
    );
    assert.ok(row!.until > '2030-01-01', 'kept for the default five years');

    const dry = await runRetention(w.db, systemActor('test'), { dryRun: true, today: '2099-01-01' });
    assert.deepEqual({ cases: dry.cases, parties: dry.parties }, { cases: 1, parties: 1 });
    assert.ok(await trackCase(w.db, r.registrationNumber, r.accessCode), 'a dry run changes nothing');
    const mails = async () =>
      Number(
        (
          await query<{ n: number }>(
            w.db,
            sql`SELECT count(*)::int AS n FROM outbox_message WHERE case_id = ${r.caseId}`,
          )
        )[0]?.n,
      );
    assert.ok((await mails()) > 0, 'the applicant was mailed');

    const report = await runRetention(w.db, systemActor('test'), { today: '2099-01-01' });
    assert.equal(await mails(), 0, 'the mails to the applicant go with the personal data');
    assert.equal(report.cases, 1);
    assert.equal(report.documents, 1);
    const view = await getCase(w.db, w.manager, r.caseId);
    assert.ok(view);
    assert.equal(view.registrationNumber, r.registrationNumber);
    assert.equal(view.applicant, null);
    assert.equal(view.personalDataRemoved, true);
    assert.deepEqual(view.fields, {});
    assert.ok(view.documents.every((d) => d.removed));
    assert.deepEqual(
      view.events.map((e) => [e.type, e.reason]),
      [
        ['registered', null],
        ['withdraw', null],
      ],
    );
    const text = JSON.stringify(
      await query(
        w.db,
        sql`SELECT p.*, r.correspondent FROM party p, registry_entry r WHERE r.case_id = ${r.caseId}`,
      ),
    );
    assert.equal(text.includes('Dzērve'), false);
    assert.equal(text.includes('32999999999'), false);
    assert.equal(await trackCase(w.db, r.registrationNumber, r.accessCode), undefined);
    assert.ok((await getCase(w.db, w.manager, keep.caseId))?.applicant, 'an open case keeps its data');
    const audits = await query<{ action: string }>(
      w.db,
      sql`SELECT action FROM audit_log WHERE action LIKE 'retention.%' ORDER BY id`,
    );
    assert.deepEqual(
      audits.map((a) => a.action),
      ['retention.dry_run', 'retention.run'],
    );
    await assert.rejects(runRetention(w.db, w.clerk), { name: 'ForbiddenError' });
  });

  test('a letter of no case loses its correspondent and scans after the usual period from its registration (found by review: never)', async () => {
    const received = await registerCorrespondence(w.db, w.clerk, {
      correspondent: 'Ilze Liepiņa',
      subject: 'Ilzes Liepiņas sūdzība',
      channel: 'post',
      documents: [{ filename: 'liepina.pdf', bytes: PDF }],
    });
    assert.ok(received.ok);
    const entry = async () =>
      (
        await query<{ correspondent: string | null; subject: string; bytes: boolean; filename: string }>(
          w.db,
          sql`SELECT r.correspondent, r.subject, d.bytes IS NOT NULL AS bytes, d.filename
              FROM registry_entry r JOIN case_document d ON d.registry_entry_id = r.id WHERE r.id = ${received.entryId}`,
        )
      )[0];
    const registered = (await entry())!;
    // Within the usual period (five years from today) it stays; the dry run counts without removing.
    const soon = await runRetention(w.db, systemActor('test'), { today: '2027-01-01' });
    assert.equal(soon.letters, 0);
    assert.deepEqual(await entry(), registered);
    const dry = await runRetention(w.db, systemActor('test'), { dryRun: true, today: '2099-01-01' });
    assert.ok(dry.letters >= 1);
    assert.deepEqual(await entry(), registered);
    const report = await runRetention(w.db, systemActor('test'), { today: '2099-01-01' });
    assert.ok(report.letters >= 1);
    assert.deepEqual(await entry(), {
      correspondent: null,
      subject: '—',
      bytes: false,
      filename: 'dokuments',
    });
  });

  test('a consultation names its person only for the usual period; the person is erased once neither a case nor a consultation refers to them', async () => {
    const r = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: { kind: 'person', personalCode: '32888888888', name: 'Kārlis Konsultētais' },
      }),
    );
    assert.ok(r.ok);
    assert.ok((await act(w.db, w.clerk, r.caseId, 1, { type: 'withdraw', reason: 'atsauca' }))?.ok);
    const [{ partyId }] = (await query<{ partyId: number }>(
      w.db,
      sql`SELECT applicant_id AS "partyId" FROM case_file WHERE id = ${r.caseId}`,
    )) as [{ partyId: number }];
    const consulted = await recordInteraction(w.db, w.clerk, {
      centreCode: 'ilukste',
      topic: 'Jautājums par pabalstu',
      channel: 'visit',
      minutes: 10,
      partyCode: '32888888888',
    });
    assert.ok(consulted.ok);
    // The consultation took place long after the case: its own period ends later (2095).
    await w.db.execute(sql`UPDATE interaction SET at = '2090-01-01T10:00:00Z' WHERE id = ${consulted.id}`);
    const state = async () =>
      (
        await query<{ linked: boolean; erased: boolean; name: string }>(
          w.db,
          sql`SELECT i.party_id IS NOT NULL AS linked, p.erased_at IS NOT NULL AS erased, p.name
              FROM party p LEFT JOIN interaction i ON i.id = ${consulted.id} WHERE p.id = ${partyId}`,
        )
      )[0];

    const caseDue = await runRetention(w.db, systemActor('test'), { today: '2091-01-01' });
    assert.ok(caseDue.cases >= 1);
    assert.equal(caseDue.consultations, 0);
    assert.deepEqual(await state(), { linked: true, erased: false, name: 'Kārlis Konsultētais' });

    const dry = await runRetention(w.db, systemActor('test'), { dryRun: true, today: '2096-01-01' });
    assert.deepEqual(
      { consultations: dry.consultations, parties: dry.parties },
      { consultations: 1, parties: 1 },
    );
    assert.deepEqual(await state(), { linked: true, erased: false, name: 'Kārlis Konsultētais' });

    const report = await runRetention(w.db, systemActor('test'), { today: '2096-01-01' });
    assert.deepEqual(
      { consultations: report.consultations, parties: report.parties },
      { consultations: 1, parties: 1 },
    );
    assert.deepEqual(await state(), { linked: false, erased: true, name: '' });
    const [kept] = await query<{ topic: string; minutes: number }>(
      w.db,
      sql`SELECT topic, minutes FROM interaction WHERE id = ${consulted.id}`,
    );
    assert.deepEqual(kept, { topic: 'Jautājums par pabalstu', minutes: 10 }, 'still counted');
  });

  test('a party’s data is exported as JSON for a subject access request, audited', async () => {
    const r = await registerApplication(
      w.db,
      w.clerk,
      application(w, { applicant: { kind: 'person', personalCode: '32888888888', name: 'Rūta Ābele' } }),
    );
    assert.ok(r.ok);
    const [p] = await query<{ id: number }>(
      w.db,
      sql`SELECT id FROM party WHERE personal_code = '32888888888'`,
    );
    const data = await exportPartyData(w.db, w.admin, p!.id);
    assert.ok(data);
    assert.equal((data.party as { name: string }).name, 'Rūta Ābele');
    const cases = data.cases as { registrationNumber: string; events: unknown[] }[];
    assert.equal(cases.length, 1);
    assert.equal(cases[0]!.registrationNumber, r.registrationNumber);
    assert.ok(cases[0]!.events.length >= 1);
    JSON.parse(JSON.stringify(data));
    await assert.rejects(exportPartyData(w.db, w.clerk, p!.id), { name: 'ForbiddenError' });
  });

  test('synthetic cases: numbered on from the registry without gaps, over three years', async () => {
    const before = await query<{ n: number }>(w.db, sql`SELECT count(*)::int AS n FROM case_file`);
    await seedSyntheticCases(w.db, 500);
    const [after] = await query<{ n: number; years: number; events: number }>(
      w.db,
      sql`SELECT count(*)::int AS n, count(DISTINCT extract(year FROM received_on))::int AS years,
            (SELECT count(*)::int FROM case_event) AS events FROM case_file`,
    );
    assert.equal(after!.n, before[0]!.n + 500);
    assert.ok(after!.years >= 3);
    const gaps = await query<{ year: number; n: number; max: number }>(
      w.db,
      sql`SELECT year, count(*)::int AS n, max(seq)::int AS max FROM registry_entry GROUP BY year`,
    );
    for (const g of gaps) assert.equal(g.n, g.max, `year ${g.year}`);
    const counters = await query<{ year: number; last: number }>(
      w.db,
      sql`SELECT year, last FROM registry_counter`,
    );
    for (const c of counters) assert.equal(c.last, gaps.find((g) => g.year === c.year)?.max);
    const r = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(r.ok, 'intake continues after synthetic data');
    assert.equal((await verifyAuditChain(w.db)).ok, true);
  });
});
