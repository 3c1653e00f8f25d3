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
 * name and contacts stay as stored (the caller could not verify who typed the new ones). Otherwise what was
 * given replaces what is stored, and what was not given (a blank e-mail, no language chosen) keeps it: an
 * application registered with only a code and a name must not erase how to reach the person.
 */
function upsertPartyQuery(db: Db, row: NewPartyRow, keepStoredContacts: boolean) {
  const given = {
    name: row.name,
    email: sql`coalesce(excluded.email, party.email)`,
    phone: sql`coalesce(excluded.phone, party.phone)`,
    postalAddress: sql`coalesce(excluded.postal_address, party.postal_address)`,
    ...(row.eAddressConsent === undefined ? {} : { eAddressConsent: row.eAddressConsent }),
    ...(row.preferredLanguage === undefined ? {} : { preferredLanguage: row.preferredLanguage }),
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

/** The columns a party is saved with, as the JSON of `partyToSaveJson` names them. */
const SAVED_COLUMNS = [
  'kind',
  'personal_code',
  'registration_number',
  'name',
  'birth_date',
  'identity_document',
  'email',
  'phone',
  'postal_address',
  'e_address_consent',
  'preferred_language',
] as const;

/** A party to save in a statement of another module (savePartiesCtes), as JSON. */
export type PartyToSave = { [K in (typeof SAVED_COLUMNS)[number]]: string | boolean | null } & {
  /** Keep a stored party's name and contacts as they are (an unverified caller, ADR 0008). */
  keep: boolean;
};

/** A party to save, or one already stored. */
export type PartyJson = PartyToSave | { id: number };

/** A party row to save as JSON (upsertParty's rules: the code it meets on, contacts kept or not). */
export function partyToSaveJson(row: NewPartyRow, keepStoredContacts: boolean): PartyToSave {
  return {
    kind: row.kind,
    personal_code: row.personalCode ?? null,
    registration_number: row.registrationNumber ?? null,
    name: row.name,
    birth_date: row.birthDate ?? null,
    identity_document: row.identityDocument ?? null,
    email: row.email ?? null,
    phone: row.phone ?? null,
    postal_address: row.postalAddress ?? null,
    e_address_consent: row.eAddressConsent ?? null,
    preferred_language: row.preferredLanguage ?? null,
    keep: keepStoredContacts,
  };
}

/** How a party of a statement is saved: met on its code (contacts kept or not), new, or already stored. */
export type PartyVariant = 'code' | 'codeKept' | 'number' | 'numberKept' | 'new' | 'id';

export function partyVariant(p: PartyJson): PartyVariant {
  if ('id' in p) return 'id';
  if (p.personal_code !== null) return p.keep ? 'codeKept' : 'code';
  if (p.registration_number !== null) return p.keep ? 'numberKept' : 'number';
  return 'new';
}

/** A column not given (null in the JSON) that a new party takes a default for. */
const DEFAULTS: Partial<Record<(typeof SAVED_COLUMNS)[number], string>> = {
  e_address_consent: 'false',
  preferred_language: "'lv'",
};
const COLUMNS = sql.raw(SAVED_COLUMNS.join(', '));
const FROM_RECORD = sql.raw(
  SAVED_COLUMNS.map((c) => (DEFAULTS[c] ? `coalesce(p.${c}, ${DEFAULTS[c]})` : `p.${c}`)).join(', '),
);

/**
 * What a party met on its code takes from what was given (upsertParty's rules): the name; the contacts typed,
 * the stored ones where none was; the language and consent chosen, read from the party's JSON in `source` —
 * `excluded` has the defaults of a new row there, which must not replace what is stored.
 */
function givenSql(source: SQL, variant: PartyVariant, code: string): SQL {
  const chosen = (column: string, type: string) =>
    sql`coalesce((SELECT (g.v->>${sql.raw(`'${column}'`)})::${sql.raw(type)} FROM ${source} g
        WHERE g.variant = ${sql.raw(`'${variant}'`)} AND g.v->>${sql.raw(`'${code}'`)} = excluded.${sql.raw(code)}),
      party.${sql.raw(column)})`;
  return sql`name = excluded.name, email = coalesce(excluded.email, party.email),
    phone = coalesce(excluded.phone, party.phone), postal_address = coalesce(excluded.postal_address, party.postal_address),
    e_address_consent = ${chosen('e_address_consent', 'boolean')},
    preferred_language = ${chosen('preferred_language', 'text')}, updated_at = now()`;
}

function savedBy(variant: PartyVariant, source: SQL): SQL {
  const of = sql`FROM ${source} s, jsonb_populate_record(NULL::party, s.v) p WHERE s.variant = ${sql.raw(`'${variant}'`)}`;
  if (variant === 'id')
    return sql`SELECT s.key, p.id, p.name, p.email, p.preferred_language
      FROM ${source} s JOIN party p ON p.id = (s.v->>'id')::int WHERE s.variant = 'id'`;
  if (variant === 'new')
    return sql`INSERT INTO party (id, ${COLUMNS})
      SELECT s.new_id, ${FROM_RECORD} FROM party_new_ids s, jsonb_populate_record(NULL::party, s.v) p
      RETURNING id, name, email, preferred_language`;
  const code = variant.startsWith('code') ? 'personal_code' : 'registration_number';
  const keep = variant.endsWith('Kept');
  return sql`INSERT INTO party (${COLUMNS})
      SELECT ${FROM_RECORD} ${of}
      ON CONFLICT (${sql.raw(code)}) WHERE ${sql.raw(code)} IS NOT NULL
      DO UPDATE SET ${keep ? sql.raw('updated_at = party.updated_at') : givenSql(source, variant, code)}
      RETURNING id, ${sql.raw(code)} AS code, name, email, preferred_language`;
}

/**
 * Clauses of another module's statement that save the parties of `source`, a clause with `key` (the caller's
 * name for each), `variant` (partyVariant) and `v`, a PartyJson — upsertParty's rules for many parties at
 * once: a party met on its personal code or registration number is updated (its contacts kept when
 * `keep`), one without either is inserted, one given by id is read. Only the clauses of `variants` are
 * written, so the statement has a text per set of variants. `parties_saved` gives (key, id, name, email,
 * preferred_language). A statement must not meet one code twice: the caller keeps such parties apart.
 */
export function savePartiesCtes(source: string, variants: PartyVariant[]): SQL {
  const src = sql.raw(source);
  const clauses: SQL[] = [];
  const saved: SQL[] = [];
  for (const variant of variants) {
    const name = sql.raw(`party_${variant}`);
    if (variant === 'id') {
      saved.push(savedBy('id', src));
      continue;
    }
    // A new party takes its id first, to be found by it among the rows inserted.
    if (variant === 'new')
      clauses.push(sql`party_new_ids AS (
        SELECT s.key, s.v, nextval('party_id_seq'::regclass)::int AS new_id FROM ${src} s WHERE s.variant = 'new')`);
    clauses.push(sql`${name} AS (${savedBy(variant, src)})`);
    saved.push(
      variant === 'new'
        ? sql`SELECT s.key, r.id, r.name, r.email, r.preferred_language FROM party_new_ids s
            JOIN ${name} r ON r.id = s.new_id`
        : sql`SELECT s.key, r.id, r.name, r.email, r.preferred_language FROM ${src} s JOIN ${name} r
            ON r.code = s.v->>${sql.raw(variant.startsWith('code') ? "'personal_code'" : "'registration_number'")}
            WHERE s.variant = ${sql.raw(`'${variant}'`)}`,
    );
  }
  clauses.push(sql`parties_saved AS (${sql.join(saved, sql` UNION ALL `)})`);
  return sql.join(
    clauses,
    sql`,
    `,
  );
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
