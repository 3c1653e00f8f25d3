import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/connection';
import type { Actor } from '../auth/actor';
import type { CheckedFile } from './files';
import * as store from './store';

export {
  ALLOWED_MEDIA_TYPES,
  type CheckedFile,
  checkFile,
  type FileProblem,
  MAX_FILE_BYTES,
  MAX_FILES,
} from './files';
export { extensionsOf, mismatchMessage, mismatchParams, NAME_MISMATCH } from './names';

/** A staged file as a form shows it (the bytes stay in the database). */
export interface StagedFile {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
}

const ID = /^[A-Za-z0-9_-]{22}$/;
const KEEP_HOURS = 24;

/** Keeps a checked file for the signed-in member of staff until their form is accepted. */
export async function stageFile(db: Db, actor: Actor, file: CheckedFile): Promise<StagedFile> {
  const id = randomBytes(16).toString('base64url').slice(0, 22);
  await store.insertStaged(db, { id, staffUserId: actor.id, ...file });
  return { id, filename: file.filename, mediaType: file.mediaType, size: file.size };
}

/** The actor's own staged files among the ids a form sent back; ids of others or unknown ids are ignored. */
export async function stagedFiles(
  db: Db,
  actor: Actor,
  ids: string[],
): Promise<(StagedFile & { bytes: Buffer })[]> {
  const valid = [...new Set(ids.filter((id) => ID.test(id)))].slice(0, 20);
  const rows = await store.selectStaged(db, actor.id, valid);
  return rows.map((r) => ({
    id: r.id,
    filename: r.filename,
    mediaType: r.mediaType,
    size: r.size,
    bytes: r.bytes,
  }));
}

export async function discardStaged(db: Db, actor: Actor, ids: string[]): Promise<void> {
  await store.deleteStaged(
    db,
    actor.id,
    ids.filter((id) => ID.test(id)),
  );
}

/** Removes what was staged long ago and never used (a form abandoned). */
export async function sweepStaged(db: Db, now = new Date()): Promise<number> {
  return store.deleteStagedBefore(db, new Date(now.getTime() - KEEP_HOURS * 3_600_000));
}
