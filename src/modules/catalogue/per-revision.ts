import { catalogueRevision, hasCatalogueRevision } from '../../db/catalogue-revision';
import type { Db } from '../../db/connection';
import { todayInRiga } from '../../platform/calendar/days';

interface Held<T> {
  key: string;
  value: T;
  expiresAt: number;
}

/**
 * A value computed from the published catalogue, kept in this process for as long as the catalogue
 * revision (known in memory, db/catalogue-revision.ts) and the day in Riga stay the same, or until
 * the moment the build says it expires (a withdrawal taking effect). Concurrent callers share one
 * build. The revision is read before the data, so a value is never kept under a newer revision than
 * the data it was built from. A database handle without a revision watcher (a transaction) gets a
 * fresh build every time.
 */
export function perRevision<T>(
  build: (db: Db) => Promise<{ value: T; expiresAt?: number }>,
): (db: Db) => Promise<T> {
  const held = new WeakMap<Db, { current?: Held<T>; building?: { key: string; promise: Promise<T> } }>();
  return async (db) => {
    if (!hasCatalogueRevision(db)) return (await build(db)).value;
    const revision = await catalogueRevision(db).current();
    const now = Date.now();
    const key = `${revision}/${todayInRiga(now)}`;
    let h = held.get(db);
    if (!h) {
      h = {};
      held.set(db, h);
    }
    const slot = h;
    if (slot.current && slot.current.key === key && now < slot.current.expiresAt) return slot.current.value;
    if (slot.building?.key === key) return slot.building.promise;
    const promise: Promise<T> = build(db).then(
      ({ value, expiresAt }) => {
        if (slot.building?.promise === promise) {
          slot.current = { key, value, expiresAt: expiresAt ?? Number.POSITIVE_INFINITY };
          slot.building = undefined;
        }
        return value;
      },
      (err: unknown) => {
        if (slot.building?.promise === promise) slot.building = undefined;
        throw err;
      },
    );
    slot.building = { key, promise };
    return promise;
  };
}
