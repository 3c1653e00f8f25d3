import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { act, registerApplication, runRetention } from '../../src/modules/cases/service';
import {
  findForeignPerson,
  type PartyInput,
  partyProblems,
  saveParty,
} from '../../src/modules/parties/service';
import { verifyAuditChain } from '../../src/platform/audit/service';
import { systemActor } from '../../src/platform/auth/actor';
import { application, type World, world } from '../cases/domain-helpers';

/** A foreigner without a personal code, as typed at the desk or online. */
function foreigner(identityDocument: string, extra: Partial<PartyInput> = {}): PartyInput {
  return {
    kind: 'foreign_person',
    name: 'John Smith',
    birthDate: '1985-03-14',
    identityDocument,
    ...extra,
  } as PartyInput;
}

interface StoredForeigner {
  id: number;
  name: string;
  document: string;
  email: string | null;
  phone: string | null;
  lang: string;
}

/** Issue 8: a foreigner without a personal code is stored once, met on the document and the date of birth. */
describe('foreigners without a personal code', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  const stored = (birthDate: string) =>
    query<StoredForeigner>(
      w.db,
      sql`SELECT id, name, identity_document AS document, email, phone, preferred_language AS lang FROM party
          WHERE kind = 'foreign_person' AND birth_date = ${birthDate} ORDER BY id`,
    );
  const applicantOf = async (caseId: number) =>
    (await query<{ id: number }>(w.db, sql`SELECT applicant_id AS id FROM case_file WHERE id = ${caseId}`))[0]
      ?.id;

  test('the desk and an online application, the document spaced differently, give one party', async () => {
    const desk = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: foreigner('lv 123-4567', { email: 'john@example.com', preferredLanguage: 'en' }),
      }),
    );
    assert.ok(desk.ok, JSON.stringify(desk));
    const online = await registerApplication(
      w.db,
      systemActor('online'),
      application(w, { channel: 'portal', applicant: foreigner('LV1234567', { email: 'john@example.com' }) }),
    );
    assert.ok(online.ok, JSON.stringify(online));
    const rows = await stored('1985-03-14');
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0]!.document, 'LV1234567');
    assert.equal(await applicantOf(desk.caseId), rows[0]!.id);
    assert.equal(await applicantOf(online.caseId), rows[0]!.id);
    // The same document of someone born on another day is another person.
    const other = await registerApplication(
      w.db,
      w.clerk,
      application(w, { applicant: foreigner('LV1234567', { name: 'Jane Smith', birthDate: '1990-07-01' }) }),
    );
    assert.ok(other.ok);
    assert.equal((await stored('1990-07-01')).length, 1);
    assert.equal((await stored('1985-03-14')).length, 1);
  });

  test('an online or API caller never changes a stored foreigner; the desk updates what it typed and keeps the rest', async () => {
    const document = 'GB 55501 2345';
    const first = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: foreigner(document, {
          name: 'Mary Brown',
          birthDate: '1970-01-02',
          email: 'mary@example.co.uk',
          phone: '+44 20 7946 0000',
          preferredLanguage: 'en',
        }),
      }),
    );
    assert.ok(first.ok);
    const [before] = await stored('1970-01-02');
    const spoofed = await registerApplication(
      w.db,
      systemActor('online'),
      application(w, {
        channel: 'portal',
        applicant: foreigner('gb555012345', {
          name: 'Someone Else',
          birthDate: '1970-01-02',
          email: 'attacker@example.com',
          phone: '+371 20000000',
          preferredLanguage: 'lv',
        }),
      }),
    );
    assert.ok(spoofed.ok, JSON.stringify(spoofed));
    assert.deepEqual(await stored('1970-01-02'), [before]);
    assert.equal(await applicantOf(spoofed.caseId), before!.id);
    // The new case's mail goes to the stored address, in the stored language.
    const [mail] = await query<{ recipient: string }>(
      w.db,
      sql`SELECT recipient FROM outbox_message WHERE case_id = ${spoofed.caseId}`,
    );
    assert.equal(mail?.recipient, 'mary@example.co.uk');

    // At the desk: the name and the e-mail typed replace the stored ones, the blank phone keeps the stored one.
    const desk = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: foreigner('GB-555-012-345', {
          name: 'Mary Brown-Smith',
          birthDate: '1970-01-02',
          email: 'MARY.NEW@example.co.uk',
        }),
      }),
    );
    assert.ok(desk.ok);
    assert.deepEqual(await stored('1970-01-02'), [
      { ...before!, name: 'Mary Brown-Smith', email: 'mary.new@example.co.uk' },
    ]);
  });

  test('saved one at a time (saveParty), a foreigner is met the same way', async () => {
    const save = (input: PartyInput, verified: boolean) =>
      w.db.transaction((tx) => saveParty(tx, input, { verified }));
    const first = await save(
      foreigner('ua ab 123456', { birthDate: '1960-12-12', name: 'Olena Koval', email: 'olena@example.ua' }),
      true,
    );
    const unverified = await save(
      foreigner('UA-AB-123456', { birthDate: '1960-12-12', name: 'Not Olena', email: 'x@example.com' }),
      false,
    );
    assert.deepEqual(unverified, first);
    const verified = await save(
      foreigner('UAAB123456', { birthDate: '1960-12-12', name: 'Olena Koval', phone: '+380 44 000 0000' }),
      true,
    );
    assert.equal(verified.id, first.id);
    assert.deepEqual(
      (await stored('1960-12-12')).map(({ name, document, email, phone }) => ({
        name,
        document,
        email,
        phone,
      })),
      [{ name: 'Olena Koval', document: 'UAAB123456', email: 'olena@example.ua', phone: '+380 44 000 0000' }],
    );
  });

  test('a document of nothing but spaces and hyphens is no document', () => {
    assert.deepEqual(
      partyProblems(foreigner(' - - ')).map((p) => `${p.field}:${p.code}`),
      ['identityDocument:required'],
    );
  });

  test('a clerk finds a stored foreigner by the document and the date of birth to prefill; every look-up is audited', async () => {
    const r = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: foreigner('P 4445556', {
          name: 'Ahmed Ali',
          birthDate: '1992-11-30',
          email: 'ahmed@example.com',
          phone: '+371 29999999',
        }),
      }),
    );
    assert.ok(r.ok);
    const lookups = async () =>
      query<{ entityId: string | null; after: { identifier: string; found: boolean; birthDate: string } }>(
        w.db,
        sql`SELECT entity_id AS "entityId", after FROM audit_log WHERE action = 'party.looked_up' ORDER BY id`,
      );
    const before = (await lookups()).length;
    const found = await findForeignPerson(w.db, w.clerk, {
      identityDocument: 'p4445556',
      birthDate: '1992-11-30',
    });
    assert.equal(found?.name, 'Ahmed Ali');
    assert.equal(found?.kind, 'foreign_person');
    assert.equal(found?.email, 'ahmed@example.com');
    assert.equal(found?.phone, '+371 29999999');
    assert.equal(found?.identityDocument, 'P4445556');
    assert.equal(
      await findForeignPerson(w.db, w.clerk, { identityDocument: 'P4445556', birthDate: '1992-11-29' }),
      undefined,
    );
    const rows = await lookups();
    assert.equal(rows.length, before + 2);
    // The document is kept masked in the trail.
    assert.deepEqual(
      rows.slice(-2).map((a) => [a.entityId, a.after.identifier, a.after.found]),
      [
        [String(await applicantOf(r.caseId)), 'P4******', true],
        [null, 'P4******', false],
      ],
    );
    await assert.rejects(
      findForeignPerson(w.db, w.editor, { identityDocument: 'P4445556', birthDate: '1992-11-30' }),
      { name: 'ForbiddenError' },
    );
    // For a subject access request: the administrator's or a manager's, not the desk's.
    const typed = { identityDocument: 'P 444 5556', birthDate: '1992-11-30' };
    assert.equal((await findForeignPerson(w.db, w.manager, typed, 'export'))?.name, 'Ahmed Ali');
    assert.equal((await findForeignPerson(w.db, w.admin, typed, 'export'))?.name, 'Ahmed Ali');
    await assert.rejects(findForeignPerson(w.db, w.clerk, typed, 'export'), { name: 'ForbiddenError' });
    await assert.rejects(findForeignPerson(w.db, w.manager, typed), { name: 'ForbiddenError' });
    assert.deepEqual(
      (await lookups()).slice(-2).map((a) => [a.after.identifier, (a.after as { purpose?: string }).purpose]),
      [
        ['P4******', 'export'],
        ['P4******', 'export'],
      ],
    );
    assert.equal((await verifyAuditChain(w.db)).ok, true);
  });

  test('retention still erases a foreigner; the same foreigner applying later is a new party', async () => {
    const input = () =>
      application(w, {
        applicant: foreigner('EE 3870101', {
          name: 'Kadri Tamm',
          birthDate: '1987-01-01',
          email: 'k@example.ee',
        }),
      });
    const r = await registerApplication(w.db, w.clerk, input());
    assert.ok(r.ok);
    const done = await act(w.db, w.clerk, r.caseId, 1, { type: 'withdraw', reason: 'atsaukts' });
    assert.ok(done?.ok);
    const erasedId = await applicantOf(r.caseId);
    const report = await runRetention(w.db, systemActor('test'), { today: '2099-01-01' });
    assert.ok(report.parties >= 1, JSON.stringify(report));
    const [erased] = await query<{ document: string | null; erased: boolean }>(
      w.db,
      sql`SELECT identity_document AS document, erased_at IS NOT NULL AS erased FROM party WHERE id = ${erasedId!}`,
    );
    assert.deepEqual(erased, { document: null, erased: true });
    const again = await registerApplication(w.db, w.clerk, input());
    assert.ok(again.ok, JSON.stringify(again));
    const rows = await stored('1987-01-01');
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0]!.id, erasedId);
    assert.equal(rows[0]!.document, 'EE3870101');
  });
});
