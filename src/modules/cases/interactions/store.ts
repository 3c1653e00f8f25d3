import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/connection';
import { centre, interaction, service } from '../../../db/schema';

export type NewInteractionRow = typeof interaction.$inferInsert;

export async function insertInteraction(db: Db, row: NewInteractionRow): Promise<number> {
  const [created] = await db.insert(interaction).values(row).returning({ id: interaction.id });
  return created!.id;
}

export async function selectRecent(db: Db, centres: string[] | 'all', limit = 50) {
  const q = db
    .select({
      id: interaction.id,
      at: interaction.at,
      centreCode: interaction.centreCode,
      centreName: centre.name,
      serviceCode: service.code,
      topic: interaction.topic,
      channel: interaction.channel,
      minutes: interaction.minutes,
      withParty: interaction.partyId,
    })
    .from(interaction)
    .innerJoin(centre, eq(centre.code, interaction.centreCode))
    .leftJoin(service, eq(service.id, interaction.serviceId));
  const filtered =
    centres === 'all' ? q : q.where(inArray(interaction.centreCode, centres.length > 0 ? centres : ['']));
  return filtered.orderBy(desc(interaction.at), desc(interaction.id)).limit(limit);
}

export async function serviceExists(db: Db, id: number): Promise<boolean> {
  const rows = await db.select({ id: service.id }).from(service).where(eq(service.id, id)).limit(1);
  return rows.length > 0;
}

export async function centreExists(db: Db, code: string): Promise<boolean> {
  const rows = await db.select({ code: centre.code }).from(centre).where(eq(centre.code, code)).limit(1);
  return rows.length > 0;
}
