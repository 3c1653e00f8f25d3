import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { todayInRiga } from '../../src/modules/cases/deadlines';
import {
  act,
  type CaseAction,
  registerApplication,
  trackCase,
  trackedDocument,
} from '../../src/modules/cases/service';
import { application, PDF, type World, world } from './domain-helpers';

describe('resident tracking', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.database.close());

  test('what the resident must do, and the result to download with the access code', async () => {
    const r = await registerApplication(w.db, w.clerk, application(w, { delivery: { channel: 'download' } }));
    assert.ok(r.ok);
    let v = (await act(w.db, w.specialist, r.caseId, 1, { type: 'assign', assigneeId: w.specialist.id }))!;
    assert.ok(v.ok);
    v = (await act(w.db, w.specialist, r.caseId, v.rowVersion, {
      type: 'request_info',
      message: 'Iesniedziet izziņu',
    }))!;
    assert.ok(v.ok);
    const waiting = await trackCase(w.db, r.registrationNumber, r.accessCode);
    assert.deepEqual(waiting?.todo, { kind: 'send_information', message: 'Iesniedziet izziņu' });
    assert.equal(waiting?.paused, true);
    assert.deepEqual(waiting?.downloads, []);

    v = (await act(w.db, w.clerk, r.caseId, v.rowVersion, { type: 'info_received' }))!;
    assert.ok(v.ok);
    v = (await act(w.db, w.specialist, r.caseId, v.rowVersion, {
      type: 'decide',
      decision: 'partly',
      summary: 'Daļēji',
      document: { filename: 'lēmums.pdf', bytes: PDF },
    }))!;
    assert.ok(v.ok);
    const decided = await trackCase(w.db, r.registrationNumber, r.accessCode);
    assert.ok(decided);
    assert.equal(decided.decision, 'partly');
    assert.deepEqual(decided.todo, { kind: 'collect' });
    assert.equal(decided.downloads.length, 1);
    assert.equal(decided.downloads[0]!.registryNumber, v.registryNumber);
    assert.deepEqual(
      decided.history.map((h) => h.type),
      ['registered', 'assign', 'request_info', 'info_received', 'decide'],
    );
    const text = JSON.stringify(decided);
    assert.equal(text.includes(w.specialist.name), false, 'no staff names');
    assert.equal(text.includes('Daļēji'), false, 'no internal reasons');
    const file = await trackedDocument(w.db, r.registrationNumber, r.accessCode, decided.downloads[0]!.id);
    assert.ok(file?.bytes.equals(PDF));
    assert.equal(file?.mediaType, 'application/pdf');
    assert.equal(
      await trackedDocument(w.db, r.registrationNumber, 'WRON-GCOD', decided.downloads[0]!.id),
      undefined,
    );
  });

  test('a result issued electronically can be downloaded, whatever way was chosen at intake', async () => {
    for (const how of ['electronic', 'post', 'in_person'] as const) {
      const r = await registerApplication(w.db, w.clerk, application(w));
      assert.ok(r.ok);
      let v = 1;
      const actions: CaseAction[] = [
        { type: 'assign', assigneeId: w.specialist.id },
        {
          type: 'decide',
          decision: 'granted',
          summary: 'x',
          document: { filename: 'lemums.pdf', bytes: PDF },
        },
        { type: 'issue', how, postedOn: how === 'post' ? todayInRiga() : undefined },
      ];
      for (const action of actions) {
        const done = await act(w.db, w.specialist, r.caseId, v, action);
        assert.ok(done?.ok, JSON.stringify(done));
        v = done.rowVersion;
      }
      const seen = await trackCase(w.db, r.registrationNumber, r.accessCode);
      assert.equal(seen?.delivery.channel, 'centre', 'chosen at intake: a centre');
      assert.deepEqual(seen?.issued, { how, postedOn: how === 'post' ? todayInRiga() : null });
      if (how !== 'electronic') {
        assert.deepEqual(seen?.downloads, [], `${how}: nothing to download`);
        continue;
      }
      assert.equal(seen?.downloads.length, 1);
      const file = await trackedDocument(w.db, r.registrationNumber, r.accessCode, seen!.downloads[0]!.id);
      assert.ok(file?.bytes.equals(PDF));
    }
  });

  test('nothing comes back for nonsense input', async () => {
    assert.equal(await trackCase(w.db, '', ''), undefined);
    assert.equal(await trackCase(w.db, 'x'.repeat(500), 'y'), undefined);
  });
});
