import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import * as drafting from '../../src/modules/drafting/service';
import { versionFormValues } from '../../src/modules/standards/schema';
import * as standards from '../../src/modules/standards/service';
import type { Actor } from '../../src/platform/auth/actor';
import { addDays, todayInRiga } from '../../src/platform/calendar/days';
import { intakeFields, postMultipart, socialService } from '../cases/http-helpers';
import { type TestApp, testApp } from '../helpers/app';
import { type Browser, demoEmail, ensureDemoStaff, postForm, signIn } from '../staff/helpers';

let t: TestApp;
let editor: Browser;
let head: Browser;
let clerk: Browser;
const reader: Actor = { kind: 'system', id: 0, name: 'test', grants: [{ role: 'editor' }] };

before(async () => {
  t = await testApp();
  await ensureDemoStaff(t.database.db);
  editor = await signIn(t.app, demoEmail('editor'));
  head = await signIn(t.app, demoEmail('head')); // head of socialais-dienests
  clerk = await signIn(t.app, demoEmail('clerk'));
});
after(() => t.close());

const db = () => t.database.db;
const today = todayInRiga();
const get = (browser: Browser, url: string) => t.app.inject({ url, headers: { cookie: browser.cookie } });

/** The part of the dashboard that lists one kind of task. */
function section(body: string, id: string): string {
  return new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(body)?.[0] ?? '';
}

/** Starts, changes and submits a version as a signed-in browser; returns its number. */
async function draftAndSubmit(browser: Browser, code: string): Promise<number> {
  const started = await postForm(t.app, browser, `/darbs/standarti/${code}/versijas`);
  const n = Number(/\/versijas\/(\d+)\/labot$/.exec(started.headers.location as string)?.[1]);
  const standard = await standards.getStandard(db(), reader, code);
  const form = versionFormValues(standards.versionInputOf(standard!.versions.find((v) => v.version === n)!));
  const saved = await postForm(t.app, browser, `/darbs/standarti/${code}/versijas/${n}/labot`, {
    ...form,
    'description-lv': `${form['description-lv']} Papildināts.`,
    'description-en': `${form['description-en']} Amended.`,
    action: 'save',
  });
  assert.equal(saved.statusCode, 303);
  assert.equal(
    (await postForm(t.app, browser, `/darbs/standarti/${code}/versijas/${n}/iesniegt`)).statusCode,
    303,
  );
  return n;
}

test('the dashboard greets with „Labdien!” and says when there is nothing to do', async () => {
  const page = await get(clerk, '/darbs');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1 class="govuk-heading-xl">Labdien!<\/h1>/);
  assert.match(page.body, /Šobrīd jums nav neviena uzdevuma\./);
  const en = await get(clerk, '/en/work');
  assert.match(en.body, /Your tasks/);
});

test('a version in review is the head’s task; once returned it is the editor’s, with the comment', async () => {
  const code = 'krizes-situacijas-pabalsts';
  const n = await draftAndSubmit(editor, code);
  const headPage = await get(head, '/darbs');
  assert.match(
    section(headPage.body, 'tasks-approve'),
    new RegExp(`/darbs/standarti/${code}/versijas/${n}"`),
  );
  assert.doesNotMatch(section((await get(editor, '/darbs')).body, 'tasks-approve'), new RegExp(code));

  const returned = await postForm(t.app, head, `/darbs/standarti/${code}/versijas/${n}/atgriezt`, {
    comment: 'Precizējiet termiņu.',
  });
  assert.equal(returned.statusCode, 303);
  const editorPage = await get(editor, '/darbs');
  const mine = section(editorPage.body, 'tasks-returned');
  assert.match(mine, new RegExp(`/darbs/standarti/${code}/versijas/${n}"`));
  assert.match(mine, /Precizējiet termiņu\./);
  assert.doesNotMatch(section((await get(head, '/darbs')).body, 'tasks-approve'), new RegExp(code));
});

test('a head’s own submission is not on their approval list (four eyes)', async () => {
  const code = 'majokla-pabalsts';
  await draftAndSubmit(head, code);
  assert.doesNotMatch(section((await get(head, '/darbs')).body, 'tasks-approve'), new RegExp(code));
});

test('withdrawal requests, reviews due and drafting-plan deadlines are the head’s tasks', async () => {
  const code = 'apbedisanas-pabalsts';
  const asked = await postForm(t.app, editor, `/darbs/standarti/${code}/atsaukt`, {
    reason: 'Pārbaude',
    'from-day': '1',
    'from-month': '1',
    'from-year': String(Number(today.slice(0, 4)) + 2),
  });
  assert.equal(asked.statusCode, 303);
  await drafting.createPlanItem(db(), reader, {
    unit: 'socialais-dienests',
    service: 'gmi-pabalsts',
    newTitle: null,
    kind: 'review',
    deadline: addDays(today, 5),
    responsible: null,
    note: null,
  });
  const page = (await get(head, '/darbs')).body;
  assert.match(section(page, 'tasks-requests'), new RegExp(`/darbs/standarti/${code}/pieprasijumi/\\d+"`));
  assert.match(section(page, 'tasks-plan'), /pārskatīt standartu/);
  const tasks = await standards.reviewDueList(db(), {
    kind: 'staff',
    id: -1,
    name: 'x',
    grants: [{ role: 'head', unit: 'socialais-dienests' }],
  });
  if (tasks.overdue.length + tasks.dueSoon.length > 0) assert.ok(section(page, 'tasks-reviews').length > 0);
  assert.doesNotMatch(section((await get(editor, '/darbs')).body, 'tasks-requests'), new RegExp(code));
});

test('the case work waiting in the worklist is on the dashboard, each a link to the worklist showing it (found by review: ‘no tasks’ beside overdue cases)', async () => {
  const specialist = await signIn(t.app, demoEmail('specialist'));
  const service = await socialService(db());
  // A postal application received three months ago: past its deadline, not yet assigned.
  const received = addDays(today, -90);
  const [y, m, d] = received.split('-');
  const registered = await postMultipart(
    t.app,
    clerk,
    '/darbs/lietas/jauna',
    intakeFields(service.versionId, service.serviceId, { receivedOn: `${Number(d)}.${Number(m)}.${y}.` }),
  );
  assert.equal(registered.statusCode, 303);
  const cases = section((await get(specialist, '/darbs')).body, 'tasks-cases');
  const overdue = /href="\/darbs\/lietas\?overdue=1">Nokavēts termiņš: (\d+)</.exec(cases);
  assert.ok(overdue, cases);
  // The count is what the worklist shows behind the link.
  const listed =
    (await get(specialist, '/darbs/lietas?overdue=1')).body.match(/<tr class="govuk-table__row"/g) ?? [];
  assert.equal(Number(overdue[1]), listed.length - 1);
  assert.match(
    cases,
    /href="\/darbs\/lietas\?status=registered&amp;assignee=none">Vēl nav piešķirtas speciālistam: \d+</,
  );
  assert.doesNotMatch((await get(specialist, '/darbs')).body, /Šobrīd jums nav neviena uzdevuma/);
  // Issuing is the desk's: the unit is not shown it, the clerk is not shown the unit's assignments.
  assert.doesNotMatch(cases, /Gatavas izsniegšanai/);
  assert.doesNotMatch(section((await get(clerk, '/darbs')).body, 'tasks-cases'), /Vēl nav piešķirtas/);
  const en = section((await get(specialist, '/en/work')).body, 'tasks-cases');
  assert.match(en, /href="\/en\/work\/cases\?overdue=1">Past their deadline: \d+</);
});
