import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { purgeExpiredDrafts } from '../../src/modules/eforms/service';
import { systemActor } from '../../src/platform/auth/actor';
import { PDF } from '../cases/http-helpers';
import { type TestApp, testApp } from '../helpers/app';
import { demoEmail, signIn } from '../staff/helpers';
import { APPLICANT, Resident, serviceWithForm } from './helpers';

let t: TestApp;
let base: string;
before(async () => {
  t = await testApp();
  base = `/pakalpojumi/${await serviceWithForm(t.database.db)}/pieteikties`;
});
after(() => t.close());

async function started(ip: string) {
  const r = new Resident(t.app, ip);
  await r.get(base);
  await r.follow(await r.post(base, {}));
  return r;
}

async function toCheck(r: Resident) {
  await r.post(`${base}/pamatinfo`, { reason: 'Pabalsts', has_children: 'yes', children_count: '1' });
  await r.upload(`${base}/dokumenti`, {}, [{ field: 'proof', filename: 'a.pdf', bytes: PDF }]);
  await r.post(`${base}/kam`, { applyingFor: 'self' });
  await r.post(`${base}/pieteicejs`, APPLICANT);
  const res = await r.post(`${base}/sanemsana`, { delivery: 'email' });
  assert.equal(res.statusCode, 303);
}

const count = async (table: 'case_file' | 'application_draft' | 'draft_file') =>
  (await query<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))[0]!.n;

describe('drafts', () => {
  test('the draft cookie is httpOnly, SameSite=Lax, limited to the journey; only the token hash is stored', async () => {
    const r = new Resident(t.app, '10.8.0.1');
    await r.get(base);
    const res = await r.post(base, {});
    const cookies = res.cookies.filter((c) => c.name === 'pietura_draft');
    assert.equal(cookies.length, 2);
    for (const c of cookies) {
      assert.equal(c.httpOnly, true);
      assert.equal(c.sameSite, 'Lax');
      assert.match(c.path!, /\/(pieteikties|apply)$/);
    }
    const token = cookies[0]!.value;
    const rows = await query<{ tokenHash: string }>(
      t.database.db,
      sql`SELECT token_hash AS "tokenHash" FROM application_draft`,
    );
    assert.ok(rows.every((row) => row.tokenHash !== token && /^[0-9a-f]{64}$/.test(row.tokenHash)));
  });

  test('save and come back later: the link goes out through the outbox and resumes on another device', async () => {
    const r = await started('10.8.0.2');
    await r.post(`${base}/pamatinfo`, { reason: 'Saglabāts', has_children: 'no' });
    const save = await r.get(`${base}/saglabat`);
    assert.match(save.body, /Saglabāt un turpināt vēlāk/);
    let res = await r.post(`${base}/saglabat`, { email: 'nav adrese' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#email"/);
    res = await r.post(`${base}/saglabat`, { email: 'anna@example.lv' });
    assert.match(res.body, /Saite nosūtīta/);
    const [mail] = await query<{ body: string; to: string }>(
      t.database.db,
      sql`SELECT body_text AS body, recipient AS to FROM outbox_message WHERE event_key LIKE 'draft:%' ORDER BY id DESC LIMIT 1`,
    );
    assert.equal(mail!.to, 'anna@example.lv');
    const link = /http:\/\/localhost:3000(\S+)/.exec(mail!.body)![1]!;
    assert.match(link, /\/pieteikties\/turpinat\/[A-Za-z0-9_-]{43}$/);
    // Another browser opens the link: the answers are there.
    const other = new Resident(t.app, '10.8.0.3');
    res = await other.get(link);
    assert.equal(res.statusCode, 303);
    const page = await other.get(String(res.headers.location));
    assert.match(page.body, /<h1 class="govuk-heading-l">Dokumenti/, 'the step where the person stopped');
    const first = await other.get(`${base}/pamatinfo`);
    assert.match(first.body, /value="Saglabāts"/);
  });

  test('a tampered, unknown or expired token gives a clear 404, never a 5xx', async () => {
    const r = await started('10.8.0.4');
    const token = r.cookies.get('pietura_draft')!;
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [tampered, 'x', 'A'.repeat(43), `${token}x`, '%00', 'a'.repeat(400)]) {
      const res = await t.app.inject({ url: `${base}/turpinat/${bad}` });
      assert.equal(res.statusCode, 404, bad);
      if (bad !== '%00') assert.match(res.body, /Saite nav derīga/);
    }
    await t.app.inject({ url: `${base}/turpinat/${token}` }).then((res) => assert.equal(res.statusCode, 303));
    await t.database.db.execute(sql`UPDATE application_draft SET expires_at = now() - interval '1 second'`);
    const expired = await t.app.inject({ url: `${base}/turpinat/${token}` });
    assert.equal(expired.statusCode, 404);
    // A browser whose draft expired is sent to the start page, not an error.
    const page = await r.get(`${base}/pamatinfo`);
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, base);
  });

  test('retention deletes drafts (and their files) not saved for 30 days, and only those', async () => {
    const old = await started('10.8.0.5');
    await old.upload(`${base}/dokumenti`, {}, [{ field: 'proof', filename: 'a.pdf', bytes: PDF }]);
    const fresh = await started('10.8.0.6');
    void fresh;
    const oldToken = old.cookies.get('pietura_draft')!;
    await t.database.db.execute(sql`UPDATE application_draft SET expires_at = now() + interval '30 days'`);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(oldToken).digest('hex');
    await t.database.db.execute(
      sql`UPDATE application_draft SET expires_at = now() - interval '1 day', updated_at = now() - interval '31 days' WHERE token_hash = ${hash}`,
    );
    const before = await count('application_draft');
    assert.ok((await count('draft_file')) >= 1);
    const dry = await purgeExpiredDrafts(t.database.db, systemActor('test'), { dryRun: true });
    assert.deepEqual(dry, { dryRun: true, drafts: 1 });
    assert.equal(await count('application_draft'), before);
    const run = await purgeExpiredDrafts(t.database.db, systemActor('test'));
    assert.deepEqual(run, { dryRun: false, drafts: 1 });
    assert.equal(await count('application_draft'), before - 1);
    const files = await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM draft_file f WHERE NOT EXISTS (SELECT 1 FROM application_draft d WHERE d.id = f.draft_id)`,
    );
    assert.equal(files[0]!.n, 0);
    const resumed = await t.app.inject({ url: `${base}/turpinat/${oldToken}` });
    assert.equal(resumed.statusCode, 404);
  });
});

describe('submission', () => {
  test('a cross-site POST (no token, or a wrong one) is refused and changes nothing', async () => {
    const r = await started('10.8.1.1');
    const beforeStart = await count('application_draft');
    const start = await t.app.inject({
      method: 'POST',
      url: base,
      payload: {},
      headers: { 'x-forwarded-for': '10.8.1.9' },
    });
    assert.equal(start.statusCode, 403);
    assert.equal(await count('application_draft'), beforeStart);
    for (const csrf of [null, 'wrong']) {
      const res = await r.post(`${base}/pamatinfo`, { reason: 'Uzbrucējs', has_children: 'no' }, { csrf });
      assert.equal(res.statusCode, 403);
      const page = await r.post(`${base}/parbaude`, { declaration: 'yes' }, { csrf });
      assert.equal(page.statusCode, 403);
    }
    const [row] = await query<{ answers: Record<string, unknown> }>(
      t.database.db,
      sql`SELECT answers FROM application_draft ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual(row!.answers, {});
  });

  test('two parallel submits, a double click and a replay make one case', async () => {
    const r = await started('10.8.2.1');
    await toCheck(r);
    const before = await count('case_file');
    const results = await Promise.all([
      r.post(`${base}/parbaude`, { declaration: 'yes' }),
      r.post(`${base}/parbaude`, { declaration: 'yes' }),
      r.post(`${base}/parbaude`, { declaration: 'yes' }),
    ]);
    for (const res of results) assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    assert.equal(await count('case_file'), before + 1);
    const replay = await r.post(`${base}/parbaude`, { declaration: 'yes' });
    assert.equal(replay.statusCode, 303);
    assert.equal(await count('case_file'), before + 1);
    const [events] = await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM case_event WHERE type = 'access_code_reissued'`,
    );
    assert.equal(events!.n, 0, 'no replay issued a new access code');
    // A replayed page POST after submission changes nothing.
    const late = await r.post(`${base}/pamatinfo`, { reason: 'Vēlāk', has_children: 'no' });
    assert.equal(late.headers.location, `${base}/iesniegts`);
  });

  test('the staff case page names the online form fields by their labels', async () => {
    const r = await started('10.8.3.1');
    await toCheck(r);
    const done = await r.follow(await r.post(`${base}/parbaude`, { declaration: 'yes' }));
    const number = /<strong>([A-Z0-9/-]+)<\/strong>/.exec(done.body)![1]!;
    const [c] = await query<{ id: number }>(
      t.database.db,
      sql`SELECT id FROM case_file WHERE registration_number = ${number}`,
    );
    const manager = await signIn(t.app, demoEmail('manager'));
    const page = await t.app.inject({ url: `/darbs/lietas/${c!.id}`, headers: { cookie: manager.cookie } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<dt class="govuk-summary-list__key">Iemesls<\/dt>/);
    assert.match(page.body, /<dt class="govuk-summary-list__key">Bērnu skaits<\/dt>/);
    assert.doesNotMatch(page.body, /<dt class="govuk-summary-list__key">children_count<\/dt>/);
  });

  test('a body over the limit: the page says so in English too, and links back only to a page of this site', async () => {
    const r = await started('10.8.4.2');
    const en = base.replace('/pakalpojumi/', '/en/services/').replace('/pieteikties', '/apply');
    const res = await r.post(`${en}/pamatinfo?from=check`, { reason: 'x'.repeat(2 * 1024 * 1024) });
    assert.equal(res.statusCode, 413);
    assert.match(res.body, /What you sent is too large/);
    assert.match(res.body, /You can send at most 1 MB at a time, so nothing was saved/);
    assert.match(res.body, new RegExp(`href="${en}/pamatinfo\\?from=check">Go back to the page</a>`));
    // A POST-only address has no page to go back to: the catalogue instead.
    const pdf = await t.app.inject({
      method: 'POST',
      url: '/statuss/apliecinajums.pdf',
      payload: `number=${'x'.repeat(2 * 1024 * 1024)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(pdf.statusCode, 413);
    assert.match(pdf.body, /<a class="govuk-link" href="\/pakalpojumi">/);
    assert.doesNotMatch(pdf.body, /Atgriezties lapā/);
    // An address that starts with two slashes would leave the site as a link: never one.
    const offSite = await r.post(`/${base}/pamatinfo`, { reason: 'x'.repeat(2 * 1024 * 1024) });
    assert.equal(offSite.statusCode, 413);
    assert.match(offSite.body, /Nosūtītais ir pārāk liels/);
    assert.doesNotMatch(offSite.body, /href="\/\//);
  });

  test('bad input: a 10 MB text field, control characters, nonsense — a clear answer, never a 5xx', async () => {
    const r = await started('10.8.4.1');
    const huge = await r.post(`${base}/pamatinfo`, {
      reason: 'x'.repeat(10 * 1024 * 1024),
      has_children: 'no',
    });
    assert.ok(huge.statusCode >= 400 && huge.statusCode < 500, String(huge.statusCode));
    assert.equal(huge.statusCode, 413);
    assert.match(huge.body, /<h1 class="govuk-heading-l">Nosūtītais ir pārāk liels<\/h1>/);
    assert.match(huge.body, /ne vairāk kā 1 MB/);
    assert.match(
      huge.body,
      new RegExp(`<a class="govuk-link" href="${base}/pamatinfo">Atgriezties lapā</a>`),
    );
    assert.doesNotMatch(huge.body, /Nederīgs pieprasījums/);
    const hugeMultipart = await r.upload(
      `${base}/pamatinfo`,
      { reason: 'x'.repeat(10 * 1024 * 1024), has_children: 'no' },
      [],
    );
    assert.ok(
      hugeMultipart.statusCode >= 400 && hugeMultipart.statusCode < 500,
      String(hugeMultipart.statusCode),
    );
    assert.match(hugeMultipart.body, /ir pārāk garš/);
    assert.match(hugeMultipart.body, /value="x{200}"/, "what was typed, up to the field's maximum");
    assert.ok(hugeMultipart.body.length < 50_000, `a page of ${hugeMultipart.body.length} characters`);
    const long = await r.post(`${base}/pamatinfo`, { reason: 'x'.repeat(5000), has_children: 'no' });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /ir pārāk garš/);
    const control = await r.post(`${base}/pamatinfo`, {
      reason: 'A\u0000B\u0007C',
      has_children: ['no', 'yes'],
    });
    assert.equal(control.statusCode, 303);
    const check = await r.get(`${base}/pamatinfo`);
    assert.match(check.body, /value="ABC"/);
    for (const [field, value] of [
      ['has_children', 'varbūt'],
      ['children_count', '1e400'],
    ]) {
      const res = await r.post(`${base}/pamatinfo`, {
        reason: 'a',
        has_children: 'yes',
        [field as string]: value as string,
      });
      assert.equal(res.statusCode, 400, `${field}=${value}`);
    }
    const applicant = await r.post(`${base}/pieteicejs`, {
      name: '\u0000'.repeat(10),
      personalCode: '3'.repeat(5000),
      email: '<script>@x',
      phone: 'x'.repeat(100),
    });
    assert.equal(applicant.statusCode, 400);
    assert.doesNotMatch(applicant.body, /<script>@x"/);
    const delivery = await r.post(`${base}/sanemsana`, { delivery: 'teleport', deliveryCentre: 'nav' });
    assert.equal(delivery.statusCode, 400);
    assert.equal((await r.get(`${base}/nav-tadas-lapas`)).statusCode, 404);
    assert.equal((await r.post(`${base}/nav-tadas-lapas`, {})).statusCode, 404);
    const json = await t.app.inject({
      method: 'POST',
      url: `${base}/pamatinfo`,
      payload: JSON.stringify({ reason: { $ne: 1 } }),
      headers: { 'content-type': 'application/json', cookie: r.cookie },
    });
    assert.ok(json.statusCode < 500, String(json.statusCode));
  });
});
