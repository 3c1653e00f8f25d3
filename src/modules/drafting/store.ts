import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { draftingPlanItem, organisation } from '../../db/schema';

export type PlanItemRow = typeof draftingPlanItem.$inferSelect;
export type NewPlanItemRow = typeof draftingPlanItem.$inferInsert;

/** Every plan item with its unit, by deadline. */
export async function selectItems(db: Db) {
  return db
    .select({ item: draftingPlanItem, unitCode: organisation.code, unitName: organisation.name })
    .from(draftingPlanItem)
    .innerJoin(organisation, eq(organisation.id, draftingPlanItem.unitId))
    .orderBy(asc(draftingPlanItem.deadline), asc(draftingPlanItem.id));
}

export async function selectItem(db: Db, id: number) {
  const [row] = await db
    .select({ item: draftingPlanItem, unitCode: organisation.code, unitName: organisation.name })
    .from(draftingPlanItem)
    .innerJoin(organisation, eq(organisation.id, draftingPlanItem.unitId))
    .where(eq(draftingPlanItem.id, id));
  return row;
}

export async function selectItemForUpdate(db: Db, id: number): Promise<PlanItemRow | undefined> {
  const [row] = await db.select().from(draftingPlanItem).where(eq(draftingPlanItem.id, id)).for('update');
  return row;
}

export async function insertItem(db: Db, values: NewPlanItemRow): Promise<PlanItemRow> {
  const [row] = await db.insert(draftingPlanItem).values(values).returning();
  return row!;
}

export async function updateItem(db: Db, id: number, values: Partial<NewPlanItemRow>): Promise<PlanItemRow> {
  const [row] = await db
    .update(draftingPlanItem)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(draftingPlanItem.id, id))
    .returning();
  return row!;
}
