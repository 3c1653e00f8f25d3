import { customType, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
// schema.ts re-exports this file at its end: refer to other tables only lazily (inside arrow functions).
import { caseFile } from './cases';
import { service, serviceVersion } from './catalogue';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * A resident's online application in progress (issue 9): answers saved page by page, resumed with a
 * secret token of which only the sha256 is kept; deleted 30 days after the last save (R25).
 */
export const applicationDraft = pgTable(
  'application_draft',
  {
    id: serial('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    serviceId: integer('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    serviceVersionId: integer('service_version_id')
      .notNull()
      .references(() => serviceVersion.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: ['lv', 'en'] })
      .notNull()
      .default('lv'),
    answers: jsonb('answers').$type<Record<string, string | string[]>>().notNull().default({}),
    applicant: jsonb('applicant').$type<Record<string, string>>(),
    delivery: jsonb('delivery').$type<{ channel: string; centreCode?: string }>(),
    currentStep: text('current_step').notNull(),
    /** The case's idempotency key: however often the submission is sent, one case. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    /** Set while one request registers the case, so a second one waits instead of registering again. */
    submittingSince: timestamp('submitting_since', { withTimezone: true }),
    submittedCaseId: integer('submitted_case_id').references(() => caseFile.id, { onDelete: 'set null' }),
    submittedNumber: text('submitted_number'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('application_draft_expires_idx').on(t.expiresAt)],
);

/** A file attached to a draft: type checked from the bytes, kept whole (an .edoc too), with its hash. */
export const draftFile = pgTable(
  'draft_file',
  {
    id: serial('id').primaryKey(),
    draftId: integer('draft_id')
      .notNull()
      .references(() => applicationDraft.id, { onDelete: 'cascade' }),
    fieldCode: text('field_code').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('draft_file_draft_idx').on(t.draftId)],
);
