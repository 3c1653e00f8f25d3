import type { Db } from '../../db/connection';
import { runShaped, type Shaped } from '../../db/shaped-statement';

/**
 * Group commit of filings (ADR 0011). Every filing locks the registry counter and the audit chain head
 * until it commits, so concurrent intakes queue on those locks and each pays a commit (a WAL flush) of
 * its own while the others wait. Here the filings of one process that arrive while another is being
 * filed wait in memory instead, and go together: one transaction, one statement each, one commit. An
 * intake alone is filed at once, as before.
 *
 * Nothing is half-written: if any statement of a batch fails, the transaction rolls back with all of
 * them (the numbers they took included, so no gap), and each filing of the batch is run again on its
 * own, where it succeeds or fails by itself. A caller's answer waits for the commit of its filing.
 */
interface Waiting {
  filing: Shaped;
  resolve(rows: unknown[]): void;
  reject(err: unknown): void;
}

interface Queue {
  running: boolean;
  waiting: Waiting[];
  stats: FilingQueueStats;
}

export interface FilingQueueStats {
  /** Filings committed alone. */
  alone: number;
  /** Batches of more than one filing committed together, and the filings in them. */
  batches: number;
  batched: number;
  /** Batches rolled back because one of their filings failed (each then filed again alone). */
  rolledBack: number;
}

/** Filings in one transaction at most: enough to share a commit, few enough to keep the locks short. */
const MAX_BATCH = 32;
const queues = new WeakMap<Db, Queue>();

function queueOf(db: Db): Queue {
  let q = queues.get(db);
  if (!q) {
    q = { running: false, waiting: [], stats: { alone: 0, batches: 0, batched: 0, rolledBack: 0 } };
    queues.set(db, q);
  }
  return q;
}

/** Files one application's statement (fileApplication), together with any that arrive meanwhile. */
export function fileTogether<T>(db: Db, filing: Shaped): Promise<T[]> {
  const q = queueOf(db);
  return new Promise<T[]>((resolve, reject) => {
    q.waiting.push({ filing, resolve: resolve as (rows: unknown[]) => void, reject });
    if (!q.running) void drain(db, q);
  });
}

/** What the queue of `db` did so far (tests and benchmarks). */
export function filingQueueStats(db: Db): FilingQueueStats {
  return { ...queueOf(db).stats };
}

async function drain(db: Db, q: Queue): Promise<void> {
  q.running = true;
  try {
    while (q.waiting.length > 0) await fileBatch(db, q, q.waiting.splice(0, MAX_BATCH));
  } finally {
    q.running = false;
  }
}

async function alone(db: Db, w: Waiting): Promise<void> {
  try {
    w.resolve(await runShaped(db, w.filing));
  } catch (err) {
    w.reject(err);
  }
}

async function fileBatch(db: Db, q: Queue, batch: Waiting[]): Promise<void> {
  if (batch.length === 1) {
    q.stats.alone++;
    return alone(db, batch[0]!);
  }
  let results: unknown[][];
  try {
    results = await db.transaction(async (tx) => {
      const out: unknown[][] = [];
      for (const w of batch) out.push(await runShaped(tx, w.filing));
      return out;
    });
  } catch {
    // Which one failed, and whether the others would have succeeded, each finds out on its own.
    q.stats.rolledBack++;
    q.stats.alone += batch.length;
    await Promise.all(batch.map((w) => alone(db, w)));
    return;
  }
  q.stats.batches++;
  q.stats.batched += batch.length;
  batch.forEach((w, i) => {
    w.resolve(results[i]!);
  });
}
