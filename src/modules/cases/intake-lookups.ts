import { type Db, hasSqlState } from '../../db/connection';
import { createWorkingCalendar, type WorkingCalendar } from './calendar-port';
import { deadlinesFor } from './deadlines';
import * as store from './store';

/**
 * What intake looks up before it files, kept in memory per database while the catalogue revision stays
 * the same (ADR 0011): the version applied for, the centres and the working calendar (whose moved days
 * move the revision too, migration 0022). The filing statement checks that the revision is still the one
 * these were read at and fails, writing nothing, if it is not; intake then reads them again. So an
 * intake from memory is one round trip, and never files against a catalogue that changed.
 */
export interface IntakeLookups {
  revision: string;
  /** The case of the idempotency key: only known when read from the database (`fromMemory` false). */
  existing?: store.RegisteredRow;
  version?: store.VersionForIntake;
  centres: Set<string>;
  /** Deadlines of a version received on a day, computed once per revision. */
  deadlines(receivedOn: string, amount: number, unit: string): { dueOn: string; maxDueOn: string };
  /** Taken from memory: the idempotency key was not looked up, and the data may be a revision behind. */
  fromMemory: boolean;
}

interface Known {
  revision: bigint;
  centres: Set<string>;
  calendar: WorkingCalendar;
  /** Versions by `id|day` (whether it is in force depends on the day); null: no such version. */
  versions: Map<string, store.VersionForIntake | null>;
  deadlines: Map<string, { dueOn: string; maxDueOn: string }>;
}

const known = new WeakMap<Db, Known>();
/** Days × versions looked up in one revision: a bound against an unbounded map, far above real use. */
const MAX_VERSIONS = 10_000;

function view(k: Known, version: store.VersionForIntake | null, fromMemory: boolean): IntakeLookups {
  return {
    revision: k.revision.toString(),
    version: version ?? undefined,
    centres: k.centres,
    fromMemory,
    deadlines(receivedOn, amount, unit) {
      const key = `${receivedOn}|${amount}|${unit}`;
      let d = k.deadlines.get(key);
      if (!d) {
        d = deadlinesFor(k.calendar, receivedOn, amount, unit);
        if (k.deadlines.size >= MAX_VERSIONS) k.deadlines.clear();
        k.deadlines.set(key, d);
      }
      return d;
    },
  };
}

export interface LookupQuery {
  idempotencyKey?: string;
  versionId?: number;
  day: string;
}

/** From memory when the version was looked up in the revision known, else from the database. */
export async function intakeLookups(db: Db, q: LookupQuery): Promise<IntakeLookups> {
  const k = known.get(db);
  const version = q.versionId === undefined ? undefined : k?.versions.get(`${q.versionId}|${q.day}`);
  if (k && version !== undefined) return view(k, version, true);
  return readIntakeLookups(db, q);
}

/** One statement: the idempotency key's case and everything else at one catalogue revision. */
export async function readIntakeLookups(db: Db, q: LookupQuery): Promise<IntakeLookups> {
  const rows = await store.selectIntakeLookups(db, q);
  const revision = BigInt(rows.revision);
  let k = known.get(db);
  if (!k || k.revision !== revision) {
    const fresh: Known = {
      revision,
      centres: new Set(rows.centres),
      calendar: createWorkingCalendar(rows.movedDays),
      versions: new Map(),
      deadlines: new Map(),
    };
    // A read that overtook a newer one must not bring the older revision back.
    if (!k || k.revision < revision) known.set(db, fresh);
    k = fresh;
  }
  if (q.versionId !== undefined) {
    if (k.versions.size >= MAX_VERSIONS) k.versions.clear();
    k.versions.set(`${q.versionId}|${q.day}`, rows.version ?? null);
  }
  return { ...view(k, rows.version ?? null, false), existing: rows.existing };
}

/** The filing statement's refusal when the catalogue moved on from the revision given (migration 0022). */
export function isCatalogueMoved(err: unknown): boolean {
  return hasSqlState(err, 'PT409');
}
