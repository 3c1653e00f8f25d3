import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
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

/** A foreigner without a personal code by the identity document number (normalised) and date of birth. */
export async function selectForeignPerson(
  db: Db,
  identityDocument: string,
  birthDate: string,
): Promise<PartyRow | undefined> {
  const [row] = await db
    .select()
    .from(party)
    .where(
      and(
        eq(party.kind, 'foreign_person'),
        eq(party.identityDocument, identityDocument),
        eq(party.birthDate, birthDate),
      ),
    );
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
 * What a party is met on when saved: the columns of its unique index and the index's predicate. A person by
 * the personal code, a company by the registration number, a foreigner without a code by the identity
 * document number and the date of birth (migration 0030); a contact person by nothing (always a new row).
 */
const MEETINGS = {
  code: { columns: [['personal_code', 'text']], where: 'personal_code IS NOT NULL' },
  number: { columns: [['registration_number', 'text']], where: 'registration_number IS NOT NULL' },
  document: {
    columns: [
      ['identity_document', 'text'],
      ['birth_date', 'date'],
    ],
    where: "kind = 'foreign_person' AND identity_document IS NOT NULL",
  },
} as const;
type Meeting = keyof typeof MEETINGS;

/** How a party row is met: see MEETINGS. */
function meetingOf(row: {
  kind: string;
  personalCode?: string | null;
  registrationNumber?: string | null;
  identityDocument?: string | null;
  birthDate?: string | null;
}): Meeting | undefined {
  if (row.personalCode) return 'code';
  if (row.registrationNumber) return 'number';
  if (row.kind === 'foreign_person' && row.identityDocument && row.birthDate) return 'document';
  return undefined;
}

/**
 * Inserts a party or updates the one met on its index (MEETINGS). With `keepStoredContacts` an existing
 * party's name and contacts stay as stored (the caller could not verify who typed the new ones). Otherwise what
 * was given replaces what is stored, and what was not given (a blank e-mail, no language chosen) keeps it: an
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
  const meeting = meetingOf(row);
  if (!meeting) return insert.returning(SAVED);
  const target = {
    code: [party.personalCode],
    number: [party.registrationNumber],
    document: [party.identityDocument, party.birthDate],
  }[meeting];
  return insert
    .onConflictDoUpdate({ target, targetWhere: sql.raw(MEETINGS[meeting].where), set: contacts })
    .returning(SAVED);
}

/**
 * Inserts a party, or (same personal code, registration number, or a foreigner's document and date of birth)
 * updates what was typed this time: concurrent intakes for the same person meet on the unique index instead of
 * creating two rows.
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

/**
 * How a party of a statement is saved: met on its index (MEETINGS; its name and contacts kept as stored or
 * not), new (a contact person), or already stored.
 */
export type PartyVariant = Meeting | `${Meeting}Kept` | 'new' | 'id';

export function partyVariant(p: PartyJson): PartyVariant {
  if ('id' in p) return 'id';
  const meeting = meetingOf(jsonRow(p));
  if (!meeting) return 'new';
  return p.keep ? `${meeting}Kept` : meeting;
}

/**
 * What a party of a statement is stored under, for a caller that must keep two parties met on the same row
 * out of one statement (a statement cannot write a row twice): undefined for one that is always new or given
 * by id.
 */
export function partyKey(p: PartyJson): string | undefined {
  return 'id' in p ? undefined : rowKey(jsonRow(p));
}

/** What a party row is stored under (see partyKey): the same for a stored row and the one that meets it. */
export function rowKey(row: {
  kind: string;
  personalCode?: string | null;
  registrationNumber?: string | null;
  identityDocument?: string | null;
  birthDate?: string | null;
}): string | undefined {
  const meeting = meetingOf(row);
  if (meeting === 'code') return `code:${row.personalCode}`;
  if (meeting === 'number') return `number:${row.registrationNumber}`;
  if (meeting === 'document') return `document:${row.identityDocument}:${row.birthDate}`;
  return undefined;
}

function jsonRow(p: PartyToSave) {
  const text = (v: string | boolean | null) => (typeof v === 'string' ? v : null);
  return {
    kind: String(p.kind),
    personalCode: text(p.personal_code),
    registrationNumber: text(p.registration_number),
    identityDocument: text(p.identity_document),
    birthDate: text(p.birth_date),
  };
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

/** The columns of `meeting` in `alias` equal to those given in the JSON `json` (typed as the table's). */
function meets(meeting: Meeting, alias: string, json: string): SQL {
  return sql.raw(
    MEETINGS[meeting].columns.map(([c, type]) => `${alias}.${c} = (${json}->>'${c}')::${type}`).join(' AND '),
  );
}

/** The meeting (MEETINGS) of a variant that meets a stored party. */
function meetingOfVariant(variant: PartyVariant): Meeting {
  return variant.replace(/Kept$/, '') as Meeting;
}

/**
 * What a party met on its index takes from what was given (upsertParty's rules): the name; the contacts typed,
 * the stored ones where none was; the language and consent chosen, read from the party's JSON in `source` —
 * `excluded` has the defaults of a new row there, which must not replace what is stored.
 */
function givenSql(source: SQL, variant: PartyVariant): SQL {
  const chosen = (column: string, type: string) =>
    sql`coalesce((SELECT (g.v->>${sql.raw(`'${column}'`)})::${sql.raw(type)} FROM ${source} g
        WHERE g.variant = ${sql.raw(`'${variant}'`)} AND ${meets(meetingOfVariant(variant), 'excluded', 'g.v')}),
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
  const meeting = MEETINGS[meetingOfVariant(variant)];
  const columns = sql.raw(meeting.columns.map(([c]) => c).join(', '));
  const keep = variant.endsWith('Kept');
  return sql`INSERT INTO party (${COLUMNS})
      SELECT ${FROM_RECORD} ${of}
      ON CONFLICT (${columns}) WHERE ${sql.raw(meeting.where)}
      DO UPDATE SET ${keep ? sql.raw('updated_at = party.updated_at') : givenSql(source, variant)}
      RETURNING id, ${columns}, name, email, preferred_language`;
}

/**
 * Clauses of another module's statement that save the parties of `source`, a clause with `key` (the caller's
 * name for each), `variant` (partyVariant) and `v`, a PartyJson — upsertParty's rules for many parties at
 * once: a party met on its index (personal code, registration number, or a foreigner's document and date of
 * birth) is updated (its contacts kept when `keep`), one met on none is inserted, one given by id is read. Only
 * the clauses of `variants` are written, so the statement has a text per set of variants. `parties_saved` gives
 * (key, id, name, email, preferred_language). A statement must not meet one party twice: the caller keeps
 * parties of the same partyKey apart.
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
            ON ${meets(meetingOfVariant(variant), 'r', 's.v')} WHERE s.variant = ${sql.raw(`'${variant}'`)}`,
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

/** A party's name as a scalar subquery of another module's statement (a worklist row, a confirmation). */
export function partyNameSql(id: SQL): SQL {
  return sql`(SELECT name FROM party WHERE id = ${id})`;
}

/**
 * Erases the personal data of the parties `candidates` selects — a subquery of ids from the module that knows
 * what still refers to a party (retention: no case, no consultation) — in one statement, so that nothing can
 * come to refer to one between the choice and the erasure. The row stays, with its kind and `erased_at`.
 */
export async function eraseParties(tx: Db, candidates: SQL): Promise<number[]> {
  const rows = await query<{ id: number }>(
    tx,
    sql`UPDATE party p SET personal_code = NULL, registration_number = NULL, name = '', birth_date = NULL,
          identity_document = NULL, email = NULL, phone = NULL, postal_address = NULL, erased_at = now(), updated_at = now()
        WHERE p.erased_at IS NULL AND p.id IN (${candidates})
        RETURNING p.id`,
  );
  return rows.map((r) => r.id);
}
