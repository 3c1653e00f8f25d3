// One party named as both applicant and representative (found by review: the filing statement met the party
// row twice and failed with a server error, or — the applicant chosen by id — stored a case represented by
// its own applicant).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type PartyInput, type PartyRef, registerApplication } from '../../src/modules/cases/service';
import { systemActor } from '../../src/platform/auth/actor';
import { application, type World, world } from './domain-helpers';

describe('the representative cannot be the applicant', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  const cases = async () =>
    (await query<{ n: number }>(w.db, sql`SELECT count(*)::int AS n FROM case_file`))[0]!.n;
  const parties = async () =>
    (await query<{ n: number }>(w.db, sql`SELECT count(*)::int AS n FROM party`))[0]!.n;

  const refused = async (applicant: PartyRef, representative: PartyRef, field: string, actor = w.clerk) => {
    const [casesBefore, partiesBefore] = [await cases(), await parties()];
    const result = await registerApplication(
      w.db,
      actor,
      application(w, {
        applicant,
        representative: { party: representative, basis: 'Pilnvara Nr. 1' },
      }),
    );
    assert.equal(result.ok, false, JSON.stringify(result));
    assert.deepEqual(!result.ok && result.problems, [{ field, code: 'same_as_applicant' }]);
    assert.equal(await cases(), casesBefore);
    assert.equal(await parties(), partiesBefore);
  };

  test('the same personal code, written differently', async () => {
    await refused(
      { kind: 'person', personalCode: '32111100001', name: 'Anna Liepa' },
      { kind: 'person', personalCode: '321111-00001', name: 'Anna Liepa' },
      'representative.personalCode',
    );
  });

  test('the same registration number', async () => {
    await refused(
      { kind: 'company', registrationNumber: '40003000001', name: 'SIA Ozols', email: 'ozols@example.lv' },
      { kind: 'company', registrationNumber: '4000 3000 001', name: 'SIA Ozols' },
      'representative.registrationNumber',
    );
  });

  test('the same foreigner: the document spaced otherwise, the same date of birth (online too)', async () => {
    const foreigner = (identityDocument: string, birthDate = '1985-03-14'): PartyInput => ({
      kind: 'foreign_person',
      name: 'John Smith',
      birthDate,
      identityDocument,
      email: 'john@example.com',
    });
    await refused(foreigner('lv 123-4567'), foreigner('LV1234567'), 'representative.identityDocument');
    await refused(
      foreigner('LV 1234567'),
      foreigner('lv1234567'),
      'representative.identityDocument',
      systemActor('online'),
    );
    // The same document of someone born on another day is another person: represented, filed.
    const other = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: foreigner('LV1234567'),
        representative: { party: foreigner('LV1234567', '1960-01-01'), basis: 'Pilnvara Nr. 2' },
      }),
    );
    assert.ok(other.ok, JSON.stringify(other));
  });

  test('a stored party chosen by id, and the same party typed or chosen again', async () => {
    const first = await registerApplication(
      w.db,
      w.clerk,
      application(w, { applicant: { kind: 'person', personalCode: '32111100002', name: 'Pēteris Kalns' } }),
    );
    assert.ok(first.ok);
    const [row] = await query<{ id: number }>(
      w.db,
      sql`SELECT applicant_id AS id FROM case_file WHERE id = ${first.caseId}`,
    );
    const partyId = row!.id;
    await refused(
      { partyId },
      { kind: 'person', personalCode: '32111100002', name: 'Pēteris Kalns' },
      'representative.personalCode',
    );
    await refused({ partyId }, { partyId }, 'representative.partyId');
    await refused(
      { kind: 'person', personalCode: '321111-00002', name: 'Pēteris Kalns' },
      { partyId },
      'representative.partyId',
    );
  });

  test('someone else represents: filed, both parties stored', async () => {
    const result = await registerApplication(
      w.db,
      w.clerk,
      application(w, {
        applicant: { kind: 'person', personalCode: '32111100003', name: 'Ilze Upe' },
        representative: {
          party: { kind: 'person', personalCode: '32111100004', name: 'Juris Upe' },
          basis: 'Pilnvara Nr. 3',
        },
      }),
    );
    assert.ok(result.ok, JSON.stringify(result));
    const [c] = await query<{ a: number; r: number }>(
      w.db,
      sql`SELECT applicant_id AS a, representative_id AS r FROM case_file WHERE id = ${result.caseId}`,
    );
    assert.notEqual(c!.a, c!.r);
  });
});
