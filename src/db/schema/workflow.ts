import { date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
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
