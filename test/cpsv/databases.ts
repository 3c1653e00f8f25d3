import { after, afterEach } from 'node:test';
import type { Database } from '../../src/db/connection';
import { freshDatabase } from '../helpers/db';

/**
 * Empty (migrated) databases for the import tests of one file. `empty()` gives a new one, closed when
 * its test ends, so that a file never holds more than a few PGlite instances (~200 MB each).
 * `kept()` gives a new one that stays open until the file's tests end, for what several tests read.
 * `forRefusals()` gives the same one to every test of the file whose import is refused before it
 * writes anything: each of those tests checks that nothing was written, so the next one still starts
 * from an empty catalogue, and the file saves a database start (~0.5 s of CPU) per refusal.
 */
export function importTargets() {
  const perTest: Database[] = [];
  const perFile: Promise<Database>[] = [];
  let refusals: Promise<Database> | undefined;
  afterEach(async () => {
    for (const database of perTest.splice(0)) await database.close();
  });
  after(async () => {
    for (const database of perFile.splice(0)) await (await database).close();
  });
  const kept = (): Promise<Database> => {
    const database = freshDatabase();
    perFile.push(database);
    return database;
  };
  return {
    async empty(): Promise<Database> {
      const database = await freshDatabase();
      perTest.push(database);
      return database;
    },
    kept,
    forRefusals(): Promise<Database> {
      refusals ??= kept();
      return refusals;
    },
  };
}
