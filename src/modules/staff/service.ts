import type { Db } from '../../db/connection';
import type { Bilingual } from '../../db/schema';
import { recordAudit } from '../../platform/audit/service';
import { type Actor, hasRole, isRole, ROLE_SCOPE, type RoleGrant } from '../../platform/auth/actor';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../platform/auth/password';
import { revokeAllSessions } from '../../platform/auth/service';
import { changingStaff } from '../../platform/auth/staff-changes';
import { ForbiddenError } from '../../platform/errors';
import { listOrganisations } from '../catalogue/service';
import { listCentres } from '../centres/service';
import * as store from './store';

export type { UserListRow } from './store';

/** Account administration is the administrator's (or an operator's at the command line). */
function assertMayManageUsers(actor: Actor): void {
  if (actor.kind === 'system' || hasRole(actor, 'admin')) return;
  throw new ForbiddenError();
}

export async function listUsers(db: Db, actor: Actor): Promise<store.UserListRow[]> {
  assertMayManageUsers(actor);
  return store.selectUsers(db);
}

export interface ScopeOption {
  code: string;
  name: Bilingual;
}

/** The units (head, specialist) and centres (clerk) a role can be scoped to. */
export async function scopeOptions(db: Db): Promise<{ units: ScopeOption[]; centres: ScopeOption[] }> {
  const [organisations, centres] = await Promise.all([listOrganisations(db), listCentres(db)]);
  return {
    units: organisations.filter((o) => o.kind !== 'state').map((o) => ({ code: o.code, name: o.name })),
    centres: centres.map((c) => ({ code: c.code, name: c.name })),
  };
}

/** The choices of the new-user form: only an administrator may see it. */
export async function userFormOptions(
  db: Db,
  actor: Actor,
): Promise<{ units: ScopeOption[]; centres: ScopeOption[] }> {
  assertMayManageUsers(actor);
  return scopeOptions(db);
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  grants: RoleGrant[];
}

export type NewUserProblem =
  | {
      problem:
        | 'email_taken'
        | 'email_invalid'
        | 'name_invalid'
        | 'password_short'
        | 'password_long'
        | 'no_role';
    }
  | {
      problem: 'role_unknown' | 'scope_missing' | 'scope_not_allowed' | 'unit_unknown' | 'centre_unknown';
      grant: RoleGrant;
    };

export type CreateUserResult = { ok: true; id: number } | { ok: false; problems: NewUserProblem[] };

/** The rules every set of grants follows, at creation and when the administrator edits them. */
export async function grantProblems(db: Db, grants: RoleGrant[]): Promise<NewUserProblem[]> {
  const problems: NewUserProblem[] = [];
  const { units, centres } = await scopeOptions(db);
  for (const grant of grants) {
    if (!isRole(grant.role)) {
      problems.push({ problem: 'role_unknown', grant });
      continue;
    }
    const scope = ROLE_SCOPE[grant.role];
    const given = grant.unit ? 'unit' : grant.centre ? 'centre' : null;
    if (grant.unit && grant.centre) problems.push({ problem: 'scope_not_allowed', grant });
    else if (scope !== given)
      problems.push({ problem: scope && !given ? 'scope_missing' : 'scope_not_allowed', grant });
    else if (grant.unit && !units.some((u) => u.code === grant.unit))
      problems.push({ problem: 'unit_unknown', grant });
    else if (grant.centre && !centres.some((c) => c.code === grant.centre)) {
      problems.push({ problem: 'centre_unknown', grant });
    }
  }
  return problems;
}

/** Checks the rules the web form and the command line share; the form's zod schema checks its own format. */
async function newUserProblems(db: Db, user: NewUser): Promise<NewUserProblem[]> {
  const problems: NewUserProblem[] = [];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(user.email) || user.email.length > 254)
    problems.push({ problem: 'email_invalid' });
  if (!user.name.trim() || user.name.length > 200) problems.push({ problem: 'name_invalid' });
  if (user.password.length < PASSWORD_MIN_LENGTH) problems.push({ problem: 'password_short' });
  if (user.password.length > PASSWORD_MAX_LENGTH) problems.push({ problem: 'password_long' });
  if (user.grants.length === 0) problems.push({ problem: 'no_role' });
  problems.push(...(await grantProblems(db, user.grants)));
  if (problems.length === 0 && (await store.emailExists(db, user.email)))
    problems.push({ problem: 'email_taken' });
  return problems;
}

/**
 * Creates an account with its roles; the account, every grant and the audit rows commit together.
 * `passwordHash` may carry the hash of `input.password` when it is already known (the demo accounts
 * share one), since hashing is deliberately slow.
 */
export async function createUser(
  db: Db,
  actor: Actor,
  input: NewUser,
  known?: { passwordHash: string },
): Promise<CreateUserResult> {
  assertMayManageUsers(actor);
  const user = { ...input, email: input.email.trim().toLowerCase(), name: input.name.trim() };
  const problems = await newUserProblems(db, user);
  if (problems.length > 0) return { ok: false, problems };
  const passwordHash = known?.passwordHash ?? (await hashPassword(user.password));
  const id = await changingStaff(db, async (tx) => {
    const id = await store.insertUser(tx, { email: user.email, name: user.name, passwordHash });
    if (id === undefined) return undefined;
    await recordAudit(tx, {
      actor,
      action: 'staff.user_created',
      entity: 'staff_user',
      entityId: id,
      after: { email: user.email, name: user.name, active: true },
    });
    for (const grant of user.grants) {
      const grantId = await store.insertGrant(tx, id, grant);
      await recordAudit(tx, {
        actor,
        action: 'staff.role_granted',
        entity: 'role_grant',
        entityId: grantId,
        after: { userId: id, role: grant.role, unit: grant.unit ?? null, centre: grant.centre ?? null },
      });
    }
    return id;
  });
  return id === undefined ? { ok: false, problems: [{ problem: 'email_taken' }] } : { ok: true, id };
}

export type DeactivateResult = 'deactivated' | 'not_found' | 'already_inactive' | 'self';

/** Deactivates an account and ends its sessions; an administrator cannot lock themselves out. */
export async function deactivateUser(db: Db, actor: Actor, userId: number): Promise<DeactivateResult> {
  assertMayManageUsers(actor);
  if (actor.kind === 'staff' && actor.id === userId) return 'self';
  const user = await store.selectUser(db, userId);
  if (!user) return 'not_found';
  return changingStaff(db, async (tx) => {
    if (!(await store.deactivateUser(tx, userId))) return 'already_inactive';
    const revoked = await revokeAllSessions(tx, userId);
    await recordAudit(tx, {
      actor,
      action: 'staff.user_deactivated',
      entity: 'staff_user',
      entityId: userId,
      before: { active: true },
      after: { active: false, sessionsRevoked: revoked },
    });
    return 'deactivated';
  });
}

/** Ends every session of a user (a lost laptop, a shared computer); returns how many were open. */
export async function revokeUserSessions(db: Db, actor: Actor, userId: number): Promise<number | undefined> {
  assertMayManageUsers(actor);
  const user = await store.selectUser(db, userId);
  if (!user) return undefined;
  return db.transaction(async (tx) => {
    const revoked = await revokeAllSessions(tx, userId);
    await recordAudit(tx, {
      actor,
      action: 'staff.sessions_revoked',
      entity: 'staff_user',
      entityId: userId,
      after: { sessionsRevoked: revoked },
    });
    return revoked;
  });
}

export interface UserForAdmin {
  id: number;
  email: string;
  name: string;
  active: boolean;
  grants: RoleGrant[];
  openSessions: number;
}

/** One account with its grants, for the administrator's edit and confirmation pages. */
export async function getUserForAdmin(
  db: Db,
  actor: Actor,
  userId: number,
): Promise<UserForAdmin | undefined> {
  assertMayManageUsers(actor);
  const user = await store.selectUser(db, userId);
  if (!user) return undefined;
  const [grants, openSessions] = await Promise.all([
    store.selectGrants(db, userId),
    store.countOpenSessions(db, userId),
  ]);
  return { ...user, grants, openSessions };
}

export type EditGrantsProblem = NewUserProblem | { problem: 'own_admin' } | { problem: 'own_widen' };
export type EditGrantsResult = { ok: true } | { ok: false; problems: EditGrantsProblem[] } | 'not_found';

const grantKey = (g: RoleGrant) => `${g.role}|${g.unit ?? ''}|${g.centre ?? ''}`;
const plainGrant = (g: RoleGrant) => ({ role: g.role, unit: g.unit ?? null, centre: g.centre ?? null });

/**
 * Replaces the roles and scopes of an account, checked as at creation. The audit row holds the grants
 * before and after. An administrator cannot take the administrator role from themselves (no lock-out).
 */
export async function updateUserGrants(
  db: Db,
  actor: Actor,
  userId: number,
  grants: RoleGrant[],
): Promise<EditGrantsResult> {
  assertMayManageUsers(actor);
  const user = await store.selectUser(db, userId);
  if (!user) return 'not_found';
  const unique = [...new Map(grants.map((g) => [grantKey(g), g])).values()];
  const problems: EditGrantsProblem[] = [];
  if (unique.length === 0) problems.push({ problem: 'no_role' });
  problems.push(...(await grantProblems(db, unique)));
  const own = actor.kind === 'staff' && actor.id === userId;
  if (own && !unique.some((g) => g.role === 'admin')) problems.push({ problem: 'own_admin' });
  // Four eyes on power: an administrator who could give themselves the editor's or a head's role could
  // then write and approve standards alone. Another administrator grants it.
  const current = own ? await store.selectGrants(db, userId) : [];
  if (own && unique.some((g) => !current.some((c) => grantKey(c) === grantKey(g))))
    problems.push({ problem: 'own_widen' });
  if (problems.length > 0) return { ok: false, problems };
  await changingStaff(db, async (tx) => {
    const before = await store.selectGrants(tx, userId);
    const same =
      before.length === unique.length && before.every((b) => unique.some((g) => grantKey(g) === grantKey(b)));
    if (same) return;
    await store.replaceGrants(tx, userId, unique);
    // Narrowed roles take effect at once: the sessions read grants on every request.
    await recordAudit(tx, {
      actor,
      action: 'staff.roles_changed',
      entity: 'staff_user',
      entityId: userId,
      before: { grants: before.map(plainGrant) },
      after: { grants: unique.map(plainGrant) },
    });
  });
  return { ok: true };
}

export type ReactivateResult = 'reactivated' | 'not_found' | 'already_active';

/** Lets a deactivated account sign in again (with its old password and roles). */
export async function reactivateUser(db: Db, actor: Actor, userId: number): Promise<ReactivateResult> {
  assertMayManageUsers(actor);
  const user = await store.selectUser(db, userId);
  if (!user) return 'not_found';
  return changingStaff(db, async (tx) => {
    if (!(await store.setActive(tx, userId, true))) return 'already_active';
    await recordAudit(tx, {
      actor,
      action: 'staff.user_reactivated',
      entity: 'staff_user',
      entityId: userId,
      before: { active: false },
      after: { active: true },
    });
    return 'reactivated';
  });
}
