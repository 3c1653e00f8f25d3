import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  caseFields,
  checkAnswers,
  checkField,
  checkPage,
  displayAnswer,
  keepVisible,
  readDay,
  readNumber,
  visibleFields,
  visiblePages,
} from '../../src/modules/eforms/answers';
import type { FormDefinition, FormField } from '../../src/modules/eforms/definition';
import { answerProblemMessage, IBAN_EXAMPLE } from '../../src/modules/eforms/messages';
import { numberAsTyped } from '../../src/modules/eforms/numbers';
import { answersAsFormValues } from '../../src/modules/eforms/views/form-field';

const TODAY = '2026-06-15';
const L = (lv: string) => ({ lv, en: lv });
const f = (code: string, type: FormField['type'], more: Partial<FormField> = {}): FormField => ({
  code,
  type,
  label: L(code),
  required: true,
  ...more,
});

test('dates: D.M.YYYY (with or without the final dot), ISO and ISO date-times; impossible dates refused', () => {
  assert.equal(readDay('1.2.2024'), '2024-02-01');
  assert.equal(readDay('01.02.2024.'), '2024-02-01');
  assert.equal(readDay('2024-02-29'), '2024-02-29');
  assert.equal(readDay('2024-02-29T10:00:00+02:00'), '2024-02-29');
  assert.equal(readDay('29.2.2023'), undefined, 'not a leap year');
  assert.equal(readDay('31.4.2024'), undefined);
  assert.equal(readDay('2024-13-01'), undefined);
  assert.equal(readDay('2024-02-01x'), undefined);
  assert.equal(readDay('1.2.24'), undefined, 'two-digit years are ambiguous');
  assert.equal(readDay('1.1.1799'), undefined);
  const past = f('d', 'date', { dateRule: 'past' });
  const future = f('d', 'date', { dateRule: 'future' });
  assert.deepEqual(
    checkField(past, '15.6.2026', TODAY, 'lv'),
    { value: '2026-06-15' },
    'today counts as past',
  );
  assert.deepEqual(checkField(past, '16.6.2026', TODAY, 'lv'), { problem: 'date_not_past' });
  assert.deepEqual(checkField(future, '2026-06-14', TODAY, 'lv'), { problem: 'date_not_future' });
  assert.deepEqual(checkField(future, '15.6.2026', TODAY, 'lv'), { value: '2026-06-15' });
  assert.deepEqual(checkField(f('d', 'date'), '..', TODAY, 'lv'), { problem: 'date_invalid' });
});

test('numbers: a decimal comma, spaces between thousands, bounds and whole numbers', () => {
  assert.equal(readNumber('12,5', 'lv'), 12.5);
  assert.equal(readNumber('1 200', 'lv'), 1200);
  assert.equal(readNumber('1\u00a0200,75', 'lv'), 1200.75);
  assert.equal(readNumber('-3', 'lv'), -3);
  assert.equal(readNumber('.5', 'lv'), 0.5);
  assert.equal(readNumber('1,2,3', 'lv'), undefined);
  assert.equal(readNumber('1e5', 'lv'), undefined);
  assert.equal(readNumber('Infinity', 'lv'), undefined);
  assert.equal(readNumber('9'.repeat(400), 'lv'), undefined);
  const n = f('n', 'number', { min: 1, max: 10, integer: true });
  assert.deepEqual(checkField(n, '10', TODAY, 'lv'), { value: '10' });
  assert.deepEqual(checkField(n, '0', TODAY, 'lv'), { problem: 'below_min' });
  assert.deepEqual(checkField(n, '10,5', TODAY, 'lv'), { problem: 'not_whole_number' });
  assert.deepEqual(checkField(n, '11', TODAY, 'lv'), { problem: 'above_max' });
  assert.deepEqual(checkField(f('n', 'number'), '2,50', TODAY, 'lv'), { value: '2.5' });
  assert.deepEqual(checkField(f('n', 'number'), 'divi', TODAY, 'lv'), { problem: 'not_a_number' });
});

test('numbers on an English page: a decimal point, commas only between groups of three', () => {
  assert.equal(readNumber('1,200', 'en'), 1200);
  assert.equal(readNumber('12,345.67', 'en'), 12345.67);
  assert.equal(readNumber('1,200.50', 'en'), 1200.5);
  assert.equal(readNumber('1,234,567', 'en'), 1234567);
  assert.equal(readNumber('12.5', 'en'), 12.5);
  assert.equal(readNumber('-1,200', 'en'), -1200);
  assert.equal(readNumber('1,2', 'en'), undefined, 'a decimal comma is not English');
  assert.equal(readNumber('12,50', 'en'), undefined);
  assert.equal(readNumber('1,2345', 'en'), undefined);
  assert.equal(readNumber('1200,000', 'en'), undefined, 'the first group has at most three digits');
  assert.equal(readNumber('1,200,5', 'en'), undefined);
  assert.equal(readNumber('1e5', 'en'), undefined);
  const income = f('n', 'number');
  assert.deepEqual(checkField(income, '1,200', TODAY, 'en'), { value: '1200' });
  assert.deepEqual(checkField(income, '1,200.50', TODAY, 'en'), { value: '1200.5' });
  assert.deepEqual(checkField(income, '1,2', TODAY, 'en'), { problem: 'decimal_comma' });
  assert.deepEqual(checkField(income, '1,2,3', TODAY, 'en'), { problem: 'not_a_number' });
  assert.deepEqual(checkField(income, 'many', TODAY, 'en'), { problem: 'not_a_number' });
  assert.deepEqual(
    checkField(income, '1,200', TODAY, 'lv'),
    { value: '1.2' },
    'a Latvian page: a decimal comma',
  );
});

test('numbers from a machine (Open311, stored answers): digits and a decimal point, nothing else', () => {
  assert.equal(readNumber('12.5', 'machine'), 12.5);
  assert.equal(readNumber('-3', 'machine'), -3);
  assert.equal(readNumber('1200', 'machine'), 1200);
  for (const text of ['12,5', '1,200', '1 200', '1\u00a0200', '1e5', 'Infinity', '0x10', ''])
    assert.equal(readNumber(text, 'machine'), undefined, JSON.stringify(text));
  assert.deepEqual(checkField(f('n', 'number'), '1,200', TODAY, 'machine'), { problem: 'not_a_number' });
  assert.deepEqual(checkField(f('n', 'number'), '1200.5', TODAY, 'machine'), { value: '1200.5' });
});

test('a number is shown and filled in again in the page language', () => {
  const n = f('n', 'number');
  assert.equal(displayAnswer(n, '1200.5', 'lv'), '1200,5');
  assert.equal(displayAnswer(n, '1200.5', 'en'), '1200.5');
  const page = { id: 'p', title: L('p'), fields: [n] };
  assert.deepEqual(answersAsFormValues(page, { n: '1200.5' }, 'en'), { n: '1200.5' });
  assert.deepEqual(answersAsFormValues(page, { n: '1200.5' }, 'lv'), { n: '1200,5' });
  for (const locale of ['lv', 'en'] as const)
    assert.equal(readNumber(numberAsTyped('1200.5', locale), locale), 1200.5, 'what is filled in reads back');
});

test('texts are trimmed, control characters dropped, and limited in length', () => {
  const t = f('t', 'text', { maxLength: 5 });
  assert.deepEqual(checkField(t, '  ab\u0000c  ', TODAY, 'lv'), { value: 'abc' });
  assert.deepEqual(checkField(t, 'abcdef', TODAY, 'lv'), { problem: 'too_long' });
  assert.deepEqual(checkField({ ...t, required: false }, '   ', TODAY, 'lv'), {});
  assert.deepEqual(checkField(t, '\u0007', TODAY, 'lv'), { problem: 'required' });
  assert.deepEqual(checkField(f('a', 'textarea'), 'a\r\nb', TODAY, 'lv'), { value: 'a\nb' });
});

test('choices, yes/no, personal codes and files', () => {
  const options = [
    { key: 'a', label: L('A') },
    { key: 'b', label: L('B') },
  ];
  assert.deepEqual(checkField(f('c', 'choices', { options }), ['b', 'a', 'b'], TODAY, 'lv'), {
    value: ['a', 'b'],
  });
  assert.deepEqual(checkField(f('c', 'choices', { options }), ['a', 'z'], TODAY, 'lv'), {
    problem: 'not_an_option',
  });
  assert.deepEqual(checkField(f('c', 'choice', { options }), 'z', TODAY, 'lv'), { problem: 'not_an_option' });
  assert.deepEqual(checkField(f('y', 'yesno'), 'Jā', TODAY, 'lv'), { value: 'yes' });
  assert.deepEqual(checkField(f('y', 'yesno'), 'false', TODAY, 'lv'), { value: 'no' });
  assert.deepEqual(checkField(f('y', 'yesno'), 'varbūt', TODAY, 'lv'), { problem: 'not_an_option' });
  assert.deepEqual(checkField(f('p', 'personal_code'), '320000-00001', TODAY, 'lv'), {
    value: '32000000001',
  });
  assert.deepEqual(checkField(f('p', 'personal_code'), '010190-12345', TODAY, 'lv'), {
    problem: 'personal_code_invalid',
  });
  const file = f('d', 'file', { maxFiles: 2 });
  assert.deepEqual(
    checkField(file, ['x', 'y', 'x'], TODAY, 'lv'),
    { value: ['x', 'y'] },
    'the same file once',
  );
  assert.deepEqual(checkField(file, ['x', 'y', 'z'], TODAY, 'lv'), { problem: 'too_many_files' });
});

/** A yes/no, a choice shown on "yes", and a text shown on one of the choice's options. */
const chain: FormDefinition = {
  pages: [
    { id: 'viens', title: L('1'), fields: [f('has', 'yesno')] },
    {
      id: 'divi',
      title: L('2'),
      fields: [
        f('kind', 'choice', {
          options: [
            { key: 'x', label: L('X') },
            { key: 'y', label: L('Y') },
          ],
          showWhen: { field: 'has', values: ['yes'] },
        }),
        f('why', 'text', { showWhen: { field: 'kind', values: ['y'] } }),
      ],
    },
  ],
};

test('conditions: a hidden field hides the fields that depend on it, whatever they were answered', () => {
  const all = { has: 'yes', kind: 'y', why: 'Tāpēc' };
  assert.deepEqual(
    visibleFields(chain, all).map((x) => x.code),
    ['has', 'kind', 'why'],
  );
  const no = { ...all, has: 'no' };
  assert.deepEqual(
    visibleFields(chain, no).map((x) => x.code),
    ['has'],
  );
  assert.deepEqual(
    visiblePages(chain, no).map((p) => p.id),
    ['viens'],
  );
  assert.deepEqual(keepVisible(chain, no), { has: 'no' });
  const checked = checkAnswers(chain, { has: 'nē', kind: 'zzz', why: '' }, TODAY, 'lv');
  assert.deepEqual(
    checked,
    { answers: { has: 'no' }, problems: [] },
    'hidden answers neither checked nor kept',
  );
  assert.deepEqual(caseFields(chain, checked.answers), { has: 'Nē' });
  assert.deepEqual(checkAnswers(chain, { has: 'jā', kind: 'y' }, TODAY, 'lv').problems, [
    { field: 'why', code: 'required' },
  ]);
  assert.deepEqual(checkAnswers(chain, { has: 'jā', kind: 'x' }, TODAY, 'lv').problems, []);
});

test('one page at a time: its answers replace the earlier ones, and problems only for fields shown', () => {
  const before = { has: 'yes', kind: 'y', why: 'Vecais' };
  const page = checkPage(chain, 'divi', { kind: 'x', why: '' }, before, TODAY, 'lv');
  assert.deepEqual(page, { answers: { has: 'yes', kind: 'x' }, problems: [] });
  const missing = checkPage(chain, 'divi', { kind: 'y' }, before, TODAY, 'lv');
  assert.deepEqual(missing.problems, [{ field: 'why', code: 'required' }]);
  assert.deepEqual(checkPage(chain, 'nav', {}, before, TODAY, 'lv').problems, []);
});

test("unknown codes are refused in 'refuse' mode (Open311) and ignored otherwise", () => {
  const raw = { has: 'no', extra: 'x', __proto__x: 'y' };
  assert.deepEqual(checkAnswers(chain, raw, TODAY, 'lv', 'ignore').problems, []);
  assert.deepEqual(checkAnswers(chain, raw, TODAY, 'lv', 'refuse').problems, [
    { field: 'extra', code: 'unknown_field' },
    { field: '__proto__x', code: 'unknown_field' },
  ]);
  assert.deepEqual(checkAnswers(chain, { has: 'no' }, TODAY, 'lv', 'refuse').problems, []);
});

test('an account number (IBAN) is read as people write it, kept in the bank’s format, and checked', () => {
  const iban = f('k', 'iban');
  for (const typed of ['LV80BANK0000435195001', 'lv80 bank 0000 4351 9500 1', ' LV80-BANK-0000-4351-9500-1 '])
    assert.deepEqual(checkField(iban, typed, TODAY, 'lv'), { value: 'LV80BANK0000435195001' }, typed);
  // One digit wrong, one missing, a country that does not exist, not an account at all.
  for (const typed of ['LV80BANK0000435195002', 'LV80BANK000043519500', 'XX80BANK0000435195001', 'konts'])
    assert.deepEqual(checkField(iban, typed, TODAY, 'lv'), { problem: 'iban_invalid' }, typed);
  assert.deepEqual(checkField(iban, '', TODAY, 'lv'), { problem: 'required' });
  assert.equal(displayAnswer(iban, 'LV80BANK0000435195001', 'lv'), 'LV80 BANK 0000 4351 9500 1');
  const message = answerProblemMessage('lv', iban, 'iban_invalid');
  assert.match(message, /derīgu konta numuru \(IBAN\), piemēram, LV80 BANK 0000 4351 9500 1/);
  assert.match(answerProblemMessage('en', iban, 'iban_invalid'), /must be a valid account number \(IBAN\)/);
  assert.deepEqual(checkField(iban, IBAN_EXAMPLE, TODAY, 'lv'), { value: 'LV80BANK0000435195001' });
});

test('a page opened again (a change link, a resumed draft) shows an account number and a personal code as the check page does, and they read back the same (found by review)', () => {
  const iban = f('konts', 'iban');
  const code = f('kods', 'personal_code');
  const page = { id: 'p', title: { lv: 'P', en: 'P' }, fields: [iban, code] };
  const values = answersAsFormValues(page, { konts: 'LV80BANK0000435195001', kods: '32000000002' }, 'en');
  assert.equal(values.konts, 'LV80 BANK 0000 4351 9500 1');
  assert.equal(values.kods, '320000-00002');
  assert.deepEqual(checkField(iban, String(values.konts), TODAY, 'en'), { value: 'LV80BANK0000435195001' });
  assert.deepEqual(checkField(code, String(values.kods), TODAY, 'en'), { value: '32000000002' });
});
