import { type Actor, hasRole, type Role, unitsFor } from '../../platform/auth/actor';
import { ForbiddenError } from '../../platform/errors';

/** Every member of staff reads the standards: clerks and specialists serve residents by the internal notes. */
const READERS: Role[] = ['editor', 'head', 'manager', 'admin', 'specialist', 'clerk'];

/** Who may read the staff side of the catalogue: drafts, review notes, internal notes. */
export function mayReadStandards(actor: Actor): boolean {
  return READERS.some((role) => hasRole(actor, role));
}

/** Editors write every standard; a department head writes the standards of own unit. */
export function mayEditStandardOf(actor: Actor, unitCode: string): boolean {
  return hasRole(actor, 'editor') || unitsFor(actor, 'head').includes(unitCode);
}

/** Only the head of the owning unit approves or returns its standards (not an editor: four eyes). */
export function mayApproveStandardOf(actor: Actor, unitCode: string): boolean {
  return unitsFor(actor, 'head').includes(unitCode);
}

/**
 * Who may file a service under another category: those who write its standards, and the administrator
 * (the category is part of the catalogue's structure, not of a version's text).
 */
export function mayChangeCategoryOf(actor: Actor, unitCode: string): boolean {
  return mayEditStandardOf(actor, unitCode) || hasRole(actor, 'admin');
}

/** Units whose standards the actor may write (undefined = all of them). */
export function editableUnits(actor: Actor): string[] | undefined {
  return hasRole(actor, 'editor') ? undefined : unitsFor(actor, 'head');
}

export function assertMayReadStandards(actor: Actor): void {
  if (!mayReadStandards(actor)) throw new ForbiddenError();
}

export function assertMayEditStandardOf(actor: Actor, unitCode: string): void {
  if (!mayEditStandardOf(actor, unitCode)) throw new ForbiddenError();
}

export function assertMayChangeCategoryOf(actor: Actor, unitCode: string): void {
  if (!mayChangeCategoryOf(actor, unitCode)) throw new ForbiddenError();
}

export function assertMayApproveStandardOf(actor: Actor, unitCode: string): void {
  if (!mayApproveStandardOf(actor, unitCode)) throw new ForbiddenError();
}
