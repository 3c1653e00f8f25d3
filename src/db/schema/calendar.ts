import { boolean, date, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Working days the Cabinet (or the municipality itself) moved: a Saturday made a working day, or a
 * weekday between a holiday and a weekend made a day off (Labour Law s. 133(4)). The Cabinet's order
 * binds state institutions and is only recommended to municipalities, so each one keeps its own table.
 * Public holidays themselves come from date-holidays and are not stored.
 */
export const calendarMovedDay = pgTable('calendar_moved_day', {
  id: serial('id').primaryKey(),
  day: date('day').notNull().unique(),
  /** true: a working day (usually a Saturday); false: a day off (a weekday). */
  working: boolean('working').notNull(),
  /** Why, e.g. the Cabinet's order and the day it is moved from or to. */
  reason: text('reason').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
