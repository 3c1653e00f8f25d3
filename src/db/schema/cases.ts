import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
// schema.ts re-exports this file at its end: refer to other tables only lazily (inside arrow functions).
import { centre, organisation, service, serviceVersion } from './catalogue';
import { staffUser } from './staff';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** contact_person: known only by name and contacts (an Open311 request carries no personal code; migration 0017). */
export const PARTY_KINDS = ['person', 'foreign_person', 'company', 'contact_person'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const LANGUAGES = ['lv', 'en'] as const;

/** A person or company that applies or represents (R9): stored once, reused on every later case. */
export const party = pgTable(
  'party',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: PARTY_KINDS }).notNull(),
    /** Latvian personal code without the hyphen, 11 digits. */
    personalCode: text('personal_code'),
    /** Company registration number, 11 digits. */
    registrationNumber: text('registration_number'),
    name: text('name').notNull(),
    birthDate: date('birth_date'),
    /**
     * A foreigner's identity document number, stored as parties' normaliseDocument gives it (upper case, no
     * spaces or hyphens): with the date of birth it is what meets the foreigner again (migration 0030).
     */
    identityDocument: text('identity_document'),
    email: text('email'),
    phone: text('phone'),
    postalAddress: text('postal_address'),
    eAddressConsent: boolean('e_address_consent').notNull().default(false),
    preferredLanguage: text('preferred_language', { enum: LANGUAGES }).notNull().default('lv'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set by retention when nothing keeps the party: the row stays as a tombstone without personal data. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('party_personal_code_uq').on(t.personalCode).where(sql`personal_code IS NOT NULL`),
    uniqueIndex('party_registration_number_uq')
      .on(t.registrationNumber)
      .where(sql`registration_number IS NOT NULL`),
    // A foreigner without a personal code is the same party with the same document and date of birth. Erased
    // parties (retention) have neither, so they are not in the index.
    uniqueIndex('party_foreign_document_uq')
      .on(t.identityDocument, t.birthDate)
      .where(sql`kind = 'foreign_person' AND identity_document IS NOT NULL`),
    check(
      'party_identity_ck',
      sql`erased_at IS NOT NULL
        OR (${t.kind} = 'person' AND ${t.personalCode} IS NOT NULL)
        OR (${t.kind} = 'company' AND ${t.registrationNumber} IS NOT NULL)
        OR (${t.kind} = 'foreign_person' AND ${t.birthDate} IS NOT NULL AND ${t.identityDocument} IS NOT NULL)
        OR (${t.kind} = 'contact_person' AND ${t.personalCode} IS NULL AND ${t.registrationNumber} IS NULL
          AND (${t.email} IS NOT NULL OR ${t.phone} IS NOT NULL))`,
    ),
  ],
);

/** The last number given in a year: locked in the taking transaction, so numbers are gapless (ADR 0007). */
export const registryCounter = pgTable('registry_counter', {
  year: smallint('year').primaryKey(),
  last: integer('last').notNull(),
});

export const REGISTRY_DIRECTIONS = ['in', 'out'] as const;
export const REGISTRY_KINDS = [
  'application',
  'correspondence',
  'decision',
  'answer',
  'forwarding',
  'notice',
] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** One document in the municipality's registry (lietvedības reģistrs), incoming or outgoing. */
export const registryEntry = pgTable(
  'registry_entry',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    number: text('number').notNull().unique(),
    year: smallint('year').notNull(),
    seq: integer('seq').notNull(),
    direction: text('direction', { enum: REGISTRY_DIRECTIONS }).notNull(),
    kind: text('kind', { enum: REGISTRY_KINDS }).notNull(),
    caseId: integer('case_id'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    /** Sender (in) or addressee (out): personal data, cleared by retention. */
    correspondent: text('correspondent'),
    subject: text('subject').notNull(),
    channel: text('channel'),
    centreCode: text('centre_code'),
    registeredBy: integer('registered_by'),
    /** Correspondence registered from a form: its key, so that the form sent twice is one entry. */
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    uniqueIndex('registry_entry_year_seq_uq').on(t.year, t.seq),
    uniqueIndex('registry_entry_idempotency_key_uq')
      .on(t.idempotencyKey)
      .where(sql`${t.idempotencyKey} IS NOT NULL`),
    index('registry_entry_case_idx').on(t.caseId),
  ],
);

export const CASE_CHANNELS = [
  'in_person',
  'post',
  'email',
  'e_address',
  'portal',
  'latvija_lv',
  'api',
] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];
export const CASE_STATUSES = [
  'registered',
  'forwarded',
  'in_progress',
  'awaiting_applicant',
  'decided',
  'ready_for_issue',
  'issued',
  'rejected',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const DELIVERY_CHANNELS = ['centre', 'post', 'email', 'e_address', 'download'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export const DECISIONS = ['granted', 'partly', 'refused'] as const;
export type Decision = (typeof DECISIONS)[number];

const OPEN = sql`status IN ('registered', 'in_progress', 'awaiting_applicant', 'decided', 'ready_for_issue')`;

/** An application and everything done about it (R10). `case` is an SQL keyword, hence `case_file`. */
export const caseFile = pgTable(
  'case_file',
  {
    id: serial('id').primaryKey(),
    registrationNumber: text('registration_number').notNull().unique(),
    registryEntryId: integer('registry_entry_id'),
    serviceId: integer('service_id')
      .notNull()
      .references(() => service.id),
    /** The version of the standard the application was filed under (R2): it never changes. */
    serviceVersionId: integer('service_version_id')
      .notNull()
      .references(() => serviceVersion.id),
    applicantId: integer('applicant_id').references(() => party.id),
    representativeId: integer('representative_id').references(() => party.id),
    representationBasis: text('representation_basis'),
    channelIn: text('channel_in', { enum: CASE_CHANNELS }).notNull(),
    centreIn: text('centre_in').references(() => centre.code),
    unitCode: text('unit_code')
      .notNull()
      .references(() => organisation.code),
    assigneeId: integer('assignee_id').references(() => staffUser.id),
    status: text('status', { enum: CASE_STATUSES }).notNull(),
    receivedOn: date('received_on').notNull(),
    dueOn: date('due_on').notNull(),
    /** The latest due date the law allows by extension. */
    maxDueOn: date('max_due_on'),
    pausedSince: date('paused_since'),
    onTheSpot: boolean('on_the_spot').notNull().default(false),
    deliveryChannel: text('delivery_channel', { enum: DELIVERY_CHANNELS }).notNull(),
    deliveryCentre: text('delivery_centre').references(() => centre.code),
    accessCodeHash: text('access_code_hash').notNull(),
    idempotencyKey: text('idempotency_key').unique(),
    rowVersion: integer('row_version').notNull().default(1),
    fields: jsonb('fields').$type<Record<string, string>>().notNull().default({}),
    decision: text('decision', { enum: DECISIONS }),
    decidedOn: date('decided_on'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Outside competence: the institution it was forwarded to, and how many working days that took. */
    forwardedTo: text('forwarded_to'),
    forwardingWorkingDays: smallint('forwarding_working_days'),
    retentionUntil: date('retention_until'),
    personalDataRemovedAt: timestamp('personal_data_removed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Worklists: a unit's or an assignee's open cases by due date, keyset on (due_on, id).
    index('case_file_unit_due_idx').on(t.unitCode, t.dueOn, t.id),
    index('case_file_assignee_due_idx').on(t.assigneeId, t.dueOn, t.id),
    // Centres, a representative and a retention date are often missing (an online or API application, a
    // result sent by post); no list asks for the cases without one, so those are not indexed (ADR 0018).
    index('case_file_centre_due_idx').on(t.centreIn, t.dueOn, t.id).where(sql`centre_in IS NOT NULL`),
    index('case_file_delivery_centre_idx')
      .on(t.deliveryCentre, t.dueOn, t.id)
      .where(sql`delivery_centre IS NOT NULL`),
    // The same for open cases only: a worklist skips the closed cases of past years without reading them.
    index('case_file_open_unit_due_idx').on(t.unitCode, t.dueOn, t.id).where(OPEN),
    index('case_file_open_assignee_due_idx').on(t.assigneeId, t.dueOn, t.id).where(OPEN),
    index('case_file_open_centre_due_idx')
      .on(t.centreIn, t.dueOn, t.id)
      .where(sql`centre_in IS NOT NULL AND ${OPEN}`),
    index('case_file_open_delivery_centre_due_idx')
      .on(t.deliveryCentre, t.dueOn, t.id)
      .where(sql`delivery_centre IS NOT NULL AND ${OPEN}`),
    index('case_file_open_due_idx').on(t.dueOn, t.id).where(OPEN),
    // A unit's cases of one service (the worklist's most used filter), all and open ones (ADR 0016).
    index('case_file_unit_service_due_idx').on(t.unitCode, t.serviceId, t.dueOn, t.id),
    index('case_file_open_unit_service_due_idx').on(t.unitCode, t.serviceId, t.dueOn, t.id).where(OPEN),
    index('case_file_due_idx').on(t.dueOn, t.id),
    index('case_file_applicant_idx').on(t.applicantId),
    index('case_file_representative_idx').on(t.representativeId).where(sql`representative_id IS NOT NULL`),
    index('case_file_retention_idx')
      .on(t.retentionUntil)
      .where(sql`retention_until IS NOT NULL AND personal_data_removed_at IS NULL`),
  ],
);

/** Every transition and note on a case, with who did it and why. */
export const caseEvent = pgTable(
  'case_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => caseFile.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorKind: text('actor_kind', { enum: ['staff', 'system', 'applicant'] }).notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    type: text('type').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_event_case_idx').on(t.caseId, t.at)],
);

/** A document of a case: what came in, and what went out (numbered in the registry). */
export const caseDocument = pgTable(
  'case_document',
  {
    id: serial('id').primaryKey(),
    /** Null for correspondence registered without a case. */
    caseId: integer('case_id').references(() => caseFile.id),
    registryEntryId: integer('registry_entry_id'),
    direction: text('direction', { enum: REGISTRY_DIRECTIONS }).notNull(),
    registryNumber: text('registry_number'),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** Null once retention removed it; the hash and size stay as the record that it existed. */
    bytes: bytea('bytes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('case_document_case_idx').on(t.caseId)],
);

/**
 * Files of an applicant's online answer kept while its form comes back with an error, so they need not be
 * chosen again (cases/online-answer.ts): for one answer form of a case at a time, for a day at most.
 */
export const answerFile = pgTable(
  'answer_file',
  {
    /** Random (16 bytes, base64url): what the form carries to name a kept file. */
    id: text('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => caseFile.id, { onDelete: 'cascade' }),
    /** The answer form's key: a file is kept for the form it was sent with. */
    formKey: text('form_key').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('answer_file_case_idx').on(t.caseId), index('answer_file_created_idx').on(t.createdAt)],
);

/** How long the cases of a service are kept (R25); services without a row use the municipality default. */
export const caseRetentionRule = pgTable('case_retention_rule', {
  serviceId: integer('service_id')
    .primaryKey()
    .references(() => service.id, { onDelete: 'cascade' }),
  years: smallint('years').notNull(),
});

/** Settings of case work for the municipality (single row). */
export const caseSettings = pgTable(
  'case_settings',
  {
    id: smallint('id').primaryKey().default(1),
    defaultRetentionYears: smallint('default_retention_years').notNull().default(5),
  },
  (t) => [check('case_settings_single_ck', sql`${t.id} = 1`)],
);

/** One row per retention run, kept as statistics next to the audit row. */
export const retentionRun = pgTable('retention_run', {
  id: serial('id').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  dryRun: boolean('dry_run').notNull(),
  cases: integer('cases').notNull(),
  documents: integer('documents').notNull(),
  parties: integer('parties').notNull(),
});
