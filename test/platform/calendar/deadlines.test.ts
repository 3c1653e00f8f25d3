import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  computeDeadline,
  createWorkingCalendar,
  type DurationUnit,
  extendByPause,
  isAllowedExtension,
  isWeekend,
  legalDeadline,
  legalTimeLimit,
  type MovedDay,
  maximumExtension,
  publicHolidayOn,
  workingDaysBetween,
} from '../../../src/platform/calendar';

/** The Cabinet's moved days of 2026 (order „Par darba dienu pārcelšanu 2026. gadā”). */
const MOVED_2026: MovedDay[] = [
  { day: '2026-01-02', working: false },
  { day: '2026-01-17', working: true },
  { day: '2026-06-22', working: false },
  { day: '2026-06-27', working: true },
];
const cal = createWorkingCalendar(MOVED_2026);
const plain = createWorkingCalendar();

describe('known deadlines', () => {
  test('counting starts the day after receipt', () => {
    assert.equal(computeDeadline(cal, '2026-03-06', 10, 'working_days'), '2026-03-20');
    // Received on a Saturday: Monday is the first day counted.
    assert.equal(computeDeadline(cal, '2026-03-07', 10, 'working_days'), '2026-03-20');
    assert.equal(computeDeadline(cal, '2026-03-06', 1, 'working_days'), '2026-03-09');
    assert.equal(computeDeadline(cal, '2026-03-02', 3, 'calendar_days'), '2026-03-05');
  });

  test('Christmas: 24–26 December and 31 December are days off', () => {
    for (const day of ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01'])
      assert.equal(cal.isWorkingDay(day), false, day);
    assert.equal(computeDeadline(cal, '2026-12-21', 3, 'working_days'), '2026-12-28');
    assert.equal(computeDeadline(cal, '2026-12-21', 10, 'working_days'), '2027-01-08');
    // 10 calendar days end on Christmas Eve: moved past Christmas and the weekend.
    assert.equal(computeDeadline(cal, '2026-12-14', 10, 'calendar_days'), '2026-12-28');
    assert.equal(computeDeadline(cal, '2026-11-24', 1, 'months'), '2026-12-28');
    assert.equal(computeDeadline(cal, '2026-11-30', 1, 'months'), '2026-12-30');
    assert.equal(computeDeadline(cal, '2026-12-30', 1, 'working_days'), '2027-01-04');
  });

  test('4 May on a Sunday gives Monday 5 May off (2025)', () => {
    assert.equal(publicHolidayOn('2025-05-05') !== undefined, true);
    assert.equal(cal.isWorkingDay('2025-05-05'), false);
    assert.equal(computeDeadline(cal, '2025-04-30', 1, 'working_days'), '2025-05-02');
    assert.equal(computeDeadline(cal, '2025-04-30', 2, 'working_days'), '2025-05-06');
    assert.equal(computeDeadline(cal, '2025-04-04', 1, 'months'), '2025-05-06');
    // 4 May 2026 is a Monday: no substitute day on Tuesday.
    assert.equal(computeDeadline(cal, '2026-04-30', 1, 'working_days'), '2026-05-05');
    assert.equal(cal.isWorkingDay('2026-05-05'), true);
  });

  test('18 November on a Saturday gives Monday 20 November off (2023, 2028)', () => {
    assert.equal(cal.isWorkingDay('2023-11-20'), false);
    assert.equal(computeDeadline(cal, '2023-11-17', 1, 'working_days'), '2023-11-21');
    assert.equal(computeDeadline(cal, '2023-11-10', 10, 'calendar_days'), '2023-11-21');
    assert.equal(computeDeadline(cal, '2028-11-17', 1, 'working_days'), '2028-11-21');
  });

  test('a month is the same date a month later, or the month’s last day, then a working day', () => {
    assert.equal(computeDeadline(cal, '2026-01-31', 1, 'months'), '2026-03-02'); // 28.02. is a Saturday
    assert.equal(computeDeadline(cal, '2027-01-31', 1, 'months'), '2027-03-01'); // 28.02. is a Sunday
    assert.equal(computeDeadline(cal, '2028-01-31', 1, 'months'), '2028-02-29'); // leap year
    assert.equal(computeDeadline(cal, '2026-03-31', 1, 'months'), '2026-04-30');
    assert.equal(computeDeadline(cal, '2026-03-15', 4, 'months'), '2026-07-15');
  });

  test('the moved days change working days both ways', () => {
    // 2 January 2026 was a day off, worked on Saturday 17 January.
    assert.equal(computeDeadline(plain, '2025-12-30', 1, 'working_days'), '2026-01-02');
    assert.equal(computeDeadline(cal, '2025-12-30', 1, 'working_days'), '2026-01-05');
    assert.equal(computeDeadline(plain, '2026-01-16', 1, 'working_days'), '2026-01-19');
    assert.equal(computeDeadline(cal, '2026-01-16', 1, 'working_days'), '2026-01-17');
    // Monday 22 June off, then Līgo and Jāņi.
    assert.equal(computeDeadline(cal, '2026-06-19', 1, 'working_days'), '2026-06-25');
    assert.equal(cal.isWorkingDay('2026-06-27'), true);
    assert.equal(cal.nextWorkingDay('2026-06-20'), '2026-06-25');
  });

  test('bad input is refused, not guessed', () => {
    assert.throws(() => computeDeadline(cal, '2026-02-30', 1, 'working_days'), RangeError);
    assert.throws(() => computeDeadline(cal, '2026-03-01', -1, 'working_days'), RangeError);
    assert.throws(() => computeDeadline(cal, '2026-03-01', 1.5, 'calendar_days'), RangeError);
    assert.throws(() => computeDeadline(cal, '2026-03-01', 1, 'weeks' as DurationUnit), RangeError);
    assert.throws(() => cal.isWorkingDay('yesterday'), RangeError);
  });
});

describe('pauses', () => {
  test('the working days of a pause are added to a working-day deadline', () => {
    // Paused Tuesday to Friday: Tuesday, Wednesday, Thursday did not count.
    assert.equal(extendByPause(cal, '2026-03-20', '2026-03-10', '2026-03-13'), '2026-03-25');
    // Paused over a weekend from Friday: one working day.
    assert.equal(extendByPause(cal, '2026-03-20', '2026-03-13', '2026-03-16'), '2026-03-23');
    // Paused on a Saturday, resumed on Monday: no working day lost.
    assert.equal(extendByPause(cal, '2026-03-20', '2026-03-14', '2026-03-16'), '2026-03-20');
  });

  test('calendar-day and month deadlines move by the calendar days of the pause', () => {
    assert.equal(extendByPause(cal, '2026-03-20', '2026-03-10', '2026-03-13', 'calendar_days'), '2026-03-23');
    assert.equal(extendByPause(cal, '2026-12-21', '2026-12-01', '2026-12-04', 'months'), '2026-12-28');
  });

  test('an empty, inverted or late pause leaves the deadline alone', () => {
    assert.equal(extendByPause(cal, '2026-03-20', '2026-03-10', '2026-03-10'), '2026-03-20');
    assert.equal(extendByPause(cal, '2026-03-20', '2026-03-12', '2026-03-10'), '2026-03-20');
    assert.equal(extendByPause(cal, '2026-03-20', '2026-03-23', '2026-03-30'), '2026-03-20');
  });
});

describe('Latvian law', () => {
  test('the Law on Submissions: 10 working days from 1 March 2026, one month before', () => {
    assert.deepEqual(legalTimeLimit('submission', '2026-03-01'), { amount: 10, unit: 'working_days' });
    assert.deepEqual(legalTimeLimit('submission', '2026-02-28'), { amount: 1, unit: 'months' });
    assert.deepEqual(legalTimeLimit('submission_gathering', '2026-03-02'), { amount: 1, unit: 'months' });
    assert.equal(legalDeadline(cal, '2026-03-06', 'submission'), '2026-03-20');
    assert.equal(legalDeadline(cal, '2026-03-06', 'submission_gathering'), '2026-04-07'); // 06.04. is Easter Monday
    assert.equal(legalDeadline(cal, '2026-03-06', 'forwarding'), '2026-03-13');
  });

  test('an administrative act: one month, extendable to four months from receipt', () => {
    assert.equal(legalDeadline(cal, '2026-03-06', 'administrative_act'), '2026-04-07');
    assert.equal(maximumExtension(cal, '2026-03-06'), '2026-07-06');
    assert.equal(maximumExtension(cal, '2026-02-28'), '2026-06-29'); // 28.06. is a Sunday
    assert.equal(maximumExtension(cal, '2026-03-06', 'forwarding'), '2026-03-13');
    assert.equal(isAllowedExtension(cal, '2026-03-06', '2026-04-06', '2026-05-15'), true);
    assert.equal(isAllowedExtension(cal, '2026-03-06', '2026-04-06', '2026-07-07'), false);
    assert.equal(isAllowedExtension(cal, '2026-03-06', '2026-04-06', '2026-04-01'), false);
  });
});

// ── Properties ─────────────────────────────────────────────────────────────────────────────────────────
const dayArb = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const unitArb = fc.constantFrom<DurationUnit>('working_days', 'calendar_days', 'months');
/** Random moved days: Saturdays made working days and weekdays made days off. */
const movedArb = fc.array(
  dayArb.map((day): MovedDay => ({ day, working: isWeekend(day) || publicHolidayOn(day) !== undefined })),
  { maxLength: 30 },
);

function offByRule(moved: MovedDay[], day: string): boolean {
  const override = moved.findLast((m) => m.day === day);
  if (override) return !override.working;
  return isWeekend(day) || publicHolidayOn(day) !== undefined;
}

describe('properties', () => {
  test('a deadline never falls on a weekend, a public holiday or a moved day off', () => {
    fc.assert(
      fc.property(movedArb, dayArb, fc.integer({ min: 0, max: 60 }), unitArb, (moved, received, n, unit) => {
        const c = createWorkingCalendar(moved);
        const due = computeDeadline(c, received, unit === 'months' ? Math.min(n, 12) : n, unit);
        assert.equal(offByRule(moved, due), false, `${due} is not a working day`);
        if (n > 0) assert.ok(due > received);
      }),
    );
  });

  test('addWorkingDays(n) is monotonic in n, strictly from n = 1, and counts exactly n working days', () => {
    fc.assert(
      fc.property(
        movedArb,
        dayArb,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (moved, day, a, b) => {
          const c = createWorkingCalendar(moved);
          const [n, m] = a <= b ? [a, b] : [b, a];
          const dn = c.addWorkingDays(day, n);
          const dm = c.addWorkingDays(day, m);
          assert.ok(dn <= dm);
          if (n >= 1 && n < m) assert.ok(dn < dm);
          if (m >= 1) assert.equal(workingDaysBetween(c, day, dm), m);
        },
      ),
    );
  });

  test('a pause never shortens a deadline', () => {
    fc.assert(
      fc.property(
        movedArb,
        dayArb,
        dayArb,
        fc.integer({ min: 0, max: 60 }),
        unitArb,
        (moved, due, from, length, unit) => {
          const c = createWorkingCalendar(moved);
          const dueOnWorkingDay = c.nextWorkingDay(due);
          const extended = extendByPause(c, dueOnWorkingDay, from, addDays(from, length), unit);
          assert.ok(extended >= dueOnWorkingDay);
          assert.equal(c.isWorkingDay(extended), true);
          // A pause with a working day in it before the deadline moves the deadline.
          const lost = workingDaysBetween(c, addDays(from, -1), addDays(from, length - 1));
          if (from <= dueOnWorkingDay && lost > 0) assert.ok(extended > dueOnWorkingDay);
        },
      ),
    );
  });
});
