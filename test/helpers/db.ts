import { randomBytes } from 'node:crypto';
import { type Database, openDatabase } from '../../src/db/connection';
import {
  adminQuery,
  type Contents,
  databaseUrl,
  dropDatabase,
  fill,
  loadPgliteTemplate,
  templatesFromEnv,
} from './db-templates';

/**
 * A fresh, migrated database for one test file (with the Ilūkste demo data when demo is true): PostgreSQL
 * when TEST_DATABASE_URL is set (a new database is created on that server and dropped on close), otherwise
 * in-memory PGlite. Under `npm test` it is a copy of a template built once per run (test/helpers/db-templates.ts);
 * a test file run on its own migrates (and seeds) its database itself.
 */
export async function freshDatabase(opts: { demo?: boolean } = {}): Promise<Database> {
  const contents: Contents = opts.demo ? 'demo' : 'migrated';
  const templates = templatesFromEnv();
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const tarball = templates?.pglite?.[contents];
    if (tarball) return releasedOnClose(await loadPgliteTemplate(tarball));
    const database = await openDatabase({ dataDir: 'memory://' });
    await fill(database, contents);
    return releasedOnClose(database);
  }
  const template = templates?.postgres?.server === server ? templates.postgres[contents] : undefined;
  const name = `pietura_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(server, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  const database = await openDatabase({ url: databaseUrl(server, name) });
  if (!template) await fill(database, contents);
  return {
    ...database,
    async close() {
      await database.close();
      await dropDatabase(server, name);
    },
  };
}

/**
 * A PGlite database whose close() also lets go of its WebAssembly instance and memory (~200 MB). Under
 * npm test many files share a process (test/helpers/shared-process.ts), and a file's module keeps its
 * closed database (`let t: TestApp` at the top of the file) for as long as the process lives.
 */
function releasedOnClose(database: Database): Database {
  const client = (database.db as unknown as { $client?: { mod?: unknown; fs?: unknown } }).$client;
  return {
    ...database,
    async close() {
      await database.close();
      if (client) {
        client.mod = undefined;
        client.fs = undefined;
      }
    },
  };
}
