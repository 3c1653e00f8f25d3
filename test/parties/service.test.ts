import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { getCase, registerApplication, unmaskPartyCode } from '../../src/modules/cases/service';
import { findPartyByCode, partyProblems } from '../../src/modules/parties/service';
import { application, type World, world } from '../cases/domain-helpers';

async function auditCount(w: World, action: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    w.db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`,
  );
  return row!.n;
}

describe('parties', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  test('a known code is found for prefill (once-only), and every look-up is audited', async () => {
    const code = '010190-10001';
    const input = application(w, {
      applicant: {
        kind: 'person',
        personalCode: code,
        name: 'Līga Ozola',
        email: 'liga@example.lv',
        phone: '+371 20000000',
      },
    });
    assert.ok((await registerApplication(w.db, w.clerk, input)).ok);
    const before = await auditCount(w, 'party.looked_up');
    const found = await findPartyByCode(w.db, w.clerk, '01019010001');
    assert.equal(found?.name, 'Līga Ozola');
    assert.equal(found?.phone, '+371 20000000');
    assert.equal(found?.identifier, '010190-*****');
    assert.equal(await findPartyByCode(w.db, w.clerk, '290200-20009'), undefined);
    assert.equal(await auditCount(w, 'party.looked_up'), before + 2);
    await assert.rejects(findPartyByCode(w.db, w.editor, code), { name: 'ForbiddenError' });
  });

  test('the same person applying twice is one party, updated with the new contacts', async () => {
    const code = '290200-20009';
    for (const email of ['a@example.lv', 'b@example.lv'])
      assert.ok(
        (
          await registerApplication(
            w.db,
            w.clerk,
            application(w, { applicant: { kind: 'person', personalCode: code, name: 'Anna Liepa', email } }),
          )
        ).ok,
      );
    const rows = await query<{ email: string }>(
      w.db,
      sql`SELECT email FROM party WHERE personal_code = '29020020009'`,
    );
    assert.deepEqual(rows, [{ email: 'b@example.lv' }]);
  });

  test('an application given only a known code and a name keeps what is stored of the person (found by review: it erased it)', async () => {
    const code = '321180-10003';
    const stored = async () =>
      (
        await query<{
          email: string | null;
          phone: string | null;
          address: string | null;
          lang: string;
          consent: boolean;
        }>(
          w.db,
          sql`SELECT email, phone, postal_address AS address, preferred_language AS lang, e_address_consent AS consent
              FROM party WHERE personal_code = '32118010003'`,
        )
      )[0];
    const person = (extra: object) =>
      application(w, { applicant: { kind: 'person', personalCode: code, name: 'Olga Petrova', ...extra } });
    assert.ok(
      (
        await registerApplication(
          w.db,
          w.clerk,
          person({
            email: 'olga@example.com',
            phone: '+371 20000001',
            postalAddress: 'Brīvības iela 1, Ilūkste',
            preferredLanguage: 'en',
            eAddressConsent: true,
          }),
        )
      ).ok,
    );
    const first = await stored();
    // At the desk again, the clerk typing the code and the name only (no look-up, no contacts).
    const again = await registerApplication(w.db, w.clerk, person({}));
    assert.ok(again.ok);
    assert.deepEqual(await stored(), first);
    assert.equal(first?.lang, 'en');
    // Mail of the new case goes where and in the language the person chose.
    const [mail] = await query<{ recipient: string; subject: string }>(
      w.db,
      sql`SELECT recipient, subject FROM outbox_message WHERE case_id = ${again.caseId}`,
    );
    assert.equal(mail?.recipient, 'olga@example.com');
    assert.match(mail!.subject, /[Aa]pplication|[Rr]egistered/);
    // What is typed or chosen replaces what is stored; what is not, stays.
    assert.ok(
      (
        await registerApplication(
          w.db,
          w.clerk,
          person({ email: 'OLGA.P@example.com', preferredLanguage: 'lv' }),
        )
      ).ok,
    );
    assert.deepEqual(await stored(), { ...first, email: 'olga.p@example.com', lang: 'lv' });
  });

  test('reading a case reads its applicant: audited; unmasking too', async () => {
    const r = await registerApplication(w.db, w.clerk, application(w));
    assert.ok(r.ok);
    const reads = await auditCount(w, 'party.read');
    await getCase(w.db, w.specialist, r.caseId);
    assert.equal(await auditCount(w, 'party.read'), reads + 1);
    const unmasks = await auditCount(w, 'party.unmasked');
    assert.equal(await unmaskPartyCode(w.db, w.specialist, r.caseId, 'applicant'), '320000-00000');
    assert.equal(await auditCount(w, 'party.unmasked'), unmasks + 1);
    assert.equal(await unmaskPartyCode(w.db, w.stranger, r.caseId, 'applicant'), undefined);
  });

  test('foreigners need a date of birth and a document; companies 11 digits', () => {
    assert.deepEqual(
      partyProblems({
        kind: 'foreign_person',
        name: 'John Smith',
        birthDate: '1990-02-30',
        identityDocument: '',
      }).map((p) => p.field),
      ['birthDate', 'identityDocument'],
    );
    assert.deepEqual(
      partyProblems({
        kind: 'foreign_person',
        name: 'John Smith',
        birthDate: '1990-02-28',
        identityDocument: 'GB passport 123',
      }),
      [],
    );
    assert.deepEqual(
      partyProblems({ kind: 'company', name: 'SIA Ozols', registrationNumber: '4000312345' }).map(
        (p) => p.code,
      ),
      ['registration_number_invalid'],
    );
  });
});
