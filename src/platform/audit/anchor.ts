import { z } from 'zod';
import type { Db } from '../../db/connection';
import { type AuditProblem, verifyAuditChain } from './service';
import * as store from './store';

/**
 * The head of the audit chain at one moment, kept outside the database (a file the operator stores
 * elsewhere or mails daily). A chain that was edited and then re-hashed from the edit onwards passes
 * the hash check, but no longer contains this head: that is what `audit verify --anchor` finds.
 */
export const auditAnchorSchema = z.object({
  /** The id of the last row of the chain ("0" for an empty chain). */
  lastId: z.string().regex(/^\d+$/),
  /** That row's hash (the genesis hash for an empty chain). */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** How many rows the chain held, up to and including that row. */
  count: z.number().int().min(0),
  /** When that row was written (ISO 8601), null for an empty chain. */
  lastAt: z.string().nullable(),
  /** When the anchor was taken (ISO 8601). */
  anchoredAt: z.string(),
});

export type AuditAnchor = z.infer<typeof auditAnchorSchema>;

export type AnchorResult = { ok: true; anchor: AuditAnchor } | { ok: false; problem: AuditProblem };

/** Verifies the chain and returns its head as an anchor; refuses to anchor a broken chain. */
export async function takeAuditAnchor(db: Db): Promise<AnchorResult> {
  const verified = await verifyAuditChain(db);
  if (!verified.ok) return { ok: false, problem: verified.problem };
  const row = verified.lastId === '0' ? undefined : await store.selectAnchorRow(db, verified.lastId);
  return {
    ok: true,
    anchor: {
      lastId: verified.lastId,
      hash: verified.lastHash,
      count: verified.count,
      lastAt: row?.at ?? null,
      anchoredAt: new Date().toISOString(),
    },
  };
}

/** Whether the chain still holds the anchored head, unchanged, with as many rows up to it. */
export async function checkAuditAnchor(db: Db, anchor: AuditAnchor): Promise<string | null> {
  if (anchor.lastId === '0') return null;
  const row = await store.selectAnchorRow(db, anchor.lastId);
  const taken = `the anchor taken ${anchor.anchoredAt}`;
  if (!row) return `row ${anchor.lastId}, the head recorded by ${taken}, is missing from the chain`;
  if (row.hash !== anchor.hash) {
    return (
      `row ${anchor.lastId} now has hash ${row.hash}, but ${taken} recorded ${anchor.hash}: ` +
      'the chain up to it was changed and re-hashed'
    );
  }
  const count = await store.countRowsUpTo(db, anchor.lastId);
  if (count !== anchor.count) {
    return `the chain holds ${count} rows up to row ${anchor.lastId}, but ${taken} recorded ${anchor.count}`;
  }
  return null;
}
