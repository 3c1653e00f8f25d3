import { type SQL, sql } from 'drizzle-orm';
import { addDays } from '../platform/calendar/days';
import { service, serviceVersion } from './schema';

/**
 * The version in force on a day (docs/adr/0003): of the published and superseded versions, the one
 * with the greatest validFrom on or before that day (ties: the higher version number). Approval may
 * publish a version from a future date, so the 'published' row is not always the one in force yet.
 * The day defaults to today in Riga.
 */
export function inForceOn(day?: string): SQL {
  const d = day === undefined ? sql`(now() AT TIME ZONE 'Europe/Riga')::date` : sql`${day}::date`;
  const from = sql`coalesce(${serviceVersion.validFrom}, '-infinity'::date)`;
  return sql`(${serviceVersion.status} IN ('published', 'superseded') AND ${from} <= ${d}
    AND NOT EXISTS (SELECT 1 FROM service_version later
      WHERE later.service_id = ${serviceVersion.serviceId}
        AND later.status IN ('published', 'superseded')
        AND coalesce(later.valid_from, '-infinity'::date) <= ${d}
        AND (coalesce(later.valid_from, '-infinity'::date), later.version) > (${from}, ${serviceVersion.version})))`;
}

/**
 * A service still offered at a moment (default: now). A withdrawal is approved ahead of its date: the
 * service stays in the public catalogue until `withdrawn_at`, the start of its first day without it.
 */
export function notWithdrawn(at?: Date): SQL {
  const moment = at === undefined ? sql`now()` : sql`${at.toISOString()}::timestamptz`;
  return sql`(${service.withdrawnAt} IS NULL OR ${service.withdrawnAt} > ${moment})`;
}

/**
 * The last day an approved version stays in force once a later one takes effect on `next`: the day before;
 * or, when it came into force that same day (a correction approved on the day), that day — it was in force
 * for part of it, and from then on inForceOn picks the later one. A version replaced before it ever came
 * into force keeps the day before its own first day: an empty range, shown as "never in force".
 */
export function lastDayInForce(previous: { validFrom: string | null }, next: string, today: string): string {
  const from = previous.validFrom;
  return from !== null && from === next && from <= today ? from : addDays(next, -1);
}

/** A version replaced before its first day: its range is empty. */
export function neverInForce(v: { validFrom: string | null; validTo: string | null }): boolean {
  return v.validFrom !== null && v.validTo !== null && v.validTo < v.validFrom;
}
