import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import { projectPath } from '../project-root';
import {
  type CatalogueRevision,
  type PostgresRevisionOptions,
  pgliteCatalogueRevision,
  postgresCatalogueRevision,
  registerCatalogueRevision,
} from './catalogue-revision';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball, which `loadDataDir` opens again (test templates). */
  dumpDataDir?(): Promise<Blob>;
  /** The catalogue revision known without a query (catalogue-revision.ts); also `catalogueRevision(db)`. */
  revision: CatalogueRevision;
}

const migrationsFolder = projectPath('src/db/migrations');

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `The embedded database in ${dir} is already in use by another Pietura process. ` +
        'Stop that process first, or set DATABASE_URL to use a PostgreSQL server shared by several processes.',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Opens PostgreSQL when a URL is given, otherwise the embedded PGlite in dataDir ("memory://" for none).
 * With a migrationUrl (PostgreSQL only), migrate() connects with it instead of `url`: the tables are
 * owned by that role, and the app's role gets only the privileges of grantAppRole().
 * loadDataDir starts an in-memory PGlite from a tarball made by `dumpDataDir()`.
 */
export async function openDatabase(opts: {
  url?: string;
  dataDir?: string;
  migrationUrl?: string;
  loadDataDir?: Blob;
  /** PostgreSQL: how the catalogue revision's listener falls back and reconnects. */
  revision?: PostgresRevisionOptions;
}): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.migrationUrl, opts.revision);
  if (opts.migrationUrl) throw new Error('PIETURA_MIGRATION_DATABASE_URL needs DATABASE_URL (PostgreSQL)');
  return openPglite(opts.dataDir ?? './data', opts.loadDataDir);
}

async function openPostgres(
  url: string,
  migrationUrl?: string,
  revisionOptions?: PostgresRevisionOptions,
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (a restart, a failover, an administrator) must not bring the
  // process down: the pool drops it and opens a new one for the next query.
  pool.on('error', (err) => {
    process.emitWarning(`An idle PostgreSQL connection ended: ${err.message}`, { code: 'PIETURA_PG_IDLE' });
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const revision = postgresCatalogueRevision(pool, url, revisionOptions);
  registerCatalogueRevision(db, revision);
  return {
    db,
    kind: 'postgres',
    revision,
    async migrate() {
      if (!migrationUrl) return migrateWith(pool);
      const owner = new pg.Pool({ connectionString: migrationUrl, max: 1 });
      try {
        await migrateWith(owner, roleOf(url, migrationUrl));
      } finally {
        await owner.end();
      }
    },
    async close() {
      await revision.close();
      await pool.end();
    },
  };
}

/** The app's role when it differs from the migration role, else undefined (nothing to grant). */
function roleOf(appUrl: string, migrationUrl: string): string | undefined {
  const app = decodeURIComponent(new URL(appUrl).username);
  const owner = decodeURIComponent(new URL(migrationUrl).username);
  return app && app !== owner ? app : undefined;
}

async function migrateWith(pool: pg.Pool, appRole?: string): Promise<void> {
  // Several app processes may start at once against one server: let one migrate at a time.
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7466737)');
    await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
    if (appRole) await grantAppRole(client, appRole);
  } finally {
    await client.query('SELECT pg_advisory_unlock(7466737)').catch(() => {});
    client.release();
  }
}

/**
 * What the app's own role may do, granted again after every migration (new tables included): read
 * and write every table of the app, but only read and append to the audit trail. It owns nothing,
 * so it can neither alter a table nor disable the trigger that keeps audit_log append-only.
 */
export async function grantAppRole(client: pg.ClientBase, role: string): Promise<void> {
  const r = client.escapeIdentifier(role);
  await client.query(`
    GRANT USAGE ON SCHEMA public TO ${r};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
    REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON audit_log FROM ${r};
    GRANT SELECT, INSERT ON audit_log TO ${r};`);
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  let release: (() => Promise<void>) | undefined;
  if (!inMemory) {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    try {
      release = await lockfile.lock(dir, {
        lockfilePath: join(dir, 'pietura.lock'),
        stale: 15_000,
        update: 5_000,
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dir);
      throw err;
    }
  }
  const extensions = { unaccent, pg_trgm };
  const client = inMemory
    ? new PGlite({ extensions, loadDataDir })
    : new PGlite(join(resolve(dataDir), 'pg'), { extensions });
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const revision = pgliteCatalogueRevision(client);
  registerCatalogueRevision(db, revision);
  return {
    db,
    kind: 'pglite',
    revision,
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    dumpDataDir: () => client.dumpDataDir('none'),
    async close() {
      await revision.close();
      await client.close();
      await release?.();
    },
  };
}

/** Rows of a raw SQL query, the same on both drivers. */
export async function query<T>(db: Db, statement: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

/** What drizzle's `execute` does inside, with a statement name it has no parameter for. */
export interface DrizzleInternals {
  dialect: { sqlToQuery(statement: ReturnType<typeof sql>): { sql: string; params: unknown[] } };
  session: {
    prepareQuery(
      query: { sql: string; params: unknown[] },
      fields: undefined,
      name: string,
      arrayMode: false,
    ): { execute(placeholderValues?: Record<string, unknown>): Promise<{ rows: unknown[] }> };
  };
}

/** Whether a statement failed with this SQLSTATE (drizzle wraps the driver's error in `cause`). */
export function hasSqlState(err: unknown, code: string): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | undefined;
  return e?.code === code || e?.cause?.code === code;
}

/** The constraint a unique or foreign-key violation names, if any. */
export function violatedConstraint(err: unknown): string | undefined {
  const e = err as { constraint?: string; cause?: { constraint?: string } } | undefined;
  return e?.constraint ?? e?.cause?.constraint;
}

/** The name of a prepared statement: from its text, so each variant of a statement is its own. */
export function statementName(text: string): string {
  return `p_${createHash('sha1').update(text).digest('base64url')}`;
}

/**
 * `query` as a named prepared statement, for the hot paths (intake, the audit row, the worklist): on
 * PostgreSQL the text is parsed once per connection and, after five runs, planned once, where an
 * unnamed statement is parsed and planned at every call (measured: 1.2 of the 1.9 ms the filing
 * statement cost the server). The name comes from the text, so each variant of a statement is its own.
 * PGlite runs it as `query` does.
 */
export async function preparedQuery<T>(db: Db, statement: ReturnType<typeof sql>): Promise<T[]> {
  const internals = db as unknown as DrizzleInternals;
  const built = internals.dialect.sqlToQuery(statement);
  const result = await internals.session
    .prepareQuery(built, undefined, statementName(built.sql), false)
    .execute();
  return result.rows as T[];
}

/**
 * A statement built once — its values given as `sql.placeholder(name)` — and run as a named prepared
 * statement with `values` (preparedQuery builds the text and its name at every call): for the statements
 * of every staff page, where building a wide statement cost more of the app's time than running it.
 */
export function preparedStatement<T>(
  statement: ReturnType<typeof sql>,
): (db: Db, values: Record<string, unknown>) => Promise<T[]> {
  let built: { sql: string; params: unknown[]; name: string } | undefined;
  return async (db, values) => {
    const internals = db as unknown as DrizzleInternals;
    if (!built) {
      const q = internals.dialect.sqlToQuery(statement);
      built = { ...q, name: statementName(q.sql) };
    }
    const query = { sql: built.sql, params: built.params };
    const result = await internals.session.prepareQuery(query, undefined, built.name, false).execute(values);
    return result.rows as T[];
  };
}
