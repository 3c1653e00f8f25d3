import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayAnswer } from '../../src/modules/eforms/answers';
import { type FormField, parseFormDefinition } from '../../src/modules/eforms/definition';
import { fieldValues } from '../../src/modules/standards/form-editor-values';

const income: FormField = {
  code: 'ienakumi',
  type: 'number',
  label: { lv: 'Ienākumi mēnesī (euro)', en: 'Monthly income (euros)' },
  required: true,
  money: true,
};

test('a money answer reads as money in the reader’s language; a plain number stays a number', () => {
  assert.match(displayAnswer(income, '2', 'lv'), /^2,00\s€$/);
  assert.equal(displayAnswer(income, '2', 'en'), '€2.00');
  assert.match(displayAnswer(income, '1234.5', 'lv'), /^1\s?234,50\s€$/);
  assert.equal(displayAnswer(income, '1234.5', 'en'), '€1,234.50');
  const count = { ...income, money: undefined };
  assert.equal(displayAnswer(count, '2', 'lv'), '2');
  assert.equal(displayAnswer(count, '12.5', 'lv'), '12,5');
});

test('the form’s definition keeps the money mark, and the editor shows it', () => {
  const checked = parseFormDefinition({
    pages: [{ id: 'lapa', title: { lv: 'Lapa', en: 'Page' }, fields: [income] }],
  });
  assert.ok(checked.ok, JSON.stringify(checked));
  assert.equal(checked.definition.pages[0]!.fields[0]!.money, true);
  assert.equal(fieldValues(income, 'lv').money, 'yes');
});
