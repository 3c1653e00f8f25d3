import { eq, type SQL, sql } from 'drizzle-orm';
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
/** What intake needs back from a stored party: who to write to, in which language. */
export interface SavedParty {
  id: number;
  name: string;
  email: string | null;
  preferredLanguage: 'lv' | 'en';
}

const SAVED = {
  id: party.id,
  name: party.name,
  email: party.email,
  preferredLanguage: party.preferredLanguage,
};

/**
 * Inserts a party or updates the one with the same code. With `keepStoredContacts` an existing party's
 * name and contacts stay as stored (the caller could not verify who typed the new ones).
 */
function upsertPartyQuery(db: Db, row: NewPartyRow, keepStoredContacts: boolean) {
  const given = {
    name: row.name,
    email: row.email ?? null,
    phone: row.phone ?? null,
    postalAddress: row.postalAddress ?? null,
    eAddressConsent: row.eAddressConsent ?? false,
    preferredLanguage: row.preferredLanguage ?? 'lv',
    updatedAt: sql`now()`,
  };
  const contacts = keepStoredContacts ? { updatedAt: sql`party.updated_at` } : given;
  const insert = db.insert(party).values(row);
  if (row.personalCode)
    return insert
      .onConflictDoUpdate({
        target: party.personalCode,
        targetWhere: sql`personal_code IS NOT NULL`,
        set: contacts,
      })
      .returning(SAVED);
  if (row.registrationNumber)
    return insert
      .onConflictDoUpdate({
        target: party.registrationNumber,
        targetWhere: sql`registration_number IS NOT NULL`,
        set: contacts,
      })
      .returning(SAVED);
  return insert.returning(SAVED);
}

export async function upsertParty(db: Db, row: NewPartyRow, keepStoredContacts = false): Promise<SavedParty> {
  const [saved] = await upsertPartyQuery(db, row, keepStoredContacts);
  return saved!;
}

/** The same as a clause of another statement: its rows are (id, name, email, preferred_language). */
export function upsertPartySql(db: Db, row: NewPartyRow, keepStoredContacts = false): SQL {
  return upsertPartyQuery(db, row, keepStoredContacts).getSQL();
}
