import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import type { Database } from '../../src/db/connection';
import { freshDatabase } from './db';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** The whole app on a fresh database (PGlite, or PostgreSQL with TEST_DATABASE_URL), optionally with demo data. */
export async function testApp(opts: { demo?: boolean } = { demo: true }): Promise<TestApp> {
  const database = await freshDatabase({ demo: opts.demo !== false });
  const app = await buildApp(
    { database, config: { PIETURA_PUBLIC_URL: 'http://localhost:3000' } },
    // Tests play clients at different addresses through X-Forwarded-For, as behind a proxy.
    { logger: false, trustProxy: true },
  );
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
