import { type SQL, sql } from 'drizzle-orm';
import { hasSqlState, query } from '../../db/connection';
import type { RegistryKind } from '../../db/schema';
import type { Tx } from '../../platform/audit/service';
import { todayInRiga } from './calendar-port';

export interface RegistryNumber {
  year: number;
  seq: number;
  number: string;
}

/** The current year in Riga: a document registered at 00:30 on 1 January belongs to the new year. */
export function registryYear(now = new Date()): number {
  return Number(todayInRiga(now).slice(0, 4));
}

export function formatRegistryNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}/${year}/${String(seq).padStart(6, '0')}`;
}

/**
 * Takes the next number of the year (ADR 0007). The counter row stays locked until the caller's
 * transaction ends: concurrent intakes queue here, and a rollback returns the number, so the numbers
 * of a year have no gaps. Never a SEQUENCE: a sequence does not roll back.
 */
export async function takeRegistryNumber(tx: Tx, now = new Date()): Promise<RegistryNumber> {
  const year = registryYear(now);
  const [row] = await query<{ seq: number; prefix: string }>(
    tx,
    sql`WITH counter AS (
          INSERT INTO registry_counter (year, last) VALUES (${year}, 1)
          ON CONFLICT (year) DO UPDATE SET last = registry_counter.last + 1
          RETURNING last)
        SELECT counter.last AS seq, (SELECT registry_prefix FROM municipality WHERE id = 1) AS prefix FROM counter`,
  );
  if (!row?.prefix) throw new Error('The municipality (and its registry prefix) must be configured first');
  const seq = Number(row.seq);
  return { year, seq, number: formatRegistryNumber(row.prefix, year, seq) };
}

export interface RegistryEntryInput {
  direction: 'in' | 'out';
  kind: RegistryKind;
  caseId?: number | null;
  correspondent?: string | null;
  subject: string;
  channel?: string | null;
  centreCode?: string | null;
  registeredBy?: number | null;
  /** A form's key (correspondence): the entry is unique by it. */
  idempotencyKey?: string | null;
}

/** Numbers and records one document in the registry; returns its id and number. */
export async function registerDocument(
  tx: Tx,
  entry: RegistryEntryInput,
  taken?: RegistryNumber,
): Promise<{ id: number; number: string }> {
  const n = taken ?? (await takeRegistryNumber(tx));
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO registry_entry (number, year, seq, direction, kind, case_id, correspondent, subject, channel,
          centre_code, registered_by, idempotency_key)
        VALUES (${n.number}, ${n.year}, ${n.seq}, ${entry.direction}, ${entry.kind}, ${entry.caseId ?? null},
          ${entry.correspondent ?? null}, ${entry.subject}, ${entry.channel ?? null}, ${entry.centreCode ?? null},
          ${entry.registeredBy ?? null}, ${entry.idempotencyKey ?? null})
        RETURNING id`,
  );
  return { id: Number(row!.id), number: n.number };
}

/** What a statement numbering several rows is told: how many, and where the queue reserved them (ADR 0018). */
export interface NumberingParams {
  year: SQL;
  count: SQL;
  /** The counter's value the numbers follow, reserved by the caller; null: take the counter first. */
  reservedFrom: SQL;
  /**
   * Taking the counter first: where the caller expects it to stand, so that a statement that reserved the
   * numbers after these can wait for this one (null when the caller does not know).
   */
  expectedFrom: SQL;
}

/**
 * The clauses that number each row of `input` (a clause with `n`: 1, 2, 3…, `count` of them) with the year's
 * next numbers in the order of `n`: `numbered` gives input's columns and (seq, number, case_id, entry_id),
 * the ids of a case and its registry entry taken with its number, so one statement can write both. The
 * statement fails and takes nothing without a configured registry prefix; `condition` (true, or an error)
 * is checked before any number is taken.
 *
 * Without `reservedFrom` the counter is taken first and stays locked to the end of the transaction (ADR
 * 0007); with `expectedFrom` the statement marks the numbers it expects to take as its own, as a reserving
 * one does, and fails before it writes (PT410, migration 0029) if the counter stood elsewhere: the statements
 * reserving after it are writing under the numbers that follow the expected ones. That check is a scalar
 * subquery, so that PostgreSQL runs it once for the statement (a one-time filter), not once per application. With `reservedFrom` the numbers follow it, and the statement must confirm them with
 * `numbersConfirmedSql` once its writes are done.
 */
export function numberingCtes(input: string, p: NumberingParams, condition: SQL): SQL {
  const from = sql.raw(input);
  return sql`counter AS (
        INSERT INTO registry_counter (year, last)
        SELECT ${p.year}::int, ${p.count}::int WHERE ${p.reservedFrom}::int IS NULL
        ON CONFLICT (year) DO UPDATE SET last = registry_counter.last + excluded.last
        RETURNING last),
      numbered AS (
        SELECT i.*, s.seq, pre.p || '/' || ${p.year}::text || '/' || lpad(s.seq::text, 6, '0') AS number,
          nextval('case_file_id_seq'::regclass)::int AS case_id,
          nextval('registry_entry_id_seq'::regclass)::int AS entry_id
        FROM ${from} i,
          LATERAL (SELECT coalesce(${p.reservedFrom}::int, (SELECT last FROM counter) - ${p.count}::int) + i.n AS seq) s,
          (SELECT municipality_registry_prefix() AS p) pre
        WHERE ${condition}
          AND (SELECT pietura_registry_numbers_taken(${p.year}::int, ${p.reservedFrom}::int, ${p.expectedFrom}::int,
            ${p.count}::int, (SELECT last FROM counter))))`;
}

/**
 * The counter's value once the numbers of `numberingCtes` are the statement's: taken first, or — reserved —
 * confirmed after `written` (an expression over the statement's writes, evaluated first) by
 * pietura_registry_numbers_confirmed (migration 0026), which moves the counter on if it still stands where
 * the reservation began, and otherwise fails the statement (PT410). A lock taken after this one comes
 * after the counter, the order every writer takes them in.
 */
export function numbersConfirmedSql(p: NumberingParams, written: SQL): SQL {
  return sql`coalesce((SELECT last FROM counter),
    pietura_registry_numbers_confirmed(${p.year}::int, ${p.reservedFrom}::int, ${p.count}::int, ${written}))`;
}

const COUNTER_MOVED = 'PT410';

/** The reserved numbers of a statement were no longer free (numbersConfirmedSql): file it again. */
export function isCounterMoved(err: unknown): boolean {
  return hasSqlState(err, COUNTER_MOVED);
}
