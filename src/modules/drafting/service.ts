import type { Db } from '../../db/connection';
import type { Bilingual, PlanItemKind } from '../../db/schema';
import { recordAudit } from '../../platform/audit/service';
import { type Actor, hasRole, type Role, systemActor } from '../../platform/auth/actor';
import { type Day, todayInRiga } from '../../platform/calendar/days';
import { FieldValidationError, ForbiddenError } from '../../platform/errors';
import { listOrganisations } from '../catalogue/service';
import { type EveningWarning, eveningWarnings } from '../centres/admin/service';
import { listUsers } from '../staff/service';
import { editableUnits, listStandards, mayEditStandardOf, type StandardListItem } from '../standards/service';
import type { PlanItemInput } from './schema';
import * as store from './store';

export type PlanItemStatus = 'done' | 'open' | 'overdue';

export interface PlanItemView {
  id: number;
  unitCode: string;
  unitName: Bilingual;
  serviceCode: string | null;
  title: Bilingual;
  isNewStandard: boolean;
  kind: PlanItemKind;
  deadline: string;
  responsibleUserId: number | null;
  responsibleName: string | null;
  note: string | null;
  status: PlanItemStatus;
  mayEdit: boolean;
}

/** The plan and its coverage are for those who write, approve or manage the standards. */
const PLAN_READERS: Role[] = ['editor', 'head', 'manager', 'admin'];

function assertMayRead(actor: Actor): void {
  if (!PLAN_READERS.some((role) => hasRole(actor, role))) throw new ForbiddenError();
}

/** Staff who can be made responsible for a task: every active account, by name. */
async function staffNames(db: Db): Promise<{ id: number; name: string }[]> {
  // Reading the account list needs an administrator; the plan only needs names, so ask as the system.
  const users = await listUsers(db, systemActor('drafting plan'));
  return users.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }));
}

/**
 * Done once a version of the service was approved after the task was set; overdue when not done by the
 * deadline. Nothing is stored: the status follows from the standards.
 */
export function itemStatus(
  item: Pick<store.PlanItemRow, 'createdAt' | 'deadline'>,
  standard: Pick<StandardListItem, 'lastPublishedAt'> | undefined,
  today: Day,
): PlanItemStatus {
  if (standard?.lastPublishedAt && standard.lastPublishedAt > item.createdAt) return 'done';
  return item.deadline < today ? 'overdue' : 'open';
}

async function planViews(
  db: Db,
  actor: Actor,
  today: Day,
): Promise<{ items: PlanItemView[]; standards: StandardListItem[] }> {
  const [rows, standards, staff] = await Promise.all([
    store.selectItems(db),
    listStandards(db, actor, {}, today),
    staffNames(db),
  ]);
  const byId = new Map(standards.map((s) => [s.serviceId, s]));
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const items = rows.map(({ item, unitCode, unitName }): PlanItemView => {
    const standard = item.serviceId === null ? undefined : byId.get(item.serviceId);
    return {
      id: item.id,
      unitCode,
      unitName,
      serviceCode: standard?.code ?? null,
      title: standard?.name ?? item.newServiceTitle ?? { lv: '', en: '' },
      isNewStandard: !standard,
      kind: item.kind,
      deadline: item.deadline,
      responsibleUserId: item.responsibleUserId,
      responsibleName: item.responsibleUserId === null ? null : (names.get(item.responsibleUserId) ?? null),
      note: item.note,
      status: itemStatus(item, standard, today),
      mayEdit: mayEditStandardOf(actor, unitCode),
    };
  });
  return { items, standards };
}

export async function listPlan(db: Db, actor: Actor, filter: { unit?: string }, today: Day = todayInRiga()) {
  assertMayRead(actor);
  const { items } = await planViews(db, actor, today);
  const units = [...new Map(items.map((i) => [i.unitCode, { code: i.unitCode, name: i.unitName }])).values()];
  const editable = editableUnits(actor);
  return {
    items: items.filter((i) => !filter.unit || i.unitCode === filter.unit),
    units,
    mayAdd: editable === undefined || editable.length > 0,
  };
}

export async function getPlanItem(db: Db, actor: Actor, id: number) {
  assertMayRead(actor);
  const found = await store.selectItem(db, id);
  if (!found) return undefined;
  if (!mayEditStandardOf(actor, found.unitCode)) throw new ForbiddenError();
  const serviceId = found.item.serviceId;
  const service =
    serviceId === null
      ? undefined
      : (await listStandards(db, actor, {})).find((s) => s.serviceId === serviceId);
  return { ...found, serviceCode: service?.code ?? null };
}

/** What the task form offers this actor: units they plan for, services of those units, staff. */
export async function planFormChoices(db: Db, actor: Actor) {
  assertMayRead(actor);
  const editable = editableUnits(actor);
  if (editable !== undefined && editable.length === 0) throw new ForbiddenError();
  const [organisations, standards, staff] = await Promise.all([
    listOrganisations(db),
    listStandards(db, actor, {}),
    staffNames(db),
  ]);
  const units = organisations.filter(
    (o) => o.kind !== 'state' && (editable === undefined || editable.includes(o.code)),
  );
  const unitCodes = new Set(units.map((u) => u.code));
  return {
    units,
    services: standards.filter((s) => !s.withdrawn && unitCodes.has(s.ownerCode)),
    staff,
  };
}

/** Resolves codes to ids and checks what the form schema cannot: the unit, the service's owner, the person. */
async function resolve(db: Db, actor: Actor, input: PlanItemInput) {
  const choices = await planFormChoices(db, actor);
  const unit = choices.units.find((u) => u.code === input.unit);
  if (!unit) {
    if (
      !mayEditStandardOf(actor, input.unit) &&
      (await listOrganisations(db)).some((o) => o.code === input.unit)
    ) {
      throw new ForbiddenError();
    }
    throw new FieldValidationError([{ field: 'unit', key: 'unitRequired' }]);
  }
  const errors: { field: string; key: string }[] = [];
  let serviceId: number | null = null;
  if (input.service) {
    const all = await listStandards(db, actor, {});
    const service = all.find((s) => s.code === input.service);
    if (!service || service.withdrawn) errors.push({ field: 'service', key: 'serviceUnknown' });
    else if (service.ownerCode !== unit.code) errors.push({ field: 'service', key: 'serviceUnit' });
    else serviceId = service.serviceId;
  }
  if (input.responsible !== null && !choices.staff.some((s) => s.id === input.responsible)) {
    errors.push({ field: 'responsible', key: 'responsible' });
  }
  if (errors.length > 0) throw new FieldValidationError(errors);
  return {
    unitId: unit.id,
    serviceId,
    newServiceTitle: serviceId === null ? input.newTitle : null,
    kind: input.kind,
    deadline: input.deadline,
    responsibleUserId: input.responsible,
    note: input.note,
  };
}

function auditable(row: store.PlanItemRow) {
  return {
    unitId: row.unitId,
    serviceId: row.serviceId,
    newServiceTitle: row.newServiceTitle,
    kind: row.kind,
    deadline: row.deadline,
    responsibleUserId: row.responsibleUserId,
    note: row.note,
  };
}

export async function createPlanItem(db: Db, actor: Actor, input: PlanItemInput): Promise<store.PlanItemRow> {
  const values = await resolve(db, actor, input);
  return db.transaction(async (tx) => {
    const row = await store.insertItem(tx, values);
    await recordAudit(tx, {
      actor,
      action: 'drafting.item.create',
      entity: 'drafting_plan_item',
      entityId: row.id,
      before: null,
      after: auditable(row),
    });
    return row;
  });
}

export async function updatePlanItem(db: Db, actor: Actor, id: number, input: PlanItemInput) {
  const current = await getPlanItem(db, actor, id);
  if (!current) return undefined;
  const values = await resolve(db, actor, input);
  return db.transaction(async (tx) => {
    const before = await store.selectItemForUpdate(tx, id);
    if (!before) return undefined;
    const after = await store.updateItem(tx, id, values);
    await recordAudit(tx, {
      actor,
      action: 'drafting.item.update',
      entity: 'drafting_plan_item',
      entityId: id,
      before: auditable(before),
      after: auditable(after),
    });
    return after;
  });
}

export interface CoverageCounts {
  published: number;
  review: number;
  draft: number;
  overdue: number;
  planDone: number;
  planTotal: number;
}

export interface Coverage {
  rows: { unitCode: string; unitName: Bilingual; counts: CoverageCounts }[];
  total: CoverageCounts;
  eveningWarnings: EveningWarning[];
}

const zero = (): CoverageCounts => ({
  published: 0,
  review: 0,
  draft: 0,
  overdue: 0,
  planDone: 0,
  planTotal: 0,
});

/**
 * Per unit and in total: standards published (in force), in review, in draft, and overdue — a review
 * date passed (or never set) or a plan task past its deadline.
 */
export async function coverage(db: Db, actor: Actor, today: Day = todayInRiga()): Promise<Coverage> {
  assertMayRead(actor);
  const [{ items, standards }, warnings] = await Promise.all([
    planViews(db, actor, today),
    eveningWarnings(db, today),
  ]);
  const units = new Map<string, { unitName: Bilingual; counts: CoverageCounts }>();
  const countsOf = (code: string, name: Bilingual) => {
    const found = units.get(code) ?? { unitName: name, counts: zero() };
    units.set(code, found);
    return found.counts;
  };
  for (const s of standards) {
    if (s.withdrawn) continue;
    const c = countsOf(s.ownerCode, s.ownerName);
    if (s.inForce) c.published++;
    if (s.open?.status === 'review') c.review++;
    if (s.open?.status === 'draft') c.draft++;
    if (s.approved && (s.reviewDue === null || s.reviewDue < today)) c.overdue++;
  }
  for (const item of items) {
    const c = countsOf(item.unitCode, item.unitName);
    c.planTotal++;
    if (item.status === 'done') c.planDone++;
    if (item.status === 'overdue') c.overdue++;
  }
  const rows = [...units].map(([unitCode, u]) => ({ unitCode, ...u }));
  const total = zero();
  for (const r of rows)
    for (const k of Object.keys(total) as (keyof CoverageCounts)[]) total[k] += r.counts[k];
  return { rows, total, eveningWarnings: warnings };
}
