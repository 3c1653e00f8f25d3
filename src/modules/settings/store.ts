import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { municipality } from '../../db/schema';

export type MunicipalityRow = typeof municipality.$inferSelect;
export type MunicipalityValues = Omit<typeof municipality.$inferInsert, 'id'>;

export async function selectMunicipality(db: Db): Promise<MunicipalityRow | undefined> {
  const [row] = await db.select().from(municipality).where(eq(municipality.id, 1));
  return row;
}

/** The one row, locked for the rest of the transaction. */
export async function selectMunicipalityForUpdate(db: Db): Promise<MunicipalityRow | undefined> {
  const [row] = await db.select().from(municipality).where(eq(municipality.id, 1)).for('update');
  return row;
}

export async function updateMunicipality(
  db: Db,
  values: Partial<MunicipalityValues>,
): Promise<MunicipalityRow> {
  const [row] = await db.update(municipality).set(values).where(eq(municipality.id, 1)).returning();
  return row!;
}

/** Creates the row; undefined when a municipality is configured already. */
export async function insertMunicipality(
  db: Db,
  values: MunicipalityValues,
): Promise<MunicipalityRow | undefined> {
  const [row] = await db
    .insert(municipality)
    .values({ id: 1, ...values })
    .onConflictDoNothing()
    .returning();
  return row;
}
