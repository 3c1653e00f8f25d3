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

function stampOf(value: FormValues[string]): string {
  const text = Array.isArray(value) ? [...value].sort().join('\u0000') : value;
  return createHash('sha256').update(text).digest('base64url').slice(0, 10);
}

const EMPTY = stampOf('');

/** The stamp of each field that holds something (an absent field is an empty one). */
export function draftStamps(values: FormValues): DraftStamps {
  const stamps: DraftStamps = {};
  for (const [field, value] of Object.entries(values)) {
    const stamp = stampOf(value);
    if (!LAYOUT.has(field) && stamp !== EMPTY) stamps[field] = stamp;
  }
  return stamps;
}

/** The stamps as the form carries them. */
export const stampsText = (stamps: DraftStamps): string => JSON.stringify(stamps);

/** What a form carried, or undefined when it is not stamps (an old or altered page). */
export function readStamps(text: string): DraftStamps | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as DraftStamps)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The fields whose content differs between two stamps (a field absent from one is empty there). */
export function fieldsChangedBetween(before: DraftStamps, after: DraftStamps): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields].filter((f) => (before[f] ?? '') !== (after[f] ?? '')).sort();
}
