import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** Text in both site languages. Latvian is required, English is complete for published standards. */
export type Bilingual = { lv: string; en: string };

export type LegalBasis = { title: Bilingual; url?: string; level: 'state' | 'municipal' };
export type RequiredDocument = { name: Bilingual; note?: Bilingual };

export const CHANNELS = [
  'in_person',
  'post',
  'email',
  'e_address',
  'portal',
  'latvija_lv',
  'telephone',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const ORGANISATION_KINDS = ['municipality', 'department', 'institution', 'company', 'state'] as const;
export const VERSION_STATUSES = ['draft', 'review', 'published', 'superseded'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
export const TIME_UNITS = ['working_days', 'calendar_days', 'months', 'years'] as const;
/** How to read a version's fee_cents: the amount, the lowest amount, or an example of a case-dependent one. */
export const FEE_KINDS = ['fixed', 'from', 'varies', 'not_stated'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];
export type TimeUnit = (typeof TIME_UNITS)[number];

export type SpatialRef = { iri: string; name: Bilingual | null };
/** One thing an imported draft lacks; `item` says which rule (docs/cpsv-ap.md, "To-do rules"). */
export type ImportTodoItem = {
  item: 'latvian' | 'category' | 'processingTime' | 'channel' | 'legalBasis';
  lv: string;
  en: string;
};
export type ImportedCost = {
  iri: string;
  amount: string | null;
  currency: string | null;
  description: Bilingual | null;
};
export type ImportedChannel = {
  iri: string;
  kind: Channel;
  type: string | null;
  label: string | null;
  url: string | null;
};
export type ImportedContactPoint = {
  iri: string;
  email: string[];
  telephone: string[];
  url: string[];
  openingHours: string[];
};
/** What a CPSV-AP file says about a service beyond the standard's own fields (docs/cpsv-ap.md). */
export type ImportedDetails = {
  costs: ImportedCost[];
  channels: ImportedChannel[];
  contactPoints: ImportedContactPoint[];
  describedAt: string[];
  spatial: SpatialRef[];
  languages: string[];
  categories: string[];
  competentAuthorities: string[];
  events: string[];
  processingTime: string | null;
  /** Texts in the file's own languages (name, description) when Latvian is missing: {property: {lang: text}}. */
  texts: Record<string, Record<string, string>>;
};

/** One row: the identity of the municipality running this installation. */
export const municipality = pgTable('municipality', {
  id: smallint('id').primaryKey().default(1),
  code: text('code').notNull(),
  name: jsonb('name').$type<Bilingual>().notNull(),
  shortName: jsonb('short_name').$type<Bilingual>().notNull(),
  registrationNumber: text('registration_number'),
  address: text('address').notNull(),
  phone: text('phone'),
  email: text('email'),
  eAddress: text('e_address'),
  website: text('website'),
  /** Registration-number prefix of the registry (lietvedība), e.g. "ILN". */
  registryPrefix: text('registry_prefix').notNull(),
  /** Coat of arms as an SVG document, served at /assets/coat-of-arms.svg. */
  coatOfArmsSvg: text('coat_of_arms_svg'),
  primaryColour: text('primary_colour').notNull().default('#7a1f2b'),
  accentColour: text('accent_colour').notNull().default('#f2c230'),
  /** IBAN of the account fees are paid to (invoices, payment references). */
  bankAccount: text('bank_account'),
  bankName: text('bank_name'),
});

export const organisation = pgTable(
  'organisation',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    parentId: integer('parent_id'),
    name: jsonb('name').$type<Bilingual>().notNull(),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    website: text('website'),
    /** The places the organisation serves (dct:spatial), e.g. a foreign authority's own country (migration 0018). */
    spatial: jsonb('spatial').$type<SpatialRef[]>(),
  },
  (t) => [index('organisation_parent_idx').on(t.parentId)],
);

export const centre = pgTable('centre', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: jsonb('name').$type<Bilingual>().notNull(),
  isMain: boolean('is_main').notNull().default(false),
  address: text('address').notNull(),
  postalCode: text('postal_code'),
  phone: text('phone'),
  email: text('email'),
  latitude: text('latitude'),
  longitude: text('longitude'),
  sort: integer('sort').notNull().default(0),
  /** Parishes, villages and towns the centre serves: a resident finds their centre by any of them. */
  places: text('places').array().notNull().default(sql`'{}'::text[]`),
});

/** Regular weekly hours; several rows per weekday allow a lunch break. weekday: 1 = Monday … 7 = Sunday. */
export const centreHours = pgTable(
  'centre_hours',
  {
    id: serial('id').primaryKey(),
    centreId: integer('centre_id')
      .notNull()
      .references(() => centre.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    opens: text('opens').notNull(),
    closes: text('closes').notNull(),
    /** Only on some weeks of the month: e.g. [1, 3] = first and third such weekday. Null = every week. */
    weeksOfMonth: jsonb('weeks_of_month').$type<number[]>(),
  },
  (t) => [index('centre_hours_centre_idx').on(t.centreId)],
);

/** A dated change: a closure (closed = true) or different/extra hours such as an evening session. */
export const centreException = pgTable(
  'centre_exception',
  {
    id: serial('id').primaryKey(),
    centreId: integer('centre_id')
      .notNull()
      .references(() => centre.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    closed: boolean('closed').notNull().default(false),
    opens: text('opens'),
    closes: text('closes'),
    note: jsonb('note').$type<Bilingual>(),
  },
  (t) => [index('centre_exception_centre_day_idx').on(t.centreId, t.day)],
);

export const category = pgTable('category', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<Bilingual>().notNull(),
  sort: integer('sort').notNull().default(0),
});

export const service = pgTable(
  'service',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => organisation.id),
    categoryCode: text('category_code')
      .notNull()
      .references(() => category.code),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnReason: text('withdrawn_reason'),
    /** The service a withdrawn one is replaced by (migration 0010). */
    replacementServiceId: integer('replacement_service_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_owner_idx').on(t.ownerId)],
);

/** The service standard (pakalpojuma standarts): every R1 field, one row per version. */
export const serviceVersion = pgTable(
  'service_version',
  {
    id: serial('id').primaryKey(),
    serviceId: integer('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status', { enum: VERSION_STATUSES }).notNull().default('draft'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    reviewDue: date('review_due'),
    name: jsonb('name').$type<Bilingual>().notNull(),
    description: jsonb('description').$type<Bilingual>().notNull(),
    whoMayApply: jsonb('who_may_apply').$type<Bilingual>().notNull(),
    requiredDocuments: jsonb('required_documents').$type<RequiredDocument[]>().notNull().default([]),
    result: jsonb('result').$type<Bilingual>().notNull(),
    feeCents: integer('fee_cents').notNull().default(0),
    feeNote: jsonb('fee_note').$type<Bilingual>(),
    feeKind: text('fee_kind', { enum: FEE_KINDS }).notNull().default('fixed'),
    processingTime: integer('processing_time').notNull(),
    processingTimeUnit: text('processing_time_unit', { enum: TIME_UNITS }).notNull(),
    processingTimeBasis: jsonb('processing_time_basis').$type<Bilingual>(),
    legalBasis: jsonb('legal_basis').$type<LegalBasis[]>().notNull().default([]),
    /** Whether the service is governed by a state or a municipal rule (seed 3.5 (8)). */
    legalLevel: text('legal_level', { enum: ['state', 'municipal'] }).notNull(),
    applyChannels: jsonb('apply_channels').$type<Channel[]>().notNull(),
    receiveChannels: jsonb('receive_channels').$type<Channel[]>().notNull(),
    /** Centre codes where the service can be applied for in person; empty = every centre. */
    centres: jsonb('centres').$type<string[]>().notNull().default([]),
    /** Why the service is not accepted at (some) centres, e.g. notarial acts. */
    centreException: jsonb('centre_exception').$type<Bilingual>(),
    onTheSpot: boolean('on_the_spot').notNull().default(false),
    /** E-service maturity 0 (information only) … 4 (fully online, proactive). */
    eserviceMaturity: smallint('eservice_maturity').notNull().default(0),
    eserviceUrl: text('eservice_url'),
    contact: jsonb('contact').$type<Bilingual>(),
    internalNotes: text('internal_notes'),
    keywords: jsonb('keywords').$type<Bilingual>(),
    /** The online form (issue 9), checked by modules/eforms/definition.ts; null: no online form. */
    formDefinition: jsonb('form_definition').$type<Record<string, unknown>>(),
    /** ISO 4217 code of fee_cents (migration 0018): an imported fee stays in the currency it was given in. */
    feeCurrency: text('fee_currency').notNull().default('EUR'),
    /** What an imported draft still needs before it can be published; null: nothing (docs/cpsv-ap.md). */
    importTodo: jsonb('import_todo').$type<ImportTodoItem[]>(),
    /** Provenance of an imported version: the service's IRI in its file and the file's publisher. */
    sourceIri: text('source_iri'),
    sourcePublisher: text('source_publisher'),
    /** The triples of the service the importer could not map, as N-Triples lines. */
    unmappedTriples: jsonb('unmapped_triples').$type<string[]>(),
    /** Every cost, channel, contact point … of an imported service as the file gave them. */
    imported: jsonb('imported').$type<ImportedDetails>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('service_version_number_uq').on(t.serviceId, t.version),
    uniqueIndex('service_version_one_published_uq').on(t.serviceId).where(sql`status = 'published'`),
  ],
);

export const lifeSituation = pgTable('life_situation', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  title: jsonb('title').$type<Bilingual>().notNull(),
  summary: jsonb('summary').$type<Bilingual>().notNull(),
  sort: integer('sort').notNull().default(0),
});

export const lifeSituationStep = pgTable(
  'life_situation_step',
  {
    lifeSituationId: integer('life_situation_id')
      .notNull()
      .references(() => lifeSituation.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    serviceId: integer('service_id')
      .notNull()
      .references(() => service.id),
    note: jsonb('note').$type<Bilingual>(),
  },
  (t) => [primaryKey({ columns: [t.lifeSituationId, t.position] })],
);

/** How the CPSV-AP importer reads a channel type (a concept IRI or a lower-case label); migration 0018. */
export const channelVocabulary = pgTable('channel_vocabulary', {
  match: text('match').primaryKey(),
  kind: text('kind', { enum: CHANNELS }).notNull(),
  note: text('note'),
});
