import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import type { CaseStatus } from '../../db/schema';
import { systemActor } from '../../platform/auth/actor';
import { partyNameSql } from '../parties/service';
import { accessCodeMatches, hashAccessCode } from './access-code';
import * as store from './store';
import type { CaseView, PublicCaseView } from './types';
import { getCase } from './views';

/**
 * What the online confirmation says of a case just sent: whether its registration mail was queued (the
 * applicant, or the person on record, has an e-mail address), and for someone else the person applied for.
 */
export async function confirmationFacts(
  db: Db,
  caseId: number,
): Promise<{ mailed: boolean; representedName: string | null }> {
  const [row] = await query<{ mailed: boolean; representedName: string | null }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM outbox_message WHERE event_key = ${`case:${caseId}:registered`}) AS mailed,
          (SELECT ${partyNameSql(sql`c.applicant_id`)} FROM case_file c
            WHERE c.id = ${caseId} AND c.representative_id IS NOT NULL) AS "representedName"`,
  );
  return { mailed: Boolean(row?.mailed), representedName: row?.representedName ?? null };
}

/** Events a resident sees (never who did them, never internal notes). */
const PUBLIC_EVENTS = new Set([
  'registered',
  'assign',
  'forward',
  'request_info',
  'info_received',
  'extend',
  'suspend',
  'decide',
  'ready_for_issue',
  'issue',
  'withdraw',
  'reject',
]);

/** A hash to compare against when the number is unknown, so both failures take the same work. */
const DUMMY_HASH = hashAccessCode('-', '-');

/**
 * A registration number as a resident may type it from paper — `iln 2026 58`, `ILN-2026-000058`,
 * `ILN/2026/58` — written as the registry writes it (`ILN/2026/000058`). Anything else is only trimmed
 * and upper-cased.
 */
export function normaliseRegistrationNumber(raw: string): string {
  const typed = raw.trim().toUpperCase();
  const m = /^([A-Z]{2,6})[\s/\\._\-–]+(\d{4})[\s/\\._\-–]+(\d{1,6})$/.exec(typed);
  return m ? `${m[1]}/${m[2]}/${m[3]!.padStart(6, '0')}` : typed;
}

export async function caseForResident(
  db: Db,
  number: string,
  accessCode: string,
): Promise<store.CaseRow | undefined> {
  const c = await store.selectCaseByNumber(db, normaliseRegistrationNumber(number));
  const ok = accessCodeMatches(c?.registrationNumber ?? '-', accessCode, c?.accessCodeHash || DUMMY_HASH);
  if (!c || !ok || !c.accessCodeHash || c.personalDataRemovedAt) return undefined;
  return c;
}

export async function trackCase(
  db: Db,
  number: string,
  accessCode: string,
): Promise<PublicCaseView | undefined> {
  if (
    typeof number !== 'string' ||
    typeof accessCode !== 'string' ||
    number.length > 40 ||
    accessCode.length > 40
  )
    return undefined;
  const c = await caseForResident(db, number, accessCode);
  if (!c) return undefined;
  const [ctx, events, documents] = await Promise.all([
    store.selectCaseContext(db, c),
    store.selectEvents(db, c.id),
    store.selectDocuments(db, c.id),
  ]);
  const lastRequest = events.findLast((e) => e.type === 'request_info');
  const todo: PublicCaseView['todo'] =
    c.status === 'awaiting_applicant'
      ? { kind: 'send_information', message: lastRequest?.reason ?? '' }
      : c.status === 'ready_for_issue' || (c.status === 'decided' && c.deliveryChannel === 'download')
        ? { kind: 'collect' }
        : { kind: 'nothing' };
  const issueEvent = c.status === 'issued' ? events.findLast((e) => e.type === 'issue') : undefined;
  const issued = issueEvent ? issuedFrom(issueEvent.data) : null;
  // Issued electronically, the result is the download, whatever way was chosen at intake.
  const downloadable =
    (c.deliveryChannel === 'download' && ['decided', 'ready_for_issue', 'issued'].includes(c.status)) ||
    issued?.how === 'electronic';
  return {
    registrationNumber: c.registrationNumber,
    serviceName: ctx.serviceName,
    status: c.status,
    receivedOn: c.receivedOn,
    dueOn: c.dueOn,
    paused: c.pausedSince !== null,
    decision: c.decision,
    history: events
      .filter((e) => PUBLIC_EVENTS.has(e.type))
      .map((e) => ({ at: e.at, type: e.type, toStatus: (e.toStatus as CaseStatus | null) ?? null })),
    todo,
    delivery: {
      channel: c.deliveryChannel,
      centre:
        c.deliveryCentre && ctx.deliveryCentreName
          ? { code: c.deliveryCentre, name: ctx.deliveryCentreName, address: ctx.deliveryCentreAddress ?? '' }
          : null,
    },
    issued,
    downloads: downloadable
      ? documents
          .filter((d) => d.direction === 'out' && !d.removedAt)
          .map((d) => ({ id: d.id, filename: d.filename, registryNumber: d.registryNumber }))
      : [],
  };
}

function issuedFrom(data: Record<string, unknown>): PublicCaseView['issued'] {
  const how = (['in_person', 'post', 'electronic'] as const).find((h) => h === data.how) ?? 'in_person';
  return { how, postedOn: how === 'post' && typeof data.postedOn === 'string' ? data.postedOn : null };
}

export async function trackedDocument(db: Db, number: string, accessCode: string, documentId: number) {
  const view = await trackCase(db, number, accessCode);
  if (!view?.downloads.some((d) => d.id === documentId)) return undefined;
  const [doc] = await query<{ filename: string; mediaType: string; bytes: Buffer }>(
    db,
    sql`SELECT filename, media_type AS "mediaType", bytes FROM case_document WHERE id = ${documentId} AND bytes IS NOT NULL`,
  );
  if (!doc) return undefined;
  return { ...doc, bytes: Buffer.isBuffer(doc.bytes) ? doc.bytes : Buffer.from(doc.bytes) };
}

/** The case whose receipt the holder of its number and access code may download (the same receipt as at the desk). */
export async function caseForReceipt(
  db: Db,
  number: string,
  accessCode: string,
): Promise<CaseView | undefined> {
  if (
    typeof number !== 'string' ||
    typeof accessCode !== 'string' ||
    number.length > 40 ||
    accessCode.length > 40
  )
    return undefined;
  const c = await caseForResident(db, number, accessCode);
  return c ? getCase(db, systemActor('resident receipt'), c.id) : undefined;
}
