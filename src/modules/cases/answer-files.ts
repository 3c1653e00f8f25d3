/**
 * The files of an applicant's online answer kept while its form comes back with an error (an answer too
 * long, another file refused): the resident does not choose them again, as a well-made form keeps what was
 * typed. Kept for the form they were sent with, for one answer form of a case at a time (keeping files for a
 * new form lets go of another form's) and for a day at most, so that a holder of the number and code can keep
 * at most one answer's worth of files. Sent, they become the answer's documents in its transaction.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { answerFile } from '../../db/schema';
import type { Tx } from '../../platform/audit/service';
import type { CheckedFile } from '../../platform/uploads/service';

/** How long a kept file waits for its answer. */
export const ANSWER_FILE_KEPT_MS = 24 * 60 * 60 * 1000;

/** A kept file's id, as the form carries it. */
export const KEPT_FILE_ID = /^[A-Za-z0-9_-]{22}$/;

/** A kept file as the form shows it. */
export interface KeptFile {
  id: string;
  filename: string;
  size: number;
}

/** A kept file with what the answer's document is made of. */
export type KeptAnswerFile = KeptFile & CheckedFile;

/** Keeps `files` for the answer form `formKey` of the case, letting go of other forms' and of old ones. */
export async function keepAnswerFiles(
  db: Db,
  caseId: number,
  formKey: string,
  files: CheckedFile[],
): Promise<KeptFile[]> {
  if (files.length === 0) return [];
  const rows = files.map((f) => ({ id: randomBytes(16).toString('base64url'), caseId, formKey, ...f }));
  await db.transaction(async (tx) => {
    await tx
      .delete(answerFile)
      .where(
        or(
          and(eq(answerFile.caseId, caseId), ne(answerFile.formKey, formKey)),
          lt(answerFile.createdAt, new Date(Date.now() - ANSWER_FILE_KEPT_MS)),
        ),
      );
    await tx.insert(answerFile).values(rows);
  });
  return rows.map((r) => ({ id: r.id, filename: r.filename, size: r.size }));
}

/** The files of `ids` kept for this form of the case and not yet too old, in the order of `ids`. */
export async function keptAnswerFiles(
  db: Db,
  caseId: number,
  formKey: string,
  ids: string[],
): Promise<KeptAnswerFile[]> {
  const wanted = ids.filter((id) => KEPT_FILE_ID.test(id));
  if (wanted.length === 0) return [];
  const rows = await db
    .select()
    .from(answerFile)
    .where(
      and(
        eq(answerFile.caseId, caseId),
        eq(answerFile.formKey, formKey),
        inArray(answerFile.id, wanted),
        // Older ones may still be there until someone keeps files again: they are gone all the same.
        gt(answerFile.createdAt, new Date(Date.now() - ANSWER_FILE_KEPT_MS)),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return wanted.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [{ id, filename: r.filename, size: r.size, mediaType: r.mediaType, sha256: r.sha256, bytes: r.bytes }]
      : [];
  });
}

/** Lets go of every file kept for the case's answers (its answer was sent). */
export async function dropAnswerFiles(tx: Tx, caseId: number): Promise<void> {
  await tx.delete(answerFile).where(eq(answerFile.caseId, caseId));
}
