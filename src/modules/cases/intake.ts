import { type Db, hasSqlState, violatedConstraint } from '../../db/connection';
import { isRowId } from '../../db/row-id';
import { CASE_CHANNELS, DELIVERY_CHANNELS } from '../../db/schema';
import { recordAudit, type Tx } from '../../platform/audit/service';
import { type Actor, centresFor, hasRole } from '../../platform/auth/actor';
import { assertApiKeyUsable, isApiKeyRevoked } from '../../platform/auth/api-key-guard';
import { forgetApiKey } from '../../platform/auth/api-keys';
import { isDay as isCalendarDay } from '../../platform/calendar';
import { ForbiddenError } from '../../platform/errors';
import {
  type PartyJson,
  partyProblems,
  partyRow,
  partyToSave,
  storedPartyKey,
  typedPartyKey,
} from '../parties/service';
import { hashAccessCode, newAccessCode } from './access-code';
import { loadCalendar, todayInRiga } from './calendar-port';
import { deadlinesFor } from './deadlines';
import { type CheckedDocument, checkDocuments } from './documents';
import { fileTogether } from './filing-queue';
import { type FiledRow, fileApplications, filingItem } from './filing-sql';
import { type IntakeLookups, intakeLookups, isCatalogueMoved, readIntakeLookups } from './intake-lookups';
import { registerDocument } from './registry';
import * as store from './store';
import type {
  ApplicationInput,
  CorrespondenceInput,
  CorrespondenceResult,
  IntakeResult,
  IntakeService,
  PartyRef,
  Problem,
} from './types';

/** Who may register incoming documents: the desk, and a unit that receives mail directly. */
export function mayRegister(actor: Actor): boolean {
  return (
    actor.kind === 'system' ||
    actor.kind === 'api_key' ||
    (['clerk', 'specialist', 'head'] as const).some((r) => hasRole(actor, r))
  );
}

export async function serviceForIntake(db: Db, serviceId: number): Promise<IntakeService | undefined> {
  const today = todayInRiga();
  const v = await store.selectVersionInForce(db, serviceId, today);
  if (!v || v.withdrawn) return undefined;
  const { dueOn } = deadlinesFor(await loadCalendar(db), today, v.processingTime, v.processingTimeUnit);
  return {
    serviceId: v.serviceId,
    serviceVersionId: v.versionId,
    version: v.version,
    name: v.name,
    requiredDocuments: v.requiredDocuments,
    applyChannels: v.applyChannels,
    receiveChannels: v.receiveChannels,
    centres: v.centres,
    onTheSpot: v.onTheSpot,
    processingTime: v.processingTime,
    processingTimeUnit: v.processingTimeUnit,
    unitCode: v.unitCode,
    unitName: v.unitName,
    dueOnIfToday: dueOn,
    serviceCode: v.serviceCode,
    formDefinition: v.formDefinition,
  };
}

/** The last day found real: intake asks about today's several times per application. */
let lastDay: string | undefined;
/** The calendar's isDay (a real day of 1900–2200), remembering the last day it found real. */
export function isDay(value: string | undefined): value is string {
  if (lastDay !== undefined && value === lastDay) return true;
  if (!isCalendarDay(value)) return false;
  lastDay = value;
  return true;
}

/** Staff saw the applicant or their document; online and API applications are typed in by anyone. */
function verifiedIntake(actor: Actor): boolean {
  return actor.kind === 'staff';
}

type PartyRowRead = NonNullable<Awaited<ReturnType<typeof partyRow>>>;

async function partyRefProblems(
  db: Db,
  actor: Actor,
  ref: PartyRef,
  prefix: string,
  read: Map<number, PartyRowRead>,
): Promise<Problem[]> {
  if ('partyId' in ref) {
    // Choosing a stored party is for staff, who found it by its code; an online or API caller types one in.
    if (!verifiedIntake(actor)) return [{ field: `${prefix}.partyId`, code: 'party_unknown' }];
    const row = await partyRow(db, ref.partyId);
    if (row) read.set(ref.partyId, row);
    return row && !row.erasedAt ? [] : [{ field: `${prefix}.partyId`, code: 'party_unknown' }];
  }
  return partyProblems(ref).map((p) => ({ field: `${prefix}.${p.field}`, code: p.code }));
}

/** What a party of an application is stored under: its id when chosen, and its key (code, number, document). */
function identities(ref: PartyRef, read: Map<number, PartyRowRead>): string[] {
  if ('partyId' in ref) {
    const row = read.get(ref.partyId);
    const key = row && storedPartyKey(row);
    return [`id:${ref.partyId}`, ...(key ? [key] : [])];
  }
  const key = typedPartyKey(ref);
  return key ? [key] : [];
}

/**
 * Whether an application names one party as both applicant and representative: the same stored party, or the
 * same personal code, registration number, or foreigner's document (normalised) and date of birth. Such an
 * application is refused (a person does not represent themselves), and the filing statement could not save it:
 * it would meet one party row twice.
 */
function isSameParty(a: PartyRef, b: PartyRef, read: Map<number, PartyRowRead>): boolean {
  const mine = new Set(identities(a, read));
  return identities(b, read).some((k) => mine.has(k));
}

/** The field a party is told apart by, where a problem of the party as a whole is shown. */
function identifyingField(ref: PartyRef): string {
  if ('partyId' in ref) return 'partyId';
  if (ref.kind === 'person') return 'personalCode';
  if (ref.kind === 'company') return 'registrationNumber';
  if (ref.kind === 'foreign_person') return 'identityDocument';
  return 'name';
}

interface CheckedApplication {
  version: store.VersionForIntake;
  receivedOn: string;
  centreCode: string | null;
  documents: CheckedDocument[];
  /** The parties chosen by id, as the check read them. */
  parties: Map<number, PartyRowRead>;
}

/** The day an application counts as received on (today unless the clerk gave another, valid one). */
function receivedDay(input: ApplicationInput, today: string): string {
  const receivedOn = input.receivedOn?.trim() || today;
  return isDay(receivedOn) ? receivedOn : today;
}

async function checkApplication(
  db: Db,
  actor: Actor,
  input: ApplicationInput,
  lookups: Pick<IntakeLookups, 'version' | 'centres'>,
  docs: Awaited<ReturnType<typeof checkDocuments>>,
): Promise<{ ok: true; value: CheckedApplication } | { ok: false; problems: Problem[] }> {
  const problems: Problem[] = [];
  const today = todayInRiga();
  const receivedOn = input.receivedOn?.trim() || today;
  if (!isDay(receivedOn)) problems.push({ field: 'receivedOn', code: 'date_invalid' });
  else if (receivedOn > today) problems.push({ field: 'receivedOn', code: 'date_in_future' });

  const centreCode = input.centreCode?.trim() || centresFor(actor, 'clerk')[0] || null;
  const { version, centres: knownCentres } = lookups;
  if (!version || version.withdrawn) problems.push({ field: 'serviceVersionId', code: 'unknown_service' });
  else if (!version.inForce) problems.push({ field: 'serviceVersionId', code: 'version_not_in_force' });

  if (!(CASE_CHANNELS as readonly string[]).includes(input.channel))
    problems.push({ field: 'channel', code: 'invalid' });
  if (centreCode && !knownCentres.has(centreCode))
    problems.push({ field: 'centreCode', code: 'centre_unknown' });
  if (!centreCode && input.channel === 'in_person') problems.push({ field: 'centreCode', code: 'required' });

  const parties = new Map<number, PartyRowRead>();
  const applicantProblems = await partyRefProblems(db, actor, input.applicant, 'applicant', parties);
  problems.push(...applicantProblems);
  if (input.representative) {
    const representative = input.representative.party;
    const representativeProblems = await partyRefProblems(
      db,
      actor,
      representative,
      'representative',
      parties,
    );
    problems.push(...representativeProblems);
    if (
      applicantProblems.length === 0 &&
      representativeProblems.length === 0 &&
      isSameParty(input.applicant, representative, parties)
    )
      problems.push({
        field: `representative.${identifyingField(representative)}`,
        code: 'same_as_applicant',
      });
    if (!input.representative.basis?.trim())
      problems.push({ field: 'representative.basis', code: 'required' });
  }

  const delivery = input.delivery;
  if (!(DELIVERY_CHANNELS as readonly string[]).includes(delivery?.channel))
    problems.push({ field: 'delivery.channel', code: 'required' });
  else if (delivery.channel === 'centre') {
    if (!delivery.centreCode) problems.push({ field: 'delivery.centreCode', code: 'required' });
    else if (!knownCentres.has(delivery.centreCode))
      problems.push({ field: 'delivery.centreCode', code: 'centre_unknown' });
  } else if (delivery.channel === 'email') {
    const recipient = input.representative?.party ?? input.applicant;
    if (!('partyId' in recipient) && !recipient.email?.trim())
      problems.push({ field: 'delivery.channel', code: 'delivery_not_allowed' });
  }

  for (const [key, value] of Object.entries(input.fields ?? {})) {
    if (typeof value !== 'string' || value.length > 10_000)
      problems.push({ field: `fields.${key}`, code: 'invalid' });
  }
  if (!input.idempotencyKey || input.idempotencyKey.length > 200)
    problems.push({ field: 'idempotencyKey', code: 'required' });

  problems.push(...docs.problems);
  if (problems.length > 0 || !version) return { ok: false, problems };
  return { ok: true, value: { version, receivedOn, centreCode, documents: docs.checked, parties } };
}

/** A party typed in is saved with the case (updated when known); one chosen by id was checked. */
function filedParty(actor: Actor, ref: PartyRef): PartyJson {
  return 'partyId' in ref ? { id: ref.partyId } : partyToSave(ref, { verified: verifiedIntake(actor) });
}

/** The case just registered, as the intake knows it without reading it back. */
export interface RegisteredCase {
  id: number;
  registrationNumber: string;
  centreIn: string | null;
}

export interface IntakeExtras {
  /** Done on the spot: the caller continues in the same transaction. */
  complete?: (tx: Tx, created: RegisteredCase, version: store.VersionForIntake) => Promise<void>;
  onTheSpot?: boolean;
}

function isUniqueViolation(err: unknown): boolean {
  return hasSqlState(err, '23505');
}

/** Tries before an intake gives up on a catalogue that keeps changing under it (each try reads it afresh). */
const CATALOGUE_TRIES = 5;

/**
 * Registers an application. In the name of an API key that was revoked meanwhile (the key is held in
 * memory, ADR 0014) nothing is written and ForbiddenError is thrown.
 */
export async function registerApplication(
  db: Db,
  actor: Actor,
  input: ApplicationInput,
  extras: IntakeExtras = {},
): Promise<IntakeResult> {
  if (!mayRegister(actor)) throw new ForbiddenError();
  try {
    return await register(db, actor, input, extras);
  } catch (err) {
    if (!isApiKeyRevoked(err)) throw err;
    forgetApiKey(db, actor.id);
    throw new ForbiddenError('The API key was revoked');
  }
}

async function register(
  db: Db,
  actor: Actor,
  input: ApplicationInput,
  extras: IntakeExtras,
): Promise<IntakeResult> {
  // A key counts only for whoever sent it: another clerk or API key replaying it must not get the case.
  input = {
    ...input,
    idempotencyKey: input.idempotencyKey && `${actor.kind}:${actor.id}:${input.idempotencyKey}`,
  };
  const query = {
    idempotencyKey: input.idempotencyKey || undefined,
    versionId: isRowId(input.serviceVersionId) ? input.serviceVersionId : undefined,
    day: receivedDay(input, todayInRiga()),
  };
  const docsChecked = checkDocuments(input.documents ?? [], 'documents');
  for (let attempt = 1; ; attempt++) {
    // From memory when it can (ADR 0011): then filing is the only round trip.
    const [lookups, docs] = await Promise.all([
      attempt === 1 ? intakeLookups(db, query) : readIntakeLookups(db, query),
      docsChecked,
    ]);
    if (lookups.existing) return replay(db, actor, lookups.existing);
    const checked = await checkApplication(db, actor, input, lookups, docs);
    // Refused by what memory held: the catalogue may have changed, or the key may be a repeat; ask again.
    if (!checked.ok && lookups.fromMemory) continue;
    if (!checked.ok) return checked;
    try {
      return await file(db, actor, input, extras, lookups, checked.value);
    } catch (err) {
      if (isCatalogueMoved(err) && attempt < CATALOGUE_TRIES) continue;
      // The same form sent twice at once, or a repeat the memory did not know: the case is registered.
      if (isUniqueViolation(err)) {
        const existing = await store.selectCaseByIdempotencyKey(db, input.idempotencyKey);
        if (existing) return replay(db, actor, existing);
      }
      throw err;
    }
  }
}

async function file(
  db: Db,
  actor: Actor,
  input: ApplicationInput,
  extras: IntakeExtras,
  lookups: IntakeLookups,
  checked: CheckedApplication,
): Promise<IntakeResult> {
  const { version, receivedOn, centreCode, documents } = checked;
  const { dueOn, maxDueOn } = lookups.deadlines(
    receivedOn,
    version.processingTime,
    version.processingTimeUnit,
  );
  const accessCode = newAccessCode();
  const actorId = actor.kind === 'staff' ? actor.id : null;
  const filing = filingItem({
    revision: lookups.revision,
    version,
    applicant: filedParty(actor, input.applicant),
    representative: input.representative && {
      party: filedParty(actor, input.representative.party),
      basis: input.representative.basis.trim(),
    },
    channel: input.channel,
    centreCode,
    receivedOn,
    dueOn,
    maxDueOn,
    onTheSpot: extras.onTheSpot ?? false,
    delivery: {
      channel: input.delivery.channel,
      centreCode: input.delivery.channel === 'centre' ? (input.delivery.centreCode ?? null) : null,
    },
    accessCode,
    idempotencyKey: input.idempotencyKey,
    fields: input.fields ?? {},
    documents,
    registeredBy: actorId,
    event: { actorKind: actor.kind === 'staff' ? 'staff' : 'system', actorId, actorName: actor.name },
    audit: {
      actor,
      action: 'case.registered',
      entity: 'case_file',
      after: { service: version.serviceCode, version: version.version, unit: version.unitCode, dueOn },
    },
  });
  const registered = (filed: FiledRow | undefined) => ({
    ok: true as const,
    caseId: Number(filed!.caseId),
    registrationNumber: filed!.number,
    accessCode,
    dueOn,
    replayed: false,
  });
  const { complete } = extras;
  // One statement, atomic on its own, committed together with those filed at the same moment (ADR 0011);
  // done on the spot, the caller goes on in the same transaction.
  if (!complete) return registered(await fileTogether(db, filing));
  return db.transaction(async (tx) => {
    const result = registered((await fileApplications(tx, [filing]))[0]);
    await complete(
      tx,
      { id: result.caseId, registrationNumber: result.registrationNumber, centreIn: centreCode },
      version,
    );
    return result;
  });
}

/** A repeated submission: the same case, with a new access code (only the hash of the first was kept). */
async function replay(db: Db, actor: Actor, existing: store.RegisteredRow): Promise<IntakeResult> {
  const accessCode = newAccessCode();
  await db.transaction(async (tx) => {
    // Written in the name of a key held in memory: the database says whether it is still valid.
    await assertApiKeyUsable(tx, actor);
    await store.updateCaseQuietly(tx, existing.id, {
      accessCodeHash: hashAccessCode(existing.registrationNumber, accessCode),
    });
    await store.insertEvent(tx, {
      caseId: existing.id,
      actorKind: actor.kind === 'staff' ? 'staff' : 'system',
      actorId: actor.kind === 'staff' ? actor.id : null,
      actorName: actor.name,
      type: 'access_code_reissued',
    });
    await recordAudit(tx, {
      actor,
      action: 'case.access_code_reissued',
      entity: 'case_file',
      entityId: existing.id,
    });
  });
  return {
    ok: true,
    caseId: existing.id,
    registrationNumber: existing.registrationNumber,
    accessCode,
    dueOn: existing.dueOn,
    replayed: true,
  };
}

export async function registerCorrespondence(
  db: Db,
  actor: Actor,
  input: CorrespondenceInput,
  mayLinkCase: (caseId: number) => Promise<boolean>,
): Promise<CorrespondenceResult> {
  if (!mayRegister(actor)) throw new ForbiddenError();
  const problems: Problem[] = [];
  if (!input.correspondent?.trim()) problems.push({ field: 'correspondent', code: 'required' });
  if (!input.subject?.trim()) problems.push({ field: 'subject', code: 'required' });
  if (!(CASE_CHANNELS as readonly string[]).includes(input.channel))
    problems.push({ field: 'channel', code: 'invalid' });
  const centreCode = input.centreCode?.trim() || centresFor(actor, 'clerk')[0] || null;
  if (centreCode && !(await store.centreExists(db, centreCode)))
    problems.push({ field: 'centreCode', code: 'centre_unknown' });
  if (input.caseId !== undefined && !(await mayLinkCase(input.caseId)))
    problems.push({ field: 'caseId', code: 'invalid' });
  const docs = await checkDocuments(input.documents ?? [], 'documents');
  problems.push(...docs.problems);
  if (problems.length > 0) return { ok: false, problems };
  // The form sent again (a double click, the back button) is the letter registered once: its entry again.
  // A key counts only for whoever sent it, as intake's does.
  const key = input.idempotencyKey ? `${actor.kind}:${actor.id}:${input.idempotencyKey}` : null;
  const earlier = key ? await store.selectEntryByKey(db, key) : undefined;
  if (earlier) return { ok: true, entryId: earlier.id, registryNumber: earlier.number, replayed: true };
  try {
    return await registerNewCorrespondence(db, actor, input, centreCode, docs.checked, key);
  } catch (err) {
    // Sent twice at once: the second found no entry yet, numbered its own, and was refused by the key's
    // index, its number rolled back with it (no gap). The first's entry is the answer.
    const first =
      key && violatedConstraint(err) === 'registry_entry_idempotency_key_uq'
        ? await store.selectEntryByKey(db, key)
        : undefined;
    if (!first) throw err;
    return { ok: true, entryId: first.id, registryNumber: first.number, replayed: true };
  }
}

function registerNewCorrespondence(
  db: Db,
  actor: Actor,
  input: CorrespondenceInput,
  centreCode: string | null,
  documents: CheckedDocument[],
  idempotencyKey: string | null,
): Promise<CorrespondenceResult> {
  const direction = input.direction ?? 'in';
  return db.transaction(async (tx) => {
    const entry = await registerDocument(tx, {
      direction,
      // An outgoing letter is the municipality's answer (the registry's kind for it).
      kind: direction === 'out' ? 'answer' : 'correspondence',
      caseId: input.caseId ?? null,
      correspondent: input.correspondent.trim(),
      subject: input.subject.trim(),
      channel: input.channel,
      centreCode,
      registeredBy: actor.kind === 'staff' ? actor.id : null,
      idempotencyKey,
    });
    await store.insertDocuments(tx, input.caseId ?? null, direction, documents, entry);
    if (input.caseId !== undefined) {
      await store.insertEvent(tx, {
        caseId: input.caseId,
        actorKind: 'staff',
        actorId: actor.id,
        actorName: actor.name,
        type: 'correspondence_registered',
        data: { registryNumber: entry.number, direction },
      });
    }
    await recordAudit(tx, {
      actor,
      action: 'registry.correspondence_registered',
      entity: 'registry_entry',
      entityId: entry.id,
      after: { number: entry.number, caseId: input.caseId ?? null, direction },
    });
    return { ok: true as const, entryId: entry.id, registryNumber: entry.number };
  });
}
