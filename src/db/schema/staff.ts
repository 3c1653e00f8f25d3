import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { centre, organisation } from './catalogue';

/** Staff roles (R24). Scopes: a unit (organisation code) or a centre (centre code). */
export const ROLES = ['admin', 'manager', 'editor', 'head', 'specialist', 'clerk'] as const;

/** A member of staff who signs in to the workspace (R24). E-mail is stored in lower case. */
export const staffUser = pgTable(
  'staff_user',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    /** argon2id, PHC string format. */
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    /** Failed sign-ins since the last success or lock-out. */
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('staff_user_email_lower_ck', sql`${t.email} = lower(${t.email})`)],
);

/** A role with its scope: head and specialist hold a unit, clerk a centre, the others nothing. */
export const roleGrant = pgTable(
  'role_grant',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUser.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    unitCode: text('unit_code').references(() => organisation.code),
    centreCode: text('centre_code').references(() => centre.code),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('role_grant_user_idx').on(t.userId),
    check(
      'role_grant_scope_ck',
      sql`(${t.role} IN ('head', 'specialist') AND ${t.unitCode} IS NOT NULL AND ${t.centreCode} IS NULL)
        OR (${t.role} = 'clerk' AND ${t.centreCode} IS NOT NULL AND ${t.unitCode} IS NULL)
        OR (${t.role} IN ('admin', 'manager', 'editor') AND ${t.unitCode} IS NULL AND ${t.centreCode} IS NULL)`,
    ),
  ],
);

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 hash is stored, so a copy
 * of the database cannot be used to take over sessions.
 */
export const staffSession = pgTable(
  'session',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUser.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The token every form of this session must carry (compared in constant time). */
    csrfSecret: text('csrf_secret').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

/**
 * Append-only, hash-chained record of every write (R24). hash = SHA-256 over the row's fields,
 * prev_id and prev_hash (see platform/audit/chain.ts and ADR 0009); a trigger rejects UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    /** The row this one follows in the chain (null for the first), so a gap names the missing row. */
    prevId: bigint('prev_id', { mode: 'number' }),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull().unique(),
    /** 1: hashed by the app (platform/audit/chain.ts); 2: by the database (ADR 0009). */
    hashVersion: smallint('hash_version').notNull().default(1),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

/** The single row that holds the end of the audit chain; locking it serialises appends. */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: smallint('id').primaryKey().default(1),
    lastId: bigint('last_id', { mode: 'number' }).notNull(),
    lastHash: text('last_hash').notNull(),
  },
  (t) => [check('audit_chain_head_single_ck', sql`${t.id} = 1`)],
);

/**
 * A key other systems present to the API (Open311, CPSV-AP import): only the SHA-256 of the secret is
 * kept, with its first characters (`prefix`) so administrators can tell keys apart (migration 0017).
 */
export const apiKey = pgTable(
  'api_key',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull().unique('api_key_secret_hash_uq'),
    createdBy: integer('created_by').references(() => staffUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    /** The key's rate limit: requests in any one minute. */
    requestsPerMinute: integer('requests_per_minute').notNull().default(600),
  },
  (t) => [
    check('api_key_name_ck', sql`length(btrim(${t.name})) BETWEEN 1 AND 100`),
    check('api_key_requests_per_minute_ck', sql`${t.requestsPerMinute} BETWEEN 1 AND 1000000`),
    check('api_key_secret_hash_ck', sql`${t.secretHash} ~ '^[0-9a-f]{64}$'`),
  ],
);
