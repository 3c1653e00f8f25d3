import { type SQL, sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import { isRowId } from '../../db/row-id';
import { CASE_STATUSES } from '../../db/schema';
import { recordAudit } from '../../platform/audit/service';
import { type Actor, centresFor, hasRole, unitsFor } from '../../platform/auth/actor';
import { staffGeneration } from '../../platform/auth/staff-changes';
import { isDay } from '../../platform/calendar';
import { perRevision } from '../catalogue/service';
import { allFields, parseFormDefinition } from '../eforms/definition';
import { mayUnmask, unmaskPersonalCode } from '../parties/service';
import { loadDisplayCalendar } from './calendar-port';
import { readCasePage } from './case-page-read';
import { dueState, forwardBy, todayInRiga } from './deadlines';
import { mayExportParties } from './export';
import { allowedActions, mayAssignOthers, maySee } from './lifecycle';
import * as store from './store';
import type { CaseView, Pause, Worklist, WorklistFilter, WorklistPage, WorklistRow } from './types';

function seesAll(actor: Actor): boolean {
  return actor.kind === 'system' || hasRole(actor, 'manager') || hasRole(actor, 'admin');
}

const inList = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * What the worklist may show: a unit's cases to its specialists and head, a centre's intake and issue
 * queue to its clerks, everything to a manager. Undefined: nothing at all.
 */
function worklistScope(actor: Actor): SQL | undefined {
  if (seesAll(actor)) return sql`true`;
  const parts: SQL[] = [];
  const units = [...new Set([...unitsFor(actor, 'specialist'), ...unitsFor(actor, 'head')])];
  if (units.length > 0) parts.push(sql`c.unit_code IN (${inList(units)})`);
  const centres = centresFor(actor, 'clerk');
  if (centres.length > 0)
    parts.push(sql`c.centre_in IN (${inList(centres)})`, sql`c.delivery_centre IN (${inList(centres)})`);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : sql`(${sql.join(parts, sql` OR `)})`;
}

function encodeCursor(row: { dueOn: string; id: number }): string {
  return Buffer.from(`${row.dueOn}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string | undefined): { dueOn: string; id: number } | undefined {
  if (!cursor) return undefined;
  const [dueOn, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  // A cursor is typed into the address as easily as followed: a day PostgreSQL would refuse starts from the top.
  if (!isDay(dueOn) || !/^\d{1,9}$/.test(id ?? '')) return undefined;
  return { dueOn, id: Number(id) };
}

function applicantLabel(name: string | null): string | null {
  if (!name) return null;
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return parts[0] ?? null;
  return `${parts[0]} ${parts[parts.length - 1]![0]}.`;
}

/** The statuses in which a case can be overdue (being worked on, not paused). */
const OVERDUE_STATUSES: readonly string[] = ['registered', 'in_progress'];

export async function listCases(
  db: Db,
  actor: Actor,
  filter: WorklistFilter,
  page: WorklistPage = {},
): Promise<Worklist> {
  const scope = worklistScope(actor);
  if (!scope) return { rows: [] };
  const today = todayInRiga();
  const conditions: SQL[] = [];
  const status = filter.status ?? 'open';
  if (status === 'open') conditions.push(store.OPEN_SQL);
  else if (status === 'closed') conditions.push(store.CLOSED_SQL);
  else if (status !== 'all' && (CASE_STATUSES as readonly string[]).includes(status)) {
    conditions.push(sql`c.status = ${status}`);
    if ((store.OPEN_STATUS_LIST as readonly string[]).includes(status)) conditions.push(store.OPEN_SQL);
  }
  if (filter.serviceId !== undefined) conditions.push(sql`c.service_id = ${filter.serviceId}`);
  if (filter.channel) conditions.push(sql`c.channel_in = ${filter.channel}`);
  if (filter.centre) conditions.push(sql`c.centre_in = ${filter.centre}`);
  if (filter.unit) conditions.push(sql`c.unit_code = ${filter.unit}`);
  if (filter.assignee === 'none') conditions.push(sql`c.assignee_id IS NULL`);
  else if (filter.assignee === 'me') conditions.push(sql`c.assignee_id = ${actor.id}`);
  else if (typeof filter.assignee === 'number') conditions.push(sql`c.assignee_id = ${filter.assignee}`);
  if (filter.dueBefore) conditions.push(sql`c.due_on <= ${filter.dueBefore}::date`);
  if (filter.overdue) {
    // Only a case being worked on is overdue: a status filter outside those matches nothing (not a scan
    // of the unit's closed cases to find none), and within them the indexes of open cases apply.
    if (status === 'closed' || (status !== 'open' && status !== 'all' && !OVERDUE_STATUSES.includes(status)))
      return { rows: [] };
    conditions.push(
      sql`c.due_on < ${today}::date AND c.status IN ('registered', 'in_progress') AND c.paused_since IS NULL`,
    );
    if (status === 'all') conditions.push(store.OPEN_SQL);
  }
  const limit = Math.min(Math.max(page.limit ?? 25, 1), 100);
  const { status: _status, ...narrowing } = filter;
  const rows = await store.selectWorklist(db, {
    scope,
    conditions,
    after: decodeCursor(page.after),
    limit: limit + 1,
    planOnce:
      ['open', 'closed', 'all'].includes(status) && Object.values(narrowing).every((v) => v === undefined),
  });
  const cal = await loadDisplayCalendar(db);
  const shown = rows.slice(0, limit).map(
    (r): WorklistRow => ({
      id: r.id,
      registrationNumber: r.registrationNumber,
      serviceName: r.serviceName,
      status: r.status,
      receivedOn: r.receivedOn,
      dueOn: r.dueOn,
      dueState: dueState(cal, r, today),
      channelIn: r.channelIn,
      centreIn: r.centreIn,
      unitCode: r.unitCode,
      assigneeId: r.assigneeId,
      assigneeName: r.assigneeName,
      applicantLabel: applicantLabel(r.applicantName),
      forwardingWorkingDays: r.forwardingWorkingDays,
    }),
  );
  const last = shown[shown.length - 1];
  return { rows: shown, next: rows.length > limit && last ? encodeCursor(last) : undefined };
}

/** What waits in the actor's worklist (the dashboard's case tasks): counts of open cases in its scope. */
export interface CaseWork {
  overdue: number;
  /** Due today or in the next three days, not yet overdue. */
  dueSoon: number;
  assignedToMe: number;
  /** Registered and not yet given to a specialist. */
  unassigned: number;
  readyForIssue: number;
}

/** Undefined for an actor without a worklist. One statement over the open cases the worklist would show. */
export async function caseWork(db: Db, actor: Actor, today = todayInRiga()): Promise<CaseWork | undefined> {
  if (actor.kind !== 'staff' || seesAll(actor)) return undefined;
  const scope = worklistScope(actor);
  if (!scope) return undefined;
  const working = sql`c.status IN ('registered', 'in_progress') AND c.paused_since IS NULL`;
  const [row] = await query<Record<keyof CaseWork, number>>(
    db,
    sql`SELECT count(*) FILTER (WHERE ${working} AND c.due_on < ${today}::date)::int AS "overdue",
          count(*) FILTER (WHERE ${working} AND c.due_on BETWEEN ${today}::date AND ${today}::date + 3)::int AS "dueSoon",
          count(*) FILTER (WHERE c.assignee_id = ${actor.id})::int AS "assignedToMe",
          count(*) FILTER (WHERE c.assignee_id IS NULL AND c.status = 'registered')::int AS "unassigned",
          count(*) FILTER (WHERE c.status = 'ready_for_issue')::int AS "readyForIssue"
        FROM case_file c WHERE ${scope} AND ${store.OPEN_SQL}`,
  );
  if (!row) return undefined;
  // Each role is shown its own part: the unit's work to its specialists and head, issuing to the desk.
  const unit = hasRole(actor, 'specialist') || hasRole(actor, 'head');
  const desk = hasRole(actor, 'clerk');
  return {
    overdue: row.overdue,
    dueSoon: row.dueSoon,
    assignedToMe: unit ? row.assignedToMe : 0,
    unassigned: unit ? row.unassigned : 0,
    readyForIssue: desk ? row.readyForIssue : 0,
  };
}

function pausesOf(events: { type: string; data: Record<string, unknown> }[]): Pause[] {
  const pauses: Pause[] = [];
  for (const e of events) {
    if (e.type === 'request_info' && typeof e.data.pausedFrom === 'string')
      pauses.push({ from: e.data.pausedFrom });
    if (e.type === 'info_received' && typeof e.data.resumedOn === 'string') {
      const open = pauses.findLast((p) => p.to === undefined);
      if (open) open.to = e.data.resumedOn;
    }
  }
  return pauses;
}

export async function getCase(db: Db, actor: Actor, caseId: number): Promise<CaseView | undefined> {
  if (!isRowId(caseId)) return undefined;
  const c = await store.selectCase(db, caseId);
  if (!c || !maySee(actor, c)) return undefined;
  const actions = allowedActions(actor, c);
  // Everything else the page shows in one statement, beside the audit row of the parties read (R25).
  const [page, cal] = await Promise.all([
    readCasePage(db, actor, c, { withUnitStaff: actions.includes('assign') }),
    loadDisplayCalendar(db),
  ]);
  const { context: ctx, events, documents, applicant, representative } = page;
  const assignable = actions.includes('assign')
    ? mayAssignOthers(actor, c)
      ? page.unitStaff
      : page.unitStaff.filter((s) => s.id === actor.id)
    : [];
  const today = todayInRiga();
  const deliveryCentre =
    c.deliveryCentre && ctx.deliveryCentreName
      ? { code: c.deliveryCentre, name: ctx.deliveryCentreName, address: ctx.deliveryCentreAddress ?? '' }
      : null;
  return {
    id: c.id,
    registrationNumber: c.registrationNumber,
    rowVersion: c.rowVersion,
    status: c.status,
    service: {
      id: c.serviceId,
      code: ctx.serviceCode,
      name: ctx.serviceName,
      versionId: c.serviceVersionId,
      version: ctx.version,
      onTheSpot: ctx.onTheSpot,
    },
    unit: { code: c.unitCode, name: ctx.unitName },
    assignee: c.assigneeId && ctx.assigneeName ? { id: c.assigneeId, name: ctx.assigneeName } : null,
    applicant: applicant ?? null,
    representative: representative ? { party: representative, basis: c.representationBasis } : null,
    channelIn: c.channelIn,
    centreIn: c.centreIn && ctx.centreInName ? { code: c.centreIn, name: ctx.centreInName } : null,
    receivedOn: c.receivedOn,
    dueOn: c.dueOn,
    maxDueOn: c.maxDueOn,
    dueState: dueState(cal, c, today),
    pausedSince: c.pausedSince,
    pauses: pausesOf(events),
    delivery: { channel: c.deliveryChannel, centre: deliveryCentre },
    fields: c.fields,
    fieldLabels: formLabels(ctx.formDefinition),
    decision: c.decision,
    decidedOn: c.decidedOn,
    forwardedTo: c.forwardedTo,
    forwardingWorkingDays: c.forwardingWorkingDays,
    personalDataRemoved: c.personalDataRemovedAt !== null,
    documents,
    events,
    allowedActions: actions,
    forwardBy: forwardBy(cal, c),
    mayUnmask: mayUnmask(actor),
    mayExportParties: mayExportParties(actor),
    assignable,
  };
}

export async function findCaseByNumber(db: Db, actor: Actor, number: string): Promise<number | undefined> {
  const c = await store.selectCaseByNumber(db, number.trim().toUpperCase());
  return c && maySee(actor, c) ? c.id : undefined;
}

export async function getCaseDocument(db: Db, actor: Actor, caseId: number, documentId: number) {
  const c = await store.selectCase(db, caseId);
  if (!c || !maySee(actor, c)) return undefined;
  const doc = await store.selectDocumentBytes(db, caseId, documentId);
  if (!doc?.bytes) return undefined;
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: 'case.document_read',
      entity: 'case_document',
      entityId: doc.id,
      after: { caseId },
    }),
  );
  return { filename: doc.filename, mediaType: doc.mediaType, bytes: doc.bytes };
}

export async function unmaskPartyCode(
  db: Db,
  actor: Actor,
  caseId: number,
  who: 'applicant' | 'representative',
): Promise<string | undefined> {
  const c = await store.selectCase(db, caseId);
  if (!c || !maySee(actor, c)) return undefined;
  const partyId = who === 'applicant' ? c.applicantId : c.representativeId;
  if (!partyId) return undefined;
  return unmaskPersonalCode(db, actor, partyId, `case ${c.registrationNumber}`);
}

type Named = { name: CaseView['service']['name'] };

/**
 * The choices the worklist and the case page offer that come from the catalogue (services, centres,
 * units): kept in this process per catalogue revision, like the public pages.
 */
const catalogueChoices = perRevision(async (db) => {
  const [services, centres, units] = await Promise.all([
    query<{ id: number } & Named>(
      db,
      sql`SELECT s.id, v.name FROM service s JOIN service_version v ON v.service_id = s.id AND v.status = 'published'
          ORDER BY v.name->>'lv'`,
    ),
    query<{ code: string } & Named>(db, sql`SELECT code, name FROM centre ORDER BY sort, code`),
    query<{ code: string } & Named>(
      db,
      sql`SELECT code, name FROM organisation WHERE kind <> 'state' ORDER BY name->>'lv'`,
    ),
  ]);
  return { value: { services, centres, units } };
});

/** The services with a published version, by their Latvian name (kept per catalogue revision). */
export async function serviceOptions(db: Db): Promise<({ id: number } & Named)[]> {
  return (await catalogueChoices(db)).services;
}

/** The units a case can be sent to (the case page's routing choice). */
export async function unitOptions(db: Db): Promise<({ code: string } & Named)[]> {
  return (await catalogueChoices(db)).units;
}

type StaffChoice = { id: number; name: string };
const ASSIGNEE_CHOICES_MS = 30_000;
const assigneeChoices = new WeakMap<
  Db,
  Map<string, { at: number; generation: number; staff: Promise<StaffChoice[]> }>
>();

/**
 * The worklist's assignee filter: the units' active specialists and heads, kept for half a minute and
 * until a staff change in this process (staff-changes.ts). Only the filter's choices: assigning a case
 * checks the staff afresh.
 */
const NO_STAFF: Promise<StaffChoice[]> = Promise.resolve([]);

function assigneeChoicesOf(db: Db, units: string[]): Promise<StaffChoice[]> {
  if (units.length === 0) return NO_STAFF;
  const key = [...units].sort().join('\n');
  const byUnits = assigneeChoices.get(db) ?? new Map();
  assigneeChoices.set(db, byUnits);
  const hit = byUnits.get(key);
  const generation = staffGeneration();
  if (hit && hit.generation === generation && Date.now() - hit.at < ASSIGNEE_CHOICES_MS) return hit.staff;
  const staff = store.selectUnitsStaff(db, units);
  const entry = { at: Date.now(), generation, staff };
  byUnits.set(key, entry);
  staff.catch(() => byUnits.get(key) === entry && byUnits.delete(key));
  return staff;
}

export async function worklistOptions(db: Db, actor: Actor) {
  const units = [...new Set([...unitsFor(actor, 'specialist'), ...unitsFor(actor, 'head')])];
  const [choices, assignees] = await Promise.all([catalogueChoices(db), assigneeChoicesOf(db, units)]);
  return { services: choices.services, centres: choices.centres, units: choices.units, assignees };
}

/** The Latvian and English labels of an online form's fields by code (an online case's `fields` keys). */
function formLabels(definition: Record<string, unknown> | null): Record<string, { lv: string; en: string }> {
  if (!definition) return {};
  const parsed = parseFormDefinition(definition);
  if (!parsed.ok) return {};
  return Object.fromEntries(allFields(parsed.definition).map((f) => [f.code, f.label]));
}
