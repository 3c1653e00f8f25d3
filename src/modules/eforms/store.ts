import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
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

/**
 * A draft that may still change: not sent, and not being sent (a claim older than two minutes, of a
 * process that died while registering, no longer holds it).
 */
const open = (id: number) =>
  and(
    eq(applicationDraft.id, id),
    isNull(applicationDraft.submittedCaseId),
    or(
      isNull(applicationDraft.submittingSince),
      lte(applicationDraft.submittingSince, sql`now() - interval '2 minutes'`),
    ),
  );

/**
 * Saves what changed; every save moves the draft's expiry 30 days on. False when the draft is sent or
 * being sent (another window submitted it): then nothing is saved.
 */
export async function updateDraft(
  db: Db,
  id: number,
  change: Partial<Pick<DraftRow, 'answers' | 'applicant' | 'delivery' | 'currentStep' | 'locale'>>,
  expiresAt: Date,
): Promise<boolean> {
  const rows = await db
    .update(applicationDraft)
    .set({ ...change, updatedAt: new Date(), expiresAt })
    .where(open(id))
    .returning({ id: applicationDraft.id });
  return rows.length === 1;
}

/**
 * updateDraft, and draft files deleted with it: choosing oneself drops the proof of representation (its field
 * code), an answer that hides a file question drops the files it had when the answer was checked (their ids:
 * not one attached since, from another tab, while the question was shown).
 */
export async function updateDraftDroppingFiles(
  db: Db,
  id: number,
  change: Parameters<typeof updateDraft>[2],
  expiresAt: Date,
  drop: { fieldCode: string } | { fileIds: number[] },
): Promise<boolean> {
  if ('fileIds' in drop && drop.fileIds.length === 0) return updateDraft(db, id, change, expiresAt);
  return whileOpen(db, id, async (tx) => {
    await tx
      .update(applicationDraft)
      .set({ ...change, updatedAt: new Date(), expiresAt })
      .where(eq(applicationDraft.id, id));
    await tx
      .delete(draftFile)
      .where(
        and(
          eq(draftFile.draftId, id),
          'fileIds' in drop ? inArray(draftFile.id, drop.fileIds) : eq(draftFile.fieldCode, drop.fieldCode),
        ),
      );
  });
}

/**
 * Runs `change` on the draft's files while the draft row is locked and still open: a submission's claim
 * (an UPDATE of that row) waits for it, or it sees the claim and changes nothing (false).
 */
async function whileOpen(db: Db, id: number, change: (tx: Db) => Promise<void>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: applicationDraft.id })
      .from(applicationDraft)
      .where(open(id))
      .for('update');
    if (!row) return false;
    await change(tx);
    return true;
  });
}

/**
 * Claims the draft for submission: true for exactly one of several requests at once. A claim older than
 * two minutes (a process that died while registering) may be taken over.
 */
export async function claimForSubmission(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .update(applicationDraft)
    .set({ submittingSince: new Date() })
    .where(open(id))
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

/** Attaches a file to an open draft; false (nothing stored) when the draft is sent or being sent. */
export async function insertFile(
  db: Db,
  row: Omit<typeof draftFile.$inferInsert, 'id' | 'createdAt'>,
): Promise<boolean> {
  return whileOpen(db, row.draftId, async (tx) => {
    await tx.insert(draftFile).values(row);
  });
}

/** Removes a file from an open draft; false (nothing removed) when the draft is sent or being sent. */
export async function deleteFile(db: Db, draftId: number, fileId: number): Promise<boolean> {
  return whileOpen(db, draftId, async (tx) => {
    await tx.delete(draftFile).where(and(eq(draftFile.draftId, draftId), eq(draftFile.id, fileId)));
  });
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
