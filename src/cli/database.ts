import { type Config, loadConfig } from '../config';
import { type Database, DataDirLockedError, openDatabase } from '../db/connection';
import { CliError } from './errors';
import type { CliIo } from './io';

/**
 * Runs a command against the configured database (DATABASE_URL, else PGlite in PIETURA_DATA_DIR, from io.env),
 * migrated first so that every command works on a fresh installation, and closed afterwards.
 */
export async function withDatabase<T>(
  io: Pick<CliIo, 'env'>,
  run: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  let database: Database;
  try {
    database = await openDatabase({
      url: config.DATABASE_URL,
      dataDir: config.PIETURA_DATA_DIR,
      migrationUrl: config.PIETURA_MIGRATION_DATABASE_URL,
    });
  } catch (err) {
    if (err instanceof DataDirLockedError) throw new CliError(err.message);
    throw err;
  }
  try {
    await database.migrate();
    return await run(database, config);
  } finally {
    await database.close();
  }
}
