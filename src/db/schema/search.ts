import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Related terms that editors maintain (migration 0010): a query holding `term` also searches each
 * phrase of `related` (separated by ";"). Unique on the lower-cased term.
 */
export const searchSynonym = pgTable('search_synonym', {
  id: serial('id').primaryKey(),
  term: text('term').notNull(),
  related: text('related').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
