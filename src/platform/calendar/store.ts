import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { calendarMovedDay } from '../../db/schema';

export type MovedDayRow = typeof calendarMovedDay.$inferSelect;

export async function selectAllMovedDays(db: Db): Promise<MovedDayRow[]> {
  return db.select().from(calendarMovedDay).orderBy(asc(calendarMovedDay.day));
}

export async function selectMovedDaysBetween(db: Db, from: string, to: string): Promise<MovedDayRow[]> {
  return db
    .select()
    .from(calendarMovedDay)
    .where(and(gte(calendarMovedDay.day, from), lte(calendarMovedDay.day, to)))
    .orderBy(asc(calendarMovedDay.day));
}

/** Inserts the day unless the table already has it; undefined when it did. */
export async function insertMovedDay(
  db: Db,
  values: Pick<MovedDayRow, 'day' | 'working' | 'reason'>,
): Promise<MovedDayRow | undefined> {
  const [row] = await db
    .insert(calendarMovedDay)
    .values(values)
    .onConflictDoNothing({ target: calendarMovedDay.day })
    .returning();
  return row;
}

export async function deleteMovedDay(db: Db, id: number): Promise<MovedDayRow | undefined> {
  const [row] = await db.delete(calendarMovedDay).where(eq(calendarMovedDay.id, id)).returning();
  return row;
}
