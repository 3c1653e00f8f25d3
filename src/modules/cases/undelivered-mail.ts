import type { Db } from '../../db/connection';
import { recordAudit } from '../../platform/audit/service';
import { type Actor, hasRole } from '../../platform/auth/actor';
import { ForbiddenError } from '../../platform/errors';
import { listOutbox, type OutboxMessage, requeueMail } from '../../platform/outbox';

/** Mail that has not gone out is the administrator's and the manager's to see to (issue 8 point 12). */
export function mayHandleMail(actor: Actor): boolean {
  return hasRole(actor, 'admin') || hasRole(actor, 'manager');
}

/** The most mail a page lists. */
export const MAIL_PAGE = 200;

/**
 * Mail to residents that failed for good, and mail still being retried after a failure, newest first. The
 * recipients are personal data: the read is audited (R25).
 */
export async function undeliveredMail(
  db: Db,
  actor: Actor,
): Promise<{ failed: OutboxMessage[]; retrying: OutboxMessage[] }> {
  if (!mayHandleMail(actor)) throw new ForbiddenError();
  const [failed, pending] = await Promise.all([
    listOutbox(db, { status: 'failed', limit: MAIL_PAGE }),
    listOutbox(db, { status: 'pending', limit: MAIL_PAGE }),
  ]);
  const retrying = pending.filter((m) => m.attempts > 0);
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: 'outbox.read',
      entity: 'outbox_message',
      after: { failed: failed.length, retrying: retrying.length },
    }),
  );
  return { failed, retrying };
}

/** Sends a failed message again (after a person checked the address); false when it is not failed. */
export async function sendMailAgain(db: Db, actor: Actor, id: number): Promise<boolean> {
  if (!mayHandleMail(actor)) throw new ForbiddenError();
  return db.transaction(async (tx) => {
    const again = await requeueMail(tx as unknown as Db, id);
    if (again)
      await recordAudit(tx, { actor, action: 'outbox.requeued', entity: 'outbox_message', entityId: id });
    return again;
  });
}
