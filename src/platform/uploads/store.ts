import { and, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { stagedUpload } from '../../db/schema';

export type StagedRow = typeof stagedUpload.$inferSelect;

export async function insertStaged(db: Db, row: typeof stagedUpload.$inferInsert): Promise<void> {
  await db.insert(stagedUpload).values(row);
}

export async function selectStaged(db: Db, staffUserId: number, ids: string[]): Promise<StagedRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(stagedUpload)
    .where(and(eq(stagedUpload.staffUserId, staffUserId), inArray(stagedUpload.id, ids)));
}

export async function deleteStaged(db: Db, staffUserId: number, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .delete(stagedUpload)
    .where(and(eq(stagedUpload.staffUserId, staffUserId), inArray(stagedUpload.id, ids)));
}

export async function deleteStagedBefore(db: Db, before: Date): Promise<number> {
  const gone = await db
    .delete(stagedUpload)
    .where(lt(stagedUpload.createdAt, before))
    .returning({ id: stagedUpload.id });
  return gone.length;
}
