import { allFields, type FormDefinition } from '../eforms/definition';

/** What a version's online form changes against another version's (questions by code). */
export interface FormChanges {
  changed: boolean;
  /** The form itself was added or removed. */
  presence?: 'added' | 'removed';
  added: string[];
  removed: string[];
  modified: string[];
  /** Pages added, removed, renamed or reordered, or questions moved, with no question itself changed. */
  layout: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function formChanges(before: FormDefinition | null, after: FormDefinition | null): FormChanges {
  const none: FormChanges = { changed: false, added: [], removed: [], modified: [], layout: false };
  if (same(before, after)) return none;
  if (!before || !after) return { ...none, changed: true, presence: before ? 'removed' : 'added' };
  const old = new Map(allFields(before).map((f) => [f.code, f]));
  const now = new Map(allFields(after).map((f) => [f.code, f]));
  const added = [...now.keys()].filter((c) => !old.has(c));
  const removed = [...old.keys()].filter((c) => !now.has(c));
  const modified = [...now.keys()].filter((c) => old.has(c) && !same(old.get(c), now.get(c)));
  const shape = (d: FormDefinition) => ({
    pages: d.pages.map((p) => ({ id: p.id, title: p.title, fields: p.fields.map((f) => f.code) })),
    maxTotalBytes: d.maxTotalBytes,
  });
  return { changed: true, added, removed, modified, layout: !same(shape(before), shape(after)) };
}
