/**
 * Checking answers against a form definition: the one checker behind the online journey, the editors'
 * preview and Open311's `attribute[code]`. Pure functions; `today` (YYYY-MM-DD, Riga) is passed in.
 *
 * Answers as stored (drafts, case fields): text → trimmed string; number → canonical decimal string
 * ("12.5"); date → YYYY-MM-DD; yesno → 'yes' | 'no'; choice → option key; choices → option keys;
 * personal_code → 11 digits; file → ids of uploaded files (their bytes are checked on upload).
 */
import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { formatDate, formatMoney, type Locale } from '../../platform/i18n';
import { isValidPersonalCode, normaliseCode } from '../parties/service';
import {
  allFields,
  type FormDefinition,
  type FormField,
  type FormPage,
  LIMITS,
  maxLengthOf,
} from './definition';
import { isDecimalComma, type NumberStyle, numberAsTyped, readNumber } from './numbers';

export { type NumberStyle, readNumber } from './numbers';

export type AnswerValue = string | string[];
export type Answers = Record<string, AnswerValue>;

export const ANSWER_PROBLEMS = [
  'required',
  'too_long',
  'not_a_number',
  'decimal_comma',
  'not_whole_number',
  'below_min',
  'above_max',
  'date_invalid',
  'date_not_past',
  'date_not_future',
  'not_an_option',
  'personal_code_invalid',
  'iban_invalid',
  'too_many_files',
  'unknown_field',
  'one_value',
] as const;
export type AnswerProblemCode = (typeof ANSWER_PROBLEMS)[number];
export interface AnswerProblem {
  /** The field's code. */
  field: string;
  code: AnswerProblemCode;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LV_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/;

function asList(raw: AnswerValue | undefined): string[] {
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]).map((v) => v.replace(CONTROL, '').trim()).filter((v) => v !== '');
}

function asText(raw: AnswerValue | undefined): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return (v ?? '').replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
}

/** YYYY-MM-DD from YYYY-MM-DD, an ISO date-time (Open311) or D.M.YYYY; undefined when not a real date. */
export function readDay(text: string): string | undefined {
  let y: number;
  let m: number;
  let d: number;
  const iso = DAY.exec(text.slice(0, 10));
  const lv = LV_DAY.exec(text);
  if (iso && (text.length === 10 || text[10] === 'T'))
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (lv) [d, m, y] = [Number(lv[1]), Number(lv[2]), Number(lv[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1800)
    return undefined;
  return date.toISOString().slice(0, 10);
}

type Checked = { value?: AnswerValue; problem?: AnswerProblemCode };

/**
 * One field's raw answer, normalised, or the reason it is refused. An empty optional field has no value.
 * `numbers` is how a number field's answer is written: the page's language, or 'machine'.
 */
export function checkField(
  field: FormField,
  raw: AnswerValue | undefined,
  today: string,
  numbers: NumberStyle,
): Checked {
  if (field.type === 'choices' || field.type === 'file') {
    const list = [...new Set(asList(raw))];
    if (list.length === 0) return field.required ? { problem: 'required' } : {};
    if (field.type === 'file') {
      return list.length > (field.maxFiles ?? LIMITS.maxFilesPerField)
        ? { problem: 'too_many_files' }
        : { value: list };
    }
    const keys = new Set(field.options?.map((o) => o.key));
    if (!list.every((k) => keys.has(k))) return { problem: 'not_an_option' };
    // Kept in the order of the options, whatever order they came in.
    return { value: (field.options ?? []).map((o) => o.key).filter((k) => list.includes(k)) };
  }
  // A field of one answer sent several (a repeated form field, an Open311 `attribute[code][]`): which one was
  // meant is not ours to guess.
  if (Array.isArray(raw) && new Set(asList(raw)).size > 1) return { problem: 'one_value' };
  const text = asText(raw);
  if (text === '') return field.required ? { problem: 'required' } : {};
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'address':
      return text.length > maxLengthOf(field) ? { problem: 'too_long' } : { value: text };
    case 'number': {
      const n = readNumber(text, numbers);
      if (n === undefined)
        return { problem: isDecimalComma(text, numbers) ? 'decimal_comma' : 'not_a_number' };
      if (field.integer && !Number.isInteger(n)) return { problem: 'not_whole_number' };
      if (field.min !== undefined && n < field.min) return { problem: 'below_min' };
      if (field.max !== undefined && n > field.max) return { problem: 'above_max' };
      return { value: String(n) };
    }
    case 'date': {
      const day = readDay(text);
      if (!day) return { problem: 'date_invalid' };
      if (field.dateRule === 'past' && day > today) return { problem: 'date_not_past' };
      if (field.dateRule === 'future' && day < today) return { problem: 'date_not_future' };
      return { value: day };
    }
    case 'yesno': {
      const v = text.toLowerCase();
      if (v === 'yes' || v === 'jā' || v === 'true') return { value: 'yes' };
      if (v === 'no' || v === 'nē' || v === 'false') return { value: 'no' };
      return { problem: 'not_an_option' };
    }
    case 'choice':
      return field.options?.some((o) => o.key === text) ? { value: text } : { problem: 'not_an_option' };
    case 'iban': {
      // As people write it (spaces, dashes, small letters), kept as the bank's electronic format.
      const iban = electronicFormatIBAN(text) ?? '';
      return isValidIBAN(iban) ? { value: iban } : { problem: 'iban_invalid' };
    }
    case 'personal_code': {
      const digits = normaliseCode(text);
      return isValidPersonalCode(digits) ? { value: digits } : { problem: 'personal_code_invalid' };
    }
  }
}

function conditionHolds(field: FormField, answers: Answers): boolean {
  const cond = field.showWhen;
  if (!cond) return true;
  const answer = answers[cond.field];
  const given = answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];
  return given.some((v) => cond.values.includes(v));
}

/**
 * The fields a person is asked, given the answers so far: a field whose condition does not hold is
 * hidden, and so is every field that depends on a hidden one (its answer does not count).
 */
export function visibleFields(def: FormDefinition, answers: Answers): FormField[] {
  const shown: FormField[] = [];
  const effective: Answers = {};
  for (const field of allFields(def)) {
    if (!conditionHolds(field, effective)) continue;
    shown.push(field);
    const a = answers[field.code];
    if (a !== undefined) effective[field.code] = a;
  }
  return shown;
}

/** The pages that have at least one field to ask, given the answers so far. */
export function visiblePages(def: FormDefinition, answers: Answers): FormPage[] {
  const shown = new Set(visibleFields(def, answers).map((f) => f.code));
  return def.pages.filter((p) => p.fields.some((f) => shown.has(f.code)));
}

/** Only the answers to fields that are asked, so a changed answer drops what no longer applies. */
export function keepVisible(def: FormDefinition, answers: Answers): Answers {
  const kept: Answers = {};
  for (const f of visibleFields(def, answers))
    if (answers[f.code] !== undefined) kept[f.code] = answers[f.code]!;
  return kept;
}

/**
 * One page as posted: its answers replace the page's earlier ones. Problems only for fields of this
 * page that are shown (conditions on the same page are evaluated on what was just posted).
 */
export function checkPage(
  def: FormDefinition,
  pageId: string,
  raw: Answers,
  before: Answers,
  today: string,
  numbers: NumberStyle,
): { answers: Answers; problems: AnswerProblem[] } {
  const page = def.pages.find((p) => p.id === pageId);
  if (!page) return { answers: keepVisible(def, before), problems: [] };
  const merged: Answers = { ...before };
  const problems: AnswerProblem[] = [];
  for (const field of page.fields) {
    delete merged[field.code];
    const checked = checkField(field, raw[field.code], today, numbers);
    if (checked.value !== undefined) merged[field.code] = checked.value;
    else if (checked.problem) problems.push({ field: field.code, code: checked.problem });
  }
  const shown = new Set(visibleFields(def, merged).map((f) => f.code));
  return { answers: keepVisible(def, merged), problems: problems.filter((p) => shown.has(p.field)) };
}

/**
 * A whole application at once (check your answers, Open311): every shown field checked in order. Stored
 * answers are checked as 'machine' (their numbers are canonical), Open311's too.
 * `unknown` says what to do with answers to codes the form does not have (Open311 refuses them).
 */
export function checkAnswers(
  def: FormDefinition,
  raw: Answers,
  today: string,
  numbers: NumberStyle,
  unknown: 'ignore' | 'refuse' = 'ignore',
): { answers: Answers; problems: AnswerProblem[] } {
  const answers: Answers = {};
  const problems: AnswerProblem[] = [];
  for (const field of allFields(def)) {
    if (!conditionHolds(field, answers)) continue;
    const checked = checkField(field, raw[field.code], today, numbers);
    if (checked.value !== undefined) answers[field.code] = checked.value;
    else if (checked.problem) problems.push({ field: field.code, code: checked.problem });
  }
  if (unknown === 'refuse') {
    const known = new Set(allFields(def).map((f) => f.code));
    for (const code of Object.keys(raw))
      if (!known.has(code)) problems.push({ field: code, code: 'unknown_field' });
  }
  return { answers, problems };
}

/** An answer as a person reads it (check your answers, the case page, the receipt). */
export function displayAnswer(
  field: FormField,
  value: AnswerValue | undefined,
  locale: Locale,
  fileNames: Record<string, string> = {},
): string {
  if (value === undefined) return '';
  const list = Array.isArray(value) ? value : [value];
  const option = (key: string) => field.options?.find((o) => o.key === key)?.label[locale] ?? key;
  switch (field.type) {
    case 'choice':
    case 'choices':
      return list.map(option).join(', ');
    case 'yesno':
      return list[0] === 'yes' ? (locale === 'lv' ? 'Jā' : 'Yes') : locale === 'lv' ? 'Nē' : 'No';
    case 'date':
      return formatDate(list[0]!, locale);
    case 'number': {
      // An amount is money in the reader's language: „2,00 €”, „€2.00” (the style guide's formatMoney).
      const n = field.money ? readNumber(list[0]!, 'machine') : undefined;
      return n === undefined ? numberAsTyped(list[0]!, locale) : formatMoney(Math.round(n * 100), locale);
    }
    case 'personal_code':
      return `${list[0]!.slice(0, 6)}-${list[0]!.slice(6)}`;
    case 'iban':
      return friendlyFormatIBAN(list[0]!) ?? list[0]!;
    case 'file':
      return list.map((id) => fileNames[id] ?? id).join(', ');
    default:
      return list.join(', ');
  }
}

/** What a case keeps of an online application: code → the answer as read in Latvian (case.fields). */
export function caseFields(
  def: FormDefinition,
  answers: Answers,
  fileNames: Record<string, string> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of visibleFields(def, answers)) {
    const v = answers[f.code];
    if (v !== undefined) out[f.code] = displayAnswer(f, v, 'lv', fileNames);
  }
  return out;
}
