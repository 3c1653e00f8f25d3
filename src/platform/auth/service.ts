import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/connection';
import { recordAudit, type Tx } from '../audit/service';
import type { Actor } from './actor';
import { hashPassword, verifyPassword } from './password';
import * as store from './store';

/** Session time-outs (DESIGN §6): signed out after 30 idle minutes, and 12 hours after signing in at most. */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
/** Five wrong passwords in a row lock the account for fifteen minutes. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;
/** Sign-in attempts per IP address and minute (the lock-out above protects each account). */
export const SIGN_IN_RATE_LIMIT = { max: 10, timeWindow: 60_000 } as const;

export interface StaffSession {
  /** SHA-256 of the cookie's token: the session's key in the database. */
  idHash: string;
  csrfToken: string;
  actor: Actor;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two secrets in constant time (for equal lengths; different lengths are simply unequal). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function staffActor(userId: number, name: string, grants: Actor['grants']): Actor {
  return { kind: 'staff', id: userId, name, grants };
}

export type SignInResult = { ok: true; token: string; session: StaffSession } | { ok: false };

/**
 * Checks an e-mail and password. Every refusal looks the same to the caller (wrong password, unknown
 * e-mail, deactivated or locked account), so the answer does not tell whether an account exists;
 * the audit trail records the real reason.
 */
export async function signIn(
  db: Db,
  attempt: { email: string; password: string; ip: string | null; userAgent: string | null },
): Promise<SignInResult> {
  const email = attempt.email.trim().toLowerCase();
  const user = await store.selectSignInCandidate(db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, attempt.password);
  if (!user?.active || user.locked || !passwordOk) {
    const reason = !user
      ? 'unknown_email'
      : !user.active
        ? 'inactive'
        : user.locked
          ? 'locked'
          : 'wrong_password';
    await db.transaction(async (tx) => {
      const lockedNow =
        reason === 'wrong_password' && user
          ? await store.countFailedSignIn(tx, user.id, MAX_FAILED_SIGN_INS, LOCKOUT_MINUTES)
          : false;
      await recordAudit(tx, {
        actor: null,
        action: 'staff.sign_in_failed',
        entity: 'staff_user',
        entityId: user?.id ?? null,
        after: { email, reason, locked: lockedNow, ip: attempt.ip },
      });
    });
    return { ok: false };
  }

  const token = newToken();
  const csrfToken = newToken();
  const idHash = tokenHash(token);
  const actor = staffActor(user.id, user.name, await store.selectGrants(db, user.id));
  await db.transaction(async (tx) => {
    await store.clearFailedSignIns(tx, user.id);
    await store.deleteEndedSessions(tx, 7);
    await store.insertSession(
      tx,
      {
        idHash,
        userId: user.id,
        csrfSecret: csrfToken,
        ip: attempt.ip,
        userAgent: attempt.userAgent?.slice(0, 500) ?? null,
      },
      SESSION_ABSOLUTE_HOURS,
    );
    await recordAudit(tx, {
      actor,
      action: 'staff.signed_in',
      entity: 'staff_user',
      entityId: user.id,
      after: { ip: attempt.ip },
    });
  });
  return { ok: true, token, session: { idHash, csrfToken, actor } };
}

/** The live session a cookie token belongs to, or null when it is unknown, revoked, idle or expired. */
export async function resolveSession(db: Db, token: string): Promise<StaffSession | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const idHash = tokenHash(token);
  const live = await store.selectLiveSession(db, idHash, SESSION_IDLE_MINUTES);
  if (!live) return null;
  if (live.stale) await store.touchSession(db, idHash);
  return { idHash, csrfToken: live.csrfSecret, actor: staffActor(live.userId, live.name, live.grants) };
}

export async function signOut(db: Db, session: StaffSession): Promise<void> {
  await db.transaction(async (tx) => {
    const userId = await store.revokeSession(tx, session.idHash);
    if (userId === undefined) return;
    await recordAudit(tx, {
      actor: session.actor,
      action: 'staff.signed_out',
      entity: 'staff_user',
      entityId: userId,
    });
  });
}

export type ChangePasswordResult = { ok: true } | { ok: false; error: 'wrong_current' };

/** Changes the actor's own password and signs out every other session of theirs. */
export async function changePassword(
  db: Db,
  session: StaffSession,
  input: { current: string; next: string },
): Promise<ChangePasswordResult> {
  const userId = session.actor.id;
  const current = await store.selectPasswordHash(db, userId);
  if (!current || !(await verifyPassword(current, input.current)))
    return { ok: false, error: 'wrong_current' };
  const passwordHash = await hashPassword(input.next);
  await db.transaction(async (tx) => {
    await store.updatePasswordHash(tx, userId, passwordHash);
    const revoked = await store.revokeUserSessions(tx, userId, session.idHash);
    await recordAudit(tx, {
      actor: session.actor,
      action: 'staff.password_changed',
      entity: 'staff_user',
      entityId: userId,
      after: { otherSessionsRevoked: revoked },
    });
  });
  return { ok: true };
}

/** Revokes every session of a user, inside the caller's transaction (which records why). */
export function revokeAllSessions(tx: Tx, userId: number): Promise<number> {
  return store.revokeUserSessions(tx, userId);
}
