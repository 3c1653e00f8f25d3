import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/connection';
import { searchSynonym } from '../../db/schema';
import { recordAudit } from '../../platform/audit/service';
import { type Actor, hasRole } from '../../platform/auth/actor';
import { ForbiddenError } from '../../platform/errors';
import { normaliseQuery } from './service';
import * as store from './store';

/** Editors keep the search's related terms (issue 6 point 22); the administrator may too. */
export function mayEditSearchTerms(actor: Actor): boolean {
  return hasRole(actor, 'editor') || hasRole(actor, 'admin');
}

export function assertMay(actor: Actor): void {
  if (!mayEditSearchTerms(actor)) throw new ForbiddenError();
}

export const synonymInputSchema = z.object({
  term: z.string().trim().min(2, 'term.required').max(100, 'term.long'),
  related: z.string().trim().min(2, 'related.required').max(1000, 'related.long'),
});
export type SynonymInput = z.infer<typeof synonymInputSchema>;

export async function listSynonyms(db: Db, actor: Actor) {
  assertMay(actor);
  return store.selectSynonyms(db);
}

/** Adds a term; 'duplicate' when the same term (in any case) is already there. */
export async function addSynonym(db: Db, actor: Actor, input: SynonymInput): Promise<'added' | 'duplicate'> {
  assertMay(actor);
  const existing = await store.selectSynonyms(db);
  if (existing.some((s) => normaliseQuery(s.term) === normaliseQuery(input.term))) return 'duplicate';
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(searchSynonym).values(input).returning();
    await recordAudit(tx, {
      actor,
      action: 'search.synonym_added',
      entity: 'search_synonym',
      entityId: row!.id,
      after: input,
    });
  });
  return 'added';
}

export async function deleteSynonym(db: Db, actor: Actor, id: number): Promise<boolean> {
  assertMay(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(searchSynonym).where(eq(searchSynonym.id, id)).returning();
    if (!row) return false;
    await recordAudit(tx, {
      actor,
      action: 'search.synonym_deleted',
      entity: 'search_synonym',
      entityId: id,
      before: { term: row.term, related: row.related },
    });
    return true;
  });
}
