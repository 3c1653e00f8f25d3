import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import { type OutboxStatus, outboxMessage } from '../../db/schema';

export type OutboxRow = typeof outboxMessage.$inferSelect;

export interface NewMail {
  eventKey: string;
  caseId: number | null;
  recipient: string;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
}

/**
 * Queues a message unless its event key is already there (then nothing changes). Due from the app's
 * clock, in its milliseconds: the workers compare with that clock, and the database's now()
 * (microseconds) could lie a fraction of a millisecond after it.
 */
export function insertMailSql(mail: NewMail): SQL {
  return sql`INSERT INTO outbox_message (event_key, case_id, recipient, subject, body_text, body_html, next_attempt_at)
    VALUES (${mail.eventKey}, ${mail.caseId}, ${mail.recipient}, ${mail.subject}, ${mail.bodyText}, ${mail.bodyHtml},
      ${new Date().toISOString()}::timestamptz)
    ON CONFLICT (event_key) DO NOTHING`;
}

export async function insertMail(db: Db, mail: NewMail): Promise<boolean> {
  const rows = await query<{ id: number }>(db, sql`${insertMailSql(mail)} RETURNING id`);
  return rows.length > 0;
}

export interface ClaimedMail {
  id: number;
  eventKey: string;
  recipient: string;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  attempts: number;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Claims up to `limit` messages due at `now` for one worker, in one statement: rows another worker is
 * claiming at the same moment are skipped (FOR UPDATE SKIP LOCKED), and a claimed row is no longer
 * "pending", so no two workers ever hold the same message. No transaction stays open while mail is sent.
 */
export async function claimDue(
  db: Db,
  opts: { now: Date; token: string; until: Date; limit: number },
): Promise<ClaimedMail[]> {
  return query<ClaimedMail>(
    db,
    sql`UPDATE outbox_message
        SET status = 'sending', claim_token = ${opts.token}, claimed_until = ${ts(opts.until)},
            attempts = attempts + 1
        WHERE status = 'pending' AND id IN (
          SELECT id FROM outbox_message
          WHERE status = 'pending' AND next_attempt_at <= ${ts(opts.now)}
          ORDER BY next_attempt_at, id
          LIMIT ${opts.limit}
          FOR UPDATE SKIP LOCKED)
        RETURNING id, event_key AS "eventKey", recipient, subject, body_text AS "bodyText",
          body_html AS "bodyHtml", attempts`,
  );
}

export async function markSent(db: Db, id: number, token: string, at: Date): Promise<void> {
  await db
    .update(outboxMessage)
    .set({ status: 'sent', sentAt: at, claimToken: null, claimedUntil: null, lastError: null })
    .where(and(eq(outboxMessage.id, id), eq(outboxMessage.claimToken, token)));
}

/** After a failed attempt: try again at `retryAt`, or give up (status failed) when it is null. */
export async function markAttemptFailed(
  db: Db,
  id: number,
  token: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .update(outboxMessage)
    .set({
      status: retryAt ? 'pending' : 'failed',
      nextAttemptAt: retryAt ?? undefined,
      lastError: error.slice(0, 2000),
      claimToken: null,
      claimedUntil: null,
    })
    .where(and(eq(outboxMessage.id, id), eq(outboxMessage.claimToken, token)));
}

/**
 * Messages whose worker stopped while sending (the claim ran out without an answer): they may have
 * gone out, so they are not sent again but marked failed for a person to check and queue again.
 */
export async function failAbandonedClaims(db: Db, now: Date, error: string): Promise<number> {
  const rows = await query<{ id: number }>(
    db,
    sql`UPDATE outbox_message
        SET status = 'failed', last_error = ${error}, claim_token = NULL, claimed_until = NULL
        WHERE status = 'sending' AND claimed_until < ${ts(now)}
        RETURNING id`,
  );
  return rows.length;
}

/** A failed message queued again by a person (e.g. after checking that it did not go out). */
export async function requeue(db: Db, id: number, now: Date): Promise<boolean> {
  const rows = await db
    .update(outboxMessage)
    .set({ status: 'pending', nextAttemptAt: now, lastError: null })
    .where(and(eq(outboxMessage.id, id), eq(outboxMessage.status, 'failed')))
    .returning({ id: outboxMessage.id });
  return rows.length > 0;
}

export async function selectMessages(
  db: Db,
  filter: { caseId?: number; status?: OutboxStatus; limit: number },
): Promise<OutboxRow[]> {
  const conditions = [
    filter.caseId === undefined ? undefined : eq(outboxMessage.caseId, filter.caseId),
    filter.status === undefined ? undefined : eq(outboxMessage.status, filter.status),
  ].filter((c) => c !== undefined);
  return db
    .select()
    .from(outboxMessage)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(outboxMessage.id))
    .limit(filter.limit);
}
