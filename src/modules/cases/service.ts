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
import { isRowId } from '../../db/row-id';
import { recordAudit } from '../../platform/audit/service';
import type { Actor } from '../../platform/auth/actor';
import { todayInRiga } from './deadlines';
import { checkDocuments } from './documents';
import * as intake from './intake';
import { maySee } from './lifecycle';
import { registerDocument } from './registry';
import { retentionUntil } from './retention';
import * as store from './store';
import type {
  ApplicationInput,
  CorrespondenceInput,
  CorrespondenceResult,
  DocumentInput,
  IntakeResult,
} from './types';

export { findForeignPerson, findPartyByCode } from '../parties/service';
export { act } from './actions';
export { MAX_DOCUMENTS } from './documents';
export { exportPartyData, mayExportParties } from './export';
export { mayRegister, serviceForIntake } from './intake';
export { allowedActions, type CaseScopeFacts } from './lifecycle';
export {
  ANSWER_KEY,
  ANSWER_MAX_BYTES,
  ANSWER_MAX_FILES,
  ANSWER_MAX_LENGTH,
  type AnswerProblem,
  type AnswerRequest,
  type AnswerResult,
  answerOnline,
  answerRequest,
} from './online-answer';
export { trackedReceiptHref, trackingHref } from './paths';
export {
  CLOSED_STATUSES,
  listPublicRequests,
  OPEN_STATUSES,
  type PublicRequest,
  type PublicRequestFilter,
} from './public-requests';
export { type RetentionReport, runRetention } from './retention';
export { caseForReceipt, confirmationFacts, trackCase, trackedDocument } from './tracking';
export * from './types';
export {
  type CaseWork,
  caseWork,
  findCaseByNumber,
  getCase,
  getCaseDocument,
  listCases,
  unitOptions,
  unmaskPartyCode,
  worklistOptions,
} from './views';

/** Registers an application (R7): numbered, routed to the owner unit (R8), deadline set, mail queued — one transaction. */
export async function registerApplication(
  db: Db,
  actor: Actor,
  input: ApplicationInput,
): Promise<IntakeResult> {
  return intake.registerApplication(db, actor, input);
}

/** Other incoming mail, numbered in the same registry; linked to a case only if the actor may see it. */
export async function registerCorrespondence(
  db: Db,
  actor: Actor,
  input: CorrespondenceInput,
): Promise<CorrespondenceResult> {
  return intake.registerCorrespondence(db, actor, input, async (caseId) => {
    const c = isRowId(caseId) ? await store.selectCase(db, caseId) : undefined;
    return Boolean(c && maySee(actor, c));
  });
}

/**
 * "Done on the spot" (R12): registers, decides (granted) and issues at the desk in one transaction; it is
 * numbered and counted like any case. An optional document is the issued result, numbered as outgoing.
 */
export async function doOnTheSpot(
  db: Db,
  actor: Actor,
  input: ApplicationInput & { summary?: string; document?: DocumentInput },
): Promise<IntakeResult> {
  const version = Number.isInteger(input.serviceVersionId)
    ? await store.selectVersionForIntake(db, input.serviceVersionId, todayInRiga())
    : undefined;
  if (version && !version.onTheSpot)
    return { ok: false, problems: [{ field: 'serviceVersionId', code: 'not_on_the_spot' }] };
  const doc = input.document ? await checkDocuments([input.document], 'document') : undefined;
  if (doc && doc.problems.length > 0) return { ok: false, problems: doc.problems };
  return intake.registerApplication(
    db,
    actor,
    { ...input, delivery: input.delivery ?? { channel: 'centre', centreCode: input.centreCode } },
    {
      onTheSpot: true,
      complete: async (tx, created, v) => {
        const today = todayInRiga();
        let registryNumber: string | undefined;
        if (doc?.checked[0]) {
          const entry = await registerDocument(tx, {
            direction: 'out',
            kind: 'decision',
            caseId: created.id,
            subject: `Lēmums: ${created.registrationNumber}`,
            registeredBy: actor.kind === 'staff' ? actor.id : null,
          });
          registryNumber = entry.number;
          await store.insertDocuments(tx, created.id, 'out', doc.checked, entry);
        }
        await store.updateCaseQuietly(tx, created.id, {
          status: 'issued',
          decision: 'granted',
          decidedOn: today,
          closedAt: new Date(),
          retentionUntil: await retentionUntil(tx, v.serviceId, today),
        });
        const who = {
          caseId: created.id,
          actorKind: actor.kind === 'staff' ? ('staff' as const) : ('system' as const),
          actorId: actor.kind === 'staff' ? actor.id : null,
          actorName: actor.name,
        };
        await store.insertEvent(tx, {
          ...who,
          type: 'decide',
          fromStatus: 'registered',
          toStatus: 'decided',
          reason: input.summary?.trim() || null,
          data: { decision: 'granted', onTheSpot: true, ...(registryNumber ? { registryNumber } : {}) },
        });
        await store.insertEvent(tx, {
          ...who,
          type: 'issue',
          fromStatus: 'decided',
          toStatus: 'issued',
          data: { how: 'in_person', centre: created.centreIn, onTheSpot: true },
        });
        await recordAudit(tx, {
          actor,
          action: 'case.done_on_the_spot',
          entity: 'case_file',
          entityId: created.id,
          after: { status: 'issued', decision: 'granted', registryNumber: registryNumber ?? null },
        });
      },
    },
  );
}
