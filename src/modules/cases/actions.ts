import type { Db } from '../../db/connection';
import { type CaseStatus, DECISIONS } from '../../db/schema';
import { recordAudit, type Tx } from '../../platform/audit/service';
import type { Actor } from '../../platform/auth/actor';
import { partyRow } from '../parties/service';
import { extendByPause, loadCalendar, type WorkingCalendar } from './calendar-port';
import { pauseUnit, todayInRiga, workingDaysBetween } from './deadlines';
import { type CheckedDocument, checkDocuments } from './documents';
import { isDay } from './intake';
import { mayAssignOthers, maySee, roleAllows, statusAfter } from './lifecycle';
import { type CaseMailEvent, type CaseMailFacts, queueCaseMail, trackUrl } from './mail';
import { registerDocument } from './registry';
import { retentionUntil } from './retention';
import * as store from './store';
import type { ActResult, CaseAction, Problem } from './types';

const CLOSING: readonly CaseStatus[] = ['forwarded', 'issued', 'rejected', 'withdrawn'];
const MAX_TEXT = 5000;

function text(value: string | undefined, field: string, problems: Problem[], required = true): void {
  if (!value?.trim()) {
    if (required) problems.push({ field, code: 'required' });
  } else if (value.length > MAX_TEXT) problems.push({ field, code: 'invalid' });
}

/** Checks what can be checked without the case: the action's own fields and files. */
async function checkInput(
  action: CaseAction,
  receivedOn: string,
): Promise<{ problems: Problem[]; documents: CheckedDocument[] }> {
  const problems: Problem[] = [];
  let files: { filename: string; bytes: Buffer }[] = [];
  switch (action.type) {
    case 'assign':
      if (!Number.isInteger(action.assigneeId)) problems.push({ field: 'assigneeId', code: 'required' });
      break;
    case 'reroute':
      text(action.unitCode, 'unitCode', problems);
      text(action.reason, 'reason', problems);
      break;
    case 'forward':
      text(action.institution, 'institution', problems);
      text(action.reason, 'reason', problems);
      if (action.letter) files = [action.letter];
      break;
    case 'request_info':
      text(action.message, 'message', problems);
      if (action.letter) files = [action.letter];
      break;
    case 'info_received':
      text(action.note, 'note', problems, false);
      files = action.documents ?? [];
      break;
    case 'suspend':
    case 'extend':
      text(action.reason, 'reason', problems);
      if (!isDay(action.newDueOn)) problems.push({ field: 'newDueOn', code: 'date_invalid' });
      break;
    case 'decide':
      if (!(DECISIONS as readonly string[]).includes(action.decision))
        problems.push({ field: 'decision', code: 'required' });
      text(action.summary, 'summary', problems);
      if (!action.document) problems.push({ field: 'document', code: 'required' });
      else files = [action.document];
      break;
    case 'ready_for_issue':
      break;
    case 'issue':
      if (!['in_person', 'post', 'electronic'].includes(action.how))
        problems.push({ field: 'how', code: 'required' });
      if (action.how === 'post') {
        if (!isDay(action.postedOn)) problems.push({ field: 'postedOn', code: 'date_invalid' });
        else if (action.postedOn > todayInRiga())
          problems.push({ field: 'postedOn', code: 'date_in_future' });
        else if (action.postedOn < receivedOn)
          problems.push({ field: 'postedOn', code: 'date_before_received' });
      }
      text(action.note, 'note', problems, false);
      break;
    case 'withdraw':
    case 'reject':
      text(action.reason, 'reason', problems);
      break;
    default:
      problems.push({ field: 'type', code: 'invalid' });
  }
  const field =
    action.type === 'decide' ? 'document' : action.type === 'info_received' ? 'documents' : 'letter';
  const docs = await checkDocuments(files, field);
  return { problems: [...problems, ...docs.problems], documents: docs.checked };
}

interface Step {
  changes: Partial<store.NewCaseRow>;
  reason?: string | null;
  data?: Record<string, unknown>;
  /** An outgoing (or incoming) document numbered in the registry and attached. */
  registry?: {
    direction: 'in' | 'out';
    kind: 'decision' | 'answer' | 'forwarding' | 'notice' | 'correspondence';
    correspondent: string | null;
    subject: string;
  };
  mail?: { event: CaseMailEvent; suffix?: string } & Partial<
    Pick<CaseMailFacts, 'message' | 'centre' | 'issuedHow' | 'institution'>
  >;
}

export async function act(
  db: Db,
  actor: Actor,
  caseId: number,
  rowVersion: number,
  action: CaseAction,
): Promise<ActResult | undefined> {
  const seen = await store.selectCase(db, caseId);
  if (!seen || !maySee(actor, seen)) return undefined;
  const { problems, documents } = await checkInput(action, seen.receivedOn);
  if (problems.length > 0) return { ok: false, problem: { kind: 'invalid', problems } };
  const cal = await loadCalendar(db);

  return db.transaction(async (tx): Promise<ActResult> => {
    const c = await store.lockCase(tx, caseId);
    if (!c) return { ok: false, problem: { kind: 'not_allowed', status: seen.status, action: action.type } };
    if (!roleAllows(actor, c, action.type))
      return { ok: false, problem: { kind: 'forbidden', action: action.type } };
    if (c.rowVersion !== rowVersion)
      return {
        ok: false,
        problem: { kind: 'stale', currentRowVersion: c.rowVersion, currentStatus: c.status },
      };
    const to = statusAfter(action.type, c.status);
    if (!to) return { ok: false, problem: { kind: 'not_allowed', status: c.status, action: action.type } };

    const step = await plan(tx, actor, c, action, cal);
    if ('problems' in step) return { ok: false, problem: { kind: 'invalid', problems: step.problems } };
    const changes: Partial<store.NewCaseRow> = { ...step.changes, status: to };
    if (CLOSING.includes(to)) {
      changes.closedAt = new Date();
      changes.retentionUntil = await retentionUntil(tx, c.serviceId, todayInRiga());
    }
    const applicant = c.applicantId ? await partyRow(tx, c.representativeId ?? c.applicantId) : undefined;
    let registryNumber: string | undefined;
    if (step.registry) {
      const entry = await registerDocument(tx, {
        ...step.registry,
        caseId: c.id,
        registeredBy: actor.kind === 'staff' ? actor.id : null,
      });
      registryNumber = entry.number;
      await store.insertDocuments(tx, c.id, step.registry.direction, documents, entry);
    }
    const newVersion = await store.updateCase(tx, c.id, changes);
    await store.insertEvent(tx, {
      caseId: c.id,
      actorKind: actor.kind === 'staff' ? 'staff' : 'system',
      actorId: actor.kind === 'staff' ? actor.id : null,
      actorName: actor.name,
      type: action.type,
      fromStatus: c.status,
      toStatus: to,
      reason: step.reason ?? null,
      data: { ...(step.data ?? {}), ...(registryNumber ? { registryNumber } : {}) },
    });
    await recordAudit(tx, {
      actor,
      action: `case.${action.type}`,
      entity: 'case_file',
      entityId: c.id,
      before: {
        status: c.status,
        rowVersion: c.rowVersion,
        dueOn: c.dueOn,
        unit: c.unitCode,
        assignee: c.assigneeId,
      },
      after: {
        status: to,
        rowVersion: newVersion,
        ...step.data,
        ...(registryNumber ? { registryNumber } : {}),
      },
    });
    if (step.mail) {
      const ctx = await store.selectCaseContext(tx, c);
      await queueCaseMail(
        tx,
        step.mail.event,
        applicant ?? undefined,
        {
          caseId: c.id,
          registrationNumber: c.registrationNumber,
          serviceName: ctx.serviceName,
          dueOn: (changes.dueOn as string | undefined) ?? c.dueOn,
          message: step.mail.message,
          centre: step.mail.centre,
          issuedHow: step.mail.issuedHow,
          institution: step.mail.institution,
          trackUrl: trackUrl(applicant?.preferredLanguage ?? 'lv'),
          municipality: ctx.municipalityName,
        },
        step.mail.suffix,
      );
    }
    return { ok: true, caseId: c.id, status: to, rowVersion: newVersion, registryNumber };
  });
}

type Plan = Step | { problems: Problem[] };

/**
 * The applicant's answer restarts the clock stopped by a request for information: the due date (and the
 * latest extension) move by the time it stood still, in the unit of the case's standard. One rule for the
 * answer recorded at a desk and the one sent online (online-answer.ts).
 */
export async function resumeClock(
  tx: Tx,
  c: store.CaseRow,
  cal: WorkingCalendar,
  today = todayInRiga(),
): Promise<{ changes: Partial<store.NewCaseRow>; data: Record<string, unknown> }> {
  const from = c.pausedSince ?? today;
  const unit = pauseUnit((await store.processingTimeUnit(tx, c.serviceVersionId)) ?? 'working_days');
  const dueOn = extendByPause(cal, c.dueOn, from, today, unit);
  const maxDueOn = c.maxDueOn ? extendByPause(cal, c.maxDueOn, from, today, unit) : null;
  return {
    changes: { pausedSince: null, dueOn, maxDueOn },
    data: { pausedFrom: from, resumedOn: today, dueBefore: c.dueOn, dueAfter: dueOn },
  };
}

async function plan(
  tx: Tx,
  actor: Actor,
  c: store.CaseRow,
  action: CaseAction,
  cal: WorkingCalendar,
): Promise<Plan> {
  const today = todayInRiga();
  switch (action.type) {
    case 'assign': {
      const staff = await store.selectUnitStaff(tx, c.unitCode);
      const person = staff.find((s) => s.id === action.assigneeId);
      const self = actor.kind === 'staff' && action.assigneeId === actor.id;
      if (!person || (!self && !mayAssignOthers(actor, c)))
        return { problems: [{ field: 'assigneeId', code: 'assignee_unknown' }] };
      return {
        changes: { assigneeId: person.id },
        data: { assigneeId: person.id, assigneeName: person.name },
      };
    }
    case 'reroute': {
      if (action.unitCode === c.unitCode || !(await store.unitExists(tx, action.unitCode)))
        return { problems: [{ field: 'unitCode', code: 'unit_unknown' }] };
      return {
        changes: { unitCode: action.unitCode, assigneeId: null },
        reason: action.reason.trim(),
        data: { fromUnit: c.unitCode, toUnit: action.unitCode },
      };
    }
    case 'forward': {
      const took = workingDaysBetween(cal, c.receivedOn, today);
      return {
        changes: { forwardedTo: action.institution.trim(), forwardingWorkingDays: took },
        reason: action.reason.trim(),
        data: { institution: action.institution.trim(), workingDays: took, withinLimit: took <= 5 },
        registry: {
          direction: 'out',
          kind: 'forwarding',
          correspondent: action.institution.trim(),
          subject: `Pārsūtīts: ${c.registrationNumber}`,
        },
        mail: { event: 'forwarded', institution: action.institution.trim() },
      };
    }
    case 'request_info': {
      const n = (await store.countEvents(tx, c.id, 'request_info')) + 1;
      return {
        changes: { pausedSince: today },
        reason: action.message.trim(),
        data: { pausedFrom: today },
        registry: {
          direction: 'out',
          kind: 'notice',
          correspondent: null,
          subject: `Pieprasīta informācija: ${c.registrationNumber}`,
        },
        mail: { event: 'info_requested', suffix: `:${n}`, message: action.message.trim() },
      };
    }
    case 'info_received': {
      const resumed = await resumeClock(tx, c, cal, today);
      const files = (action.documents ?? []).length > 0;
      return {
        ...resumed,
        reason: action.note?.trim() || null,
        registry: files
          ? {
              direction: 'in',
              kind: 'correspondence',
              correspondent: null,
              subject: `Papildu informācija: ${c.registrationNumber}`,
            }
          : undefined,
      };
    }
    case 'suspend':
    case 'extend': {
      if (action.newDueOn <= c.dueOn) return { problems: [{ field: 'newDueOn', code: 'due_not_later' }] };
      if (c.maxDueOn && action.newDueOn > c.maxDueOn)
        return { problems: [{ field: 'newDueOn', code: 'due_beyond_maximum' }] };
      // A time limit ending on a day off ends on the next working day (Administrative Procedure Law):
      // refused, naming that day, so that the date in the notice to the applicant is the real one.
      if (!cal.isWorkingDay(action.newDueOn)) {
        const next = cal.nextWorkingDay(action.newDueOn);
        if (c.maxDueOn && next > c.maxDueOn)
          return { problems: [{ field: 'newDueOn', code: 'due_beyond_maximum' }] };
        return {
          problems: [
            { field: 'newDueOn', code: 'due_not_working_day', params: { day: action.newDueOn, next } },
          ],
        };
      }
      return {
        changes: { dueOn: action.newDueOn },
        reason: action.reason.trim(),
        data: { dueBefore: c.dueOn, dueAfter: action.newDueOn, maxDueOn: c.maxDueOn },
      };
    }
    case 'decide':
      return {
        changes: { decision: action.decision, decidedOn: today },
        reason: action.summary.trim(),
        data: { decision: action.decision },
        registry: {
          direction: 'out',
          kind: 'decision',
          correspondent: null,
          subject: `Lēmums: ${c.registrationNumber}`,
        },
      };
    case 'ready_for_issue': {
      const centre = action.centreCode ?? c.deliveryCentre ?? c.centreIn;
      if (!centre || !(await store.centreExists(tx, centre)))
        return { problems: [{ field: 'centreCode', code: 'centre_unknown' }] };
      return {
        changes: { deliveryCentre: centre },
        data: { centre },
        mail: { event: 'result_ready', centre: await store.centreInfo(tx, centre) },
      };
    }
    case 'issue': {
      const data: Record<string, unknown> = { how: action.how };
      if (action.how === 'post') data.postedOn = action.postedOn;
      if (action.how === 'in_person') data.centre = c.deliveryCentre;
      return {
        changes: {},
        reason: action.note?.trim() || null,
        data,
        mail: action.how === 'in_person' ? undefined : { event: 'result_issued', issuedHow: action.how },
      };
    }
    case 'withdraw':
    case 'reject':
      return { changes: { pausedSince: null }, reason: action.reason.trim() };
  }
}
