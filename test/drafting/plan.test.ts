import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import * as drafting from '../../src/modules/drafting/service';
import * as standards from '../../src/modules/standards/service';
import type { Actor } from '../../src/platform/auth/actor';
import { addDays, todayInRiga } from '../../src/platform/calendar/days';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';

let t: TestApp;
let editor: Browser;
let head: Browser;
let manager: Browser;
let clerk: Browser;
const today = todayInRiga();
const editorActor: Actor = { kind: 'staff', id: 9101, name: 'Redaktore', grants: [{ role: 'editor' }] };
const headActor: Actor = {
  kind: 'staff',
  id: 9102,
  name: 'Vadītājs',
  grants: [{ role: 'head', unit: 'socialais-dienests' }],
};

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  editor = await signIn(t.app, demoEmail('editor'));
  head = await signIn(t.app, demoEmail('head'));
  manager = await signIn(t.app, demoEmail('manager'));
  clerk = await signIn(t.app, demoEmail('clerk'));
});
after(() => t.close());

const db = () => t.database.db;
const get = (browser: Browser, url: string) => t.app.inject({ url, headers: { cookie: browser.cookie } });

function dateFields(name: string, day: string) {
  const [y, m, d] = day.split('-');
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y! };
}

async function itemCount(): Promise<number> {
  const [row] = await query<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM drafting_plan_item`);
  return row!.n;
}

async function userId(email: string): Promise<number> {
  const [row] = await query<{ id: number }>(db(), sql`SELECT id FROM staff_user WHERE email = ${email}`);
  return row!.id;
}

test('an editor adds a review task with a deadline and a responsible person; the plan lists it as open', async () => {
  const responsible = await userId(demoEmail('head'));
  const res = await postForm(t.app, editor, '/darbs/izstrades-plans/jauns', {
    unit: 'socialais-dienests',
    service: 'majokla-pabalsts',
    kind: 'review',
    ...dateFields('deadline', addDays(today, 30)),
    responsible: String(responsible),
    note: 'Pārskatīt pēc grozījumiem likumā.',
  });
  assert.equal(res.statusCode, 303, res.body.slice(0, 400));
  const page = await get(editor, '/darbs/izstrades-plans');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Mājokļa pabalsts/);
  assert.match(page.body, /Hugo Zariņš/);
  assert.match(page.body, /Pārskatīt pēc grozījumiem likumā\./);
  assert.match(page.body, /Darbā/);
  const audit = await query<{ n: number }>(
    db(),
    sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'drafting.item.create'`,
  );
  assert.equal(audit[0]!.n, 1);
});

test('a task for a standard still to be written, by the head of the unit; other units are refused', async () => {
  const ok = await postForm(t.app, head, '/darbs/izstrades-plans/jauns', {
    unit: 'socialais-dienests',
    service: '',
    'newTitle-lv': 'Atelpas brīža pakalpojums',
    'newTitle-en': 'Respite care',
    kind: 'write',
    ...dateFields('deadline', addDays(today, 90)),
  });
  assert.equal(ok.statusCode, 303);
  const before = await itemCount();
  const refused = await postForm(t.app, head, '/darbs/izstrades-plans/jauns', {
    unit: 'buvvalde',
    'newTitle-lv': 'Cits',
    'newTitle-en': 'Other',
    kind: 'write',
    ...dateFields('deadline', addDays(today, 90)),
  });
  assert.equal(refused.statusCode, 403);
  assert.equal(await itemCount(), before);
  const page = await get(head, '/en/work/drafting-plan');
  assert.match(page.body, /Respite care/);
  assert.match(page.body, /new standard/);
});

test('invalid tasks: messages in the user language, typed values kept, nothing saved', async () => {
  const before = await itemCount();
  const bad = {
    unit: 'socialais-dienests',
    service: '',
    'newTitle-lv': '',
    'newTitle-en': '',
    kind: 'rewrite',
    'deadline-day': '31',
    'deadline-month': '2',
    'deadline-year': '2027',
    note: 'Ierakstīta piezīme',
  };
  const lv = await postForm(t.app, editor, '/darbs/izstrades-plans/jauns', bad);
  assert.equal(lv.statusCode, 400);
  assert.match(lv.body, /Izvēlieties pakalpojumu vai ierakstiet jaunā standarta nosaukumu/);
  assert.match(lv.body, /Ievadiet pareizu datumu/);
  assert.match(lv.body, /Izvēlieties, vai standarts jāuzraksta vai jāpārskata/);
  assert.match(lv.body, /Ierakstīta piezīme/);
  const en = await postForm(t.app, editor, '/en/work/drafting-plan/new', {
    ...bad,
    service: 'buvatlauja',
    kind: 'write',
    'deadline-day': '1',
  });
  assert.equal(en.statusCode, 400);
  assert.match(en.body, /This service does not belong to the chosen unit/);
  assert.equal(await itemCount(), before);
});

test('a task is done once a version of its service is approved after the task was set', async () => {
  const item = await drafting.createPlanItem(db(), editorActor, {
    unit: 'socialais-dienests',
    service: 'gmi-pabalsts',
    newTitle: null,
    kind: 'review',
    deadline: addDays(today, 5),
    responsible: null,
    note: null,
  });
  const status = async () =>
    (await drafting.listPlan(db(), editorActor, {})).items.find((i) => i.id === item.id)?.status;
  assert.equal(await status(), 'open');
  const draft = await standards.startVersion(db(), editorActor, 'gmi-pabalsts');
  // A review confirms the standard with a new review date (an unchanged version cannot be submitted).
  await standards.saveDraft(db(), editorActor, 'gmi-pabalsts', draft!.version, {
    ...standards.versionInputOf(draft!),
    reviewDue: addDays(today, 365),
  });
  await standards.submitForReview(db(), editorActor, 'gmi-pabalsts', draft!.version);
  await standards.approve(db(), headActor, 'gmi-pabalsts', draft!.version, today);
  assert.equal(await status(), 'done');

  const late = await drafting.createPlanItem(db(), editorActor, {
    unit: 'socialais-dienests',
    service: 'aprupe-majas',
    newTitle: null,
    kind: 'review',
    deadline: addDays(today, -1),
    responsible: null,
    note: null,
  });
  assert.equal(
    (await drafting.listPlan(db(), editorActor, {})).items.find((i) => i.id === late.id)?.status,
    'overdue',
  );
});

test('editing a task keeps the audit trail; the edit form is prefilled', async () => {
  const [row] = await query<{ id: number }>(db(), sql`SELECT id FROM drafting_plan_item ORDER BY id LIMIT 1`);
  const form = await get(editor, `/darbs/izstrades-plans/${row!.id}`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<option value="majokla-pabalsts" selected/);
  const res = await postForm(t.app, editor, `/darbs/izstrades-plans/${row!.id}`, {
    unit: 'socialais-dienests',
    service: 'majokla-pabalsts',
    kind: 'write',
    ...dateFields('deadline', addDays(today, 40)),
  });
  assert.equal(res.statusCode, 303);
  const [audit] = await query<{ before: { kind: string }; after: { kind: string } }>(
    db(),
    sql`SELECT before, after FROM audit_log WHERE action = 'drafting.item.update' ORDER BY id DESC LIMIT 1`,
  );
  assert.equal(audit?.before.kind, 'review');
  assert.equal(audit?.after.kind, 'write');
  assert.equal((await get(editor, '/darbs/izstrades-plans/99999')).statusCode, 404);
  assert.equal((await get(editor, '/darbs/izstrades-plans/abc')).statusCode, 404);
});

/** The coverage of one unit, counted straight from the tables (independently of the service code). */
async function expectedCoverage(unit: string) {
  const [row] = await query<{ published: number; review: number; draft: number; overdue_std: number }>(
    db(),
    sql`SELECT
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM service_version v WHERE v.service_id = s.id
        AND v.status IN ('published', 'superseded') AND v.valid_from <= ${today}::date))::int AS published,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM service_version v WHERE v.service_id = s.id AND v.status = 'review'))::int AS review,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM service_version v WHERE v.service_id = s.id AND v.status = 'draft'))::int AS draft,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM service_version v WHERE v.service_id = s.id AND v.status = 'published'
        AND (v.review_due IS NULL OR v.review_due < ${today}::date)))::int AS overdue_std
    FROM service s JOIN organisation o ON o.id = s.owner_id
    WHERE o.code = ${unit} AND s.withdrawn_at IS NULL`,
  );
  const plan = (await drafting.listPlan(db(), editorActor, { unit })).items;
  return {
    published: row!.published,
    review: row!.review,
    draft: row!.draft,
    overdue: row!.overdue_std + plan.filter((i) => i.status === 'overdue').length,
    plan: `${plan.filter((i) => i.status === 'done').length} / ${plan.length}`,
  };
}

function countsOnPage(html: string, rowId: string) {
  const row = new RegExp(`<tr[^>]*id="${rowId}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1];
  assert.ok(row, `no row ${rowId}`);
  const cell = (key: string) => new RegExp(`data-count="${key}"[^>]*>([^<]*)<`).exec(row)?.[1]?.trim();
  return {
    published: Number(cell('published')),
    review: Number(cell('review')),
    draft: Number(cell('draft')),
    overdue: Number(cell('overdue')),
    plan: cell('plan'),
  };
}

test('the coverage dashboard counts what the data holds, per unit and in total, with a chart', async () => {
  // Some variety: a draft, a version in review, an overdue review date in the social service.
  await standards.startVersion(db(), editorActor, 'trucigas-maznodrosinatas-statuss');
  const inReview = await standards.startVersion(db(), editorActor, 'asistenta-pakalpojums');
  await standards.saveDraft(db(), editorActor, 'asistenta-pakalpojums', inReview!.version, {
    ...standards.versionInputOf(inReview!),
    reviewDue: addDays(today, 365),
  });
  await standards.submitForReview(db(), editorActor, 'asistenta-pakalpojums', inReview!.version);
  await db().execute(sql`UPDATE service_version SET review_due = ${addDays(today, -1)}
    WHERE status = 'published' AND service_id = (SELECT id FROM service WHERE code = 'ilgstosa-sociala-aprupe')`);

  const res = await get(manager, '/darbs/parklajums');
  assert.equal(res.statusCode, 200);
  const unit = await expectedCoverage('socialais-dienests');
  assert.deepEqual(countsOnPage(res.body, 'unit-socialais-dienests'), unit);
  assert.ok(unit.draft >= 1 && unit.review >= 1 && unit.overdue >= 2);

  const units = await query<{ code: string }>(
    db(),
    sql`SELECT DISTINCT o.code FROM organisation o
    JOIN service s ON s.owner_id = o.id WHERE s.withdrawn_at IS NULL`,
  );
  const total = { published: 0, review: 0, draft: 0, overdue: 0 };
  for (const u of units) {
    const c = await expectedCoverage(u.code);
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += c[k];
  }
  const shown = countsOnPage(res.body, 'total');
  assert.deepEqual(
    { published: shown.published, review: shown.review, draft: shown.draft, overdue: shown.overdue },
    total,
  );
  assert.match(res.body, /<svg[^>]*id="coverage-chart"[^>]*role="img"/);
  assert.match(res.body, /<title id="coverage-chart-title">/);

  const en = await get(manager, '/en/work/coverage');
  assert.match(en.body, /In review/);
  assert.equal((await get(clerk, '/darbs/parklajums')).statusCode, 403);
  assert.equal((await get(clerk, '/darbs/izstrades-plans')).statusCode, 403);
});
