import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/connection';
import { query } from '../../src/db/connection';
import * as cases from '../../src/modules/cases/service';
import * as drafting from '../../src/modules/drafting/service';
import * as standards from '../../src/modules/standards/service';
import { type Actor, type Role, systemActor } from '../../src/platform/auth/actor';
import { createApiKey } from '../../src/platform/auth/api-keys';

/** What a route case may need to build its URL, e.g. a throwaway user to deactivate. */
export interface RouteContext {
  db: Db;
  /** Creates a new active user (role manager) and returns its id. */
  throwawayUser(): Promise<number>;
}

export interface RouteCase {
  method: 'GET' | 'POST';
  url: string | ((ctx: RouteContext) => Promise<string>);
  /** Form fields of a POST (the CSRF token is added by the test). */
  body?: Record<string, string | string[]>;
  /** Roles that may use the route; every other role must get 403. */
  allowed: readonly Role[];
  /** The request ends the session (sign-out): the test signs in again afterwards. */
  endsSession?: boolean;
}

const EVERYONE: readonly Role[] = ['admin', 'manager', 'editor', 'head', 'specialist', 'clerk'];

// ── Staff workspace shell: sign-out, password, dashboard, users (auth helper) ───────────────────────────
export const SHELL_ROUTES: RouteCase[] = [
  { method: 'GET', url: '/darbs', allowed: EVERYONE },
  { method: 'GET', url: '/en/work', allowed: EVERYONE },
  { method: 'GET', url: '/darbs/parole', allowed: EVERYONE },
  { method: 'GET', url: '/en/work/password', allowed: EVERYONE },
  // An empty form: everyone may try, and gets the form back with errors (400); nothing changes.
  { method: 'POST', url: '/darbs/parole', body: {}, allowed: EVERYONE },
  { method: 'POST', url: '/en/work/password', body: {}, allowed: EVERYONE },
  { method: 'POST', url: '/darbs/iziet', allowed: EVERYONE, endsSession: true },
  { method: 'POST', url: '/en/work/sign-out', allowed: EVERYONE, endsSession: true },
  { method: 'GET', url: '/darbs/lietotaji', allowed: ['admin'] },
  { method: 'GET', url: '/en/work/users', allowed: ['admin'] },
  { method: 'GET', url: '/darbs/lietotaji/jauns', allowed: ['admin'] },
  { method: 'GET', url: '/en/work/users/new', allowed: ['admin'] },
  // An invalid form: the administrator gets it back with errors, everyone else is refused before that.
  { method: 'POST', url: '/darbs/lietotaji/jauns', body: { email: 'not-an-address' }, allowed: ['admin'] },
  { method: 'POST', url: '/en/work/users/new', body: { email: 'not-an-address' }, allowed: ['admin'] },
  {
    method: 'POST',
    url: async (ctx) => `/darbs/lietotaji/${await ctx.throwawayUser()}/deaktivizet`,
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: async (ctx) => `/en/work/users/${await ctx.throwawayUser()}/deactivate`,
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: async (ctx) => `/darbs/lietotaji/${await ctx.throwawayUser()}/izbeigt-sesijas`,
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: async (ctx) => `/en/work/users/${await ctx.throwawayUser()}/end-sessions`,
    allowed: ['admin'],
  },
  // User administration (issue 6 point 11): the user's roles page, the deactivation confirmation, reactivation.
  { method: 'GET', url: async (ctx) => `/darbs/lietotaji/${await ctx.throwawayUser()}`, allowed: ['admin'] },
  { method: 'GET', url: async (ctx) => `/en/work/users/${await ctx.throwawayUser()}`, allowed: ['admin'] },
  // No role ticked: the administrator gets the form back with an error (400); nothing changes.
  { method: 'POST', url: async (ctx) => `/darbs/lietotaji/${await ctx.throwawayUser()}`, allowed: ['admin'] },
  { method: 'POST', url: async (ctx) => `/en/work/users/${await ctx.throwawayUser()}`, allowed: ['admin'] },
  {
    method: 'GET',
    url: async (ctx) => `/darbs/lietotaji/${await ctx.throwawayUser()}/deaktivizet`,
    allowed: ['admin'],
  },
  {
    method: 'GET',
    url: async (ctx) => `/en/work/users/${await ctx.throwawayUser()}/deactivate`,
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: async (ctx) => `/darbs/lietotaji/${await ctx.throwawayUser()}/aktivizet`,
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: async (ctx) => `/en/work/users/${await ctx.throwawayUser()}/reactivate`,
    allowed: ['admin'],
  },
  // Municipality settings (issue 6 point 27): an empty form comes back to the administrator with errors (400).
  { method: 'GET', url: '/darbs/iestatijumi', allowed: ['admin'] },
  { method: 'GET', url: '/en/work/settings', allowed: ['admin'] },
  { method: 'POST', url: '/darbs/iestatijumi', body: {}, allowed: ['admin'] },
  { method: 'POST', url: '/en/work/settings', body: {}, allowed: ['admin'] },
];

// ── Standards workflow, drafting plan, centres (workflow helper): append the cases here ──────────────────
// POST cases send invalid forms where they can, so that allowed roles get the form back (400) and
// nothing changes between roles. The demo head heads socialais-dienests, which owns the services used.
const WRITERS: readonly Role[] = ['editor', 'head'];
const PLANNERS: readonly Role[] = ['admin', 'manager', 'editor', 'head'];
const ADMIN: readonly Role[] = ['admin'];
const CATEGORY: readonly Role[] = ['admin', 'editor', 'head'];
const routeEditor: Actor = { kind: 'system', id: 0, name: 'route table', grants: [{ role: 'editor' }] };

/** The open version (draft or in review) of a service, started by an editor if there is none. */
async function openVersion(ctx: RouteContext, code: string): Promise<number> {
  const standard = await standards.getStandard(ctx.db, routeEditor, code);
  const open = standard?.versions.find((v) => v.status === 'draft' || v.status === 'review');
  if (open) return open.version;
  const draft = await standards.startVersion(ctx.db, routeEditor, code);
  return draft!.version;
}

let planItemId: number | undefined;
async function planItem(ctx: RouteContext): Promise<number> {
  planItemId ??= (
    await drafting.createPlanItem(ctx.db, routeEditor, {
      unit: 'socialais-dienests',
      service: 'gmi-pabalsts',
      newTitle: null,
      kind: 'review',
      deadline: '2030-01-31',
      responsible: null,
      note: null,
    })
  ).id;
  return planItemId;
}

let withdrawalRequestId: number | undefined;
/** A pending withdrawal request (asked by the route table's editor, so the demo head may decide it). */
async function withdrawalRequest(ctx: RouteContext): Promise<number> {
  withdrawalRequestId ??= (await standards.requestWithdrawal(
    ctx.db,
    routeEditor,
    'krizes-situacijas-pabalsts',
    {
      reason: 'Route table',
      from: '2030-01-01',
    },
  ))!.id;
  return withdrawalRequestId;
}

type Url = RouteCase['url'];
/** The same route in Latvian and in English. */
function both(
  method: RouteCase['method'],
  lv: Url,
  en: Url,
  allowed: readonly Role[],
  body?: RouteCase['body'],
) {
  return [
    { method, url: lv, allowed, body },
    { method, url: en, allowed, body },
  ];
}
const at = (f: (ctx: RouteContext) => Promise<string>) => f;

export const WORKFLOW_ROUTES: RouteCase[] = [
  // Standards: every member of staff reads them; editors and the owning unit's head write; the head approves.
  ...both('GET', '/darbs/standarti', '/en/work/standards', EVERYONE),
  ...both('GET', '/darbs/standarti/jauns', '/en/work/standards/new', WRITERS),
  ...both('POST', '/darbs/standarti/jauns', '/en/work/standards/new', WRITERS, { code: 'Ā' }),
  ...both('GET', '/darbs/standarti/gmi-pabalsts', '/en/work/standards/gmi-pabalsts', EVERYONE),
  // Starting a version changes state once; afterwards the writers get "a version is already open" (409).
  ...both(
    'POST',
    '/darbs/standarti/majokla-pabalsts/versijas',
    '/en/work/standards/majokla-pabalsts/versions',
    WRITERS,
  ),
  ...both(
    'GET',
    '/darbs/standarti/gmi-pabalsts/versijas/1',
    '/en/work/standards/gmi-pabalsts/versions/1',
    EVERYONE,
  ),
  ...both(
    'GET',
    at(
      async (ctx) =>
        `/darbs/standarti/trucigas-maznodrosinatas-statuss/versijas/${await openVersion(ctx, 'trucigas-maznodrosinatas-statuss')}/labot`,
    ),
    at(
      async (ctx) =>
        `/en/work/standards/trucigas-maznodrosinatas-statuss/versions/${await openVersion(ctx, 'trucigas-maznodrosinatas-statuss')}/edit`,
    ),
    WRITERS,
  ),
  ...both(
    'POST',
    at(
      async (ctx) =>
        `/darbs/standarti/trucigas-maznodrosinatas-statuss/versijas/${await openVersion(ctx, 'trucigas-maznodrosinatas-statuss')}/labot`,
    ),
    at(
      async (ctx) =>
        `/en/work/standards/trucigas-maznodrosinatas-statuss/versions/${await openVersion(ctx, 'trucigas-maznodrosinatas-statuss')}/edit`,
    ),
    WRITERS,
    { action: 'save' },
  ),
  ...both(
    'POST',
    at(
      async (ctx) =>
        `/darbs/standarti/berna-piedzimsanas-pabalsts/versijas/${await openVersion(ctx, 'berna-piedzimsanas-pabalsts')}/iesniegt`,
    ),
    at(
      async (ctx) =>
        `/en/work/standards/berna-piedzimsanas-pabalsts/versions/${await openVersion(ctx, 'berna-piedzimsanas-pabalsts')}/submit`,
    ),
    WRITERS,
  ),
  ...both(
    'POST',
    '/darbs/standarti/gmi-pabalsts/versijas/1/apstiprinat',
    '/en/work/standards/gmi-pabalsts/versions/1/approve',
    ['head'],
  ),
  ...both(
    'POST',
    '/darbs/standarti/gmi-pabalsts/versijas/1/atgriezt',
    '/en/work/standards/gmi-pabalsts/versions/1/return',
    ['head'],
  ),
  // The online form of a version (issue 9): everyone reads it and its preview; writers change a draft's.
  ...both(
    'GET',
    '/darbs/standarti/gmi-pabalsts/versijas/1/veidlapa',
    '/en/work/standards/gmi-pabalsts/versions/1/form',
    EVERYONE,
  ),
  ...both(
    'GET',
    '/darbs/standarti/gmi-pabalsts/versijas/1/veidlapa/prieksskatijums',
    '/en/work/standards/gmi-pabalsts/versions/1/form/preview',
    EVERYONE,
  ),
  ...(['', '/jautajums', '/lapa'] as const).flatMap((part) => {
    const en = { '': '', '/jautajums': '/question', '/lapa': '/page' }[part];
    const draft = (lv: boolean) =>
      at(async (ctx) => {
        const n = await openVersion(ctx, 'trucigas-maznodrosinatas-statuss');
        return lv
          ? `/darbs/standarti/trucigas-maznodrosinatas-statuss/versijas/${n}/veidlapa${part}`
          : `/en/work/standards/trucigas-maznodrosinatas-statuss/versions/${n}/form${en}`;
      });
    // A POST that changes nothing: an unknown action, or a question or page without its fields.
    return [
      ...(part === '' ? [] : both('GET', draft(true), draft(false), WRITERS)),
      ...both('POST', draft(true), draft(false), WRITERS, { action: 'none' }),
    ];
  }),
  // The confirmation before removing the whole form (it only asks; the overview's POST removes).
  ...both(
    'GET',
    at(async (ctx) => {
      const n = await openVersion(ctx, 'trucigas-maznodrosinatas-statuss');
      return `/darbs/standarti/trucigas-maznodrosinatas-statuss/versijas/${n}/veidlapa/dzest`;
    }),
    at(async (ctx) => {
      const n = await openVersion(ctx, 'trucigas-maznodrosinatas-statuss');
      return `/en/work/standards/trucigas-maznodrosinatas-statuss/versions/${n}/form/delete`;
    }),
    WRITERS,
  ),
  ...both(
    'GET',
    '/darbs/standarti/gmi-pabalsts/salidzinat?a=1&b=1',
    '/en/work/standards/gmi-pabalsts/compare?a=1&b=1',
    EVERYONE,
  ),
  ...both(
    'GET',
    '/darbs/standarti/gmi-pabalsts/atsaukt',
    '/en/work/standards/gmi-pabalsts/withdraw',
    WRITERS,
  ),
  ...both(
    'POST',
    '/darbs/standarti/gmi-pabalsts/atsaukt',
    '/en/work/standards/gmi-pabalsts/withdraw',
    WRITERS,
    { reason: '' },
  ),
  ...both(
    'GET',
    '/darbs/standarti/gmi-pabalsts/atjaunot',
    '/en/work/standards/gmi-pabalsts/restore',
    WRITERS,
  ),
  ...both(
    'POST',
    '/darbs/standarti/gmi-pabalsts/atjaunot',
    '/en/work/standards/gmi-pabalsts/restore',
    WRITERS,
    { reason: '' },
  ),
  // The category of a service: its writers and the administrator; no category chosen gives the form back (400).
  ...both(
    'GET',
    '/darbs/standarti/gmi-pabalsts/kategorija',
    '/en/work/standards/gmi-pabalsts/category',
    CATEGORY,
  ),
  ...both(
    'POST',
    '/darbs/standarti/gmi-pabalsts/kategorija',
    '/en/work/standards/gmi-pabalsts/category',
    CATEGORY,
    { category: '' },
  ),
  ...both(
    'GET',
    at(
      async (ctx) =>
        `/darbs/standarti/krizes-situacijas-pabalsts/pieprasijumi/${await withdrawalRequest(ctx)}`,
    ),
    at(
      async (ctx) => `/en/work/standards/krizes-situacijas-pabalsts/requests/${await withdrawalRequest(ctx)}`,
    ),
    EVERYONE,
  ),
  // No decision chosen: the head gets the form back (400), everyone else is refused; nothing changes.
  ...both(
    'POST',
    at(
      async (ctx) =>
        `/darbs/standarti/krizes-situacijas-pabalsts/pieprasijumi/${await withdrawalRequest(ctx)}`,
    ),
    at(
      async (ctx) => `/en/work/standards/krizes-situacijas-pabalsts/requests/${await withdrawalRequest(ctx)}`,
    ),
    ['head'],
    { decision: '' },
  ),

  // Drafting plan and coverage: for those who write, approve or manage standards; tasks by writers.
  ...both('GET', '/darbs/izstrades-plans', '/en/work/drafting-plan', PLANNERS),
  ...both('GET', '/darbs/izstrades-plans/jauns', '/en/work/drafting-plan/new', WRITERS),
  ...both('POST', '/darbs/izstrades-plans/jauns', '/en/work/drafting-plan/new', WRITERS, { kind: 'x' }),
  ...both(
    'GET',
    at(async (ctx) => `/darbs/izstrades-plans/${await planItem(ctx)}`),
    at(async (ctx) => `/en/work/drafting-plan/${await planItem(ctx)}`),
    WRITERS,
  ),
  ...both(
    'POST',
    at(async (ctx) => `/darbs/izstrades-plans/${await planItem(ctx)}`),
    at(async (ctx) => `/en/work/drafting-plan/${await planItem(ctx)}`),
    WRITERS,
    { kind: 'x' },
  ),
  ...both('GET', '/darbs/parklajums', '/en/work/coverage', PLANNERS),

  // Centres: everyone looks; only the administrator changes them.
  ...both('GET', '/darbs/centri', '/en/work/centres', EVERYONE),
  ...both('GET', '/darbs/centri/bebrene', '/en/work/centres/bebrene', EVERYONE),
  ...both('POST', '/darbs/centri/bebrene', '/en/work/centres/bebrene', ADMIN, { email: 'x' }),
  ...both('POST', '/darbs/centri/bebrene/darba-laiks', '/en/work/centres/bebrene/hours', ADMIN, {
    action: 'add-row',
  }),
  ...both('POST', '/darbs/centri/bebrene/izmainas', '/en/work/centres/bebrene/exceptions', ADMIN, {
    closed: 'x',
  }),
  ...both(
    'POST',
    '/darbs/centri/bebrene/izmainas/999999/dzest',
    '/en/work/centres/bebrene/exceptions/999999/delete',
    ADMIN,
  ),
];

// ── Working-day calendar (caseplatform helper): only the administrator sees and edits the moved days ────
export const CALENDAR_ROUTES: RouteCase[] = [
  ...both('GET', '/darbs/kalendars', '/en/work/calendar', ADMIN),
  ...both('GET', '/darbs/kalendars?year=2026', '/en/work/calendar?year=2026', ADMIN),
  ...both('POST', '/darbs/kalendars', '/en/work/calendar', ADMIN, { kind: 'x' }),
  ...both('POST', '/darbs/kalendars/999999/dzest', '/en/work/calendar/999999/delete', ADMIN),
];

// ── Cases (cases-ui helper): an editor holds no role in case work and is refused every case page (403);
// a case outside a case worker's scope is a 404 (test/cases/http-case-page.test.ts).
const CASE_WORKERS: readonly Role[] = ['admin', 'manager', 'head', 'specialist', 'clerk'];
const REGISTRARS: readonly Role[] = ['head', 'specialist', 'clerk'];
const DESK: readonly Role[] = ['clerk'];
const routeClerk: Actor = {
  kind: 'staff',
  id: 0,
  name: 'route table',
  grants: [{ role: 'clerk', centre: 'ilukste' }],
};

let routeCaseId: number | undefined;
/** A postal application of the demo unit received at the demo clerk's centre: every case worker sees it. */
async function routeCase(ctx: RouteContext): Promise<number> {
  if (routeCaseId) return routeCaseId;
  const [row] = await query<{ serviceId: number; versionId: number }>(
    ctx.db,
    sql`SELECT s.id AS "serviceId", v.id AS "versionId" FROM service s JOIN organisation o ON o.id = s.owner_id
        JOIN service_version v ON v.service_id = s.id AND v.status = 'published'
        WHERE o.code = 'socialais-dienests' AND NOT v.on_the_spot AND v.apply_channels ? 'post' ORDER BY s.id LIMIT 1`,
  );
  const [clerk] = await query<{ id: number }>(
    ctx.db,
    sql`SELECT id FROM staff_user WHERE email = 'clerk@ilukste.example'`,
  );
  const result = await cases.registerApplication(
    ctx.db,
    { ...routeClerk, id: clerk!.id },
    {
      serviceVersionId: row!.versionId,
      applicant: { kind: 'person', personalCode: '32000000001', name: 'Maršruta Tabula' },
      channel: 'post',
      centreCode: 'ilukste',
      fields: {},
      documents: [],
      delivery: { channel: 'centre', centreCode: 'ilukste' },
      idempotencyKey: 'route-table-case-0001',
    },
  );
  if (!result.ok) throw new Error(`route-table case not registered: ${JSON.stringify(result.problems)}`);
  routeCaseId = result.caseId;
  return routeCaseId;
}
const onCase = (path: (id: number) => string) => at(async (ctx) => path(await routeCase(ctx)));

export const CASES_ROUTES: RouteCase[] = [
  ...both('GET', '/darbs/lietas', '/en/work/cases', CASE_WORKERS),
  ...both('GET', '/darbs/lietas/jauna', '/en/work/cases/new', REGISTRARS),
  ...both('POST', '/darbs/lietas/jauna', '/en/work/cases/new', REGISTRARS, { step: 'register' }),
  ...both('POST', '/darbs/lietas/augsupielade', '/en/work/cases/upload', REGISTRARS, {}),
  ...both(
    'GET',
    onCase((id) => `/darbs/lietas/${id}`),
    onCase((id) => `/en/work/cases/${id}`),
    CASE_WORKERS,
  ),
  ...both(
    'POST',
    onCase((id) => `/darbs/lietas/${id}/darbiba`),
    onCase((id) => `/en/work/cases/${id}/action`),
    CASE_WORKERS,
    { action: 'reject' },
  ),
  ...both(
    'GET',
    onCase((id) => `/darbs/lietas/${id}/kvits`),
    onCase((id) => `/en/work/cases/${id}/receipt`),
    CASE_WORKERS,
  ),
  ...both(
    'GET',
    onCase((id) => `/darbs/lietas/${id}/kvits.pdf`),
    onCase((id) => `/en/work/cases/${id}/kvits.pdf`),
    CASE_WORKERS,
  ),
  ...both(
    'POST',
    onCase((id) => `/darbs/lietas/${id}/kvits.pdf`),
    onCase((id) => `/en/work/cases/${id}/kvits.pdf`),
    CASE_WORKERS,
    {},
  ),
  ...both(
    'GET',
    onCase((id) => `/darbs/lietas/${id}/dokumenti/999999`),
    onCase((id) => `/en/work/cases/${id}/documents/999999`),
    CASE_WORKERS,
  ),
  ...both(
    'POST',
    onCase((id) => `/darbs/lietas/${id}/personas-kods`),
    onCase((id) => `/en/work/cases/${id}/personal-code`),
    REGISTRARS,
    { who: 'applicant' },
  ),
  ...both('POST', '/darbs/personas/1/eksports', '/en/work/parties/1/export', ['admin', 'manager']),
  ...both('GET', '/darbs/korespondence/jauna', '/en/work/correspondence/new', DESK),
  ...both('POST', '/darbs/korespondence/jauna', '/en/work/correspondence/new', DESK, { subject: '' }),
  ...both('GET', '/darbs/konsultacijas', '/en/work/consultations', ['admin', 'manager', 'clerk']),
  ...both('POST', '/darbs/konsultacijas', '/en/work/consultations', DESK, { minutes: 'x' }),
  ...both('GET', '/darbs/pasts', '/en/work/mail', ['admin', 'manager']),
  ...both('GET', '/darbs/personas', '/en/work/parties', ['admin', 'manager']),
  ...both('GET', '/darbs/glabasana', '/en/work/retention', ['admin']),
  // Not a number of years: the administrator gets the form back with an error (400); nothing changes.
  ...both('POST', '/darbs/glabasana', '/en/work/retention', ['admin'], {
    action: 'default',
    defaultYears: 'x',
  }),
  // No code: the allowed roles get the form back with an error (400).
  ...both('POST', '/darbs/personas', '/en/work/parties', ['admin', 'manager'], { code: '' }),
  // A foreigner without a date of birth (the same route's second form): the form back with an error (400).
  ...both('POST', '/darbs/personas', '/en/work/parties', ['admin', 'manager'], {
    by: 'document',
    partyDocument: 'LT12345678',
  }),
  // A message that is not a failed one: the allowed roles are told so; nothing changes.
  ...both('POST', '/darbs/pasts/999999/suti-velreiz', '/en/work/mail/999999/send-again', [
    'admin',
    'manager',
  ]),
];

/** Every staff route; test/staff/authorisation.test.ts runs each one as every role and as nobody. */
// ── Related search terms (public helper, issue 6 point 22): editors and the administrator ─────────────
const SEARCH_TERM_EDITORS: readonly Role[] = ['admin', 'editor'];
export const SEARCH_TERM_ROUTES: RouteCase[] = [
  { method: 'GET', url: '/darbs/meklesanas-termini', allowed: SEARCH_TERM_EDITORS },
  { method: 'GET', url: '/en/work/search-terms', allowed: SEARCH_TERM_EDITORS },
  // An empty form: the allowed roles get it back with errors (400); nothing changes.
  { method: 'POST', url: '/darbs/meklesanas-termini', body: {}, allowed: SEARCH_TERM_EDITORS },
  { method: 'POST', url: '/en/work/search-terms', body: {}, allowed: SEARCH_TERM_EDITORS },
  // A term that does not exist: 404 for the allowed roles.
  { method: 'POST', url: '/darbs/meklesanas-termini/999999/dzest', allowed: SEARCH_TERM_EDITORS },
  { method: 'POST', url: '/en/work/search-terms/999999/delete', allowed: SEARCH_TERM_EDITORS },
];

// ── API keys (issue 9 point 7): the administrator only ─────────────────────────────────────────────────────
async function freshApiKey(ctx: RouteContext): Promise<number> {
  const created = await createApiKey(ctx.db, systemActor('route table'), { name: 'Route table' });
  if (!created.ok) throw new Error(created.problem);
  return created.id;
}
export const API_KEY_ROUTES: RouteCase[] = [
  { method: 'GET', url: '/darbs/api-atslegas', allowed: ['admin'] },
  { method: 'GET', url: '/en/work/api-keys', allowed: ['admin'] },
  // No name: the administrator gets the form back with an error (400); nothing is created.
  { method: 'POST', url: '/darbs/api-atslegas', body: { name: '' }, allowed: ['admin'] },
  { method: 'POST', url: '/en/work/api-keys', body: { name: '' }, allowed: ['admin'] },
  {
    method: 'GET',
    url: async (ctx) => `/darbs/api-atslegas/${await freshApiKey(ctx)}/atsaukt`,
    allowed: ['admin'],
  },
  {
    method: 'GET',
    url: async (ctx) => `/en/work/api-keys/${await freshApiKey(ctx)}/revoke`,
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: async (ctx) => `/darbs/api-atslegas/${await freshApiKey(ctx)}/atsaukt`,
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: async (ctx) => `/en/work/api-keys/${await freshApiKey(ctx)}/revoke`,
    allowed: ['admin'],
  },
];

export const ROUTE_TABLE: RouteCase[] = [
  ...SHELL_ROUTES,
  ...WORKFLOW_ROUTES,
  ...CALENDAR_ROUTES,
  ...CASES_ROUTES,
  ...SEARCH_TERM_ROUTES,
  ...API_KEY_ROUTES,
];
