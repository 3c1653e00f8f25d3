import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { centre, centreException, centreHours } from '../../db/schema';

export type CentreRow = typeof centre.$inferSelect;
export type HoursRow = typeof centreHours.$inferSelect;
export type ExceptionRow = typeof centreException.$inferSelect;

/** The main centre first, then in the configured order. */
export async function selectCentres(db: Db): Promise<CentreRow[]> {
  return db.select().from(centre).orderBy(desc(centre.isMain), asc(centre.sort), asc(centre.id));
}

export async function selectCentre(db: Db, code: string): Promise<CentreRow | undefined> {
  const [row] = await db.select().from(centre).where(eq(centre.code, code));
  return row;
}

export async function selectHours(db: Db, centreIds: number[]): Promise<HoursRow[]> {
  if (centreIds.length === 0) return [];
  return db
    .select()
    .from(centreHours)
    .where(inArray(centreHours.centreId, centreIds))
    .orderBy(asc(centreHours.weekday), asc(centreHours.opens));
}

/** Exceptions of the given centres, optionally only those dated within [from, to] (inclusive). */
export async function selectExceptions(
  db: Db,
  centreIds: number[],
  range: { from?: string; to?: string } = {},
): Promise<ExceptionRow[]> {
  if (centreIds.length === 0) return [];
  return db
    .select()
    .from(centreException)
    .where(
      and(
        inArray(centreException.centreId, centreIds),
        range.from ? gte(centreException.day, range.from) : undefined,
        range.to ? lte(centreException.day, range.to) : undefined,
      ),
    )
    .orderBy(asc(centreException.day), asc(centreException.opens));
}
