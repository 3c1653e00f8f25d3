import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Db } from './connection';

/**
 * The catalogue revision (migration 0007: a counter every write to what the public site shows moves)
 * known in memory, so that a cached page or the search index is checked without a query. The
 * database announces each new value with NOTIFY (migration 0019: a trigger on the counter itself,
 * so writes made by hand in SQL are announced too).
 *
 * - PostgreSQL: a dedicated connection LISTENs. Until it is listening, after it is lost and after a
 *   write by this process (whose NOTIFY is still on its way), the revision is read from the database;
 *   it is also read again every `fallbackMs` and after every reconnect, in case a notification was
 *   missed (a bump with the trigger disabled, a connection that dropped without an error).
 * - PGlite: one process owns the database, and PGlite hands its notifications to the listener
 *   before the writing statement returns: no query after the first.
 */
export interface CatalogueRevision {
  /** The current revision: from memory when it is known, otherwise one query. */
  current(): Promise<string>;
  close(): Promise<void>;
}

export const REVISION_CHANNEL = 'pietura_catalogue_revision';
const READ_REVISION = 'SELECT n::text AS n FROM catalogue_revision WHERE id = 1';
const registry = new WeakMap<Db, CatalogueRevision>();

/** The revision of this database's catalogue; a handle without a watcher (a transaction) reads it every time. */
export function catalogueRevision(db: Db): CatalogueRevision {
  return (
    registry.get(db) ?? {
      current: async () => {
        const result = (await db.execute(READ_REVISION)) as unknown as { rows: { n: string }[] };
        return result.rows[0]?.n ?? '0';
      },
      close: async () => {},
    }
  );
}

/** Whether the revision of this handle is watched (an open database), not read every time (a transaction). */
export function hasCatalogueRevision(db: Db): boolean {
  return registry.has(db);
}

export function registerCatalogueRevision(db: Db, revision: CatalogueRevision): void {
  registry.set(db, revision);
}

/** The value held in memory, invalidated by events; a read applies only if no event came meanwhile. */
class KnownValue {
  private value: string | undefined;
  private generation = 0;

  get(): string | undefined {
    return this.value;
  }

  set(value: string | undefined): void {
    this.generation++;
    this.value = value;
  }

  /** Reads, and keeps what was read when nothing happened during the read and `keep()` allows it. */
  async read(reader: () => Promise<string>, keep: () => boolean): Promise<string> {
    const at = this.generation;
    const value = await reader();
    if (at === this.generation && keep()) this.value = value;
    return value;
  }
}

export function pgliteCatalogueRevision(client: PGlite): CatalogueRevision {
  const known = new KnownValue();
  let listening: Promise<() => Promise<void>> | undefined;
  const read = async () => (await client.query<{ n: string }>(READ_REVISION)).rows[0]?.n ?? '0';
  return {
    async current() {
      const value = known.get();
      if (value !== undefined) return value;
      listening ??= client.listen(REVISION_CHANNEL, (payload) => known.set(payload));
      await listening;
      return known.read(read, () => true);
    },
    async close() {
      const unlisten = await listening?.catch(() => undefined);
      await unlisten?.().catch(() => {});
    },
  };
}

const READ_ONLY = /^\s*(select|show|set|begin|start|savepoint|release|listen)\b/i;
/**
 * Begins a statement that writes, but no table behind the catalogue revision (the filing of applications,
 * a read with its audit row): it leaves the revision known, so that a stream of intakes or audited reads
 * does not make every catalogue page and look-up read the revision again. Only for statements whose
 * writes are fixed in the code, never built from input.
 */
export const WRITES_NO_CATALOGUE = '/* writes no catalogue table */';
const LEAVES_CATALOGUE = /^\s*\/\* writes no catalogue table \*\//;
const TRANSACTION_END = /^\s*(commit|rollback|end)\b/i;
const TRANSACTION_START = /^\s*(begin|start)\b/i;

/**
 * A write by this process makes the revision unknown until its NOTIFY arrives (the next page then
 * reads it once): a statement that may write, when it completes outside a transaction, or the end of
 * a transaction that ran one. Installed on every connection of the app's pool.
 */
function watchWrites(client: pg.PoolClient, onWrite: () => void): void {
  let inTransaction = false;
  let wrote = false;
  const query = client.query;
  const done = (text: string) => {
    if (TRANSACTION_START.test(text)) {
      inTransaction = true;
      wrote = false;
    } else if (TRANSACTION_END.test(text)) {
      inTransaction = false;
      if (wrote) onWrite();
      wrote = false;
    } else if (!READ_ONLY.test(text) && !LEAVES_CATALOGUE.test(text)) {
      if (inTransaction) wrote = true;
      else onWrite();
    }
  };
  client.query = function watched(this: pg.PoolClient, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    // Marked before and after: a read running meanwhile is not kept (KnownValue.read).
    if (!READ_ONLY.test(text) && !TRANSACTION_END.test(text) && !LEAVES_CATALOGUE.test(text)) onWrite();
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as (...r: unknown[]) => void;
      args[last] = (...r: unknown[]) => {
        done(text);
        callback(...r);
      };
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    }
    const result = (query as (...a: unknown[]) => unknown).apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(
        () => done(text),
        () => done(text),
      );
    }
    return result;
  } as typeof client.query;
}

export interface PostgresRevisionOptions {
  /** How often the revision is read again in case a notification was missed. */
  fallbackMs?: number;
  /** The first wait before reconnecting a lost listener (doubles up to 30 s). */
  reconnectMs?: number;
}

export function postgresCatalogueRevision(
  pool: pg.Pool,
  url: string,
  opts: PostgresRevisionOptions = {},
): CatalogueRevision {
  const fallbackMs = opts.fallbackMs ?? 5_000;
  const firstWait = opts.reconnectMs ?? 500;
  const known = new KnownValue();
  let listener: pg.Client | undefined;
  let listening = false;
  let started = false;
  let closed = false;
  let wait = firstWait;
  let poll: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  pool.on('connect', (client) => watchWrites(client, () => known.set(undefined)));

  const readWith = async (c: pg.ClientBase | pg.Pool) =>
    (await c.query<{ n: string }>(READ_REVISION)).rows[0]?.n ?? '0';

  const lost = (client: pg.Client) => {
    if (listener !== client) return;
    listener = undefined;
    listening = false;
    known.set(undefined);
    client.end().catch(() => {});
    if (closed) return;
    retry = setTimeout(connect, wait);
    retry.unref();
    wait = Math.min(wait * 2, 30_000);
  };

  const connect = async () => {
    if (closed) return;
    const client = new pg.Client({ connectionString: url, application_name: 'pietura-revision-listener' });
    listener = client;
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    client.on('notification', (message) => {
      if (message.channel === REVISION_CHANNEL && message.payload) known.set(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${REVISION_CHANNEL}`);
      if (listener !== client) return;
      listening = true;
      wait = firstWait;
      await known.read(
        () => readWith(client),
        () => listening && listener === client,
      );
    } catch {
      lost(client);
    }
  };

  const start = () => {
    started = true;
    void connect();
    poll = setInterval(() => {
      const client = listener;
      if (!client || !listening) return;
      known
        .read(
          () => readWith(client),
          () => listening && listener === client,
        )
        .catch(() => lost(client));
    }, fallbackMs);
    poll.unref();
  };

  return {
    async current() {
      if (!started && !closed) start();
      const value = known.get();
      if (value !== undefined) return value;
      return known.read(
        () => readWith(pool),
        () => listening,
      );
    },
    async close() {
      closed = true;
      clearInterval(poll);
      clearTimeout(retry);
      const client = listener;
      listener = undefined;
      listening = false;
      await client?.end().catch(() => {});
    },
  };
}
