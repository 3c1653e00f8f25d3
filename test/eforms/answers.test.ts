import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  caseFields,
  checkAnswers,
  checkField,
  checkPage,
  keepVisible,
  readDay,
  readNumber,
  visibleFields,
  visiblePages,
} from '../../src/modules/eforms/answers';
import type { FormDefinition, FormField } from '../../src/modules/eforms/definition';

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
  assert.deepEqual(checkField(past, '15.6.2026', TODAY), { value: '2026-06-15' }, 'today counts as past');
  assert.deepEqual(checkField(past, '16.6.2026', TODAY), { problem: 'date_not_past' });
  assert.deepEqual(checkField(future, '2026-06-14', TODAY), { problem: 'date_not_future' });
  assert.deepEqual(checkField(future, '15.6.2026', TODAY), { value: '2026-06-15' });
  assert.deepEqual(checkField(f('d', 'date'), '..', TODAY), { problem: 'date_invalid' });
});

test('numbers: a decimal comma, spaces between thousands, bounds and whole numbers', () => {
  assert.equal(readNumber('12,5'), 12.5);
  assert.equal(readNumber('1 200'), 1200);
  assert.equal(readNumber('1\u00a0200,75'), 1200.75);
  assert.equal(readNumber('-3'), -3);
  assert.equal(readNumber('.5'), 0.5);
  assert.equal(readNumber('1,2,3'), undefined);
  assert.equal(readNumber('1e5'), undefined);
  assert.equal(readNumber('Infinity'), undefined);
  assert.equal(readNumber('9'.repeat(400)), undefined);
  const n = f('n', 'number', { min: 1, max: 10, integer: true });
  assert.deepEqual(checkField(n, '10', TODAY), { value: '10' });
  assert.deepEqual(checkField(n, '0', TODAY), { problem: 'below_min' });
  assert.deepEqual(checkField(n, '10,5', TODAY), { problem: 'not_whole_number' });
  assert.deepEqual(checkField(n, '11', TODAY), { problem: 'above_max' });
  assert.deepEqual(checkField(f('n', 'number'), '2,50', TODAY), { value: '2.5' });
  assert.deepEqual(checkField(f('n', 'number'), 'divi', TODAY), { problem: 'not_a_number' });
});

test('texts are trimmed, control characters dropped, and limited in length', () => {
  const t = f('t', 'text', { maxLength: 5 });
  assert.deepEqual(checkField(t, '  ab\u0000c  ', TODAY), { value: 'abc' });
  assert.deepEqual(checkField(t, 'abcdef', TODAY), { problem: 'too_long' });
  assert.deepEqual(checkField({ ...t, required: false }, '   ', TODAY), {});
  assert.deepEqual(checkField(t, '\u0007', TODAY), { problem: 'required' });
  assert.deepEqual(checkField(f('a', 'textarea'), 'a\r\nb', TODAY), { value: 'a\nb' });
});

test('choices, yes/no, personal codes and files', () => {
  const options = [
    { key: 'a', label: L('A') },
    { key: 'b', label: L('B') },
  ];
  assert.deepEqual(checkField(f('c', 'choices', { options }), ['b', 'a', 'b'], TODAY), { value: ['a', 'b'] });
  assert.deepEqual(checkField(f('c', 'choices', { options }), ['a', 'z'], TODAY), {
    problem: 'not_an_option',
  });
  assert.deepEqual(checkField(f('c', 'choice', { options }), 'z', TODAY), { problem: 'not_an_option' });
  assert.deepEqual(checkField(f('y', 'yesno'), 'Jā', TODAY), { value: 'yes' });
  assert.deepEqual(checkField(f('y', 'yesno'), 'false', TODAY), { value: 'no' });
  assert.deepEqual(checkField(f('y', 'yesno'), 'varbūt', TODAY), { problem: 'not_an_option' });
  assert.deepEqual(checkField(f('p', 'personal_code'), '320000-00001', TODAY), { value: '32000000001' });
  assert.deepEqual(checkField(f('p', 'personal_code'), '010190-12345', TODAY), {
    problem: 'personal_code_invalid',
  });
  const file = f('d', 'file', { maxFiles: 2 });
  assert.deepEqual(checkField(file, ['x', 'y', 'x'], TODAY), { value: ['x', 'y'] }, 'the same file once');
  assert.deepEqual(checkField(file, ['x', 'y', 'z'], TODAY), { problem: 'too_many_files' });
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
  const checked = checkAnswers(chain, { has: 'nē', kind: 'zzz', why: '' }, TODAY);
  assert.deepEqual(
    checked,
    { answers: { has: 'no' }, problems: [] },
    'hidden answers neither checked nor kept',
  );
  assert.deepEqual(caseFields(chain, checked.answers), { has: 'Nē' });
  assert.deepEqual(checkAnswers(chain, { has: 'jā', kind: 'y' }, TODAY).problems, [
    { field: 'why', code: 'required' },
  ]);
  assert.deepEqual(checkAnswers(chain, { has: 'jā', kind: 'x' }, TODAY).problems, []);
});

test('one page at a time: its answers replace the earlier ones, and problems only for fields shown', () => {
  const before = { has: 'yes', kind: 'y', why: 'Vecais' };
  const page = checkPage(chain, 'divi', { kind: 'x', why: '' }, before, TODAY);
  assert.deepEqual(page, { answers: { has: 'yes', kind: 'x' }, problems: [] });
  const missing = checkPage(chain, 'divi', { kind: 'y' }, before, TODAY);
  assert.deepEqual(missing.problems, [{ field: 'why', code: 'required' }]);
  assert.deepEqual(checkPage(chain, 'nav', {}, before, TODAY).problems, []);
});

test("unknown codes are refused in 'refuse' mode (Open311) and ignored otherwise", () => {
  const raw = { has: 'no', extra: 'x', __proto__x: 'y' };
  assert.deepEqual(checkAnswers(chain, raw, TODAY, 'ignore').problems, []);
  assert.deepEqual(checkAnswers(chain, raw, TODAY, 'refuse').problems, [
    { field: 'extra', code: 'unknown_field' },
    { field: '__proto__x', code: 'unknown_field' },
  ]);
  assert.deepEqual(checkAnswers(chain, { has: 'no' }, TODAY, 'refuse').problems, []);
});
