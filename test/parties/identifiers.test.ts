import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { errorText } from '../../src/modules/cases/messages';
import type { FormField } from '../../src/modules/eforms/definition';
import { applicantMessage } from '../../src/modules/eforms/journey-messages';
import { answerProblemMessage } from '../../src/modules/eforms/messages';
import {
  birthDateOfCode,
  isValidPersonalCode,
  isValidRegistrationNumber,
  maskDocument,
  maskPersonalCode,
  normaliseDocument,
  PERSONAL_CODE_EXAMPLE,
  personalCodeCheckDigit,
  personalCodeFormat,
} from '../../src/modules/parties/identifiers';

/** An old-format code built from a date and a serial, with its check digit (when one exists). */
function oldCode(day: Date, serial: number): string | undefined {
  const y = day.getUTCFullYear();
  const century = y < 1900 ? '0' : y < 2000 ? '1' : '2';
  const dd = String(day.getUTCDate()).padStart(2, '0');
  const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
  const first10 = `${dd}${mm}${String(y % 100).padStart(2, '0')}${century}${String(serial).padStart(3, '0')}`;
  const check = personalCodeCheckDigit(first10);
  return check === undefined ? undefined : `${first10}${check}`;
}

const birthDays = fc.date({
  min: new Date('1850-01-01T00:00:00Z'),
  max: new Date('2025-12-31T00:00:00Z'),
  noInvalidDate: true,
});

describe('Latvian personal codes', () => {
  test('known valid and invalid codes', () => {
    // Check digits worked out by hand with the weights 1 6 3 7 9 10 5 8 4 2: (1101 − Σ) mod 11.
    assert.equal(isValidPersonalCode('010190-10001'), true);
    assert.equal(isValidPersonalCode('01019010001'), true);
    assert.equal(isValidPersonalCode('010190-10002'), false); // wrong check digit
    assert.equal(isValidPersonalCode('290200-20009'), true); // 29 February 2000
    assert.equal(isValidPersonalCode('290201-20000'), false); // 2001 is no leap year
    assert.equal(isValidPersonalCode('310290-10001'), false); // 31 February
    assert.equal(isValidPersonalCode('121282-11210'), false); // no check digit fits this serial
    assert.equal(isValidPersonalCode('010190-30001'), false); // no century 3
    assert.equal(birthDateOfCode('010190-10001'), '1990-01-01');
    // New format: 32 and nine digits, no date, no check digit.
    assert.equal(isValidPersonalCode('321234-56789'), true);
    assert.equal(isValidPersonalCode('32123456789'), true);
    assert.equal(personalCodeFormat('321234-56789'), 'new');
    assert.equal(isValidPersonalCode('3212345678'), false);
    assert.equal(isValidPersonalCode('32123A-56789'), false);
    assert.equal(isValidPersonalCode(''), false);
  });

  test('every code built from a real date and its check digit is valid and gives that date back', () => {
    fc.assert(
      fc.property(birthDays, fc.integer({ min: 0, max: 999 }), (day, serial) => {
        const code = oldCode(day, serial);
        fc.pre(code !== undefined);
        assert.equal(isValidPersonalCode(code!), true);
        assert.equal(personalCodeFormat(code!), 'old');
        assert.equal(birthDateOfCode(code!), day.toISOString().slice(0, 10));
      }),
    );
  });

  test('changing one digit of a valid old code makes it invalid (the check digit catches it)', () => {
    fc.assert(
      fc.property(
        birthDays,
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (day, serial, at, delta) => {
          const code = oldCode(day, serial);
          fc.pre(code !== undefined);
          const changed = code!.slice(0, at) + String((Number(code![at]) + delta) % 10) + code!.slice(at + 1);
          fc.pre(!changed.startsWith('32'));
          assert.equal(isValidPersonalCode(changed), false, `${code} → ${changed}`);
        },
      ),
    );
  });

  test('any 32-code of 11 digits is valid; anything not 11 digits is not', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (rest) => {
        assert.equal(isValidPersonalCode(`32${rest}`), true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        const digits = s.replace(/[\s-]/g, '');
        if (!/^\d{11}$/.test(digits)) assert.equal(isValidPersonalCode(s), false);
      }),
    );
  });

  test('masking shows the first six digits only', () => {
    assert.equal(maskPersonalCode('010190-10005'), '010190-*****');
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (code) => {
        const masked = maskPersonalCode(code);
        assert.equal(masked, `${code.slice(0, 6)}-*****`);
        assert.equal(masked.length, 12);
      }),
    );
  });

  test('company registration numbers have 11 digits', () => {
    assert.equal(isValidRegistrationNumber('90000024455'), true);
    assert.equal(isValidRegistrationNumber('9000002445'), false);
    assert.equal(isValidRegistrationNumber('9000002445X'), false);
  });
});

describe("a foreigner's identity document number", () => {
  test('is met whatever its case, spaces and hyphens', () => {
    for (const typed of ['lv 1234567', 'LV1234567', 'LV-123 45-67', ' lv\u00a01234567\t', 'lv\u20131234567'])
      assert.equal(normaliseDocument(typed), 'LV1234567');
    // Anything else is kept as typed: a letter with a diacritic, a dot or a slash.
    assert.equal(normaliseDocument('č-12.3/4'), 'č12.3/4');
    fc.assert(
      fc.property(fc.string(), (typed) => {
        const once = normaliseDocument(typed);
        assert.equal(normaliseDocument(once), once);
        assert.doesNotMatch(once, /[a-z \t\n\r-]/);
      }),
    );
  });

  test('is masked but for its first two characters', () => {
    assert.equal(maskDocument('lt 1234 5678'), 'LT********');
    assert.equal(maskDocument('A'), 'A');
  });
});

describe('the personal code shown as an example', () => {
  /** Every code written as people read it (DDDDDD-DDDDD) in a text. */
  const examples = (text: string) => text.match(/\b\d{6}-\d{5}\b/g) ?? [];

  test('is a valid code wherever a hint or an error message shows one, in both languages', () => {
    assert.ok(isValidPersonalCode(PERSONAL_CODE_EXAMPLE), PERSONAL_CODE_EXAMPLE);
    const field = {
      code: 'pk',
      type: 'personal_code',
      label: { lv: 'Personas kods', en: 'Personal code' },
      required: true,
    } as FormField;
    const shown = (['lv', 'en'] as const).flatMap((locale) => [
      errorText(locale, 'personal_code_invalid', {}),
      answerProblemMessage(locale, field, 'personal_code_invalid'),
      applicantMessage(locale, 'personalCode', 'personal_code_invalid'),
    ]);
    for (const text of shown) {
      const found = examples(text);
      assert.ok(found.length > 0, `no example in: ${text}`);
      for (const code of found) assert.ok(isValidPersonalCode(code), `${code} in: ${text}`);
    }
  });

  test('is valid in every source file (hints, messages, comments)', () => {
    const root = join(import.meta.dirname, '../../src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const invalid = files.flatMap((f) =>
      examples(readFileSync(join(root, f), 'utf8'))
        .filter((code) => !isValidPersonalCode(code))
        .map((code) => `${f}: ${code}`),
    );
    assert.deepEqual(invalid, []);
  });
});

describe('the account number shown as an example', () => {
  test('passes the IBAN check wherever a source file shows one (hints, messages, demo forms)', () => {
    const root = join(import.meta.dirname, '../../src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const shown = files.flatMap((f) =>
      (readFileSync(join(root, f), 'utf8').match(/\bLV\d{2}(?: ?[A-Z0-9]{4}){4} ?[A-Z0-9]\b/g) ?? []).map(
        (iban) => ({
          f,
          iban,
        }),
      ),
    );
    assert.ok(shown.length > 0, 'no account number found: the pattern no longer matches the examples');
    const invalid = shown.filter(({ iban }) => !isValidIBAN(electronicFormatIBAN(iban) ?? ''));
    assert.deepEqual(invalid, []);
  });
});
