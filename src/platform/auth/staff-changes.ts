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

/** Runs `write` (a committed transaction) and then signals the change, also when it failed half-way. */
export async function changingStaff<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } finally {
    staffChanged();
  }
}
