import type { Db } from '../../db/connection';
import type { Actor } from '../../platform/auth/actor';
import * as uploads from '../../platform/uploads/service';
import { type FormValues, many } from '../../platform/web/form-values';
import type { ActionType, DocumentInput } from './types';

/** The file inputs of the case-page action forms ({action}-{field}), and whether each takes several. */
export const ACTION_FILE_INPUTS: Partial<Record<ActionType, { name: string; multiple: boolean }>> = {
  forward: { name: 'forward-letter', multiple: false },
  request_info: { name: 'request_info-letter', multiple: false },
  info_received: { name: 'info_received-documents', multiple: true },
  decide: { name: 'decide-document', multiple: false },
};

/**
 * The files of an action form: those chosen now, and those kept from an earlier try that came back with
 * an error (staged, named by the form's hidden {input}-staged fields; {input}-removeStaged drops one).
 */
export interface ActionFiles {
  /** What the action is given, by input name. */
  files: Map<string, DocumentInput[]>;
  /** Kept from an earlier try. */
  kept: uploads.StagedFile[];
  /** Chosen now. */
  chosen: uploads.CheckedFile[];
}

export async function actionFiles(
  db: Db,
  actor: Actor,
  action: ActionType,
  values: FormValues,
  checked: Map<string, uploads.CheckedFile[]>,
): Promise<ActionFiles> {
  const spec = ACTION_FILE_INPUTS[action];
  if (!spec) return { files: new Map(), kept: [], chosen: [] };
  const removed = many(values, `${spec.name}-removeStaged`);
  let keptIds = many(values, `${spec.name}-staged`).filter((id) => !removed.includes(id));
  const chosen = checked.get(spec.name) ?? [];
  // A single file chosen again replaces the one kept.
  if (!spec.multiple && chosen.length > 0) {
    removed.push(...keptIds);
    keptIds = [];
  }
  await uploads.discardStaged(db, actor, removed);
  const kept = await uploads.stagedFiles(db, actor, keptIds);
  const all = [...chosen, ...kept].map((f) => ({ filename: f.filename, bytes: f.bytes }));
  return {
    files: new Map([[spec.name, all]]),
    kept: kept.map(({ bytes: _bytes, ...shown }) => shown),
    chosen,
  };
}

/** After an error: the files chosen now are kept too, so that the form comes back with all of them. */
export async function keepActionFiles(db: Db, actor: Actor, f: ActionFiles): Promise<uploads.StagedFile[]> {
  const staged: uploads.StagedFile[] = [];
  for (const file of f.chosen) staged.push(await uploads.stageFile(db, actor, file));
  return [...staged, ...f.kept];
}

/** After the action is done: what was kept is no longer needed. */
export function dropActionFiles(db: Db, actor: Actor, f: ActionFiles): Promise<void> {
  return uploads.discardStaged(
    db,
    actor,
    f.kept.map((k) => k.id),
  );
}
