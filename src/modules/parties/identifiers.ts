/**
 * Latvian identifiers. A personal code (personas kods) has 11 digits, written DDDDDD-DDDDD:
 * - the old format DDMMYY-CNNNK carries the date of birth, a century digit C (0 = 1800s, 1 = 1900s,
 *   2 = 2000s) and a check digit K;
 * - codes issued since 1 July 2017 start with 32 and carry neither a date nor a check digit.
 * A company's registration number (reģistrācijas numurs) has 11 digits.
 */

const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Digits only: spaces and the hyphen a person may type are dropped; anything else is kept (and fails). */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

/** The check digit of the first ten digits of an old-format code, or undefined when no digit fits. */
export function personalCodeCheckDigit(firstTen: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += WEIGHTS[i]! * Number(firstTen[i]);
  const check = (1101 - sum) % 11;
  return check === 10 ? undefined : check;
}

export type PersonalCodeFormat = 'old' | 'new';

export function personalCodeFormat(code: string): PersonalCodeFormat | undefined {
  const digits = normaliseCode(code);
  if (!/^\d{11}$/.test(digits)) return undefined;
  if (digits.startsWith('32')) return 'new';
  return isValidOldCode(digits) ? 'old' : undefined;
}

export function isValidPersonalCode(code: string): boolean {
  return personalCodeFormat(code) !== undefined;
}

function isValidOldCode(digits: string): boolean {
  if (birthDateOfCode(digits) === undefined) return false;
  return personalCodeCheckDigit(digits.slice(0, 10)) === Number(digits[10]);
}

/** The date of birth an old-format code carries (YYYY-MM-DD), or undefined. */
export function birthDateOfCode(code: string): string | undefined {
  const digits = normaliseCode(code);
  if (!/^\d{11}$/.test(digits)) return undefined;
  const century = { '0': 1800, '1': 1900, '2': 2000 }[digits[6]!];
  if (century === undefined) return undefined;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = century + Number(digits.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The personal code shown as an example in hints and error messages: a valid old-format code (its check
 * digit fits), written as people read it, so that a resident who copies its form is not told it is wrong.
 */
export const PERSONAL_CODE_EXAMPLE = '010190-12349';

/** Writes a valid code the way people read it: 010190-12349. */
export function formatPersonalCode(code: string): string {
  const d = normaliseCode(code);
  return `${d.slice(0, 6)}-${d.slice(6)}`;
}

/** Shown to staff whose role does not need the whole code: 010190-*****. */
export function maskPersonalCode(code: string): string {
  return `${normaliseCode(code).slice(0, 6)}-*****`;
}

export function isValidRegistrationNumber(number: string): boolean {
  return /^\d{11}$/.test(normaliseCode(number));
}

/** Company numbers are public (Uzņēmumu reģistrs), so they are not masked. */
export function formatRegistrationNumber(number: string): string {
  return normaliseCode(number);
}

/**
 * What a foreigner's identity document number is stored and met under (issue 8): the letters a–z upper-cased
 * and the spaces and hyphens a person may type or paste dropped, so that "lv 1234567", "LV-1234567" and
 * "LV1234567" are one document. Only ASCII letters change case and only these characters go — spaces (also the
 * no-break space), tabs, line breaks, the hyphen-minus and the Unicode hyphens and dashes (U+2010–U+2015,
 * U+2212) — so that migration 0030 does exactly the same in SQL (translate), whatever the database's locale.
 * Anything else (a dot, a slash, a letter with a diacritic) is kept as typed.
 */
export function normaliseDocument(raw: string): string {
  return raw.replace(DOCUMENT_DROPPED, '').replace(/[a-z]/g, (c) => c.toUpperCase());
}

const DOCUMENT_DROPPED = /[ \t\n\r\u00a0\u2010-\u2015\u2212-]/g;

/** A document number as the audit trail keeps it: the first two characters and a star for each of the rest. */
export function maskDocument(document: string): string {
  const d = normaliseDocument(document);
  return `${d.slice(0, 2)}${'*'.repeat(Math.max(0, d.length - 2))}`;
}
