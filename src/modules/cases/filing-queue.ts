import { type Db, hasSqlState, violatedConstraint } from '../../db/connection';
import { type FiledRow, type FilingItem, type FilingNumbers, fileApplications } from './filing-sql';
import { isCounterMoved, registryYear } from './registry';

/**
 * Group commit of filings (ADR 0011). Every filing numbers its cases from the registry counter and appends
 * to the audit chain, both held until it commits, so concurrent intakes would queue on those locks and each
 * pay a commit (a WAL flush) of its own while the others wait. Here the filings of one process that arrive
 * while another is being filed wait in memory instead, and go together: one statement files them all
 * (fileApplications), one commit. An intake alone is filed at once, as before.
 *
 * Two statements may be under way (ADR 0013). One sent with nothing else under way takes the registry counter
 * first (it is free then, and that costs least). One sent while another is under way, the queue knowing where
 * the counter will stand after it, writes its cases under the numbers that follow and only then moves the
 * counter on, if it stands there (ADR 0018): the statements write side by side and take the counter one after
 * the other only for their last steps. When the queue does not know where the counter stands (at first, in a
 * new year, after a failure) statements take the counter first, as every other writer does. Where someone
 * else took a number meanwhile, the statement taking the counter first expecting it elsewhere fails before it
 * writes, and those reserving after it fail at their confirmation: all are filed again.
 *
 * Nothing is half-written: a statement is atomic, so if anything of a batch fails — one application, or a
 * number someone else took meanwhile — none of it is written (its numbers included, so no gap), and each
 * application of the batch is filed again alone, taking the counter first, where it succeeds or fails by
 * itself. A caller's answer waits for the commit of its filing.
 */
interface Waiting {
  item: FilingItem;
  resolve(row: FiledRow): void;
  reject(err: unknown): void;
  /** Failed in a batch: filed again alone, nothing else under way, taking the counter first. */
  again: boolean;
  tries: number;
}

/**
 * How a statement numbers its cases (ADR 0018): taking the counter first, the queue not knowing where it
 * stands ('locked') or expecting it somewhere ('expected'); or under numbers the queue reserved after those of
 * the statement before ('reserved'). Statements under way are either 'locked' ones or a chain of one
 * 'expected' or 'reserved' and 'reserved' ones, never both.
 */
type Numbering = 'locked' | 'expected' | 'reserved';

interface Queue {
  /** Filing statements sent and not yet answered, and how they number. */
  inFlight: number;
  numbering: 'locked' | 'chained' | null;
  /** The parties of the statements under way: a party is in one statement at a time (see nextBatch). */
  busyParties: Set<string>;
  /** Where the registry counter stands after the statements sent, when the queue knows. */
  counter: { year: number; last: number } | undefined;
  /** Statements that failed so far: one sent before a failure may fail for that one's sake. */
  failures: number;
  /** Until this time (ms) statements take the counter first: someone else has been taking numbers. */
  lockedUntil: number;
  /** A start is scheduled for the next turn of the event loop. */
  scheduled: boolean;
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
  /** Times a filing statement was sent while another was still under way. */
  overlapped: number;
  /**
   * Statements that wrote under numbers reserved by the queue, and those of them or of the statements expecting
   * the counter somewhere whose numbers were taken meanwhile.
   */
  reserved: number;
  counterMoved: number;
}

/**
 * Applications in one statement at most: enough to share a commit, few enough to keep the locks short.
 * One statement text files any number of applications of any kind (ADR 0018), so a batch takes whatever
 * waits, in arrival order.
 */
const MAX_BATCH = 16;
/** Documents' bytes in one statement at most: one larger application goes alone. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024;
/**
 * Filing statements of one process under way at once: while one finishes, the next writes its cases (or,
 * taking the counter first, waits for it in the database) and the app builds the batch after it.
 */
const MAX_IN_FLIGHT = 2;
/** After numbers reserved by the queue were taken by someone else, statements take the counter first this long. */
const LOCKED_AFTER_MOVE_MS = 1000;
/** Tries of an application filed alone that met a deadlock or a serialisation failure. */
const ALONE_TRIES = 3;
const queues = new WeakMap<Db, Queue>();

function queueOf(db: Db): Queue {
  let q = queues.get(db);
  if (!q) {
    q = {
      inFlight: 0,
      numbering: null,
      busyParties: new Set(),
      counter: undefined,
      failures: 0,
      lockedUntil: 0,
      scheduled: false,
      waiting: [],
      stats: { alone: 0, batches: 0, batched: 0, rolledBack: 0, overlapped: 0, reserved: 0, counterMoved: 0 },
    };
    queues.set(db, q);
  }
  return q;
}

/** Files one application, together with any that arrive meanwhile. */
export function fileTogether(db: Db, item: FilingItem): Promise<FiledRow> {
  const q = queueOf(db);
  return new Promise<FiledRow>((resolve, reject) => {
    q.waiting.push({ item, resolve, reject, again: false, tries: 0 });
    schedule(db, q);
  });
}

/** What the queue of `db` did so far (tests and benchmarks). */
export function filingQueueStats(db: Db): FilingQueueStats {
  return { ...queueOf(db).stats };
}

/**
 * Starts the next batches one turn of the event loop from now, if a statement may go: the intakes that
 * go on from the same moment (the answers of the last batch, requests read together) join a batch
 * instead of queuing behind a lone one.
 */
function schedule(db: Db, q: Queue): void {
  if (q.scheduled || q.inFlight >= MAX_IN_FLIGHT || q.waiting.length === 0) return;
  q.scheduled = true;
  setImmediate(() => {
    q.scheduled = false;
    while (q.inFlight < MAX_IN_FLIGHT && q.waiting.length > 0) {
      const first = q.waiting[0]!;
      if (first.again) {
        if (q.inFlight > 0) return;
        q.waiting.shift();
        send(db, q, [first], 'locked');
        continue;
      }
      const year = registryYear();
      if (q.counter && q.counter.year !== year) q.counter = undefined;
      const known = q.counter !== undefined && Date.now() >= q.lockedUntil;
      // Nothing under way: the counter is free, and taking it first costs least. Under way, with the counter
      // known: the numbers after it. Under way, unknown: wait, or take it first after the one under way.
      let numbering: Numbering;
      if (q.inFlight === 0) numbering = known ? 'expected' : 'locked';
      else if (q.numbering === 'locked') numbering = 'locked';
      else if (known) numbering = 'reserved';
      else return;
      const batch = nextBatch(q, share(q));
      if (batch.length === 0) return;
      send(db, q, batch, numbering);
    }
  });
}

function send(db: Db, q: Queue, batch: Waiting[], numbering: Numbering): void {
  let numbers: FilingNumbers = { way: 'locked' };
  if (numbering === 'locked') {
    // Where it leaves the counter is known only from its answer.
    q.counter = undefined;
  } else {
    const counter = q.counter!;
    const at = { year: counter.year, from: counter.last };
    numbers = numbering === 'reserved' ? { way: 'reserved', ...at } : { way: 'locked', expected: at };
    counter.last += batch.length;
    if (numbering === 'reserved') q.stats.reserved++;
  }
  if (q.inFlight > 0) q.stats.overlapped++;
  q.inFlight++;
  // A statement that expects the counter somewhere chains with the reserving ones after it.
  q.numbering = numbering === 'locked' ? 'locked' : 'chained';
  const parties = batch.flatMap((w) => w.item.partyKeys);
  for (const k of parties) q.busyParties.add(k);
  void fileBatch(db, q, batch, numbers, q.failures).finally(() => {
    for (const k of parties) q.busyParties.delete(k);
    q.inFlight--;
    if (q.inFlight === 0) q.numbering = null;
    schedule(db, q);
  });
}

/**
 * How many of those waiting the next statement takes: with none under way, a share, so that the rest go
 * at once as the next, and the two finish one after the other while the app builds what comes after.
 */
function share(q: Queue): number {
  return Math.min(MAX_BATCH, q.inFlight > 0 ? q.waiting.length : Math.ceil(q.waiting.length / MAX_IN_FLIGHT));
}

/**
 * The next applications, in arrival order, as many as one statement takes, leaving for a later batch one
 * whose party is already in it (one statement cannot write a row twice) or in a statement under way (two
 * statements, each holding a party the other waits for, would wait for each other).
 */
function nextBatch(q: Queue, most: number): Waiting[] {
  const batch: Waiting[] = [];
  const parties = new Set<string>();
  let bytes = 0;
  for (const w of q.waiting) {
    if (batch.length === most) break;
    if (w.again) continue;
    if (batch.length > 0 && bytes + w.item.byteLength > MAX_BATCH_BYTES) continue;
    if (w.item.partyKeys.some((k) => parties.has(k) || q.busyParties.has(k))) continue;
    batch.push(w);
    bytes += w.item.byteLength;
    for (const k of w.item.partyKeys) parties.add(k);
  }
  const taken = new Set(batch);
  q.waiting = q.waiting.filter((w) => !taken.has(w));
  return batch;
}

/** A deadlock or a serialisation failure: filed alone again, it may well go through. */
function isTransient(err: unknown): boolean {
  return hasSqlState(err, '40P01') || hasSqlState(err, '40001');
}

const NUMBER_CONSTRAINTS = new Set([
  'case_file_registration_number_unique',
  'registry_entry_number_unique',
  'registry_entry_year_seq_uq',
]);

/** The numbers the statement used were taken by someone else (the counter moved, or a number is in use). */
function isNumberTaken(err: unknown): boolean {
  if (isCounterMoved(err)) return true;
  return hasSqlState(err, '23505') && NUMBER_CONSTRAINTS.has(violatedConstraint(err) ?? '');
}

async function fileBatch(
  db: Db,
  q: Queue,
  batch: Waiting[],
  numbers: FilingNumbers,
  failuresBefore: number,
): Promise<void> {
  let rows: FiledRow[];
  try {
    rows = await fileApplications(
      db,
      batch.map((w) => w.item),
      numbers,
    );
  } catch (err) {
    q.counter = undefined;
    // Numbers found taken, and not because a statement of this queue before it failed: someone else numbers.
    const failedBefore = q.failures > failuresBefore;
    q.failures++;
    const numbered = numbers.way === 'reserved' || numbers.expected !== undefined;
    if (numbered && isNumberTaken(err) && !failedBefore) {
      q.stats.counterMoved++;
      q.lockedUntil = Date.now() + LOCKED_AFTER_MOVE_MS;
    }
    if (batch.length === 1 && batch[0]!.again) {
      const w = batch[0]!;
      if (isTransient(err) && ++w.tries < ALONE_TRIES) q.waiting.unshift(w);
      else w.reject(err);
      return;
    }
    // Which one failed, and whether the others would have succeeded, each finds out alone.
    if (batch.length > 1) q.stats.rolledBack++;
    for (const w of batch) w.again = true;
    q.waiting.unshift(...batch);
    return;
  }
  if (batch.length === 1) q.stats.alone++;
  else {
    q.stats.batches++;
    q.stats.batched += batch.length;
  }
  if (numbers.way === 'locked') {
    const last = Math.max(...rows.map((r) => r.seq));
    // Taking the counter first, with nothing else under way: it stands where this statement left it. (One
    // that expected it elsewhere than it stood failed before writing: see numberingCtes.)
    if (q.inFlight === 1) q.counter = { year: registryYear(), last };
  }
  batch.forEach((w, i) => {
    w.resolve(rows[i]!);
  });
}
