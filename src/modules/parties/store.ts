import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { party } from '../../db/schema';

export type PartyRow = typeof party.$inferSelect;
export type NewPartyRow = typeof party.$inferInsert;

export async function selectParty(db: Db, id: number): Promise<PartyRow | undefined> {
  const [row] = await db.select().from(party).where(eq(party.id, id));
  return row;
}

export async function selectPartyByPersonalCode(db: Db, code: string): Promise<PartyRow | undefined> {
  const [row] = await db.select().from(party).where(eq(party.personalCode, code));
  return row;
}

export async function selectPartyByRegistrationNumber(db: Db, number: string): Promise<PartyRow | undefined> {
  const [row] = await db.select().from(party).where(eq(party.registrationNumber, number));
  return row;
}

/**
 * Inserts a party, or (same personal code or registration number) updates what was typed this time:
 * concurrent intakes for the same person meet on the unique index instead of creating two rows.
 */
export async function upsertParty(db: Db, row: NewPartyRow): Promise<number> {
  const contacts = {
    name: row.name,
    email: row.email ?? null,
    phone: row.phone ?? null,
    postalAddress: row.postalAddress ?? null,
    eAddressConsent: row.eAddressConsent ?? false,
    preferredLanguage: row.preferredLanguage ?? 'lv',
    updatedAt: sql`now()`,
  };
  if (row.personalCode) {
    const [r] = await db
      .insert(party)
      .values(row)
      .onConflictDoUpdate({
        target: party.personalCode,
        targetWhere: sql`personal_code IS NOT NULL`,
        set: contacts,
      })
      .returning({ id: party.id });
    return r!.id;
  }
  if (row.registrationNumber) {
    const [r] = await db
      .insert(party)
      .values(row)
      .onConflictDoUpdate({
        target: party.registrationNumber,
        targetWhere: sql`registration_number IS NOT NULL`,
        set: contacts,
      })
      .returning({ id: party.id });
    return r!.id;
  }
  const [r] = await db.insert(party).values(row).returning({ id: party.id });
  return r!.id;
}
