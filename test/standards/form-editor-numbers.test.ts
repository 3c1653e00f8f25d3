import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FormField } from '../../src/modules/eforms/definition';
import { fieldCandidate, fieldValues } from '../../src/modules/standards/form-editor-values';

const posted = (limits: Record<string, string>) => ({
  type: 'number',
  code: 'ienakumi',
  'label-lv': 'Ienākumi',
  'label-en': 'Income',
  required: 'yes',
  ...limits,
});

test("a question's limits are read and written in the editor's language", () => {
  const en = fieldCandidate(posted({ min: '0.5', max: '1,000' }), null, 'en');
  assert.deepEqual(en.errors, []);
  assert.equal(en.field.min, 0.5);
  assert.equal(en.field.max, 1000, 'a comma separates thousands in English');
  const lv = fieldCandidate(posted({ min: '0,5', max: '1 000' }), null, 'lv');
  assert.deepEqual(lv.errors, []);
  assert.equal(lv.field.min, 0.5);
  assert.equal(lv.field.max, 1000);
  assert.deepEqual(fieldCandidate(posted({ min: '0,5' }), null, 'en').errors, [
    { field: 'min', key: 'formNumber' },
  ]);

  const stored = { ...lv.field, label: { lv: 'Ienākumi', en: 'Income' } } as FormField;
  assert.equal(fieldValues(stored, 'en').min, '0.5');
  assert.equal(fieldValues(stored, 'lv').min, '0,5');
});
