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
/**
 * Sign-in attempts per client address and minute, one budget for the Latvian and the English form
 * (the lock-out above protects each account).
 */
export const SIGN_IN_RATE_LIMIT = { max: 10, timeWindow: 60_000 } as const;
/** Password-change attempts per session and minute (wrong current passwords also count to the lock-out). */
export const PASSWORD_CHANGE_RATE_LIMIT = { max: 10, timeWindow: 60_000 } as const;

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

export type ChangePasswordResult =
  | { ok: true; token: string; session: StaffSession }
  | { ok: false; error: 'wrong_current' | 'locked' };

/**
 * Changes the actor's own password. A wrong current password counts towards the same lock-out as a
 * wrong password at sign-in (and is audited), so a stolen session cannot guess the password. On
 * success every other session of theirs ends and this one gets a new token: the old cookie is dead.
 */
export async function changePassword(
  db: Db,
  session: StaffSession,
  input: { current: string; next: string; ip: string | null },
): Promise<ChangePasswordResult> {
  const userId = session.actor.id;
  const current = await store.selectPasswordState(db, userId);
  const passwordOk = await verifyPassword(current?.passwordHash ?? null, input.current);
  if (!current || current.locked || !passwordOk) {
    const reason = current?.locked ? 'locked' : 'wrong_current';
    const lockedNow = await db.transaction(async (tx) => {
      const locked =
        reason === 'wrong_current'
          ? await store.countFailedSignIn(tx, userId, MAX_FAILED_SIGN_INS, LOCKOUT_MINUTES)
          : false;
      await recordAudit(tx, {
        actor: session.actor,
        action: 'staff.password_change_failed',
        entity: 'staff_user',
        entityId: userId,
        after: { reason, locked, ip: input.ip },
      });
      return locked;
    });
    return { ok: false, error: reason === 'locked' || lockedNow ? 'locked' : 'wrong_current' };
  }
  const passwordHash = await hashPassword(input.next);
  const token = newToken();
  const rotated: StaffSession = { idHash: tokenHash(token), csrfToken: newToken(), actor: session.actor };
  await db.transaction(async (tx) => {
    await store.updatePasswordHash(tx, userId, passwordHash);
    await store.clearFailedSignIns(tx, userId);
    const revoked = await store.revokeUserSessions(tx, userId, session.idHash);
    await store.rotateSessionToken(tx, session.idHash, rotated.idHash, rotated.csrfToken);
    await recordAudit(tx, {
      actor: session.actor,
      action: 'staff.password_changed',
      entity: 'staff_user',
      entityId: userId,
      after: { otherSessionsRevoked: revoked, sessionTokenRotated: true, ip: input.ip },
    });
  });
  return { ok: true, token, session: rotated };
}

/** Revokes every session of a user, inside the caller's transaction (which records why). */
export function revokeAllSessions(tx: Tx, userId: number): Promise<number> {
  return store.revokeUserSessions(tx, userId);
}
