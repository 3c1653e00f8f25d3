/**
 * enqueueMail of contracts.md until the platform's (src/platform/outbox) is merged; then this file becomes
 * a re-export of it. It writes the same outbox_message row: one per event key, never two.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';

export async function enqueueMail(
  tx: Db,
  mail: { to: string; subject: string; text: string; html?: string; eventKey: string; caseId?: number },
): Promise<void> {
  await tx.execute(sql`INSERT INTO outbox_message (event_key, case_id, recipient, subject, body_text, body_html)
    VALUES (${mail.eventKey}, ${mail.caseId ?? null}, ${mail.to}, ${mail.subject}, ${mail.text}, ${mail.html ?? null})
    ON CONFLICT (event_key) DO NOTHING`);
}
