/**
 * enqueueMail of contracts.md until the platform's outbox (src/platform/outbox) is merged: then this file
 * becomes a re-export of it. Until then mail is recorded nowhere.
 */
import type { Db } from '../../db/connection';

export async function enqueueMail(
  _tx: Db,
  _mail: { to: string; subject: string; text: string; html?: string; eventKey: string; caseId?: number },
): Promise<void> {}
