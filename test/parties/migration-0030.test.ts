import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { registerApplication } from '../../src/modules/cases/service';
import { normaliseDocument } from '../../src/modules/parties/identifiers';
import { verifyAuditChain } from '../../src/platform/audit/service';
import { projectPath } from '../../src/project-root';
import { application, type World, world } from '../cases/domain-helpers';

const MIGRATION = projectPath('src/db/migrations/0030_foreign_person_once.sql');

/**
 * Migration 0030 on data as it was before it: foreigners stored anew at every application, their documents as
 * typed. The database is migrated to the end, then put back as it stood before 0030 (its index dropped, the
 * documents and duplicates as older intakes left them), and the migration's statements are run again.
 */
describe('migration 0030: a foreigner stored once', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  test('normalises the documents, merges duplicates into the lowest id, repoints what refers to them, audits it', async () => {
    // Three distinct foreigners as the app stores them today; then made what older intakes wrote.
    const filed: number[] = [];
    const representativeCase = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: { kind: 'person', personalCode: '32000000000', name: 'Jānis Bērziņš' },
        representative: {
          party: {
            kind: 'foreign_person',
            name: 'Anna Müller',
            birthDate: '1975-04-04',
            identityDocument: 'TMP3',
            phone: '+49 30 1234567',
          },
          basis: 'Pilnvara',
        },
      }),
    );
    assert.ok(representativeCase.ok, JSON.stringify(representativeCase));
    for (const [document, extra] of [
      ['TMP1', { email: 'anna.old@example.de', preferredLanguage: 'lv' as const }],
      ['TMP2', { email: 'anna@example.de', preferredLanguage: 'en' as const }],
      ['TMP4', { email: 'other@example.de' }],
    ] as const) {
      const r = await registerApplication(
        w.db,
        w.clerk,
        application(w, {
          applicant: {
            kind: 'foreign_person',
            name: document === 'TMP2' ? 'Anna Mueller' : 'Anna Müller',
            // TMP4: the same document, born on another day: someone else.
            birthDate: document === 'TMP4' ? '1975-04-05' : '1975-04-04',
            identityDocument: document,
            ...extra,
          },
        }),
      );
      assert.ok(r.ok, JSON.stringify(r));
      filed.push(r.caseId);
    }
    const ids = await query<{ id: number; document: string }>(
      w.db,
      sql`SELECT id, identity_document AS document FROM party WHERE identity_document LIKE 'TMP%' ORDER BY identity_document`,
    );
    const id = Object.fromEntries(ids.map((r) => [r.document, r.id]));
    // Created in this order: TMP3 (the representative), TMP1, TMP2, TMP4.
    assert.ok(id.TMP3! < id.TMP1! && id.TMP1! < id.TMP2!);
    await w.db.execute(sql`DROP INDEX party_foreign_document_uq`);
    const typed: Record<string, string> = {
      TMP3: 'de c01x 00t47',
      TMP1: 'DE-C01X00T47',
      TMP2: 'de\u00a0c01x\u201300t47\t',
      TMP4: 'DEC01X00T47',
    };
    for (const [tmp, raw] of Object.entries(typed))
      await w.db.execute(sql`UPDATE party SET identity_document = ${raw} WHERE id = ${id[tmp]!}`);
    // A consultation linked to a duplicate.
    const [consultation] = await query<{ id: number }>(
      w.db,
      sql`INSERT INTO interaction (centre_code, topic, channel, minutes, party_id)
          VALUES ('ilukste', 'Uzturēšanās atļauja', 'visit', 10, ${id.TMP2!}) RETURNING id`,
    );
    const auditBefore = await query<{ n: number }>(
      w.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'party.merged'`,
    );

    await w.db.transaction(async (tx) => {
      for (const statement of readFileSync(MIGRATION, 'utf8').split('--> statement-breakpoint'))
        await tx.execute(sql.raw(statement));
    });

    const kept = id.TMP3!;
    const parties = await query<{
      id: number;
      document: string;
      name: string;
      email: string | null;
      phone: string | null;
      lang: string;
    }>(
      w.db,
      sql`SELECT id, identity_document AS document, name, email, phone, preferred_language AS lang FROM party
          WHERE id IN (${id.TMP1!}, ${id.TMP2!}, ${id.TMP3!}, ${id.TMP4!}) ORDER BY id`,
    );
    // The newest row's name and language, each contact from the newest row that has one.
    assert.deepEqual(parties, [
      {
        id: kept,
        document: 'DEC01X00T47',
        name: 'Anna Mueller',
        email: 'anna@example.de',
        phone: '+49 30 1234567',
        lang: 'en',
      },
      {
        id: id.TMP4!,
        document: 'DEC01X00T47',
        name: 'Anna Müller',
        email: 'other@example.de',
        phone: null,
        lang: 'lv',
      },
    ]);
    // The migration normalises exactly as the app does.
    for (const raw of Object.values(typed)) assert.equal(normaliseDocument(raw), 'DEC01X00T47');
    const refs = await query<{ applicant: number; representative: number | null }>(
      w.db,
      sql`SELECT applicant_id AS applicant, representative_id AS representative FROM case_file
          WHERE id IN (${representativeCase.caseId}, ${filed[0]!}, ${filed[1]!}, ${filed[2]!}) ORDER BY id`,
    );
    assert.deepEqual(
      refs.map((r) => r.representative ?? r.applicant),
      [kept, kept, kept, id.TMP4!],
    );
    const [linked] = await query<{ party: number }>(
      w.db,
      sql`SELECT party_id AS party FROM interaction WHERE id = ${consultation!.id}`,
    );
    assert.equal(linked?.party, kept);

    const [audit] = await query<{ n: number; after: { merged: Record<string, number[]> } }>(
      w.db,
      sql`SELECT count(*) OVER ()::int AS n, after FROM audit_log WHERE action = 'party.merged' ORDER BY id DESC LIMIT 1`,
    );
    assert.equal(audit?.n, auditBefore[0]!.n + 1);
    assert.deepEqual(audit?.after.merged, { [String(kept)]: [id.TMP1!, id.TMP2!] });
    assert.equal((await verifyAuditChain(w.db)).ok, true);

    // The index is back: the app meets the foreigner on it, and a second row cannot be written.
    const again = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: {
          kind: 'foreign_person',
          name: 'Anna Mueller',
          birthDate: '1975-04-04',
          identityDocument: 'DE C01X 00T47',
        },
      }),
    );
    assert.ok(again.ok);
    const [applicant] = await query<{ id: number }>(
      w.db,
      sql`SELECT applicant_id AS id FROM case_file WHERE id = ${again.caseId}`,
    );
    assert.equal(applicant?.id, kept);
    await assert.rejects(
      w.db.execute(sql`INSERT INTO party (kind, name, birth_date, identity_document)
        VALUES ('foreign_person', 'Copy', '1975-04-04', 'DEC01X00T47')`),
    );
  });

  test('with no duplicates it changes nothing and appends no audit row', async () => {
    const count = async () =>
      (
        await query<{ parties: number; audits: number }>(
          w.db,
          sql`SELECT (SELECT count(*)::int FROM party) AS parties, (SELECT count(*)::int FROM audit_log) AS audits`,
        )
      )[0];
    const before = await count();
    await w.db.execute(sql`DROP INDEX party_foreign_document_uq`);
    await w.db.transaction(async (tx) => {
      for (const statement of readFileSync(MIGRATION, 'utf8').split('--> statement-breakpoint'))
        await tx.execute(sql.raw(statement));
    });
    assert.deepEqual(await count(), before);
  });
});
