import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { party } from './cases';
// schema.ts re-exports this file at its end: refer to other tables only lazily (inside arrow functions).
import { centre, service } from './catalogue';
import { staffUser } from './staff';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export const INTERACTION_CHANNELS = ['visit', 'phone', 'email', 'video'] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

/** A consultation without an application (R16): counted in the statistics, optionally linked to a party. */
export const interaction = pgTable(
  'interaction',
  {
    id: serial('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    centreCode: text('centre_code')
      .notNull()
      .references(() => centre.code),
    staffUserId: integer('staff_user_id').references(() => staffUser.id),
    serviceId: integer('service_id').references(() => service.id),
    topic: text('topic'),
    channel: text('channel', { enum: INTERACTION_CHANNELS }).notNull(),
    minutes: smallint('minutes').notNull(),
    partyId: integer('party_id').references(() => party.id),
  },
  (t) => [
    index('interaction_centre_at_idx').on(t.centreCode, t.at),
    check('interaction_minutes_ck', sql`${t.minutes} BETWEEN 1 AND 480`),
    check('interaction_subject_ck', sql`${t.serviceId} IS NOT NULL OR ${t.topic} IS NOT NULL`),
  ],
);

/**
 * A file received at the desk before its form was accepted: kept so that a form returned with errors,
 * or a document added by script, does not have to be uploaded again. Taken by the intake, else swept.
 */
export const stagedUpload = pgTable(
  'staged_upload',
  {
    id: text('id').primaryKey(),
    staffUserId: integer('staff_user_id')
      .notNull()
      .references(() => staffUser.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staged_upload_created_idx').on(t.createdAt)],
);
