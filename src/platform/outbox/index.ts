import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/connection';
import type { OutboxStatus } from '../../db/schema';
import * as store from './store';

export {
  backoffMs,
  DEFAULT_FROM,
  DEFAULT_RETRY,
  type DeliveryOptions,
  type DeliveryResult,
  deliverDueMail,
  type MailWorkerOptions,
  type RetryPolicy,
  smtpTransport,
  startMailWorker,
} from './mail';
export type { OutboxStatus };

export interface MailInput {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Unique per event, e.g. "case:123:registered": the same key is never queued or sent twice. */
  eventKey: string;
  caseId?: number;
}

const mailSchema = z.object({
  to: z.email().max(320),
  subject: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .refine((s) => !/[\r\n]/.test(s), 'A subject is one line'),
  text: z.string().min(1).max(200_000),
  html: z.string().max(500_000).optional(),
  eventKey: z.string().trim().min(1).max(300),
  caseId: z.number().int().positive().optional(),
});

/**
 * Queues an e-mail inside the caller's transaction (`tx`): it is sent only if that transaction commits,
 * and only once per eventKey — queuing the same event again changes nothing. Throws on a malformed
 * message (a programming error, not user input: validate addresses at the edge).
 */
export async function enqueueMail(tx: Db, mail: MailInput): Promise<void> {
  await store.insertMail(tx, newMail(mail));
}

/**
 * The same as one data-modifying statement, for a caller that makes it together with its other writes
 * (a CTE of one round trip). It changes nothing when the eventKey is already queued.
 */
export function enqueueMailSql(mail: MailInput): SQL {
  return store.insertMailSql(newMail(mail));
}

function newMail(mail: MailInput): store.NewMail {
  const m = mailSchema.parse(mail);
  return {
    eventKey: m.eventKey,
    caseId: m.caseId ?? null,
    recipient: m.to,
    subject: m.subject,
    bodyText: m.text,
    bodyHtml: m.html ?? null,
  };
}

export interface OutboxMessage {
  id: number;
  eventKey: string;
  caseId: number | null;
  to: string;
  subject: string;
  status: OutboxStatus;
  /** True once the SMTP server accepted it. */
  sent: boolean;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  /** When the next attempt is due (pending messages only). */
  nextAttemptAt: Date | null;
  lastError: string | null;
}

/** The newest messages first (at most `limit`, default 200), for staff pages. */
export async function listOutbox(
  db: Db,
  filter: { caseId?: number; status?: OutboxStatus; limit?: number } = {},
): Promise<OutboxMessage[]> {
  const rows = await store.selectMessages(db, { ...filter, limit: filter.limit ?? 200 });
  return rows.map((r) => ({
    id: r.id,
    eventKey: r.eventKey,
    caseId: r.caseId,
    to: r.recipient,
    subject: r.subject,
    status: r.status,
    sent: r.status === 'sent',
    attempts: r.attempts,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
    nextAttemptAt: r.status === 'pending' ? r.nextAttemptAt : null,
    lastError: r.lastError,
  }));
}

/** Queues a failed message again (after a person checked it did not go out); false if it is not failed. */
export async function requeueMail(db: Db, id: number, now: Date = new Date()): Promise<boolean> {
  return store.requeue(db, id, now);
}
