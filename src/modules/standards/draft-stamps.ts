import { createHash } from 'node:crypto';
import type { FormValues } from '../../platform/web/form-values';

/**
 * What each field of a draft held when its edit form was opened, as a short hash per field id, carried by
 * the form (two people editing one draft: the second save must not silently undo the first). A save then
 * writes only if no field changed meanwhile, and names those that did.
 */
export type DraftStamps = Record<string, string>;

/** Fields that are the form's layout (how many empty rows it shows), not the draft's content. */
const LAYOUT = new Set(['docRows', 'lawRows']);

function stampOf(value: FormValues[string] | undefined): string {
  const text = Array.isArray(value) ? [...value].sort().join('\u0000') : (value ?? '');
  return createHash('sha256').update(text).digest('base64url').slice(0, 10);
}

export function draftStamps(values: FormValues): string {
  const stamps: DraftStamps = {};
  for (const [field, value] of Object.entries(values))
    if (!LAYOUT.has(field) && stampOf(value) !== stampOf(undefined)) stamps[field] = stampOf(value);
  return JSON.stringify(stamps);
}

/** The fields whose content differs between two stamps (a field absent from one is empty there). */
export function fieldsChangedSince(opened: string, now: string): string[] | undefined {
  let before: DraftStamps;
  try {
    const parsed: unknown = JSON.parse(opened);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    before = parsed as DraftStamps;
  } catch {
    return undefined;
  }
  const after = JSON.parse(now) as DraftStamps;
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields].filter((f) => (before[f] ?? '') !== (after[f] ?? '')).sort();
}
