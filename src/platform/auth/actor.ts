import { ROLES } from '../../db/schema/staff';

export { ROLES };
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  /** Organisation code for head and specialist. */
  unit?: string | null;
  /** Centre code for clerk. */
  centre?: string | null;
}

/** Who is acting: a signed-in staff member or an API key. Passed to every service-layer operation. */
export interface Actor {
  kind: 'staff' | 'api_key' | 'system';
  id: number;
  name: string;
  grants: RoleGrant[];
}

export function hasRole(actor: Actor | null | undefined, role: Role): boolean {
  return Boolean(actor?.grants.some((g) => g.role === role));
}

/** Units an actor holds a role in; empty when the role is not scoped or not held. */
export function unitsFor(actor: Actor, role: Role): string[] {
  return actor.grants.filter((g) => g.role === role && g.unit).map((g) => g.unit as string);
}

/** What each role is scoped to: head and specialist to a unit, clerk to a centre, the rest to nothing. */
export const ROLE_SCOPE: Record<Role, 'unit' | 'centre' | null> = {
  admin: null,
  manager: null,
  editor: null,
  head: 'unit',
  specialist: 'unit',
  clerk: 'centre',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Centres an actor holds a role in; empty when the role is not held. */
export function centresFor(actor: Actor, role: Role): string[] {
  return actor.grants.filter((g) => g.role === role && g.centre).map((g) => g.centre as string);
}

/** The actor of work done by Pietura itself or an operator at the command line. */
export function systemActor(name: string): Actor {
  return { kind: 'system', id: 0, name, grants: [] };
}
