import { after, afterEach } from 'node:test';
import type { Database } from '../../src/db/connection';
import { freshDatabase } from '../helpers/db';

/**
 * Empty (migrated) databases for the import tests of one file. `empty()` gives a new one, closed when
 * its test ends, so that a file never holds more than one or two PGlite instances (~200 MB each).
 * `forRefusals()` gives the same one to every test of the file whose import is refused before it
 * writes anything: each of those tests checks that nothing was written, so the next one still starts
 * from an empty catalogue, and the file saves a database start (~0.5 s of CPU) per refusal.
 */
export function importTargets() {
  const opened: Database[] = [];
  let refusals: Promise<Database> | undefined;
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
  });
  after(async () => {
    await (await refusals)?.close();
  });
  return {
    async empty(): Promise<Database> {
      const database = await freshDatabase();
      opened.push(database);
      return database;
    },
    forRefusals(): Promise<Database> {
      refusals ??= freshDatabase();
      return refusals;
    },
  };
}
