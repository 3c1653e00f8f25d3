import type { Bilingual } from '../../db/schema';
import type { VersionInput } from './schema';

/** The fields written in both languages, whose translations should change together. */
export const BILINGUAL_FIELDS = [
  'name',
  'description',
  'whoMayApply',
  'result',
  'feeNote',
  'processingTimeBasis',
  'centreException',
  'contact',
  'keywords',
] as const satisfies readonly (keyof VersionInput)[];
export type BilingualField = (typeof BILINGUAL_FIELDS)[number];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields of `after` that differ from `before`, in form order. */
export function changedFields(before: VersionInput, after: VersionInput): (keyof VersionInput)[] {
  return (Object.keys(after) as (keyof VersionInput)[]).filter((key) => !same(before[key], after[key]));
}

/**
 * Fields whose Latvian text changed while the English stayed as it was: the translation was probably
 * forgotten. A field with no English at all is left to the completeness check.
 */
export function untranslatedChanges(before: VersionInput, after: VersionInput): BilingualField[] {
  const text = (v: Bilingual | null, lang: 'lv' | 'en') => v?.[lang]?.trim() ?? '';
  return BILINGUAL_FIELDS.filter((key) => {
    const a = before[key];
    const b = after[key];
    return text(a, 'lv') !== text(b, 'lv') && text(b, 'en') !== '' && text(a, 'en') === text(b, 'en');
  });
}
