import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publicHolidayOn } from '../../../src/platform/calendar/public-holidays';

test('Latvian public holidays carry Latvian and English names', () => {
  assert.deepEqual(publicHolidayOn('2026-11-18'), {
    lv: 'Latvijas Republikas proklamēšanas diena',
    en: 'Republic Day',
  });
  assert.equal(publicHolidayOn('2026-06-23')?.lv, 'Līgo Diena');
  assert.equal(publicHolidayOn('2026-12-24')?.en, 'Christmas Eve');
  assert.ok(publicHolidayOn('2026-12-31'));
  assert.ok(publicHolidayOn('2026-04-03'), 'Good Friday');
  assert.ok(publicHolidayOn('2026-04-06'), 'Easter Monday');
});

test('a substitute Monday is a holiday when 4 May falls on a weekend', () => {
  // 4 May 2025 was a Sunday.
  assert.ok(publicHolidayOn('2025-05-05'));
  // 18 November 2023 was a Saturday.
  assert.ok(publicHolidayOn('2023-11-20'));
  assert.equal(publicHolidayOn('2023-11-21'), undefined);
});

test('ordinary days, observances and nonsense are not public holidays', () => {
  assert.equal(publicHolidayOn('2026-11-17'), undefined);
  assert.equal(publicHolidayOn('2026-05-10'), undefined, "Mother's Day is an observance");
  assert.equal(publicHolidayOn('not a day'), undefined);
  assert.equal(publicHolidayOn(''), undefined);
});
