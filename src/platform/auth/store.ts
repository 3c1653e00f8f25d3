import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { type Db, preparedStatement, query } from '../../db/connection';
import { staffSession, staffUser } from '../../db/schema';
import type { RoleGrant } from './actor';

export interface SignInCandidate {
  id: number;
  name: string;
  passwordHash: string;
  active: boolean;
  locked: boolean;
}

export async function selectSignInCandidate(db: Db, email: string): Promise<SignInCandidate | undefined> {
  const [row] = await query<SignInCandidate>(
    db,
    sql`SELECT id, name, password_hash AS "passwordHash", active,
      (locked_until IS NOT NULL AND locked_until > now()) AS locked
      FROM staff_user WHERE email = ${email}`,
  );
  return row;
}

/** Counts a failed sign-in; the attempt that reaches the limit locks the account. Returns whether it did. */
export async function countFailedSignIn(
  tx: Db,
  userId: number,
  limit: number,
  lockMinutes: number,
): Promise<boolean> {
  const [row] = await query<{ locked: boolean }>(
    tx,
    sql`UPDATE staff_user SET
        failed_logins = CASE WHEN failed_logins + 1 >= ${limit} THEN 0 ELSE failed_logins + 1 END,
        locked_until = CASE WHEN failed_logins + 1 >= ${limit}
          THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END
      WHERE id = ${userId}
      RETURNING (locked_until IS NOT NULL AND locked_until > now()) AS locked`,
  );
  return Boolean(row?.locked);
}

export async function clearFailedSignIns(tx: Db, userId: number): Promise<void> {
  await tx.update(staffUser).set({ failedLogins: 0, lockedUntil: null }).where(eq(staffUser.id, userId));
}

/** The password hash of a user and whether the account is locked out now. */
export async function selectPasswordState(
  db: Db,
  userId: number,
): Promise<{ passwordHash: string; locked: boolean } | undefined> {
  const [row] = await query<{ passwordHash: string; locked: boolean }>(
    db,
    sql`SELECT password_hash AS "passwordHash", (locked_until IS NOT NULL AND locked_until > now()) AS locked
      FROM staff_user WHERE id = ${userId}`,
  );
  return row;
}

/** Gives a live session a new token and CSRF secret; it keeps its start and end. */
export async function rotateSessionToken(
  tx: Db,
  idHash: string,
  newIdHash: string,
  newCsrfSecret: string,
): Promise<void> {
  await tx
    .update(staffSession)
    .set({ idHash: newIdHash, csrfSecret: newCsrfSecret, lastSeenAt: sql`now()` })
    .where(and(eq(staffSession.idHash, idHash), isNull(staffSession.revokedAt)));
}

export async function updatePasswordHash(tx: Db, userId: number, passwordHash: string): Promise<void> {
  await tx
    .update(staffUser)
    .set({ passwordHash, passwordChangedAt: sql`now()` })
    .where(eq(staffUser.id, userId));
}

export async function insertSession(
  tx: Db,
  s: { idHash: string; userId: number; csrfSecret: string; ip: string | null; userAgent: string | null },
  absoluteHours: number,
): Promise<void> {
  await tx
    .insert(staffSession)
    .values({ ...s, expiresAt: sql`now() + make_interval(hours => ${absoluteHours})` });
}

export interface LiveSession {
  idHash: string;
  csrfSecret: string;
  userId: number;
  name: string;
  email: string;
  grants: RoleGrant[];
  /** last_seen_at is old enough to be worth updating. */
  stale: boolean;
}

/** A session that is neither revoked, nor past its absolute end, nor idle too long, of an active user. */
// Every staff request asks: a prepared statement, built once, parsed and planned once per connection.
const liveSession = preparedStatement<LiveSession>(
  sql`SELECT s.id_hash AS "idHash", s.csrf_secret AS "csrfSecret", u.id AS "userId", u.name, u.email,
      (s.last_seen_at < now() - interval '1 minute') AS stale,
      COALESCE((SELECT json_agg(json_build_object('role', g.role, 'unit', g.unit_code, 'centre', g.centre_code)
          ORDER BY g.id) FROM role_grant g WHERE g.user_id = u.id), '[]'::json) AS grants
    FROM session s JOIN staff_user u ON u.id = s.user_id
    WHERE s.id_hash = ${sql.placeholder('idHash')} AND s.revoked_at IS NULL AND s.expires_at > now()
      AND s.last_seen_at > now() - make_interval(mins => ${sql.placeholder('idleMinutes')}) AND u.active`,
);

export async function selectLiveSession(
  db: Db,
  idHash: string,
  idleMinutes: number,
): Promise<LiveSession | undefined> {
  const [row] = await liveSession(db, { idHash, idleMinutes });
  return row;
}

export async function selectGrants(db: Db, userId: number): Promise<RoleGrant[]> {
  return query<RoleGrant>(
    db,
    sql`SELECT role, unit_code AS unit, centre_code AS centre FROM role_grant WHERE user_id = ${userId} ORDER BY id`,
  );
}

export async function touchSession(db: Db, idHash: string): Promise<void> {
  await db.update(staffSession).set({ lastSeenAt: sql`now()` }).where(eq(staffSession.idHash, idHash));
}

/** Revokes one session; returns its user when it was still open. */
export async function revokeSession(tx: Db, idHash: string): Promise<number | undefined> {
  const [row] = await tx
    .update(staffSession)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(staffSession.idHash, idHash), isNull(staffSession.revokedAt)))
    .returning({ userId: staffSession.userId });
  return row?.userId;
}

/** Revokes every open session of a user, except one (the caller's own) when given. Returns how many. */
export async function revokeUserSessions(tx: Db, userId: number, exceptIdHash?: string): Promise<number> {
  const rows = await tx
    .update(staffSession)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(staffSession.userId, userId),
        isNull(staffSession.revokedAt),
        exceptIdHash ? ne(staffSession.idHash, exceptIdHash) : undefined,
      ),
    )
    .returning({ idHash: staffSession.idHash });
  return rows.length;
}

/** Sessions long past their end are of no use to anyone: keeps the table small. */
export async function deleteEndedSessions(tx: Db, olderThanDays: number): Promise<void> {
  await tx.execute(
    sql`DELETE FROM session WHERE expires_at < now() - make_interval(days => ${olderThanDays})`,
  );
}
