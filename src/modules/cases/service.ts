/**
 * Applications and cases (issue 8): intake on every channel, the registry, routing, the lifecycle,
 * deadlines, issuance at any centre, resident tracking, retention and the subject access export.
 * Every write is ONE transaction with its case_event(s), audit row and outbox mail.
 *
 * Who may do what (the service layer decides, routes only check that someone is signed in):
 * - clerk (a centre): registers at any channel, issues at ANY centre, records a resident's answer, a
 *   withdrawal, re-routes and forwards outside competence; sees the cases of their centre and any case
 *   a resident may come to a desk for (awaiting an answer, decided, ready for issue);
 * - specialist (a unit): works the unit's cases (assign to self, request information, extend, decide…);
 * - head (a unit): all a specialist does, plus assign to anyone of the unit and re-route;
 * - manager: reads every case, acts on none;
 * - admin: reads every case and exports a party's data (subject access), acts on none — administration
 *   is not case work; editor: no access to cases.
 */
import type { Db } from '../../db/connection';
import type { Actor } from '../../platform/auth/actor';
import type {
  ActionType,
  ActResult,
  ApplicationInput,
  CaseAction,
  CaseView,
  CorrespondenceInput,
  CorrespondenceResult,
  IntakeResult,
  IntakeService,
  PartyExport,
  PublicCaseView,
  Worklist,
  WorklistFilter,
  WorklistPage,
} from './types';

export { findPartyByCode } from '../parties/service';
export * from './types';

/** The version in force today of a service, with what the intake form needs; undefined when none. */
export async function serviceForIntake(_db: Db, _serviceId: number): Promise<IntakeService | undefined> {
  throw new Error('not yet');
}

/** Registers an application (R7): numbered, routed, deadline set, mail queued — one transaction. */
export async function registerApplication(
  _db: Db,
  _actor: Actor,
  _input: ApplicationInput,
): Promise<IntakeResult> {
  throw new Error('not yet');
}

/** "Done on the spot" (R12): registers, decides (granted) and issues in one step; still numbered. */
export async function doOnTheSpot(
  _db: Db,
  _actor: Actor,
  _input: ApplicationInput & { summary?: string; document?: { filename: string; bytes: Buffer } },
): Promise<IntakeResult> {
  throw new Error('not yet');
}

/** Other incoming mail, numbered in the same registry. */
export async function registerCorrespondence(
  _db: Db,
  _actor: Actor,
  _input: CorrespondenceInput,
): Promise<CorrespondenceResult> {
  throw new Error('not yet');
}

/** The worklist of what the actor may see, by due date, keyset-paginated. */
export async function listCases(
  _db: Db,
  _actor: Actor,
  _filter: WorklistFilter,
  _page: WorklistPage = {},
): Promise<Worklist> {
  throw new Error('not yet');
}

/** Everything for the case page; undefined when the case does not exist OR the actor may not see it. */
export async function getCase(_db: Db, _actor: Actor, _caseId: number): Promise<CaseView | undefined> {
  throw new Error('not yet');
}

/** Finds a case by its registration number within the actor's scope (desk look-up). */
export async function findCaseByNumber(_db: Db, _actor: Actor, _number: string): Promise<number | undefined> {
  throw new Error('not yet');
}

export interface CaseScopeFacts {
  status: import('./types').CaseStatus;
  unitCode: string;
  assigneeId: number | null;
  centreIn: string | null;
  deliveryCentre: string | null;
  deliveryChannel: import('./types').DeliveryChannel;
}

/** The actions this actor may take on this case now (status and role both allow them). */
export function allowedActions(_actor: Actor, _c: CaseScopeFacts): ActionType[] {
  throw new Error('not yet');
}

/**
 * Takes an action on a case at the row version the actor saw. A stale version, a transition the status
 * does not allow, a role that may not, or invalid input: { ok: false } and nothing written. A case the
 * actor may not see: undefined (as if it did not exist).
 */
export async function act(
  _db: Db,
  _actor: Actor,
  _caseId: number,
  _rowVersion: number,
  _action: CaseAction,
): Promise<ActResult | undefined> {
  throw new Error('not yet');
}

/** A document's bytes for staff who may see the case (audited); undefined otherwise. */
export async function getCaseDocument(
  _db: Db,
  _actor: Actor,
  _caseId: number,
  _documentId: number,
): Promise<{ filename: string; mediaType: string; bytes: Buffer } | undefined> {
  throw new Error('not yet');
}

/** The whole personal code of the case's applicant or representative (audited). */
export async function unmaskPartyCode(
  _db: Db,
  _actor: Actor,
  _caseId: number,
  _who: 'applicant' | 'representative',
): Promise<string | undefined> {
  throw new Error('not yet');
}

/** A resident's view; the same undefined for an unknown number and a wrong code. */
export async function trackCase(
  _db: Db,
  _number: string,
  _accessCode: string,
): Promise<PublicCaseView | undefined> {
  throw new Error('not yet');
}

/** An outgoing document a resident downloads with the access code (delivery 'download'). */
export async function trackedDocument(
  _db: Db,
  _number: string,
  _accessCode: string,
  _documentId: number,
): Promise<{ filename: string; mediaType: string; bytes: Buffer } | undefined> {
  throw new Error('not yet');
}

/** Everything stored about a party, for a subject access request (R25); audited. */
export async function exportPartyData(
  _db: Db,
  _actor: Actor,
  _partyId: number,
): Promise<PartyExport | undefined> {
  throw new Error('not yet');
}

/** Choices for the worklist filters and the intake form, limited to what the actor may use. */
export async function worklistOptions(
  _db: Db,
  _actor: Actor,
): Promise<{
  services: { id: number; name: import('../../db/schema').Bilingual }[];
  centres: { code: string; name: import('../../db/schema').Bilingual }[];
  units: { code: string; name: import('../../db/schema').Bilingual }[];
  assignees: { id: number; name: string }[];
}> {
  throw new Error('not yet');
}
