import { Writable } from 'node:stream';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from '../../src/app';
import type { Database } from '../../src/db/connection';
import { freshDatabase } from './db';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Closes the app and its database; fails (throws) if the app logged a reply sent twice. */
  close(): Promise<void>;
}

/** Log lines that mean a handler sent a second answer to a request that already had one. */
const SENT_TWICE = /FST_ERR_REP_ALREADY_SENT|Reply was already sent/;

export interface WatchedLog {
  /** Fastify's `logger` option: warnings and errors go to a stream this helper reads. */
  logger: NonNullable<Exclude<FastifyServerOptions['logger'], boolean>>;
  /** Throws if any reply was sent twice since the app started. */
  assertClean(): void;
}

/** A logger that records every "reply already sent" warning, for the test to fail on. */
export function watchedLog(): WatchedLog {
  const problems: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      const line = String(chunk);
      if (SENT_TWICE.test(line)) problems.push(line.slice(0, 2000));
      done();
    },
  });
  return {
    logger: { level: 'warn', stream },
    assertClean() {
      if (problems.length === 0) return;
      throw new Error(
        `The app sent ${problems.length} repl${problems.length === 1 ? 'y' : 'ies'} twice (FST_ERR_REP_ALREADY_SENT):\n${problems.join('\n')}`,
      );
    },
  };
}

/** The whole app on a fresh database (PGlite, or PostgreSQL with TEST_DATABASE_URL), optionally with demo data. */
export async function testApp(opts: { demo?: boolean } = { demo: true }): Promise<TestApp> {
  const database = await freshDatabase({ demo: opts.demo !== false });
  const log = watchedLog();
  const app = await buildApp(
    { database, config: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } },
    // Tests play clients at different addresses through X-Forwarded-For, as behind a proxy.
    { logger: log.logger, trustProxy: true },
  );
  await app.ready();
  const handle: TestApp = {
    app,
    database,
    async close() {
      if (!handle.app) return; // closed already
      await handle.app.close();
      await handle.database.close();
      // A file keeps its TestApp as long as its module lives, which in a shared test process
      // (test/helpers/shared-process.ts) is until the process ends: let go of the app and its caches
      // (this method reads them from the handle, so that no closure keeps them either).
      Object.assign(handle, { app: undefined, database: undefined });
      log.assertClean();
    },
  };
  return handle;
}
