import { type SQL, sql } from 'drizzle-orm';
import { serviceVersion } from './schema';

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
