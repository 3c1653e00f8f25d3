import type { Db } from '../../db/connection';
import type { ImportTodoItem, VersionStep, WithdrawalKind } from '../../db/schema';
import { lastDayInForce } from '../../db/versions';
import { recordAudit, type Tx } from '../../platform/audit/service';
import type { Actor } from '../../platform/auth/actor';
import { addDays, type Day, todayInRiga } from '../../platform/calendar/days';
import { ForbiddenError } from '../../platform/errors';
import { collator, type Locale, pick } from '../../platform/i18n';
import { listCategories, listOrganisations } from '../catalogue/service';
import { listCentres } from '../centres/service';
import { type BilingualField, changedFields, untranslatedChanges } from './changes';
import { draftStamps, fieldsChangedBetween, readStamps, stampsText } from './draft-stamps';
import { DraftChangedError, FieldValidationError, WorkflowError } from './errors';
import { type FormChanges, formChanges } from './form-changes';
import { formOf } from './forms';
import {
  assertMayApproveStandardOf,
  assertMayChangeCategoryOf,
  assertMayEditStandardOf,
  assertMayReadStandards,
  editableUnits,
  mayApproveStandardOf,
  mayChangeCategoryOf,
  mayEditStandardOf,
} from './policy';
import {
  type NewServiceInput,
  type VersionInput,
  versionCandidate,
  versionFormSchema,
  versionFormValues,
} from './schema';
import * as store from './store';

export type { FormChanges } from './form-changes';
export type { FieldCandidate, FormChange } from './form-editor';
export { changeForm, FormDefinitionError, formOf } from './forms';
export { editableUnits, mayChangeCategoryOf, mayEditStandardOf, mayReadStandards } from './policy';
export type { CommentRow, StepRow, VersionRow, VersionSummary, WithdrawalRequestRow } from './store';

/** How far ahead the review-due list looks. */
export const REVIEW_WINDOW_DAYS = 60;

const OPEN_STATUSES = ['draft', 'review'] as const;

function isOpen(status: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

function authorOf(actor: Actor): { authorId: number | null; authorName: string } {
  return { authorId: actor.kind === 'staff' ? actor.id : null, authorName: actor.name };
}

async function recordStep(tx: Tx, versionId: number, step: VersionStep, actor: Actor): Promise<void> {
  await store.insertStep(tx, {
    versionId,
    step,
    actorId: actor.kind === 'staff' ? actor.id : null,
    actorName: actor.name,
  });
}

/** Why this actor may not approve this version (four eyes), if so. */
export type ApprovalConflict = 'author' | 'submitter';

/**
 * The four-eyes rule: whoever started, edited or submitted a version does not approve it. `steps` are the
 * recorded steps of the version since it was last returned or created (all of them, in order).
 */
export function approvalConflict(
  steps: store.StepRow[],
  versionId: number,
  actor: Actor,
): ApprovalConflict | undefined {
  if (actor.kind !== 'staff') return undefined;
  const mine = steps.filter((s) => s.versionId === versionId && s.actorId === actor.id);
  if (mine.some((s) => s.step === 'start' || s.step === 'save')) return 'author';
  if (mine.some((s) => s.step === 'submit')) return 'submitter';
  return undefined;
}

/** The R1 fields of a version, as the edit form and the comparison see them. */
export function versionInputOf(v: store.VersionRow): VersionInput {
  return {
    name: v.name,
    description: v.description,
    whoMayApply: v.whoMayApply,
    requiredDocuments: v.requiredDocuments,
    result: v.result,
    feeCents: v.feeCents,
    feeKind: v.feeKind,
    feeCurrency: v.feeCurrency,
    feeNote: v.feeNote,
    processingTime: v.processingTime,
    processingTimeUnit: v.processingTimeUnit,
    processingTimeBasis: v.processingTimeBasis,
    legalBasis: v.legalBasis,
    legalLevel: v.legalLevel,
    applyChannels: v.applyChannels,
    receiveChannels: v.receiveChannels,
    centres: v.centres,
    centreException: v.centreException,
    onTheSpot: v.onTheSpot,
    eserviceMaturity: v.eserviceMaturity,
    eserviceUrl: v.eserviceUrl,
    contact: v.contact,
    internalNotes: v.internalNotes,
    keywords: v.keywords,
    reviewDue: v.reviewDue ?? '',
  };
}

/** What a version means on a given day, beyond its stored status. */
export type VersionState = 'draft' | 'review' | 'scheduled' | 'inForce' | 'superseded' | 'withdrawn';

export function versionState(
  v: Pick<store.VersionRow, 'status' | 'id'>,
  inForceId: number | undefined,
  serviceWithdrawn = false,
): VersionState {
  if (v.status === 'draft' || v.status === 'review') return v.status;
  if (v.id === inForceId) return serviceWithdrawn ? 'withdrawn' : 'inForce';
  return v.status === 'published' ? 'scheduled' : 'superseded';
}

/** The version the public sees on a day: the "current version" query of the catalogue (docs/adr/0003). */
export async function currentVersion(db: Db, code: string, today: Day = todayInRiga()) {
  const found = await store.selectServiceByCode(db, code);
  if (!found || withdrawalState(found.service) === 'withdrawn') return undefined;
  return store.selectInForce(db, found.service.id, today);
}

export interface StandardListItem {
  serviceId: number;
  code: string;
  ownerCode: string;
  ownerName: { lv: string; en: string };
  name: { lv: string; en: string };
  withdrawn: boolean;
  latest: store.VersionSummary | undefined;
  inForce: store.VersionSummary | undefined;
  /** The draft or version in review, if any. */
  open: store.VersionSummary | undefined;
  /** Whether a version was ever approved (the latest approved one has status 'published'). */
  approved: boolean;
  /** The review date of the latest approved version. */
  reviewDue: string | null;
  /** When a version of it was last approved (drafting plan items count as done after this). */
  lastPublishedAt: Date | null;
}

/** Whether a service is out of the public catalogue, or will be from a set date. */
export type WithdrawalState = 'none' | 'scheduled' | 'withdrawn';

export function withdrawalState(
  service: Pick<store.ServiceRow, 'withdrawnAt'>,
  now: Date = new Date(),
): WithdrawalState {
  if (!service.withdrawnAt) return 'none';
  return service.withdrawnAt > now ? 'scheduled' : 'withdrawn';
}

/** The version a day falls in, from summaries ordered newest first (same rule as inForceOn). */
function inForceAmong(versions: store.VersionSummary[], today: Day): store.VersionSummary | undefined {
  return versions
    .filter((v) => (v.status === 'published' || v.status === 'superseded') && (v.validFrom ?? '') <= today)
    .sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? '') || b.version - a.version)[0];
}

/** Lower case without diacritics, so that "gimene" finds "Ģimene". */
function folded(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a standard's name (in either language) or code contains every word of the query. */
export function matchesQuery(item: Pick<StandardListItem, 'code' | 'name'>, q: string): boolean {
  const haystack = folded(`${item.name.lv} ${item.name.en} ${item.code}`);
  return folded(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** By name in the reader's language, in Latvian alphabetical order (Č after C, Ģ after G…). */
export function sortByName<T extends Pick<StandardListItem, 'name' | 'code'>>(
  items: T[],
  locale: Locale,
): T[] {
  return [...items].sort(
    (a, b) => collator.compare(pick(a.name, locale), pick(b.name, locale)) || a.code.localeCompare(b.code),
  );
}

export async function listStandards(
  db: Db,
  actor: Actor,
  filter: { unit?: string; q?: string },
  today: Day = todayInRiga(),
): Promise<StandardListItem[]> {
  assertMayReadStandards(actor);
  const services = (await store.selectServices(db)).filter(
    (s) => !filter.unit || s.ownerCode === filter.unit,
  );
  const summaries = await store.selectVersionSummaries(
    db,
    services.map((s) => s.service.id),
  );
  const byService = new Map<number, store.VersionSummary[]>();
  for (const v of summaries) byService.set(v.serviceId, [...(byService.get(v.serviceId) ?? []), v]);
  const items = services.map((s) => {
    const versions = byService.get(s.service.id) ?? [];
    const latest = versions[0];
    const published = versions.find((v) => v.status === 'published');
    return {
      serviceId: s.service.id,
      code: s.service.code,
      ownerCode: s.ownerCode,
      ownerName: s.ownerName,
      name: (published ?? latest)?.name ?? { lv: s.service.code, en: s.service.code },
      withdrawn: withdrawalState(s.service) === 'withdrawn',
      latest,
      inForce: inForceAmong(versions, today),
      open: versions.find((v) => isOpen(v.status)),
      approved: published !== undefined,
      reviewDue: published?.reviewDue ?? null,
      lastPublishedAt: versions.reduce<Date | null>(
        (last, v) => (v.publishedAt && (!last || v.publishedAt > last) ? v.publishedAt : last),
        null,
      ),
    };
  });
  return filter.q ? items.filter((item) => matchesQuery(item, filter.q!)) : items;
}

export interface ReviewDueItem {
  code: string;
  ownerCode: string;
  ownerName: { lv: string; en: string };
  name: { lv: string; en: string };
  reviewDue: string | null;
}

/** Standards whose review date has passed (or is missing), and those due within REVIEW_WINDOW_DAYS. */
export async function reviewDueList(
  db: Db,
  actor: Actor,
  today: Day = todayInRiga(),
): Promise<{ overdue: ReviewDueItem[]; dueSoon: ReviewDueItem[] }> {
  assertMayReadStandards(actor);
  // Heads and specialists see their own units; everyone else (editors, managers, clerks…) sees them all.
  const units = actor.grants.filter((g) => g.role === 'head' || g.role === 'specialist').map((g) => g.unit);
  const seesAll = actor.grants.some((g) => g.role !== 'head' && g.role !== 'specialist');
  const rows = (await store.selectReviewDue(db, addDays(today, REVIEW_WINDOW_DAYS))).filter(
    (r) => seesAll || units.includes(r.ownerCode),
  );
  const item = (r: (typeof rows)[number]): ReviewDueItem => ({
    code: r.code,
    ownerCode: r.ownerCode,
    ownerName: r.ownerName,
    name: r.name,
    reviewDue: r.reviewDue,
  });
  return {
    overdue: rows.filter((r) => r.reviewDue === null || r.reviewDue < today).map(item),
    dueSoon: rows.filter((r) => r.reviewDue !== null && r.reviewDue >= today).map(item),
  };
}

/** Versions waiting in review that this actor may approve. */
export async function awaitingApproval(db: Db, actor: Actor): Promise<StandardListItem[]> {
  const all = await listStandards(db, actor, {});
  return all.filter((s) => s.open?.status === 'review' && mayApproveStandardOf(actor, s.ownerCode));
}

export interface StandardDetails {
  service: store.ServiceRow;
  ownerCode: string;
  ownerName: { lv: string; en: string };
  versions: store.VersionRow[];
  comments: store.CommentRow[];
  steps: store.StepRow[];
  withdrawal: WithdrawalState;
  /** Withdrawal and restore requests, newest first. */
  requests: store.WithdrawalRequestRow[];
  inForceId: number | undefined;
  /** The category the service is filed under (undefined only if its row is gone). */
  category: { code: string; name: { lv: string; en: string } } | undefined;
  may: { edit: boolean; approve: boolean; category: boolean };
}

async function loadService(db: Db, code: string) {
  const found = await store.selectServiceByCode(db, code);
  if (!found) return undefined;
  return found;
}

export async function getStandard(
  db: Db,
  actor: Actor,
  code: string,
  today: Day = todayInRiga(),
): Promise<StandardDetails | undefined> {
  assertMayReadStandards(actor);
  const found = await loadService(db, code);
  if (!found) return undefined;
  const versions = await store.selectVersions(db, found.service.id);
  const ids = versions.map((v) => v.id);
  const [comments, steps, requests, categories] = await Promise.all([
    store.selectComments(db, ids),
    store.selectSteps(db, ids),
    store.selectWithdrawalRequests(db, found.service.id),
    listCategories(db),
  ]);
  return {
    service: found.service,
    ownerCode: found.ownerCode,
    ownerName: found.ownerName,
    versions,
    comments,
    steps,
    withdrawal: withdrawalState(found.service),
    requests,
    inForceId: inForceAmong(versions, today)?.id,
    category: categories.find((c) => c.code === found.service.categoryCode),
    may: {
      edit: mayEditStandardOf(actor, found.ownerCode),
      approve: mayApproveStandardOf(actor, found.ownerCode),
      category: mayChangeCategoryOf(actor, found.ownerCode),
    },
  };
}

/** Refuses (403) before a form is even checked when the actor may not take this step on the standard. */
export function assertMay(standard: StandardDetails, step: 'edit' | 'approve' | 'category'): void {
  if (!standard.may[step]) throw new ForbiddenError();
}

/** Starts a new draft prefilled from the latest approved version; one open draft per service. */
export async function startVersion(
  db: Db,
  actor: Actor,
  code: string,
): Promise<store.VersionRow | undefined> {
  assertMayReadStandards(actor);
  return db.transaction(async (tx) => {
    const found = await loadService(tx, code);
    if (!found) return undefined;
    assertMayEditStandardOf(actor, found.ownerCode);
    if (withdrawalState(found.service) === 'withdrawn') throw new WorkflowError('withdrawn');
    await store.lockService(tx, found.service.id);
    const versions = await store.selectVersions(tx, found.service.id);
    const open = versions.find((v) => isOpen(v.status));
    if (open) throw new WorkflowError('openVersionExists', open.version);
    const base = versions.find((v) => v.status === 'published') ?? versions[0];
    if (!base) return undefined;
    const draft = await store.insertVersion(tx, {
      ...versionInputOf(base),
      reviewDue: base.reviewDue,
      formDefinition: base.formDefinition,
      // What the edit form does not show goes on unchanged: where an imported standard came from
      // (the export keeps its costs and channels).
      sourceIri: base.sourceIri,
      sourcePublisher: base.sourcePublisher,
      unmappedTriples: base.unmappedTriples,
      imported: base.imported,
      serviceId: found.service.id,
      version: Math.max(...versions.map((v) => v.version)) + 1,
      status: 'draft',
    });
    await recordStep(tx, draft.id, 'start', actor);
    await recordAudit(tx, {
      actor,
      action: 'standard.version.start',
      entity: 'service_version',
      entityId: String(draft.id),
      before: null,
      after: { service: code, version: draft.version, status: draft.status, basedOn: base.version },
    });
    return draft;
  });
}

/** The centres a version may name; anything else is a field error. */
async function checkCentres(db: Db, input: VersionInput): Promise<void> {
  const known = new Set((await listCentres(db)).map((c) => c.code));
  if (input.centres.some((c) => !known.has(c)))
    throw new FieldValidationError([{ field: 'centres', key: 'centre' }]);
}

/** Saves the fields of a draft. Versions in review, published or superseded are never edited in place. */
export async function saveDraft(
  db: Db,
  actor: Actor,
  code: string,
  versionNumber: number,
  input: VersionInput,
  /** The draft's stamps when the edit form was opened (draftStamps): a save over someone else's is refused. */
  opened?: string,
): Promise<store.VersionRow | undefined> {
  assertMayReadStandards(actor);
  await checkCentres(db, input);
  return db.transaction(async (tx) => {
    const found = await loadService(tx, code);
    if (!found) return undefined;
    assertMayEditStandardOf(actor, found.ownerCode);
    const before = await store.selectVersionForUpdate(tx, found.service.id, versionNumber);
    if (!before) return undefined;
    if (before.status !== 'draft') throw new WorkflowError('notEditable', before.version);
    if (opened !== undefined) assertNotChangedMeanwhile(opened, before, input);
    const after = await store.updateVersion(tx, before.id, {
      ...input,
      importTodo: remainingTodo(before.importTodo, found.service.categoryCode),
    });
    await recordStep(tx, after.id, 'save', actor);
    await recordAudit(tx, {
      actor,
      action: 'standard.version.save',
      entity: 'service_version',
      entityId: String(after.id),
      before: versionInputOf(before),
      after: versionInputOf(after),
    });
    return after;
  });
}

/**
 * Refuses a save that would overwrite what someone else saved after `opened` was taken: the fields they
 * changed where this save holds something else. A field both set alike is no conflict.
 */
function assertNotChangedMeanwhile(opened: string, before: store.VersionRow, input: VersionInput): void {
  const then = readStamps(opened);
  if (!then) return;
  const now = draftStamps(versionFormValues(versionInputOf(before)));
  const mine = draftStamps(versionFormValues(input));
  const clashing = fieldsChangedBetween(then, now).filter((f) => (mine[f] ?? '') !== (now[f] ?? ''));
  if (clashing.length > 0) throw new DraftChangedError(clashing, stampsText(now));
}

/** The category an import files a service under when the file gives none Pietura can use. */
export const UNSORTED_CATEGORY_CODE = 'importeti-bez-kategorijas';

/**
 * What an imported draft still lacks once an editor saved it (docs/cpsv-ap.md, "To-do rules"): the
 * edit form requires Latvian text, a processing time, channels and a legal basis, so saving settles
 * those items; the category is settled when the service is no longer in the "unsorted" one.
 */
export function remainingTodo(todo: ImportTodoItem[] | null, categoryCode: string): ImportTodoItem[] | null {
  if (!todo) return null;
  const left = todo.filter((t) => t.item === 'category' && categoryCode === UNSORTED_CATEGORY_CODE);
  return left.length > 0 ? left : null;
}

/** An imported draft's to-do list once the service is filed under a real category. */
export function settleCategory(todo: ImportTodoItem[] | null): ImportTodoItem[] | null {
  const left = (todo ?? []).filter((t) => t.item !== 'category');
  return left.length > 0 ? left : null;
}

/** The categories a service may be filed under: every one but the import's "unsorted". */
export async function categoryChoices(db: Db, actor: Actor) {
  assertMayReadStandards(actor);
  return (await listCategories(db)).filter((c) => c.code !== UNSORTED_CATEGORY_CODE);
}

/**
 * Files a service under another category (audited). An imported draft's "category" to-do item is
 * settled with it. Choosing the category the service already has changes nothing.
 */
export async function changeCategory(db: Db, actor: Actor, code: string, categoryCode: string) {
  assertMayReadStandards(actor);
  return db.transaction(async (tx) => {
    const found = await loadService(tx, code);
    if (!found) return undefined;
    assertMayChangeCategoryOf(actor, found.ownerCode);
    if (!(await categoryChoices(tx, actor)).some((c) => c.code === categoryCode))
      throw new FieldValidationError([{ field: 'category', key: 'categoryRequired' }]);
    await store.lockService(tx, found.service.id);
    const before = (await loadService(tx, code))!.service;
    if (before.categoryCode === categoryCode) return before;
    const after = await store.updateServiceCategory(tx, before.id, categoryCode);
    const settled: number[] = [];
    for (const v of await store.selectVersions(tx, before.id)) {
      if (!isOpen(v.status) || !v.importTodo?.some((t) => t.item === 'category')) continue;
      await store.updateVersion(tx, v.id, { importTodo: settleCategory(v.importTodo) });
      settled.push(v.version);
    }
    await recordAudit(tx, {
      actor,
      action: 'standard.category.change',
      entity: 'service',
      entityId: String(before.id),
      before: { category: before.categoryCode },
      after: { category: after.categoryCode, ...(settled.length > 0 && { settledTodo: settled }) },
    });
    return after;
  });
}

/** A stored draft is complete when it would pass the edit form as it stands. */
export function isComplete(v: store.VersionRow): boolean {
  return versionFormSchema.safeParse(versionCandidate(versionFormValues(versionInputOf(v)))).success;
}

/** The approved version a draft was started from: the newest published or superseded one before it. */
export function baseVersionOf(
  versions: store.VersionRow[],
  v: store.VersionRow,
): store.VersionRow | undefined {
  return versions
    .filter((o) => o.version < v.version && (o.status === 'published' || o.status === 'superseded'))
    .sort((a, b) => b.version - a.version)[0];
}

export interface ChangeSummary {
  base: store.VersionRow | undefined;
  changed: (keyof VersionInput)[];
  /** Latvian text changed, English not. */
  untranslated: BilingualField[];
  /** The online form, which is not one of the edit form's fields. */
  form: FormChanges;
}

/** What a version changes against the approved version it was started from. */
export function changeSummary(versions: store.VersionRow[], v: store.VersionRow): ChangeSummary {
  const base = baseVersionOf(versions, v);
  if (!base) return { base, changed: [], untranslated: [], form: formChanges(null, null) };
  const before = versionInputOf(base);
  const after = versionInputOf(v);
  return {
    base,
    changed: changedFields(before, after),
    untranslated: untranslatedChanges(before, after),
    form: formChanges(formOf(base), formOf(v)),
  };
}

export async function submitForReview(db: Db, actor: Actor, code: string, versionNumber: number) {
  return changeStatus(db, actor, code, versionNumber, {
    may: assertMayEditStandardOf,
    from: 'draft',
    refusal: 'notInDraft',
    step: 'submit',
    action: 'standard.version.submit',
    check: async (v, tx, serviceId) => {
      if (!isComplete(v)) throw new WorkflowError('incomplete', v.version);
      // Every item blocks, the category too: it is settled on the standard's page (changeCategory).
      if (v.importTodo && v.importTodo.length > 0) throw new WorkflowError('importTodo', v.version);
      const summary = changeSummary(await store.selectVersions(tx, serviceId), v);
      if (summary.base && summary.changed.length === 0 && !summary.form.changed)
        throw new WorkflowError('unchanged', v.version);
      return {
        changed: summary.changed,
        untranslated: summary.untranslated,
        ...(summary.form.changed && { form: summary.form }),
      };
    },
    change: () => ({ status: 'review' }),
  });
}

export async function returnToDraft(
  db: Db,
  actor: Actor,
  code: string,
  versionNumber: number,
  comment: string,
) {
  return changeStatus(db, actor, code, versionNumber, {
    may: assertMayApproveStandardOf,
    from: 'review',
    refusal: 'notInReview',
    step: 'return',
    action: 'standard.version.return',
    check: () => ({ comment }),
    change: () => ({ status: 'draft' }),
    after: async (tx, v) => {
      await store.insertComment(tx, { versionId: v.id, ...authorOf(actor), body: comment });
    },
  });
}

/**
 * Approves a version in review, published from `validFrom` (today or later). The previous approved
 * version becomes superseded with validTo the day before; which of them the public sees follows from
 * the dates alone (docs/adr/0003), so no job has to run on the day. Four eyes: the head who approves
 * did not write or submit the version.
 */
export async function approve(
  db: Db,
  actor: Actor,
  code: string,
  versionNumber: number,
  validFrom: Day,
  today: Day = todayInRiga(),
) {
  return changeStatus(db, actor, code, versionNumber, {
    may: assertMayApproveStandardOf,
    from: 'review',
    refusal: 'notInReview',
    step: 'approve',
    action: 'standard.version.approve',
    check: async (v, tx, serviceId) => {
      const conflict = approvalConflict(await store.selectSteps(tx, [v.id]), v.id, actor);
      if (conflict) throw new WorkflowError(conflict === 'author' ? 'ownDraft' : 'ownSubmission', v.version);
      if (validFrom < today)
        throw new FieldValidationError([{ field: 'validFrom-day', key: 'validFromPast' }]);
      const previous = await store.selectPublishedForUpdate(tx, serviceId);
      if (previous?.validFrom && validFrom < previous.validFrom) {
        throw new FieldValidationError([{ field: 'validFrom-day', key: 'validFromBeforePrevious' }]);
      }
      if (previous) {
        const validTo = lastDayInForce(previous, validFrom, today);
        const superseded = await store.updateVersion(tx, previous.id, {
          status: 'superseded',
          validTo: previous.validTo && previous.validTo < validTo ? previous.validTo : validTo,
        });
        await recordAudit(tx, {
          actor,
          action: 'standard.version.supersede',
          entity: 'service_version',
          entityId: String(previous.id),
          before: { status: previous.status, validFrom: previous.validFrom, validTo: previous.validTo },
          after: { status: superseded.status, validFrom: superseded.validFrom, validTo: superseded.validTo },
        });
      }
      return undefined;
    },
    change: () => ({ status: 'published', validFrom, validTo: null, publishedAt: new Date() }),
  });
}

interface StatusChange {
  may: (actor: Actor, unitCode: string) => void;
  from: 'draft' | 'review';
  refusal: 'notInDraft' | 'notInReview';
  step: VersionStep;
  action: string;
  /** Refuses the step by throwing; what it returns is added to the audit row. */
  check?: (
    v: store.VersionRow,
    tx: Tx,
    serviceId: number,
  ) => Record<string, unknown> | undefined | Promise<Record<string, unknown> | undefined>;
  change: () => Partial<store.NewVersionRow>;
  after?: (tx: Tx, v: store.VersionRow) => Promise<void>;
}

/** One workflow step on one version, in one transaction with its audit row. */
async function changeStatus(db: Db, actor: Actor, code: string, versionNumber: number, step: StatusChange) {
  assertMayReadStandards(actor);
  return db.transaction(async (tx) => {
    const found = await loadService(tx, code);
    if (!found) return undefined;
    step.may(actor, found.ownerCode);
    if (withdrawalState(found.service) === 'withdrawn') throw new WorkflowError('withdrawn');
    await store.lockService(tx, found.service.id);
    const before = await store.selectVersionForUpdate(tx, found.service.id, versionNumber);
    if (!before) return undefined;
    if (before.status !== step.from) throw new WorkflowError(step.refusal, before.version);
    const noted = await step.check?.(before, tx, found.service.id);
    const after = await store.updateVersion(tx, before.id, step.change());
    await step.after?.(tx, after);
    await recordStep(tx, after.id, step.step, actor);
    await recordAudit(tx, {
      actor,
      action: step.action,
      entity: 'service_version',
      entityId: String(after.id),
      before: { status: before.status, validFrom: before.validFrom, validTo: before.validTo },
      after: { status: after.status, validFrom: after.validFrom, validTo: after.validTo, ...noted },
    });
    return after;
  });
}

/**
 * Asks to take a service out of the public catalogue from a day, with the reason. The unit's head
 * decides (decideWithdrawal); until then nothing changes for the public.
 */
export async function requestWithdrawal(
  db: Db,
  actor: Actor,
  code: string,
  input: { reason: string; from: Day },
  today: Day = todayInRiga(),
) {
  return fileRequest(db, actor, code, 'withdraw', input.reason, input.from, today);
}

/** Asks to bring a withdrawn service back (or to call off a withdrawal set for a later day). */
export async function requestRestore(db: Db, actor: Actor, code: string, reason: string) {
  return fileRequest(db, actor, code, 'restore', reason, null, todayInRiga());
}

async function fileRequest(
  db: Db,
  actor: Actor,
  code: string,
  kind: WithdrawalKind,
  reason: string,
  from: Day | null,
  today: Day,
) {
  assertMayReadStandards(actor);
  if (from !== null && from < today) throw new FieldValidationError([{ field: 'from-day', key: 'fromPast' }]);
  return db.transaction(async (tx) => {
    const found = await loadService(tx, code);
    if (!found) return undefined;
    assertMayEditStandardOf(actor, found.ownerCode);
    await store.lockService(tx, found.service.id);
    const state = withdrawalState(found.service);
    if (kind === 'withdraw' && state !== 'none') throw new WorkflowError('alreadyWithdrawn');
    if (kind === 'restore' && state === 'none') throw new WorkflowError('notWithdrawn');
    const request = await store.insertWithdrawalRequest(tx, {
      serviceId: found.service.id,
      kind,
      reason,
      effectiveFrom: from,
      requestedById: actor.kind === 'staff' ? actor.id : null,
      requestedByName: actor.name,
    });
    if (!request) throw new WorkflowError('requestPending');
    await recordAudit(tx, {
      actor,
      action: `standard.${kind}.request`,
      entity: 'service',
      entityId: String(found.service.id),
      before: null,
      after: { request: request.id, kind, reason, from },
    });
    return request;
  });
}

/** Why this actor may not decide this request (four eyes), if so. */
export function requestConflict(request: store.WithdrawalRequestRow, actor: Actor): boolean {
  return actor.kind === 'staff' && request.requestedById === actor.id;
}

/**
 * The unit's head approves or rejects a withdrawal or restore request (not the one who asked). An
 * approved withdrawal takes the service out of the public catalogue from the start of its day (or
 * today, if that day has passed meanwhile); an approved restore brings it back at once.
 */
export async function decideWithdrawal(
  db: Db,
  actor: Actor,
  code: string,
  requestId: number,
  decision: { approve: boolean; note: string },
  today: Day = todayInRiga(),
) {
  assertMayReadStandards(actor);
  return db.transaction(async (tx) => {
    const found = await loadService(tx, code);
    if (!found) return undefined;
    assertMayApproveStandardOf(actor, found.ownerCode);
    await store.lockService(tx, found.service.id);
    const request = await store.selectWithdrawalRequestForUpdate(tx, found.service.id, requestId);
    if (!request) return undefined;
    if (request.status !== 'pending') throw new WorkflowError('requestDecided');
    if (requestConflict(request, actor)) throw new WorkflowError('ownRequest');
    const decided = await store.updateWithdrawalRequest(tx, request.id, {
      status: decision.approve ? 'approved' : 'rejected',
      decidedById: actor.kind === 'staff' ? actor.id : null,
      decidedByName: actor.name,
      decidedAt: new Date(),
      decisionNote: decision.note || null,
    });
    const before = { withdrawnAt: found.service.withdrawnAt, withdrawnReason: found.service.withdrawnReason };
    let after = before;
    if (decision.approve) {
      const from = request.effectiveFrom && request.effectiveFrom > today ? request.effectiveFrom : today;
      const changed = await store.updateWithdrawal(
        tx,
        found.service.id,
        request.kind === 'withdraw' ? { from, reason: request.reason } : null,
      );
      after = { withdrawnAt: changed.withdrawnAt, withdrawnReason: changed.withdrawnReason };
    }
    await recordAudit(tx, {
      actor,
      action: `standard.${request.kind}.${decision.approve ? 'approve' : 'reject'}`,
      entity: 'service',
      entityId: String(found.service.id),
      before,
      after: { ...after, request: request.id, note: decided.decisionNote },
    });
    return decided;
  });
}

/** The life situations that point to a service: withdrawing it leaves a gap in them. */
export async function lifeSituationsUsing(db: Db, actor: Actor, serviceId: number) {
  assertMayReadStandards(actor);
  return store.selectLifeSituationsUsing(db, serviceId);
}

export interface PendingRequest {
  request: store.WithdrawalRequestRow;
  code: string;
  ownerCode: string;
}

/** Withdrawal and restore requests this actor may decide (own unit, not asked by them). */
export async function requestsToDecide(db: Db, actor: Actor): Promise<PendingRequest[]> {
  assertMayReadStandards(actor);
  return (await store.selectPendingWithdrawalRequests(db)).filter(
    (r) => mayApproveStandardOf(actor, r.ownerCode) && !requestConflict(r.request, actor),
  );
}

/** Editors, and heads for their own units, may add services. */
export function mayCreateServices(actor: Actor): boolean {
  const units = editableUnits(actor);
  return units === undefined || units.length > 0;
}

/** Units and categories a new service may be given (by this actor). */
export async function newServiceChoices(db: Db, actor: Actor) {
  assertMayReadStandards(actor);
  if (!mayCreateServices(actor)) throw new ForbiddenError();
  const units = editableUnits(actor);
  const [organisations, categories] = await Promise.all([listOrganisations(db), listCategories(db)]);
  return {
    units: organisations.filter((o) => o.kind !== 'state' && (units === undefined || units.includes(o.code))),
    categories,
  };
}

/** A new service with its first draft, which the editor then fills in. */
export async function createService(db: Db, actor: Actor, input: NewServiceInput) {
  assertMayReadStandards(actor);
  assertMayEditStandardOf(actor, input.unit);
  const { units, categories } = await newServiceChoices(db, actor);
  const unit = units.find((u) => u.code === input.unit);
  const errors = [
    !unit && { field: 'unit', key: 'unitRequired' },
    !categories.some((c) => c.code === input.category) && { field: 'category', key: 'categoryRequired' },
  ].filter((e): e is { field: string; key: string } => Boolean(e));
  if (errors.length > 0 || !unit) throw new FieldValidationError(errors);
  return db.transaction(async (tx) => {
    const created = await store.insertService(tx, {
      code: input.code,
      ownerId: unit.id,
      categoryCode: input.category,
    });
    if (!created) throw new FieldValidationError([{ field: 'code', key: 'codeTaken' }]);
    const empty = { lv: '', en: '' };
    const draft = await store.insertVersion(tx, {
      serviceId: created.id,
      version: 1,
      status: 'draft',
      name: input.name,
      description: empty,
      whoMayApply: empty,
      result: empty,
      processingTime: 10,
      processingTimeUnit: 'working_days',
      legalLevel: 'municipal',
      applyChannels: [],
      receiveChannels: [],
    });
    await recordStep(tx, draft.id, 'start', actor);
    await recordAudit(tx, {
      actor,
      action: 'standard.create',
      entity: 'service',
      entityId: String(created.id),
      before: null,
      after: {
        code: created.code,
        name: input.name,
        owner: unit.code,
        category: created.categoryCode,
        draft: draft.version,
      },
    });
    return { service: created, draft };
  });
}

/** Two versions of one standard, for the side-by-side comparison. */
export async function compareVersions(db: Db, actor: Actor, code: string, a: number, b: number) {
  assertMayReadStandards(actor);
  const found = await loadService(db, code);
  if (!found) return undefined;
  const [va, vb] = await Promise.all([
    store.selectVersion(db, found.service.id, a),
    store.selectVersion(db, found.service.id, b),
  ]);
  if (!va || !vb) return undefined;
  return { a: va, b: vb, formChanges: formChanges(formOf(va), formOf(vb)) };
}

/** Centres a version can name, for the edit form. */
export async function centreChoices(db: Db) {
  return listCentres(db);
}

export interface VersionTask {
  code: string;
  name: { lv: string; en: string };
  version: number;
  /** The head's latest comment (returned versions). */
  comment?: store.CommentRow;
}

/** Versions in review this actor may approve: own unit, and not drafted or submitted by them. */
export async function versionsToApprove(db: Db, actor: Actor): Promise<VersionTask[]> {
  const awaiting = await awaitingApproval(db, actor);
  const ids = awaiting.map((s) => s.open!.id);
  const steps = await store.selectSteps(db, ids);
  return awaiting
    .filter((s) => !approvalConflict(steps, s.open!.id, actor))
    .map((s) => ({ code: s.code, name: s.open!.name, version: s.open!.version }));
}

/** Drafts a head returned, that this actor started, edited or submitted: with the head's comment. */
export async function returnedToMe(db: Db, actor: Actor): Promise<VersionTask[]> {
  assertMayReadStandards(actor);
  if (actor.kind !== 'staff') return [];
  const drafts = (await listStandards(db, actor, {})).filter((s) => s.open?.status === 'draft');
  const ids = drafts.map((s) => s.open!.id);
  const [steps, comments] = await Promise.all([store.selectSteps(db, ids), store.selectComments(db, ids)]);
  return drafts.flatMap((s) => {
    const mine = steps.filter((st) => st.versionId === s.open!.id);
    // Returned until submitted again: saving the changes meanwhile keeps it on the list.
    const last = mine.filter((st) => st.step === 'submit' || st.step === 'return').at(-1);
    const involved = mine.some((st) => st.actorId === actor.id && st.step !== 'return');
    if (last?.step !== 'return' || !involved) return [];
    const comment = comments.filter((c) => c.versionId === s.open!.id).at(-1);
    return [{ code: s.code, name: s.open!.name, version: s.open!.version, comment }];
  });
}
