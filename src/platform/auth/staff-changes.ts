import type { Db } from '../../db/connection';

/**
 * A signal that staff accounts or their roles changed in this process, for what other modules keep of
 * them in memory (the worklist's assignee choices). Raised after the change committed, so a read made
 * while it was being written is not kept. Changes made by another process (the CLI) reach such caches
 * when they expire.
 */
let generation = 0;

export function staffChanged(): void {
  generation++;
}

export function staffGeneration(): number {
  return generation;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Runs `write` in a transaction and signals the change once it ended (committed or not). */
export async function changingStaff<T>(db: Db, write: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(write);
  } finally {
    staffChanged();
  }
}
