/**
 * POST requests: what an Open311 client sends, read from a form-urlencoded or JSON body and checked
 * at the edge with zod. Attributes come as `attribute[code]=v` (several values: `attribute[code][]=v`
 * repeated) or, in JSON, also as an object `"attribute": {"code": "v" | ["v", …]}`.
 */
import { z } from 'zod';
import type { Locale } from '../../platform/i18n';

export const DESCRIPTION_MAX = 5_000;

// Tab, line feed and carriage return are text; every other control character is refused.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
export const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f]/;

const line = (max: number) =>
  z
    .string()
    .max(max, 'too_long')
    .refine((v) => !CONTROL_OR_BREAK.test(v), 'control_characters')
    .transform((v) => v.trim())
    .optional();

const DECIMAL = /^[-+]?\d{1,3}(\.\d{1,15})?$/;

const coordinate = (limit: number) =>
  z
    .union([z.string(), z.number()])
    // A decimal degree as written (-56.1, 26.01): Number() would also take 0x10, 1e1 or Infinity.
    .transform((v) => (typeof v === 'number' ? v : DECIMAL.test(v.trim()) ? Number(v) : Number.NaN))
    .refine((n) => Number.isFinite(n) && Math.abs(n) <= limit, 'invalid')
    .optional();

export const postRequestSchema = z.object({
  service_code: z.string().trim().min(1, 'required').max(100, 'too_long'),
  jurisdiction_id: line(100),
  lat: coordinate(90),
  long: coordinate(180),
  address_string: line(300),
  email: line(254).refine((v) => !v || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'invalid'),
  first_name: line(100),
  last_name: line(100),
  phone: line(30),
  media_url: line(2000).refine((v) => !v || isWebAddress(v), 'invalid'),
  description: z
    .string()
    .max(DESCRIPTION_MAX, 'too_long')
    .refine((v) => !CONTROL.test(v), 'control_characters')
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .optional(),
});

export type PostRequestFields = z.infer<typeof postRequestSchema>;

export interface PostRequestInput extends PostRequestFields {
  attributes: Record<string, string | string[]>;
}

export interface InputProblem {
  /** The Open311 parameter: `description`, `attribute[size]`… */
  field: string;
  code: 'required' | 'too_long' | 'invalid' | 'control_characters' | 'not_text';
}

function isWebAddress(v: string): boolean {
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const ATTRIBUTE_KEY = /^attribute\[([^\]]{1,100})\](\[\])?$/;
const ATTRIBUTE_VALUE_MAX = 5_000;

function readAttribute(
  code: string,
  value: unknown,
  into: Record<string, string | string[]>,
  problems: InputProblem[],
): void {
  const field = `attribute[${code}]`;
  const values = Array.isArray(value) ? value : [value];
  if (values.length > 100 || !values.every((v) => typeof v === 'string' || typeof v === 'number')) {
    problems.push({ field, code: 'not_text' });
    return;
  }
  const texts = values.map(String);
  if (texts.some((t) => CONTROL.test(t))) problems.push({ field, code: 'control_characters' });
  else if (texts.some((t) => t.length > ATTRIBUTE_VALUE_MAX)) problems.push({ field, code: 'too_long' });
  else {
    const before = into[code];
    const merged = before === undefined ? texts : [...(Array.isArray(before) ? before : [before]), ...texts];
    into[code] = merged.length === 1 && !Array.isArray(value) ? merged[0]! : merged;
  }
}

/** The body as typed fields and attributes, or every problem found (nothing is half-read). */
export function readPostRequest(
  body: unknown,
): { ok: true; value: PostRequestInput } | { ok: false; problems: InputProblem[] } {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, problems: [{ field: 'service_code', code: 'required' }] };
  const raw = body as Record<string, unknown>;
  const problems: InputProblem[] = [];
  // Without a prototype: `attribute[__proto__]` is a code like any other (and unknown to the form), not a
  // write to the object's prototype that would drop it silently.
  const attributes: Record<string, string | string[]> = Object.create(null);
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const m = ATTRIBUTE_KEY.exec(key);
    if (m) readAttribute(m[1]!, value, attributes, problems);
    else if (key === 'attribute' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [code, v] of Object.entries(value as Record<string, unknown>))
        readAttribute(code, v, attributes, problems);
    } else if (Object.hasOwn(postRequestSchema.shape, key)) {
      // A repeated form field arrives as an array: Open311 parameters take one value.
      if (Array.isArray(value)) problems.push({ field: key, code: 'not_text' });
      else plain[key] = value;
    }
  }
  const parsed = postRequestSchema.safeParse(plain);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'body');
      if (problems.some((p) => p.field === field)) continue;
      const code =
        plain[field] === undefined
          ? 'required'
          : issue.message === 'too_long' || issue.message === 'control_characters'
            ? issue.message
            : typeof plain[field] === 'string' || typeof plain[field] === 'number'
              ? 'invalid'
              : 'not_text';
      problems.push({ field, code });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, value: { ...parsed.data, attributes } };
}

export function inputProblemMessage(locale: Locale, p: InputProblem): string {
  const lv = locale === 'lv';
  switch (p.code) {
    case 'required':
      return lv ? `Nav norādīts ${p.field}.` : `${p.field} is missing.`;
    case 'too_long':
      return p.field === 'description'
        ? lv
          ? `description ir pārāk garš (ne vairāk kā ${DESCRIPTION_MAX} rakstzīmes).`
          : `description is too long (at most ${DESCRIPTION_MAX} characters).`
        : lv
          ? `${p.field} ir pārāk garš.`
          : `${p.field} is too long.`;
    case 'control_characters':
      return lv ? `${p.field} satur vadības rakstzīmes.` : `${p.field} contains control characters.`;
    case 'not_text':
      return lv ? `${p.field} jābūt vienai teksta vērtībai.` : `${p.field} must be a single text value.`;
    case 'invalid':
      return lv ? `${p.field} vērtība nav derīga.` : `${p.field} is not valid.`;
  }
}
