/**
 * The question and page editors' inputs: a posted form as a candidate question (and back, to fill the
 * form in again), and the definition checker's issues as the inputs they are about.
 */

import type { Locale } from '../../platform/i18n';
import { type FieldError, type FormValues, many, one } from '../../platform/web/form-values';
import {
  allFields,
  FIELD_TYPES,
  type FormDefinition,
  type FormField,
  type FormPage,
} from '../eforms/definition';
import { numberAsTyped, readNumber } from '../eforms/numbers';
import { type FieldCandidate, slugOf } from './form-editor';

/** Limits each type takes (anything else posted for it is dropped). */
const LIMITS_OF: Record<string, string[]> = {
  text: ['maxLength'],
  textarea: ['maxLength'],
  address: ['maxLength'],
  number: ['min', 'max', 'integer', 'money'],
  date: ['dateRule'],
  file: ['maxFiles', 'accept'],
};

const bilingual = (values: FormValues, id: string) => ({
  lv: one(values, `${id}-lv`).trim(),
  en: one(values, `${id}-en`).trim(),
});

/** A code from the Latvian label when the editor left it empty, not taken by another question. */
function codeFor(def: FormDefinition | null, label: string, original?: string): string {
  const base = slugOf(label, '_', 36) || 'jautajums';
  const taken = new Set(def ? allFields(def).map((f) => f.code) : []);
  taken.delete(original ?? '');
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}_${n}`;
  return code;
}

/** "key | latviski | in English" (or "latviski | in English") per line. */
function readOptions(textValue: string): { options?: unknown[]; bad: boolean } {
  const lines = textValue
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return { bad: false };
  let bad = false;
  const options = lines.map((line) => {
    const parts = line.split('|').map((p) => p.trim());
    if (parts.length === 3) return { key: parts[0], label: { lv: parts[1], en: parts[2] } };
    if (parts.length === 2) return { key: slugOf(parts[0]!, '_'), label: { lv: parts[0], en: parts[1] } };
    bad = true;
    return { key: '', label: { lv: line, en: '' } };
  });
  return { options, bad };
}

export function optionsText(field: Pick<FormField, 'options'>): string {
  return (field.options ?? []).map((o) => `${o.key} | ${o.label.lv} | ${o.label.en}`).join('\n');
}

/**
 * The question as posted, and the inputs that could not even be read (a number that is not one). Its
 * limits are read as numbers are on the public pages of the editor's language.
 */
export function fieldCandidate(
  values: FormValues,
  def: FormDefinition | null,
  locale: Locale,
  original?: string,
): { field: FieldCandidate; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const type = one(values, 'type');
  const label = bilingual(values, 'label');
  const hint = bilingual(values, 'hint');
  const field: FieldCandidate = {
    code: one(values, 'code').trim() || codeFor(def, label.lv, original),
    type: (FIELD_TYPES as readonly string[]).includes(type) ? type : type || 'text',
    label,
    required: one(values, 'required') === 'yes',
  };
  if (hint.lv || hint.en) field.hint = hint;
  // Own keys only: a type typed as `constructor` is no type (and Object's constructor has no includes).
  const limits = Object.hasOwn(LIMITS_OF, type) ? LIMITS_OF[type]! : [];
  const number = (name: string, whole: boolean) => {
    const raw = one(values, name).trim();
    if (!raw || !limits.includes(name)) return;
    const n = readNumber(raw, locale);
    if (n === undefined || (whole && !Number.isInteger(n))) errors.push({ field: name, key: 'formNumber' });
    else field[name] = n;
  };
  number('maxLength', true);
  number('min', false);
  number('max', false);
  number('maxFiles', true);
  if (limits.includes('integer') && one(values, 'integer') === 'yes') field.integer = true;
  if (limits.includes('money') && one(values, 'money') === 'yes') field.money = true;
  const dateRule = one(values, 'dateRule');
  if (limits.includes('dateRule') && dateRule && dateRule !== 'any') field.dateRule = dateRule;
  const accept = many(values, 'accept');
  if (limits.includes('accept') && accept.length > 0) field.accept = accept;
  const options = readOptions(one(values, 'options'));
  if (options.bad) errors.push({ field: 'options', key: 'formOptionLine' });
  else if (options.options) field.options = options.options;
  const when = many(values, 'showWhen');
  if (when.length > 0) {
    const pairs = when.map((v) => v.split('='));
    const source = pairs[0]![0]!;
    if (pairs.some((p) => p[0] !== source || p.length !== 2))
      errors.push({ field: 'showWhen', key: 'formOneSource' });
    else field.showWhen = { field: source, values: pairs.map((p) => p[1]!) };
  }
  return { field, errors };
}

/** A stored question as the editor's inputs, its numbers written in the editor's language. */
export function fieldValues(field: FormField, locale: Locale): FormValues {
  const values: FormValues = {
    code: field.code,
    type: field.type,
    'label-lv': field.label.lv,
    'label-en': field.label.en,
    'hint-lv': field.hint?.lv ?? '',
    'hint-en': field.hint?.en ?? '',
    required: field.required ? 'yes' : 'no',
    options: optionsText(field),
    dateRule: field.dateRule ?? 'any',
    accept: field.accept ?? [],
    showWhen: field.showWhen ? field.showWhen.values.map((v) => `${field.showWhen!.field}=${v}`) : [],
  };
  for (const key of ['maxLength', 'min', 'max', 'maxFiles'] as const)
    if (field[key] !== undefined) values[key] = numberAsTyped(String(field[key]), locale);
  if (field.integer) values.integer = 'yes';
  if (field.money) values.money = 'yes';
  return values;
}

export function pageValues(page: FormPage): FormValues {
  return { pageId: page.id, 'title-lv': page.title.lv, 'title-en': page.title.en };
}

/** The input a path inside one question is about (`label.lv` → `label-lv`). */
function fieldInputOf(rest: string[]): string {
  const [head, second] = rest;
  if (head === 'label' || head === 'hint') return `${head}-${second === 'en' ? 'en' : 'lv'}`;
  if (head === 'options') return 'options';
  if (head === 'showWhen') return 'showWhen';
  if (head === 'accept') return 'accept';
  return head && ['code', 'type', 'maxLength', 'min', 'max', 'maxFiles', 'dateRule'].includes(head)
    ? head
    : 'code';
}

/** One issue of the definition checker, placed: on an input of the form shown, or about another question or page. */
export interface PlacedIssue {
  /** The input on this page, when the issue is about what was just edited. */
  input?: string;
  /** The question (code) or page (id) elsewhere in the form, otherwise. */
  other?: { kind: 'field' | 'page' | 'form'; name: string };
  message: string;
  /** The path inside the question, page or form, without indexes ('label.lv', 'options.key', 'id'). */
  about: string;
}

/**
 * Places the issues of a candidate. `edited` names the question (page id + code) and/or page that the
 * form on screen shows; their issues go to its inputs, the rest name the question or page they are about.
 */
export function placeIssues(
  candidate: unknown,
  issues: { path: string; message: string }[],
  edited: { page?: string; field?: string },
): PlacedIssue[] {
  const pages = ((candidate as { pages?: FormPage[] } | null)?.pages ?? []) as FormPage[];
  return issues.map((issue) => {
    const parts = issue.path.split('.').filter(Boolean);
    const words = (from: number) =>
      parts
        .slice(from)
        .filter((p) => !/^\d+$/.test(p))
        .join('.');
    if (parts[0] !== 'pages' || parts[1] === undefined)
      return { other: { kind: 'form', name: '' }, message: issue.message, about: words(0) };
    const page = pages[Number(parts[1])];
    if (parts[2] === 'fields' && parts[3] !== undefined) {
      const field = page?.fields[Number(parts[3])];
      const rest = parts.slice(4);
      const about = words(4);
      if (field && page?.id === edited.page && field.code === edited.field)
        return { input: fieldInputOf(rest), message: issue.message, about };
      return { other: { kind: 'field', name: field?.code ?? '' }, message: issue.message, about };
    }
    const about = words(2);
    const onPage =
      parts[2] === 'id' ? 'pageId' : parts[2] === 'title' ? `title-${parts[3] ?? 'lv'}` : undefined;
    if (page && page.id === edited.page && onPage) return { input: onPage, message: issue.message, about };
    return { other: { kind: 'page', name: page?.id ?? '' }, message: issue.message, about };
  });
}
