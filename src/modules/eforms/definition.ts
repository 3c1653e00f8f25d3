/**
 * The online form of a service (issue 9): part of the standard, versioned with it. One definition
 * drives the resident's online journey, the editors' preview and Open311's service definition
 * (`attributes`), and one checker (answers.ts) validates what any of them send.
 */
import { z } from 'zod';
import type { Bilingual } from '../../db/schema';

export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'choice',
  'choices',
  'yesno',
  'personal_code',
  'iban',
  'address',
  'file',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Which dates a date field takes. */
export const DATE_RULES = ['any', 'past', 'future'] as const;
export type DateRule = (typeof DATE_RULES)[number];

/** What a file field accepts; the bytes decide the type (platform/uploads), never the name. */
export const FILE_TYPES = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tiff: 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  edoc: 'application/vnd.etsi.asic-e+zip',
} as const;
export type FileKind = keyof typeof FILE_TYPES;
export const FILE_KINDS = Object.keys(FILE_TYPES) as FileKind[];

/** Default and largest limits: a definition may lower them, never raise them. */
export const LIMITS = {
  textMaxLength: 200,
  textareaMaxLength: 5_000,
  addressMaxLength: 300,
  maxFilesPerField: 10,
  maxFileBytes: 10 * 1024 * 1024,
  maxApplicationBytes: 25 * 1024 * 1024,
  maxPages: 20,
  maxFieldsPerPage: 20,
  maxOptions: 100,
} as const;

export interface FieldOption {
  /** Stored and sent (Open311 `values[].key`): a-z, 0-9, _ and -. */
  key: string;
  label: Bilingual;
}

/** Show the field only when an earlier field's answer is one of `values` (for `choices`: includes one). */
export interface FieldCondition {
  field: string;
  values: string[];
}

export interface FormField {
  /** Unique in the form; the answer's key, the case field's key and Open311's attribute `code`. */
  code: string;
  type: FieldType;
  label: Bilingual;
  hint?: Bilingual;
  required: boolean;
  /** text, textarea, address: at most this many characters (≤ the LIMITS default). */
  maxLength?: number;
  /** number: inclusive bounds, and whole numbers only when `integer`. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** number: an amount of money in euros, shown as money in the reader's language (2,00 € / €2.00). */
  money?: boolean;
  /** date: which dates are allowed ('any' when left out). */
  dateRule?: DateRule;
  /** choice, choices: the options, in the order shown. */
  options?: FieldOption[];
  /** file: how many files and which kinds (all FILE_KINDS when left out). */
  maxFiles?: number;
  accept?: FileKind[];
  showWhen?: FieldCondition;
}

export interface FormPage {
  /** a-z, 0-9 and -: the page's address in the journey (`…/pieteikties/{id}`). */
  id: string;
  title: Bilingual;
  fields: FormField[];
}

export interface FormDefinition {
  pages: FormPage[];
  /** All files of one application together; LIMITS.maxApplicationBytes when left out. */
  maxTotalBytes?: number;
}

const CODE = /^[a-z][a-z0-9_]{0,39}$/;
const KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const PAGE_ID = /^[a-z][a-z0-9-]{0,39}$/;
/** Words the journey uses for its own pages and fields: a definition may not take them. */
export const RESERVED_PAGE_IDS = [
  'sakt',
  'start',
  'kam',
  'for-whom',
  'parstavamais',
  'represented-person',
  'pieteicejs',
  'applicant',
  'parbaude',
  'check',
  'iesniegts',
  'done',
  'faili',
  'files',
  'turpinat',
  'resume',
  'sanemsana',
  'delivery',
  'saglabat',
  'save',
];

const bilingual = z.object({ lv: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500) });
const optionalBilingual = z.object({ lv: z.string().trim().max(1000), en: z.string().trim().max(1000) });

const fieldSchema = z
  .object({
    code: z.string().regex(CODE),
    type: z.enum(FIELD_TYPES),
    label: bilingual,
    hint: optionalBilingual.optional(),
    required: z.boolean(),
    maxLength: z.number().int().min(1).max(LIMITS.textareaMaxLength).optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    integer: z.boolean().optional(),
    money: z.boolean().optional(),
    dateRule: z.enum(DATE_RULES).optional(),
    options: z
      .array(z.object({ key: z.string().regex(KEY), label: bilingual }))
      .min(1)
      .max(LIMITS.maxOptions)
      .optional(),
    maxFiles: z.number().int().min(1).max(LIMITS.maxFilesPerField).optional(),
    accept: z
      .array(z.enum(FILE_KINDS as [FileKind, ...FileKind[]]))
      .min(1)
      .optional(),
    showWhen: z
      .object({
        field: z.string().regex(CODE),
        values: z.array(z.string().max(40)).min(1).max(LIMITS.maxOptions),
      })
      .optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const hasOptions = f.type === 'choice' || f.type === 'choices';
    if (hasOptions && !f.options)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'options_required' });
    if (!hasOptions && f.options)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'options_not_allowed' });
    if (f.options && new Set(f.options.map((o) => o.key)).size !== f.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option_keys_not_unique' });
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'max_below_min' });
    const limit =
      f.type === 'text'
        ? LIMITS.textMaxLength
        : f.type === 'address'
          ? LIMITS.addressMaxLength
          : f.type === 'textarea'
            ? LIMITS.textareaMaxLength
            : 0;
    if (f.maxLength !== undefined && f.maxLength > limit)
      ctx.addIssue({ code: 'custom', path: ['maxLength'], message: 'max_length_not_allowed' });
  });

const pageSchema = z
  .object({
    id: z
      .string()
      .regex(PAGE_ID)
      .refine((id) => !RESERVED_PAGE_IDS.includes(id), 'page_id_reserved'),
    title: bilingual,
    fields: z.array(fieldSchema).min(1).max(LIMITS.maxFieldsPerPage),
  })
  .strict();

/** A definition as stored: codes and page ids unique, conditions only on earlier fields and their options. */
export const formDefinitionSchema = z
  .object({
    pages: z.array(pageSchema).min(1).max(LIMITS.maxPages),
    maxTotalBytes: z.number().int().min(1).max(LIMITS.maxApplicationBytes).optional(),
  })
  .strict()
  .superRefine((def, ctx) => {
    const seen = new Map<string, FormField>();
    const pageIds = new Set<string>();
    def.pages.forEach((page, p) => {
      if (pageIds.has(page.id))
        ctx.addIssue({ code: 'custom', path: ['pages', p, 'id'], message: 'page_id_not_unique' });
      pageIds.add(page.id);
      page.fields.forEach((field, f) => {
        const path = ['pages', p, 'fields', f];
        if (seen.has(field.code))
          ctx.addIssue({ code: 'custom', path: [...path, 'code'], message: 'code_not_unique' });
        const cond = field.showWhen;
        if (cond) {
          const target = seen.get(cond.field);
          if (!target)
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'showWhen'],
              message: 'condition_on_unknown_or_later_field',
            });
          else if (!conditionValuesFit(target, cond.values))
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'showWhen'],
              message: 'condition_value_not_possible',
            });
        }
        seen.set(field.code, field as FormField);
      });
    });
  });

function conditionValuesFit(target: FormField, values: string[]): boolean {
  if (target.type === 'yesno') return values.every((v) => v === 'yes' || v === 'no');
  if (target.type === 'choice' || target.type === 'choices') {
    const keys = new Set(target.options?.map((o) => o.key));
    return values.every((v) => keys.has(v));
  }
  return false;
}

export type DefinitionCheck =
  | { ok: true; definition: FormDefinition }
  | { ok: false; issues: { path: string; message: string }[] };

/** Checks a definition (from an editor, the database or a test); the issues name the path (`pages.0.fields.2.code`). */
export function parseFormDefinition(input: unknown): DefinitionCheck {
  const parsed = formDefinitionSchema.safeParse(input);
  if (parsed.success) return { ok: true, definition: parsed.data as FormDefinition };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  };
}

export function allFields(def: FormDefinition): FormField[] {
  return def.pages.flatMap((p) => p.fields);
}

export function findField(def: FormDefinition, code: string): FormField | undefined {
  return allFields(def).find((f) => f.code === code);
}

export function maxLengthOf(field: FormField): number {
  if (field.maxLength !== undefined) return field.maxLength;
  if (field.type === 'textarea') return LIMITS.textareaMaxLength;
  if (field.type === 'address') return LIMITS.addressMaxLength;
  return LIMITS.textMaxLength;
}

export function acceptedMediaTypes(field: FormField): string[] {
  return (field.accept ?? FILE_KINDS).map((k) => FILE_TYPES[k]);
}
