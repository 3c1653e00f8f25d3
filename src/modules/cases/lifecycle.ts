import type { CaseStatus } from '../../db/schema';
import { type Actor, centresFor, unitsFor } from '../../platform/auth/actor';
import type { ActionType } from './types';

/** Statuses in which a case still needs work by the municipality. */
export const OPEN_STATUSES = [
  'registered',
  'in_progress',
  'awaiting_applicant',
  'decided',
  'ready_for_issue',
] as const;
export const CLOSED_STATUSES = ['forwarded', 'issued', 'rejected', 'withdrawn'] as const;
/** Statuses whose deadline is running (a paused case waits for the applicant). */
export const RUNNING_STATUSES = ['registered', 'in_progress'] as const;

/**
 * The allowed transitions (R10): from which statuses each action may be taken, and the status it leads
 * to ('same' keeps the status: the event only moves the due date or the responsibility).
 */
export const TRANSITIONS: Record<ActionType, { from: readonly CaseStatus[]; to: CaseStatus | 'same' }> = {
  assign: { from: ['registered', 'in_progress'], to: 'in_progress' },
  reroute: { from: ['registered', 'in_progress'], to: 'registered' },
  forward: { from: ['registered', 'in_progress'], to: 'forwarded' },
  request_info: { from: ['in_progress'], to: 'awaiting_applicant' },
  info_received: { from: ['awaiting_applicant'], to: 'in_progress' },
  suspend: { from: ['in_progress'], to: 'same' },
  extend: { from: ['in_progress', 'awaiting_applicant'], to: 'same' },
  decide: { from: ['in_progress'], to: 'decided' },
  ready_for_issue: { from: ['decided'], to: 'ready_for_issue' },
  issue: { from: ['decided', 'ready_for_issue'], to: 'issued' },
  withdraw: { from: ['registered', 'in_progress', 'awaiting_applicant'], to: 'withdrawn' },
  reject: { from: ['registered', 'in_progress', 'awaiting_applicant'], to: 'rejected' },
};

export const ACTION_TYPES = Object.keys(TRANSITIONS) as ActionType[];

export function statusAfter(action: ActionType, from: CaseStatus): CaseStatus | undefined {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) return undefined;
  return t.to === 'same' ? from : t.to;
}

/** What each role may do on a case within its scope (see the header of service.ts). */
export const ROLE_ACTIONS: Record<'clerk' | 'specialist' | 'head', readonly ActionType[]> = {
  clerk: ['reroute', 'forward', 'info_received', 'ready_for_issue', 'issue', 'withdraw'],
  specialist: [
    'assign',
    'forward',
    'request_info',
    'info_received',
    'suspend',
    'extend',
    'decide',
    'ready_for_issue',
    'issue',
    'withdraw',
    'reject',
  ],
  head: [
    'assign',
    'reroute',
    'forward',
    'request_info',
    'info_received',
    'suspend',
    'extend',
    'decide',
    'ready_for_issue',
    'issue',
    'withdraw',
    'reject',
  ],
};

export interface CaseScopeFacts {
  status: CaseStatus;
  unitCode: string;
  assigneeId: number | null;
  centreIn: string | null;
  deliveryCentre: string | null;
}

/** Statuses a resident may come to any desk for: to answer, or to collect the result. */
const DESK_STATUSES: readonly CaseStatus[] = ['awaiting_applicant', 'decided', 'ready_for_issue'];

function clerkCovers(actor: Actor, c: CaseScopeFacts): boolean {
  const centres = centresFor(actor, 'clerk');
  if (centres.length === 0) return false;
  return (
    (c.centreIn !== null && centres.includes(c.centreIn)) ||
    (c.deliveryCentre !== null && centres.includes(c.deliveryCentre)) ||
    DESK_STATUSES.includes(c.status)
  );
}

/** Whether the actor may see the case at all; a case outside this is reported as not existing. */
export function maySee(actor: Actor, c: CaseScopeFacts): boolean {
  if (actor.kind === 'system') return true;
  if (actor.grants.some((g) => g.role === 'manager' || g.role === 'admin')) return true;
  if (unitsFor(actor, 'specialist').includes(c.unitCode) || unitsFor(actor, 'head').includes(c.unitCode))
    return true;
  return clerkCovers(actor, c);
}

/** The roles through which the actor acts on this case. */
function rolesOn(actor: Actor, c: CaseScopeFacts): ('clerk' | 'specialist' | 'head')[] {
  const roles: ('clerk' | 'specialist' | 'head')[] = [];
  if (clerkCovers(actor, c)) roles.push('clerk');
  if (unitsFor(actor, 'specialist').includes(c.unitCode)) roles.push('specialist');
  if (unitsFor(actor, 'head').includes(c.unitCode)) roles.push('head');
  return roles;
}

/** Whether a role (not the status) lets the actor take the action on this case. */
export function roleAllows(actor: Actor, c: CaseScopeFacts, action: ActionType): boolean {
  // Pietura itself (demo data, migrations of old cases) acts with every case role.
  if (actor.kind === 'system') return true;
  return rolesOn(actor, c).some((r) => ROLE_ACTIONS[r].includes(action));
}

/** Status and role both allow: what the case page offers. */
export function allowedActions(actor: Actor, c: CaseScopeFacts): ActionType[] {
  return ACTION_TYPES.filter((a) => statusAfter(a, c.status) !== undefined && roleAllows(actor, c, a));
}

/** A head assigns anyone of the unit; a specialist only themself. */
export function mayAssignOthers(actor: Actor, c: CaseScopeFacts): boolean {
  if (actor.kind === 'system') return true;
  return unitsFor(actor, 'head').includes(c.unitCode);
}
