import type { Db } from '../../db/connection';
import type { PartyKind } from '../../db/schema';
import { recordAudit, recordAuditAlone, type Tx } from '../../platform/audit/service';
import { type Actor, hasRole } from '../../platform/auth/actor';
import { ForbiddenError } from '../../platform/errors';
import {
  birthDateOfCode,
  formatPersonalCode,
  isValidPersonalCode,
  isValidRegistrationNumber,
  maskDocument,
  maskPersonalCode,
  normaliseCode,
  normaliseDocument,
} from './identifiers';
import * as store from './store';

export interface PartyContacts {
  email?: string;
  phone?: string;
  postalAddress?: string;
  eAddressConsent?: boolean;
  preferredLanguage?: 'lv' | 'en';
}

export type PartyInput =
  | ({ kind: 'person'; personalCode: string; name: string } & PartyContacts)
  | ({ kind: 'foreign_person'; name: string; birthDate: string; identityDocument: string } & PartyContacts)
  | ({ kind: 'company'; registrationNumber: string; name: string } & PartyContacts)
  /** Known only by name and contacts (Open311 carries no personal code): never matched to another party. */
  | ({ kind: 'contact_person'; name: string } & PartyContacts);

/** A party as staff see it: the personal code masked unless asked for (and audited). */
export interface PartyView {
  id: number;
  kind: PartyKind;
  name: string;
  /** Masked personal code (010190-*****), the registration number, or the foreigner's date of birth. */
  identifier: string;
  birthDate: string | null;
  identityDocument: string | null;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  eAddressConsent: boolean;
  preferredLanguage: 'lv' | 'en';
  erased: boolean;
}

export interface PartyProblem {
  /** Relative to the party: 'personalCode', 'name'… */
  field: string;
  code:
    | 'required'
    | 'personal_code_invalid'
    | 'registration_number_invalid'
    | 'birth_date_invalid'
    | 'email_invalid'
    | 'phone_invalid'
    | 'contact_required'
    | 'invalid';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A telephone number as people write it: digits with an optional +, spaces, hyphens and brackets. */
const PHONE = /^\+?[0-9][0-9 ()-]{4,29}$/;

/** Checks what was typed for a party; an empty list means it can be stored. */
export function partyProblems(input: PartyInput): PartyProblem[] {
  const problems: PartyProblem[] = [];
  if (!input.name?.trim()) problems.push({ field: 'name', code: 'required' });
  else if (input.name.length > 300) problems.push({ field: 'name', code: 'invalid' });
  if (input.kind === 'person') {
    if (!input.personalCode?.trim()) problems.push({ field: 'personalCode', code: 'required' });
    else if (!isValidPersonalCode(input.personalCode))
      problems.push({ field: 'personalCode', code: 'personal_code_invalid' });
  } else if (input.kind === 'company') {
    if (!input.registrationNumber?.trim()) problems.push({ field: 'registrationNumber', code: 'required' });
    else if (!isValidRegistrationNumber(input.registrationNumber))
      problems.push({ field: 'registrationNumber', code: 'registration_number_invalid' });
  } else if (input.kind === 'foreign_person') {
    if (!input.birthDate?.trim()) problems.push({ field: 'birthDate', code: 'required' });
    else if (!isPastDate(input.birthDate)) problems.push({ field: 'birthDate', code: 'birth_date_invalid' });
    if (!normaliseDocument(input.identityDocument ?? ''))
      problems.push({ field: 'identityDocument', code: 'required' });
    else if (input.identityDocument.length > 200)
      problems.push({ field: 'identityDocument', code: 'invalid' });
  } else if (input.kind === 'contact_person') {
    if (!input.email?.trim() && !input.phone?.trim())
      problems.push({ field: 'email', code: 'contact_required' });
  } else {
    problems.push({ field: 'kind', code: 'invalid' });
  }
  if (input.email?.trim() && (!EMAIL.test(input.email.trim()) || input.email.length > 254))
    problems.push({ field: 'email', code: 'email_invalid' });
  // Only for a party the phone identifies: the desk's forms keep what they accepted before.
  if (input.kind === 'contact_person' && input.phone?.trim() && !PHONE.test(input.phone.trim()))
    problems.push({ field: 'phone', code: 'phone_invalid' });
  return problems;
}

function isPastDate(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(d.getTime()) &&
    d.toISOString().slice(0, 10) === day &&
    d.getTime() <= Date.now() &&
    day >= '1900-01-01'
  );
}

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * Stores a party given at intake. `verified: false` (an online or API application, where nobody saw an
 * identity document) never changes a stored party's name or contacts: whoever knows a personal code
 * must not be able to redirect that person's mail.
 */
export async function saveParty(
  tx: Db,
  input: PartyInput,
  opts: { verified: boolean } = { verified: true },
): Promise<store.SavedParty> {
  const { row, keep } = partyToStore(input, opts);
  return store.upsertParty(tx, row, keep);
}

/**
 * saveParty's row as JSON, for a statement that stores the party together with what it files
 * (store.savePartiesCtes).
 */
export function partyToSave(input: PartyInput, opts: { verified: boolean }): store.PartyToSave {
  const { row, keep } = partyToStore(input, opts);
  return store.partyToSaveJson(row, keep);
}

/** An unverified caller (opts.verified false) never changes a stored party's name or contacts (ADR 0008). */
function partyToStore(
  input: PartyInput,
  opts: { verified: boolean },
): { row: store.NewPartyRow; keep: boolean } {
  const keep = !opts.verified;
  const base = {
    kind: input.kind,
    name: input.name.trim(),
    email: blank(input.email)?.toLowerCase() ?? null,
    phone: blank(input.phone),
    postalAddress: blank(input.postalAddress),
    // Not given: a new party gets the defaults, a stored one keeps its own (upsertParty).
    eAddressConsent: input.eAddressConsent,
    preferredLanguage: input.preferredLanguage,
  } as const;
  if (input.kind === 'person') {
    const code = normaliseCode(input.personalCode);
    return { row: { ...base, personalCode: code, birthDate: birthDateOfCode(code) ?? null }, keep };
  }
  if (input.kind === 'company')
    return { row: { ...base, registrationNumber: normaliseCode(input.registrationNumber) }, keep };
  if (input.kind === 'contact_person') return { row: base, keep: false };
  // Met again on the document and the date of birth (migration 0030), as a person on the code.
  return {
    row: { ...base, birthDate: input.birthDate, identityDocument: normaliseDocument(input.identityDocument) },
    keep,
  };
}

/**
 * What a typed party is stored under: its personal code, its registration number, or a foreigner's document
 * number (normalised) and date of birth — the key its row is met on (partyKey); undefined for a contact person,
 * who is always a new row. Two parties of one application with the same key are one party.
 */
export function typedPartyKey(input: PartyInput): string | undefined {
  return store.rowKey(partyToStore(input, { verified: true }).row);
}

/** Whether two typed parties, each as it may be stored (partyProblems), are one party (typedPartyKey). */
export function isSameTypedParty(a: PartyInput, b: PartyInput): boolean {
  if (partyProblems(a).length > 0 || partyProblems(b).length > 0) return false;
  const key = typedPartyKey(a);
  return key !== undefined && key === typedPartyKey(b);
}

/** What a stored party is stored under (typedPartyKey's key); undefined once erased. */
export function storedPartyKey(row: store.PartyRow): string | undefined {
  return store.rowKey(row);
}

/**
 * The parties of `ids` as a subquery for a statement of another module (see the store): a page that reads
 * them with its own data in one statement. Such a read must be audited with `auditPartiesRead`.
 */
export const partyRowsSql = store.partyRowsSql;
export const eraseParties = store.eraseParties;
export const partyNameSql = store.partyNameSql;

/** Parties saved by another module's statement, in one go (see the store). */
export const savePartiesCtes = store.savePartiesCtes;
export { type PartyJson, type PartyVariant, partyKey, partyVariant } from './store';

/**
 * The audit row of staff reading these parties' data (R25), appended with the other reads of the moment
 * (ADR 0012): a page shows the data only once this has resolved.
 */
export function auditPartiesRead(db: Db, actor: Actor, ids: number[], context: string): Promise<string> {
  return recordAuditAlone(db, {
    actor,
    action: 'party.read',
    entity: 'party',
    entityId: ids[0],
    after: { context, parties: ids },
  });
}

export function partyView(row: Omit<store.PartyRow, 'createdAt' | 'updatedAt'>): PartyView {
  const identifier = row.personalCode
    ? maskPersonalCode(row.personalCode)
    : (row.registrationNumber ?? row.birthDate ?? '');
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    identifier,
    birthDate: row.birthDate,
    identityDocument: row.identityDocument,
    email: row.email,
    phone: row.phone,
    postalAddress: row.postalAddress,
    eAddressConsent: row.eAddressConsent,
    preferredLanguage: row.preferredLanguage,
    erased: row.erasedAt !== null,
  };
}

/** Roles whose work needs a party's data: the desk, the deciding unit, oversight, and the administrator (SAR). */
export function mayReadParties(actor: Actor): boolean {
  return (['clerk', 'specialist', 'head', 'manager', 'admin'] as const).some((r) => hasRole(actor, r));
}

/** Roles that may see a whole personal code (when they ask for it). */
export function mayUnmask(actor: Actor): boolean {
  return (['clerk', 'specialist', 'head'] as const).some((r) => hasRole(actor, r));
}

/** A data subject's export (GDPR art. 15), and finding the person for it, is the administrator's or a manager's. */
export function mayExportPartyData(actor: Actor): boolean {
  return actor.kind === 'system' || hasRole(actor, 'admin') || hasRole(actor, 'manager');
}

/**
 * The party a typed code belongs to: once-only at the desk (R9), to prefill and confirm; or the person a
 * subject access request is about ('export'). Every such read is audited, whether or not the code is known.
 */
export async function findPartyByCode(
  db: Db,
  actor: Actor,
  code: string,
  purpose: 'intake' | 'export' = 'intake',
): Promise<PartyView | undefined> {
  if (!(purpose === 'intake' ? mayUnmask(actor) : mayExportPartyData(actor))) throw new ForbiddenError();
  const digits = normaliseCode(code);
  const isPerson = isValidPersonalCode(digits);
  if (!isPerson && !isValidRegistrationNumber(digits)) return undefined;
  return db.transaction(async (tx) => {
    const row = isPerson
      ? await store.selectPartyByPersonalCode(tx, digits)
      : await store.selectPartyByRegistrationNumber(tx, digits);
    await recordAudit(tx, {
      actor,
      action: 'party.looked_up',
      entity: 'party',
      entityId: row?.id ?? null,
      after: { identifier: isPerson ? maskPersonalCode(digits) : digits, found: Boolean(row), purpose },
    });
    return row && !row.erasedAt ? partyView(row) : undefined;
  });
}

/** What a clerk types to find a foreigner without a personal code. */
export interface ForeignPersonQuery {
  identityDocument: string;
  /** YYYY-MM-DD. */
  birthDate: string;
}

/**
 * The foreigner without a personal code whose identity document number (normalised: normaliseDocument) and
 * date of birth were typed: once-only at the desk (R9), to prefill and confirm, or the person a subject access
 * request is about ('export'), as findPartyByCode for a code. Every such read is audited, whether or not the
 * foreigner is known; the audit row keeps the document masked.
 */
export async function findForeignPerson(
  db: Db,
  actor: Actor,
  q: ForeignPersonQuery,
  purpose: 'intake' | 'export' = 'intake',
): Promise<PartyView | undefined> {
  if (!(purpose === 'intake' ? mayUnmask(actor) : mayExportPartyData(actor))) throw new ForbiddenError();
  const document = normaliseDocument(q.identityDocument);
  if (!document || document.length > 200 || !isPastDate(q.birthDate)) return undefined;
  return db.transaction(async (tx) => {
    const row = await store.selectForeignPerson(tx, document, q.birthDate);
    await recordAudit(tx, {
      actor,
      action: 'party.looked_up',
      entity: 'party',
      entityId: row?.id ?? null,
      after: {
        kind: 'foreign_person',
        identifier: maskDocument(document),
        birthDate: q.birthDate,
        found: Boolean(row),
        purpose,
      },
    });
    return row && !row.erasedAt ? partyView(row) : undefined;
  });
}

/** A party's data read by staff, audited with the reason (usually the case it was read for). */
export async function readParty(
  tx: Tx,
  actor: Actor,
  id: number,
  context: string,
): Promise<PartyView | undefined> {
  const row = await store.selectParty(tx, id);
  if (!row) return undefined;
  await recordAudit(tx, { actor, action: 'party.read', entity: 'party', entityId: id, after: { context } });
  return partyView(row);
}

/** The whole personal code, for a role that needs it; every unmasking is audited. */
export async function unmaskPersonalCode(
  db: Db,
  actor: Actor,
  id: number,
  context: string,
): Promise<string | undefined> {
  if (!mayUnmask(actor)) throw new ForbiddenError();
  return db.transaction(async (tx) => {
    const row = await store.selectParty(tx, id);
    if (!row?.personalCode) return undefined;
    await recordAudit(tx, {
      actor,
      action: 'party.unmasked',
      entity: 'party',
      entityId: id,
      after: { context },
    });
    return formatPersonalCode(row.personalCode);
  });
}

export {
  isValidPersonalCode,
  isValidRegistrationNumber,
  normaliseCode,
  normaliseDocument,
} from './identifiers';
export { type SavedParty, selectParty as partyRow } from './store';
