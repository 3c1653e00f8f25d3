import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { centre, centreException, centreHours } from '../../db/schema';

export type CentreRow = typeof centre.$inferSelect;
export type HoursRow = typeof centreHours.$inferSelect;
export type ExceptionRow = typeof centreException.$inferSelect;

export async function selectCentres(db: Db): Promise<CentreRow[]> {
  return db.select().from(centre).orderBy(asc(centre.sort), asc(centre.id));
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

export async function selectExceptions(db: Db, centreIds: number[]): Promise<ExceptionRow[]> {
  if (centreIds.length === 0) return [];
  return db
    .select()
    .from(centreException)
    .where(inArray(centreException.centreId, centreIds))
    .orderBy(asc(centreException.day));
}
