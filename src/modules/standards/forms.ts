/**
 * The online form of a standard's version (issue 9): edited only while the version is a draft, by
 * whoever may edit the draft's other fields; every change is checked by parseFormDefinition and saved
 * in one transaction with its audit row.
 */
import type { Db } from '../../db/connection';
import { recordAudit } from '../../platform/audit/service';
import type { Actor } from '../../platform/auth/actor';
import { type FormDefinition, parseFormDefinition } from '../eforms/definition';
import { WorkflowError } from './errors';
import { applyFormChange, type FormChange } from './form-editor';
import { assertMayEditStandardOf, assertMayReadStandards } from './policy';
import * as store from './store';

/** A change the definition checker refused: its issues (paths into `candidate`), nothing saved. */
export class FormDefinitionError extends Error {
  constructor(
    readonly candidate: unknown,
    readonly issues: { path: string; message: string }[],
  ) {
    super('The online form was refused');
    this.name = 'FormDefinitionError';
  }
}

/** The form a version holds (null: none). A stored definition that no longer parses is shown as it is. */
export function formOf(v: Pick<store.VersionRow, 'formDefinition'>): FormDefinition | null {
  if (!v.formDefinition) return null;
  const parsed = parseFormDefinition(v.formDefinition);
  return parsed.ok ? parsed.definition : (v.formDefinition as unknown as FormDefinition);
}

/** Applies one editor's change to a draft's form; throws FormDefinitionError when the result is not a valid form. */
export async function changeForm(
  db: Db,
  actor: Actor,
  code: string,
  versionNumber: number,
  change: FormChange,
): Promise<FormDefinition | null | undefined> {
  assertMayReadStandards(actor);
  return db.transaction(async (tx) => {
    const found = await store.selectServiceByCode(tx, code);
    if (!found) return undefined;
    assertMayEditStandardOf(actor, found.ownerCode);
    const before = await store.selectVersionForUpdate(tx, found.service.id, versionNumber);
    if (!before) return undefined;
    if (before.status !== 'draft') throw new WorkflowError('notEditable', before.version);
    const current = formOf(before);
    const result = applyFormChange(current, change);
    if ('stale' in result) throw new FormDefinitionError(current, [{ path: '', message: 'stale' }]);
    let form: FormDefinition | null = null;
    if (result.candidate !== null) {
      const parsed = parseFormDefinition(result.candidate);
      if (!parsed.ok) throw new FormDefinitionError(result.candidate, parsed.issues);
      form = parsed.definition;
    }
    const after = await store.updateVersion(tx, before.id, {
      formDefinition: form as unknown as Record<string, unknown> | null,
    });
    await store.insertStep(tx, {
      versionId: after.id,
      step: 'save',
      actorId: actor.kind === 'staff' ? actor.id : null,
      actorName: actor.name,
    });
    await recordAudit(tx, {
      actor,
      action: change.kind === 'remove' ? 'standard.version.form.remove' : 'standard.version.form',
      entity: 'service_version',
      entityId: String(after.id),
      before: { form: current },
      after: { form, change: change.kind },
    });
    return form;
  });
}
