// What the PostgreSQL benchmarks share: the server (BENCH_DATABASE_URL), throwaway databases on it, timed
// loops, and the bare single-row INSERT + COMMIT that intake is held against (DESIGN §6: a physical baseline
// measured in the same run on the same server).
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../../src/db/connection';

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** One statement on the server's admin connection (CREATE/DROP DATABASE, SHOW …): the first value of its first row. */
export async function admin(statement: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const result = await client.query(statement);
    return result.rows[0] ? String(Object.values(result.rows[0])[0]) : undefined;
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the bench's server. */
export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `work` in `workers` loops for `seconds`; returns operations per second. */
export async function loops(
  workers: number,
  seconds: number,
  work: (worker: number, i: number) => Promise<unknown>,
): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; Date.now() < until; i++) {
        await work(worker, i);
        done++;
      }
    }),
  );
  return done / seconds;
}

/** The baseline: creates `table` and returns one bare single-row INSERT, committed on its own. */
export async function bareInsert(db: Db, table = 'bench_baseline'): Promise<() => Promise<void>> {
  const name = sql.identifier(table);
  await db.execute(sql`CREATE TABLE ${name} (id serial PRIMARY KEY, payload text NOT NULL)`);
  return async () => {
    await db.execute(sql`INSERT INTO ${name} (payload) VALUES ('x')`);
  };
}
