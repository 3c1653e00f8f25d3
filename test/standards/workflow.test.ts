import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { getPublishedService } from '../../src/modules/catalogue/service';
import { FieldValidationError, WorkflowError } from '../../src/modules/standards/errors';
import * as standards from '../../src/modules/standards/service';
import type { Actor } from '../../src/platform/auth/actor';
import { addDays, todayInRiga } from '../../src/platform/calendar/days';
import { ForbiddenError } from '../../src/platform/errors';
import { type TestApp, testApp } from '../helpers/app';
import { demoEmail, ensureDemoStaff, signIn } from '../staff/helpers';

const editor: Actor = { kind: 'staff', id: 9001, name: 'Testa Redaktore', grants: [{ role: 'editor' }] };
const head: Actor = {
  kind: 'staff',
  id: 9002,
  name: 'Testa Vadītājs',
  grants: [{ role: 'head', unit: 'socialais-dienests' }],
};
const buildingHead: Actor = {
  kind: 'staff',
  id: 9003,
  name: 'Būvvaldes vadītājs',
  grants: [{ role: 'head', unit: 'buvvalde' }],
};
const secondHead: Actor = {
  kind: 'staff',
  id: 9005,
  name: 'Otrā vadītāja',
  grants: [{ role: 'head', unit: 'socialais-dienests' }],
};
const clerk: Actor = {
  kind: 'staff',
  id: 9004,
  name: 'Klientu konsultants',
  grants: [{ role: 'clerk', centre: 'ilukste' }],
};

const SERVICE = 'gmi-pabalsts';
let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const db = () => t.database.db;
const today = todayInRiga();

async function versionsOf(code: string) {
  return query<{ version: number; status: string; valid_from: string | null; valid_to: string | null }>(
    db(),
    sql`SELECT v.version, v.status, v.valid_from::text, v.valid_to::text FROM service_version v
      JOIN service s ON s.id = v.service_id WHERE s.code = ${code} ORDER BY v.version`,
  );
}

async function auditCount(action: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    db(),
    sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`,
  );
  return row!.n;
}

/** Starts, edits and submits a new version of a service; returns its number. */
async function draftAndSubmit(code: string, nameLv: string, by: Actor = editor): Promise<number> {
  const draft = await standards.startVersion(db(), by, code);
  assert.ok(draft);
  const input = standards.versionInputOf(draft);
  await standards.saveDraft(db(), by, code, draft.version, {
    ...input,
    name: { lv: nameLv, en: `${nameLv} (EN)` },
  });
  await standards.submitForReview(db(), by, code, draft.version);
  return draft.version;
}

test('a new version is prefilled from the current one, and only one may be open at a time', async () => {
  const current = await standards.currentVersion(db(), SERVICE);
  assert.ok(current);
  const draft = await standards.startVersion(db(), editor, SERVICE);
  assert.ok(draft);
  assert.equal(draft.status, 'draft');
  assert.equal(draft.version, current.version + 1);
  assert.deepEqual(draft.name, current.name);
  assert.deepEqual(draft.legalBasis, current.legalBasis);
  assert.equal(draft.internalNotes, current.internalNotes);
  await assert.rejects(
    standards.startVersion(db(), head, SERVICE),
    (e) => e instanceof WorkflowError && e.refusal === 'openVersionExists',
  );
  assert.equal(await auditCount('standard.version.start'), 1);
});

test('submit for review, then the head approves with today: the public sees the new text at once', async () => {
  const before = await versionsOf(SERVICE);
  const open = before.find((v) => v.status === 'draft')!;
  const input = standards.versionInputOf((await standards.getStandard(db(), editor, SERVICE))!.versions[0]!);
  await standards.saveDraft(db(), editor, SERVICE, open.version, {
    ...input,
    name: { lv: 'GMI pabalsts (jaunā redakcija)', en: 'GMI benefit (new text)' },
  });
  await standards.submitForReview(db(), editor, SERVICE, open.version);
  await standards.approve(db(), head, SERVICE, open.version, today);

  const after = await versionsOf(SERVICE);
  const approved = after.find((v) => v.version === open.version)!;
  assert.equal(approved.status, 'published');
  assert.equal(approved.valid_from, today);
  const previous = after.find((v) => v.version === open.version - 1)!;
  assert.equal(previous.status, 'superseded');
  assert.equal(previous.valid_to, addDays(today, -1));

  const published = await getPublishedService(db(), SERVICE);
  assert.equal(published?.version.name.lv, 'GMI pabalsts (jaunā redakcija)');
  assert.ok((await auditCount('standard.version.approve')) >= 1);
  assert.ok((await auditCount('standard.version.supersede')) >= 1);
});

test('approval from a future date: the old text stays in force until that day', async () => {
  const code = 'majokla-pabalsts';
  const oldName = (await standards.currentVersion(db(), code))!.name.lv;
  const n = await draftAndSubmit(code, 'Mājokļa pabalsts (no rītdienas)');
  const tomorrow = addDays(today, 1);
  await standards.approve(db(), head, code, n, tomorrow);

  assert.equal((await standards.currentVersion(db(), code, today))?.name.lv, oldName);
  assert.equal(
    (await standards.currentVersion(db(), code, tomorrow))?.name.lv,
    'Mājokļa pabalsts (no rītdienas)',
  );
  // The public catalogue uses the same rule with the real date.
  assert.equal((await getPublishedService(db(), code))?.version.name.lv, oldName);
});

test('a head returns a version with comments: it is a draft again and the comment is kept', async () => {
  const code = 'berna-piedzimsanas-pabalsts';
  const n = await draftAndSubmit(code, 'Bērna piedzimšanas pabalsts (labojams)');
  await standards.returnToDraft(db(), head, code, n, 'Precizējiet iesniedzamos dokumentus.');
  const standard = await standards.getStandard(db(), editor, code);
  const version = standard!.versions.find((v) => v.version === n)!;
  assert.equal(version.status, 'draft');
  const comment = standard!.comments.find((c) => c.versionId === version.id);
  assert.equal(comment?.body, 'Precizējiet iesniedzamos dokumentus.');
  assert.equal(comment?.authorName, head.name);
  assert.equal(comment?.authorId, head.id);
});

test('a published or superseded version is never edited in place, nor a version in review', async () => {
  const versions = await versionsOf(SERVICE);
  for (const v of versions.filter((x) => x.status !== 'draft')) {
    const before = await standards.getStandard(db(), editor, SERVICE);
    const row = before!.versions.find((x) => x.version === v.version)!;
    await assert.rejects(
      standards.saveDraft(db(), editor, SERVICE, v.version, {
        ...standards.versionInputOf(row),
        name: { lv: 'X', en: 'X' },
      }),
      (e) => e instanceof WorkflowError && e.refusal === 'notEditable',
    );
    const after = await standards.getStandard(db(), editor, SERVICE);
    assert.deepEqual(
      after!.versions.find((x) => x.version === v.version),
      row,
    );
  }
});

test('a head of another unit may not approve, return or edit: 403 and nothing changes', async () => {
  const code = 'apbedisanas-pabalsts';
  const n = await draftAndSubmit(code, 'Apbedīšanas pabalsts (cits vadītājs)');
  const before = await versionsOf(code);
  await assert.rejects(standards.approve(db(), buildingHead, code, n, today), ForbiddenError);
  await assert.rejects(standards.returnToDraft(db(), buildingHead, code, n, 'Nē'), ForbiddenError);
  await assert.rejects(
    standards.approve(db(), editor, code, n, today),
    ForbiddenError,
    'an editor does not approve',
  );
  await assert.rejects(standards.startVersion(db(), buildingHead, 'gmi-pabalsts'), ForbiddenError);
  await assert.rejects(standards.startVersion(db(), clerk, 'buvatlauja'), ForbiddenError);
  assert.deepEqual(await versionsOf(code), before);
  await standards.returnToDraft(db(), head, code, n, 'Cleanup');
});

test('approval dates: not in the past, not before the previous approved version', async () => {
  const code = 'krizes-situacijas-pabalsts';
  const n = await draftAndSubmit(code, 'Krīzes pabalsts A');
  await assert.rejects(
    standards.approve(db(), head, code, n, addDays(today, -1)),
    (e) => e instanceof FieldValidationError && e.errors[0]?.key === 'validFromPast',
  );
  await standards.approve(db(), head, code, n, addDays(today, 10));
  const m = await draftAndSubmit(code, 'Krīzes pabalsts B');
  const before = await versionsOf(code);
  await assert.rejects(
    standards.approve(db(), head, code, m, addDays(today, 5)),
    (e) => e instanceof FieldValidationError && e.errors[0]?.key === 'validFromBeforePrevious',
  );
  assert.deepEqual(await versionsOf(code), before, 'a refused approval changes nothing');
  await standards.approve(db(), head, code, m, addDays(today, 20));
  assert.equal(
    (await standards.currentVersion(db(), code, addDays(today, 12)))?.name.lv,
    'Krīzes pabalsts A',
  );
  assert.equal(
    (await standards.currentVersion(db(), code, addDays(today, 20)))?.name.lv,
    'Krīzes pabalsts B',
  );
  const a = (await versionsOf(code)).find((v) => v.version === n)!;
  assert.equal(a.status, 'superseded');
  assert.equal(a.valid_to, addDays(today, 19));
});

test('an incomplete draft cannot be submitted', async () => {
  const created = await standards.createService(db(), editor, {
    code: 'testa-pakalpojums',
    unit: 'socialais-dienests',
    category: 'social',
    name: { lv: 'Testa pakalpojums', en: 'Test service' },
  });
  assert.equal(created.draft.version, 1);
  await assert.rejects(
    standards.submitForReview(db(), editor, 'testa-pakalpojums', 1),
    (e) => e instanceof WorkflowError && e.refusal === 'incomplete',
  );
  await assert.rejects(
    standards.createService(db(), editor, {
      code: 'testa-pakalpojums',
      unit: 'socialais-dienests',
      category: 'social',
      name: { lv: 'Vēlreiz', en: 'Again' },
    }),
    (e) => e instanceof FieldValidationError && e.errors[0]?.key === 'codeTaken',
  );
  await assert.rejects(
    standards.createService(db(), head, {
      code: 'cits',
      unit: 'buvvalde',
      category: 'social',
      name: { lv: 'a', en: 'b' },
    }),
    ForbiddenError,
  );
});

test('withdrawal is a request the head approves: from today the public catalogue drops it; restoring brings it back', async () => {
  const code = 'aprupe-majas';
  assert.ok(await getPublishedService(db(), code));
  const request = await standards.requestWithdrawal(db(), editor, code, {
    reason: 'Pakalpojumu nodrošina valsts.',
    from: today,
  });
  assert.ok(request);
  // A request alone changes nothing for the public, and a second one waits for the first.
  assert.ok(await getPublishedService(db(), code));
  await assert.rejects(
    standards.requestWithdrawal(db(), head, code, { reason: 'Vēlreiz', from: today }),
    (e) => e instanceof WorkflowError && e.refusal === 'requestPending',
  );
  // Only the unit's head decides; an editor or another unit's head is refused.
  await assert.rejects(
    standards.decideWithdrawal(db(), editor, code, request.id, { approve: true, note: '' }),
    ForbiddenError,
  );
  await assert.rejects(
    standards.decideWithdrawal(db(), buildingHead, code, request.id, { approve: true, note: '' }),
    ForbiddenError,
  );
  assert.equal((await standards.requestsToDecide(db(), head)).length, 1);
  await standards.decideWithdrawal(db(), head, code, request.id, { approve: true, note: 'Piekrītu' });
  assert.equal(await getPublishedService(db(), code), undefined);
  const standard = await standards.getStandard(db(), editor, code);
  assert.equal(standard?.withdrawal, 'withdrawn');
  assert.equal(standard?.service.withdrawnReason, 'Pakalpojumu nodrošina valsts.');
  const inForce = standard!.versions.find((v) => v.id === standard!.inForceId)!;
  assert.equal(standards.versionState(inForce, standard!.inForceId, true), 'withdrawn');
  await assert.rejects(
    standards.startVersion(db(), editor, code),
    (e) => e instanceof WorkflowError && e.refusal === 'withdrawn',
  );
  assert.equal(await auditCount('standard.withdraw.request'), 1);
  assert.equal(await auditCount('standard.withdraw.approve'), 1);

  const restore = await standards.requestRestore(db(), editor, code, 'Valsts atteicās.');
  assert.ok(restore);
  await standards.decideWithdrawal(db(), head, code, restore.id, { approve: true, note: '' });
  assert.ok(await getPublishedService(db(), code));
  assert.equal((await standards.getStandard(db(), editor, code))?.withdrawal, 'none');
  assert.equal(await auditCount('standard.restore.approve'), 1);
});

test('a withdrawal from a later date keeps the service public until then; the asker never decides', async () => {
  const code = 'aprupe-majas';
  await assert.rejects(
    standards.requestWithdrawal(db(), head, code, { reason: 'x', from: addDays(today, -1) }),
    FieldValidationError,
  );
  const request = await standards.requestWithdrawal(db(), head, code, {
    reason: 'No nākamā mēneša valsts.',
    from: addDays(today, 10),
  });
  assert.ok(request);
  assert.equal((await standards.requestsToDecide(db(), head)).length, 0);
  await assert.rejects(
    standards.decideWithdrawal(db(), head, code, request.id, { approve: true, note: '' }),
    (e) => e instanceof WorkflowError && e.refusal === 'ownRequest',
  );
  await standards.decideWithdrawal(db(), secondHead, code, request.id, { approve: true, note: '' });
  assert.ok(await getPublishedService(db(), code), 'still public before the date');
  assert.equal((await standards.getStandard(db(), editor, code))?.withdrawal, 'scheduled');
  // Calling it off is a restore request, decided the same way.
  const restore = await standards.requestRestore(db(), editor, code, 'Pārdomāts');
  await standards.decideWithdrawal(db(), head, code, restore!.id, { approve: false, note: 'Nē' });
  assert.equal((await standards.getStandard(db(), editor, code))?.withdrawal, 'scheduled');
  const again = await standards.requestRestore(db(), editor, code, 'Pārdomāts');
  await standards.decideWithdrawal(db(), head, code, again!.id, { approve: true, note: '' });
  assert.equal((await standards.getStandard(db(), editor, code))?.withdrawal, 'none');
});

test('four eyes: a head who drafted or submitted a version cannot approve it; another head can', async () => {
  const n = await draftAndSubmit('ilgstosa-sociala-aprupe', 'Ģimenes asistents (4 acis)', head);
  await assert.rejects(
    standards.approve(db(), head, 'ilgstosa-sociala-aprupe', n, today),
    (e) => e instanceof WorkflowError && e.refusal === 'ownDraft',
  );
  assert.equal((await versionsOf('ilgstosa-sociala-aprupe')).find((v) => v.version === n)?.status, 'review');
  const standard = await standards.getStandard(db(), head, 'ilgstosa-sociala-aprupe');
  const version = standard!.versions.find((v) => v.version === n)!;
  assert.equal(standards.approvalConflict(standard!.steps, version.id, head), 'author');
  assert.equal(standards.approvalConflict(standard!.steps, version.id, secondHead), undefined);
  await standards.approve(db(), secondHead, 'ilgstosa-sociala-aprupe', n, today);
  assert.equal(
    (await versionsOf('ilgstosa-sociala-aprupe')).find((v) => v.version === n)?.status,
    'published',
  );
});

test('four eyes: the submitter of an editor draft cannot approve it either', async () => {
  const draft = await standards.startVersion(db(), editor, 'ilgstosa-sociala-aprupe');
  const input = standards.versionInputOf(draft!);
  await standards.saveDraft(db(), editor, 'ilgstosa-sociala-aprupe', draft!.version, {
    ...input,
    name: { lv: 'Ģimenes asistents (iesniedz vadītājs)', en: 'Family assistant (head submits)' },
  });
  await standards.submitForReview(db(), head, 'ilgstosa-sociala-aprupe', draft!.version);
  await assert.rejects(
    standards.approve(db(), head, 'ilgstosa-sociala-aprupe', draft!.version, today),
    (e) => e instanceof WorkflowError && e.refusal === 'ownSubmission',
  );
  await standards.approve(db(), secondHead, 'ilgstosa-sociala-aprupe', draft!.version, today);
});

test('an unchanged version cannot be submitted; the submit audit names the changed fields and a missing translation', async () => {
  const code = 'ilgstosa-sociala-aprupe';
  const draft = await standards.startVersion(db(), editor, code);
  await assert.rejects(
    standards.submitForReview(db(), editor, code, draft!.version),
    (e) => e instanceof WorkflowError && e.refusal === 'unchanged',
  );
  const input = standards.versionInputOf(draft!);
  await standards.saveDraft(db(), editor, code, draft!.version, {
    ...input,
    description: { lv: `${input.description.lv} Papildu teikums.`, en: input.description.en },
  });
  await standards.submitForReview(db(), editor, code, draft!.version);
  const [row] = await query<{ after: { changed: string[]; untranslated: string[] } }>(
    db(),
    sql`SELECT after FROM audit_log WHERE action = 'standard.version.submit' ORDER BY id DESC LIMIT 1`,
  );
  assert.deepEqual(row?.after.changed, ['description']);
  assert.deepEqual(row?.after.untranslated, ['description']);
  await standards.returnToDraft(db(), head, code, draft!.version, 'Iztulkojiet arī angliski.');
  const [returned] = await query<{ after: { comment: string } }>(
    db(),
    sql`SELECT after FROM audit_log WHERE action = 'standard.version.return' ORDER BY id DESC LIMIT 1`,
  );
  assert.equal(returned?.after.comment, 'Iztulkojiet arī angliski.');
});

test('creating a service audits its names in both languages', async () => {
  await standards.createService(db(), editor, {
    code: 'audita-parbaude',
    unit: 'socialais-dienests',
    category: 'social',
    name: { lv: 'Audita pārbaude', en: 'Audit check' },
  });
  const [row] = await query<{ after: { name: { lv: string; en: string } } }>(
    db(),
    sql`SELECT after FROM audit_log WHERE action = 'standard.create' ORDER BY id DESC LIMIT 1`,
  );
  assert.deepEqual(row?.after.name, { lv: 'Audita pārbaude', en: 'Audit check' });
});

test('the review-due list: overdue and due within 60 days, a head sees own unit only', async () => {
  const [svc] = await query<{ id: number }>(
    db(),
    sql`SELECT id FROM service WHERE code = 'asistenta-pakalpojums'`,
  );
  await db().execute(
    sql`UPDATE service_version SET review_due = ${addDays(today, -3)} WHERE service_id = ${svc!.id} AND status = 'published'`,
  );
  const [other] = await query<{ id: number }>(db(), sql`SELECT id FROM service WHERE code = 'buvatlauja'`);
  await db().execute(
    sql`UPDATE service_version SET review_due = ${addDays(today, 30)} WHERE service_id = ${other!.id} AND status = 'published'`,
  );
  const forEditor = await standards.reviewDueList(db(), editor, today);
  assert.ok(forEditor.overdue.some((i) => i.code === 'asistenta-pakalpojums'));
  assert.ok(forEditor.dueSoon.some((i) => i.code === 'buvatlauja'));
  assert.ok(forEditor.overdue.every((i) => i.reviewDue === null || i.reviewDue < today));
  assert.ok(forEditor.dueSoon.every((i) => i.reviewDue! >= today && i.reviewDue! <= addDays(today, 60)));

  const forHead = await standards.reviewDueList(db(), head, today);
  assert.ok(forHead.overdue.some((i) => i.code === 'asistenta-pakalpojums'));
  assert.ok([...forHead.overdue, ...forHead.dueSoon].every((i) => i.ownerCode === 'socialais-dienests'));
});

test('a refused step writes no audit row', async () => {
  const before = await query<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM audit_log`);
  await assert.rejects(standards.approve(db(), head, SERVICE, 1, today), WorkflowError);
  const after = await query<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM audit_log`);
  assert.equal(after[0]!.n, before[0]!.n);
});

test('two approvals for one day: a correction on the day ends the first version that day; one replaced before its first day was never in force', async () => {
  const code = 'aprupe-majas';
  const first = await draftAndSubmit(code, 'Aprūpe mājās (no šodienas)');
  await standards.approve(db(), head, code, first, today);
  const fix = await draftAndSubmit(code, 'Aprūpe mājās (labota šodien)');
  await standards.approve(db(), head, code, fix, today);
  const corrected = await versionsOf(code);
  assert.deepEqual(
    corrected.filter((v) => v.version >= first).map((v) => [v.version, v.status, v.valid_from, v.valid_to]),
    [
      [first, 'superseded', today, today],
      [fix, 'published', today, null],
    ],
    'the first was in force for part of today',
  );
  assert.equal((await standards.currentVersion(db(), code, today))?.name.lv, 'Aprūpe mājās (labota šodien)');

  const later = 'asistenta-pakalpojums';
  const inForce = (await standards.currentVersion(db(), later))!.name.lv;
  const day = addDays(today, 10);
  const scheduled = await draftAndSubmit(later, 'Asistenta pakalpojums (ar kļūdu)');
  await standards.approve(db(), head, later, scheduled, day);
  const replacement = await draftAndSubmit(later, 'Asistenta pakalpojums (labots)');
  await standards.approve(db(), head, later, replacement, day);
  const replaced = (await versionsOf(later)).find((v) => v.version === scheduled)!;
  assert.deepEqual(
    [replaced.status, replaced.valid_from, replaced.valid_to],
    ['superseded', day, addDays(day, -1)],
  );
  assert.equal((await standards.currentVersion(db(), later, today))?.name.lv, inForce);
  assert.equal((await standards.currentVersion(db(), later, day))?.name.lv, 'Asistenta pakalpojums (labots)');

  await ensureDemoStaff(db());
  const browser = await signIn(t.app, demoEmail('head'));
  const page = await t.app.inject({ url: `/darbs/standarti/${later}`, headers: { cookie: browser.cookie } });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /nav stājusies spēkā \(aizstāta pirms spēkā stāšanās\)/);
  const version = await t.app.inject({
    url: `/en/work/standards/${later}/versions/${scheduled}`,
    headers: { cookie: browser.cookie },
  });
  assert.equal(version.statusCode, 200);
  assert.match(version.body, /never in force \(replaced before its first day\)/);
});
