import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { applicationDraft, draftFile } from '../../db/schema';

export type DraftRow = typeof applicationDraft.$inferSelect;
export type DraftFileRow = Omit<typeof draftFile.$inferSelect, 'bytes'>;

export async function insertDraft(db: Db, row: typeof applicationDraft.$inferInsert): Promise<DraftRow> {
  const [created] = await db.insert(applicationDraft).values(row).returning();
  return created!;
}

export async function selectDraftByTokenHash(db: Db, tokenHash: string): Promise<DraftRow | undefined> {
  const [row] = await db.select().from(applicationDraft).where(eq(applicationDraft.tokenHash, tokenHash));
  return row;
}

export async function selectDraft(db: Db, id: number): Promise<DraftRow | undefined> {
  const [row] = await db.select().from(applicationDraft).where(eq(applicationDraft.id, id));
  return row;
}

/** Saves what changed; every save moves the draft's expiry 30 days on. */
export async function updateDraft(
  db: Db,
  id: number,
  change: Partial<Pick<DraftRow, 'answers' | 'applicant' | 'delivery' | 'currentStep' | 'locale'>>,
  expiresAt: Date,
): Promise<void> {
  await db
    .update(applicationDraft)
    .set({ ...change, updatedAt: new Date(), expiresAt })
    .where(and(eq(applicationDraft.id, id), isNull(applicationDraft.submittedCaseId)));
}

/**
 * Claims the draft for submission: true for exactly one of several requests at once. A claim older than
 * two minutes (a process that died while registering) may be taken over.
 */
export async function claimForSubmission(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .update(applicationDraft)
    .set({ submittingSince: new Date() })
    .where(
      and(
        eq(applicationDraft.id, id),
        isNull(applicationDraft.submittedCaseId),
        or(
          isNull(applicationDraft.submittingSince),
          lte(applicationDraft.submittingSince, sql`now() - interval '2 minutes'`),
        ),
      ),
    )
    .returning({ id: applicationDraft.id });
  return rows.length === 1;
}

export async function releaseClaim(db: Db, id: number): Promise<void> {
  await db.update(applicationDraft).set({ submittingSince: null }).where(eq(applicationDraft.id, id));
}

/** The case is registered: the draft keeps only its number; its files are now the case's documents. */
export async function markSubmitted(db: Db, id: number, caseId: number, number: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(applicationDraft)
      .set({
        submittedCaseId: caseId,
        submittedNumber: number,
        submittingSince: null,
        answers: {},
        applicant: null,
        delivery: null,
        updatedAt: new Date(),
      })
      .where(eq(applicationDraft.id, id));
    await tx.delete(draftFile).where(eq(draftFile.draftId, id));
  });
}

const fileColumns = {
  id: draftFile.id,
  draftId: draftFile.draftId,
  fieldCode: draftFile.fieldCode,
  filename: draftFile.filename,
  mediaType: draftFile.mediaType,
  size: draftFile.size,
  sha256: draftFile.sha256,
  createdAt: draftFile.createdAt,
};

export async function selectFiles(db: Db, draftId: number): Promise<DraftFileRow[]> {
  return db
    .select(fileColumns)
    .from(draftFile)
    .where(eq(draftFile.draftId, draftId))
    .orderBy(asc(draftFile.id));
}

export async function selectFilesWithBytes(db: Db, draftId: number) {
  return db.select().from(draftFile).where(eq(draftFile.draftId, draftId)).orderBy(asc(draftFile.id));
}

export async function insertFile(
  db: Db,
  row: Omit<typeof draftFile.$inferInsert, 'id' | 'createdAt'>,
): Promise<DraftFileRow> {
  const [created] = await db.insert(draftFile).values(row).returning(fileColumns);
  return created!;
}

export async function deleteFile(db: Db, draftId: number, fileId: number): Promise<void> {
  await db.delete(draftFile).where(and(eq(draftFile.draftId, draftId), eq(draftFile.id, fileId)));
}

export async function countExpired(db: Db, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applicationDraft)
    .where(lte(applicationDraft.expiresAt, now));
  return Number(row?.n ?? 0);
}

/** Deletes the drafts past their expiry; their files go with them (ON DELETE CASCADE). */
export async function deleteExpired(db: Db, now: Date): Promise<number> {
  const rows = await db
    .delete(applicationDraft)
    .where(lte(applicationDraft.expiresAt, now))
    .returning({ id: applicationDraft.id });
  return rows.length;
}
