import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inMonth } from '../../src/platform/i18n/months';

test('a month in a sentence: „2026. gada decembrī”, "December 2026"', () => {
  assert.equal(inMonth('lv', 2026, 12), '2026. gada decembrī');
  assert.equal(inMonth('lv', 2027, 1), '2027. gada janvārī');
  assert.equal(inMonth('lv', 2027, 3), '2027. gada martā');
  assert.equal(inMonth('en', 2026, 12), 'December 2026');
});
