import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
// schema.ts re-exports this file at its end: refer to its tables only lazily (inside arrow functions).
import { type Bilingual, organisation, service, serviceVersion } from './catalogue';

export const PLAN_ITEM_KINDS = ['write', 'review'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

/**
 * Review notes on a version of a standard: the head's reasons for returning a draft, and any remark on it.
 * Author ids are staff user ids; the name is kept so that a note stays readable if the account goes.
 */
export const serviceVersionComment = pgTable(
  'service_version_comment',
  {
    id: serial('id').primaryKey(),
    versionId: integer('version_id')
      .notNull()
      .references(() => serviceVersion.id, { onDelete: 'cascade' }),
    authorId: integer('author_id'),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_version_comment_version_idx').on(t.versionId)],
);

/**
 * The drafting schedule (seed task 1.2): a standard a unit must write or review by a deadline. An item
 * names an existing service, or the title of one still to be written. Whether it is done is not stored:
 * it follows from the standards (a version published after the item was created).
 */
export const draftingPlanItem = pgTable(
  'drafting_plan_item',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => organisation.id),
    serviceId: integer('service_id').references(() => service.id, { onDelete: 'set null' }),
    newServiceTitle: jsonb('new_service_title').$type<Bilingual>(),
    kind: text('kind', { enum: PLAN_ITEM_KINDS }).notNull(),
    deadline: date('deadline').notNull(),
    /** A staff user id (no foreign key: the plan outlives accounts). */
    responsibleUserId: integer('responsible_user_id'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('drafting_plan_item_unit_idx').on(t.unitId),
    index('drafting_plan_item_service_idx').on(t.serviceId),
  ],
);

export const VERSION_STEPS = ['start', 'save', 'submit', 'return', 'approve'] as const;
export type VersionStep = (typeof VERSION_STEPS)[number];

/**
 * Who took each step on a version of a standard. The four-eyes rule reads it: whoever started, saved or
 * submitted a version may not approve it. (The audit trail holds the same facts, for the record.)
 */
export const serviceVersionStep = pgTable(
  'service_version_step',
  {
    id: serial('id').primaryKey(),
    versionId: integer('version_id')
      .notNull()
      .references(() => serviceVersion.id, { onDelete: 'cascade' }),
    step: text('step', { enum: VERSION_STEPS }).notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_version_step_version_idx').on(t.versionId)],
);

export const WITHDRAWAL_KINDS = ['withdraw', 'restore'] as const;
export type WithdrawalKind = (typeof WITHDRAWAL_KINDS)[number];
export const WITHDRAWAL_STATUSES = ['pending', 'approved', 'rejected'] as const;

/**
 * A request to take a service out of the public catalogue from a date, or to bring it back. An editor
 * or the unit's head asks; the unit's head (not the one who asked) decides. One pending request per service.
 */
export const serviceWithdrawalRequest = pgTable(
  'service_withdrawal_request',
  {
    id: serial('id').primaryKey(),
    serviceId: integer('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: WITHDRAWAL_KINDS }).notNull(),
    reason: text('reason').notNull(),
    /** The first day the service is no longer offered (withdrawals only). */
    effectiveFrom: date('effective_from'),
    requestedById: integer('requested_by_id'),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status', { enum: WITHDRAWAL_STATUSES }).notNull().default('pending'),
    decidedById: integer('decided_by_id'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [
    index('service_withdrawal_request_service_idx').on(t.serviceId),
    uniqueIndex('service_withdrawal_request_one_pending_uq').on(t.serviceId).where(sql`status = 'pending'`),
  ],
);
