import { and, eq, sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import { roleGrant, staffUser } from '../../db/schema';
import type { RoleGrant } from '../../platform/auth/actor';

export interface UserListRow {
  id: number;
  email: string;
  name: string;
  active: boolean;
  locked: boolean;
  openSessions: number;
  grants: RoleGrant[];
}

/** Every account with its roles and how many sessions are open now. */
export async function selectUsers(db: Db): Promise<UserListRow[]> {
  return query<UserListRow>(
    db,
    sql`SELECT u.id, u.email, u.name, u.active,
        (u.locked_until IS NOT NULL AND u.locked_until > now()) AS locked,
        (SELECT count(*)::int FROM session s
          WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()) AS "openSessions",
        COALESCE((SELECT json_agg(json_build_object('role', g.role, 'unit', g.unit_code, 'centre', g.centre_code)
          ORDER BY g.id) FROM role_grant g WHERE g.user_id = u.id), '[]'::json) AS grants
      FROM staff_user u
      ORDER BY u.active DESC, u.name, u.id`,
  );
}

export async function selectUser(db: Db, id: number) {
  const [row] = await db
    .select({ id: staffUser.id, email: staffUser.email, name: staffUser.name, active: staffUser.active })
    .from(staffUser)
    .where(eq(staffUser.id, id));
  return row;
}

/** Inserts an account; undefined when the e-mail is taken (the unique index decides, race-free). */
export async function insertUser(
  tx: Db,
  user: { email: string; name: string; passwordHash: string },
): Promise<number | undefined> {
  const [row] = await tx
    .insert(staffUser)
    .values(user)
    .onConflictDoNothing({ target: staffUser.email })
    .returning({ id: staffUser.id });
  return row?.id;
}

export async function insertGrant(tx: Db, userId: number, grant: RoleGrant): Promise<number> {
  const [row] = await tx
    .insert(roleGrant)
    .values({ userId, role: grant.role, unitCode: grant.unit ?? null, centreCode: grant.centre ?? null })
    .returning({ id: roleGrant.id });
  return row!.id;
}

/** Deactivates an active account; false when it was already inactive or does not exist. */
export async function deactivateUser(tx: Db, id: number): Promise<boolean> {
  return setActive(tx, id, false);
}

/** Switches an account on or off; false when it already was so (or does not exist). */
export async function setActive(tx: Db, id: number, active: boolean): Promise<boolean> {
  const rows = await tx
    .update(staffUser)
    .set({ active })
    .where(and(eq(staffUser.id, id), eq(staffUser.active, !active)))
    .returning({ id: staffUser.id });
  return rows.length > 0;
}

export async function selectGrants(db: Db, userId: number): Promise<RoleGrant[]> {
  const rows = await db
    .select({ role: roleGrant.role, unit: roleGrant.unitCode, centre: roleGrant.centreCode })
    .from(roleGrant)
    .where(eq(roleGrant.userId, userId))
    .orderBy(roleGrant.id);
  return rows;
}

/** The grants of a user are edited as one set, so they are replaced as one. */
export async function replaceGrants(tx: Db, userId: number, grants: RoleGrant[]): Promise<void> {
  await tx.delete(roleGrant).where(eq(roleGrant.userId, userId));
  for (const grant of grants) await insertGrant(tx, userId, grant);
}

export async function emailExists(db: Db, email: string): Promise<boolean> {
  const rows = await db.select({ id: staffUser.id }).from(staffUser).where(eq(staffUser.email, email));
  return rows.length > 0;
}

export async function countOpenSessions(db: Db, userId: number): Promise<number> {
  const [row] = await query<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM session
      WHERE user_id = ${userId} AND revoked_at IS NULL AND expires_at > now()`,
  );
  return row?.n ?? 0;
}
