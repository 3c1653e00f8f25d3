import type { z } from 'zod';

/** A submitted form as typed: every field a string, repeated fields (checkboxes) a list. */
export type FormValues = Record<string, string | string[]>;

const MAX_FIELDS = 500;
const MAX_VALUE = 20_000;

// Control characters other than tab and line breaks: PostgreSQL cannot store NUL in text or jsonb.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A typed value without the control characters no text column can take (tab and line breaks stay). */
export function withoutControls(value: string): string {
  return value.replace(CONTROL, '');
}

function clean(value: string): string {
  return withoutControls(value.slice(0, MAX_VALUE));
}

/** The urlencoded body as FormValues; anything else (JSON, nested objects, huge values) is dropped. */
export function readForm(body: unknown): FormValues {
  const values: FormValues = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, raw] of Object.entries(body).slice(0, MAX_FIELDS)) {
    if (typeof raw === 'string') values[key] = clean(raw);
    else if (Array.isArray(raw)) values[key] = raw.filter((v) => typeof v === 'string').map(clean);
  }
  return values;
}

export function one(values: FormValues, name: string): string {
  const v = values[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

export function many(values: FormValues, name: string): string[] {
  const v = values[name];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** A row count from a hidden field, kept within 1 … max. */
export function rowCount(values: FormValues, name: string, fallback: number, max: number): number {
  const n = Number.parseInt(one(values, name), 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), max) : fallback;
}

/** One message per field: the id of the input to link to from the error summary, and a message key. */
export interface FieldError {
  field: string;
  key: string;
}

/**
 * Zod issues as field errors. The schemas use message keys as their messages; an issue without one
 * (a value of the wrong type) becomes "invalid". Paths are joined with "-" to give the input's id.
 */
export function fieldErrors(error: z.ZodError, idFor: (path: string) => string = (p) => p): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const issue of error.issues) {
    const field = idFor(issue.path.map(String).join('-'));
    if (seen.has(field)) continue;
    seen.add(field);
    result.push({
      field,
      key: /^[a-zA-Z.]+$/.test(issue.message) && issue.message.length < 40 ? issue.message : 'invalid',
    });
  }
  return result;
}

/** Field errors ready to show: input id → message in the user's language (in form order). */
export type ShownErrors = Map<string, string>;

export function showErrors(
  errors: FieldError[],
  message: (key: string, field: string) => string,
): ShownErrors {
  return new Map(errors.map((e) => [e.field, message(e.key, e.field)]));
}
