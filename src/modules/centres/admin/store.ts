import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connection';
import { centre, centreException, centreHours } from '../../../db/schema';

export type CentreRow = typeof centre.$inferSelect;
export type HoursRow = typeof centreHours.$inferSelect;
export type ExceptionRow = typeof centreException.$inferSelect;

export async function selectCentreForUpdate(db: Db, code: string): Promise<CentreRow | undefined> {
  const [row] = await db.select().from(centre).where(eq(centre.code, code)).for('update');
  return row;
}

export async function updateCentre(
  db: Db,
  id: number,
  values: Pick<CentreRow, 'name' | 'address' | 'postalCode' | 'phone' | 'email'>,
): Promise<CentreRow> {
  const [row] = await db.update(centre).set(values).where(eq(centre.id, id)).returning();
  return row!;
}

/** The weekly hours are edited as one table, so they are replaced as one. */
export async function replaceHours(
  db: Db,
  centreId: number,
  rows: Omit<typeof centreHours.$inferInsert, 'id' | 'centreId'>[],
): Promise<{ before: HoursRow[]; after: HoursRow[] }> {
  const before = await db.delete(centreHours).where(eq(centreHours.centreId, centreId)).returning();
  const after =
    rows.length === 0
      ? []
      : await db
          .insert(centreHours)
          .values(rows.map((r) => ({ ...r, centreId })))
          .returning();
  return { before, after };
}

export async function insertException(
  db: Db,
  values: Omit<typeof centreException.$inferInsert, 'id'>,
): Promise<ExceptionRow> {
  const [row] = await db.insert(centreException).values(values).returning();
  return row!;
}

export async function deleteException(
  db: Db,
  centreId: number,
  id: number,
): Promise<ExceptionRow | undefined> {
  const [row] = await db
    .delete(centreException)
    .where(and(eq(centreException.centreId, centreId), eq(centreException.id, id)))
    .returning();
  return row;
}
