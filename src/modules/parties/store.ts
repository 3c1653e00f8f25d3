import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { party } from '../../db/schema';
import type { Shaped } from '../../db/shaped-statement';

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

/**
 * Inserts a party, or (same personal code or registration number) updates what was typed this time:
 * concurrent intakes for the same person meet on the unique index instead of creating two rows.
 */
export async function upsertParty(db: Db, row: NewPartyRow, keepStoredContacts = false): Promise<SavedParty> {
  const [saved] = await upsertPartyQuery(db, row, keepStoredContacts);
  return saved!;
}

const PARTY_COLUMNS = [
  ['kind', 'kind'],
  ['personalCode', 'personal_code'],
  ['registrationNumber', 'registration_number'],
  ['name', 'name'],
  ['birthDate', 'birth_date'],
  ['identityDocument', 'identity_document'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['postalAddress', 'postal_address'],
  ['eAddressConsent', 'e_address_consent'],
  ['preferredLanguage', 'preferred_language'],
] as const;

/**
 * upsertParty as a clause of another statement (db/shaped-statement.ts), its values named by column;
 * its rows are (id, name, email, preferred_language). The same rules as upsertPartyQuery, written out so
 * that the text is built once per shape: the code it meets on, and whether stored contacts are kept.
 */
export function upsertPartyShaped(row: NewPartyRow, keepStoredContacts: boolean): Shaped {
  const target = row.personalCode ? 'personal_code' : row.registrationNumber ? 'registration_number' : null;
  const values: Record<string, unknown> = {};
  for (const [key] of PARTY_COLUMNS) values[key] = row[key] ?? null;
  values.eAddressConsent = row.eAddressConsent ?? false;
  values.preferredLanguage = row.preferredLanguage ?? 'lv';
  const update = keepStoredContacts
    ? 'updated_at = party.updated_at'
    : `name = excluded.name, email = excluded.email, phone = excluded.phone, postal_address = excluded.postal_address,
        e_address_consent = excluded.e_address_consent, preferred_language = excluded.preferred_language,
        updated_at = now()`;
  return {
    shape: `party:${target}:${keepStoredContacts}`,
    values,
    build: (ref) => sql`INSERT INTO party (${sql.raw(PARTY_COLUMNS.map(([, c]) => c).join(', '))})
      VALUES (${sql.join(
        PARTY_COLUMNS.map(([key]) => ref(key)),
        sql`, `,
      )})
      ${target ? sql.raw(`ON CONFLICT (${target}) WHERE ${target} IS NOT NULL DO UPDATE SET ${update}`) : sql``}
      RETURNING id, name, email, preferred_language`,
  };
}

/**
 * The parties of `ids` as a subquery of another module's statement (the case page reads them beside the
 * case), with the columns of a PartyRow under their TypeScript names; `erasedAt` comes as JSON's string.
 */
export function partyRowsSql(ids: SQL[]): SQL {
  return sql`SELECT id, kind, personal_code AS "personalCode", registration_number AS "registrationNumber", name,
      birth_date AS "birthDate", identity_document AS "identityDocument", email, phone,
      postal_address AS "postalAddress", e_address_consent AS "eAddressConsent",
      preferred_language AS "preferredLanguage", erased_at AS "erasedAt"
    FROM party WHERE id IN (${sql.join(ids, sql`, `)})`;
}
