import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  checkEveningRule,
  type DatedException,
  eveningDaysInMonth,
  isOpenUntil,
  mergeIntervals,
  nextEveningSession,
  openingHoursOn,
  rigaToday,
  todayStatus,
  type WeeklyHours,
  weekdayOf,
  weeklySchedule,
  weekOfMonth,
} from '../../src/modules/centres/hours';
import { serviceCount, weeksList } from '../../src/modules/centres/messages';
import { occasionalText, todayText } from '../../src/modules/centres/views/format';

/** Mon–Fri with a lunch break; on the 1st and 3rd Monday open until 19:00. */
const HOURS: WeeklyHours[] = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, opens: '08:00', closes: '12:00' },
  { weekday, opens: '12:30', closes: '17:00' },
]);
HOURS.push({ weekday: 1, opens: '12:30', closes: '19:00', weeksOfMonth: [1, 3] });

const lunch = [
  { opens: '08:00', closes: '12:00' },
  { opens: '12:30', closes: '17:00' },
];
const lunchToEvening = [
  { opens: '08:00', closes: '12:00' },
  { opens: '12:30', closes: '19:00' },
];

test('calendar helpers: weekday, week of month, adding days over month and year ends', () => {
  assert.equal(weekdayOf('2026-06-01'), 1);
  assert.equal(weekdayOf('2026-06-07'), 7);
  assert.equal(weekOfMonth('2026-06-01'), 1);
  assert.equal(weekOfMonth('2026-06-07'), 1);
  assert.equal(weekOfMonth('2026-06-08'), 2);
  assert.equal(weekOfMonth('2026-06-29'), 5);
  assert.equal(addDays('2026-06-30', 1), '2026-07-01');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2027-03-28', 1), '2027-03-29', 'the change to summer time does not skip a day');
});

test('openingHoursOn follows the weekly rows and the weeks of the month', () => {
  assert.deepEqual(openingHoursOn('2026-06-02', HOURS, []), lunch, 'a Tuesday');
  assert.deepEqual(openingHoursOn('2026-06-01', HOURS, []), lunchToEvening, '1st Monday');
  assert.deepEqual(openingHoursOn('2026-06-08', HOURS, []), lunch, '2nd Monday');
  assert.deepEqual(openingHoursOn('2026-06-15', HOURS, []), lunchToEvening, '3rd Monday');
  assert.deepEqual(openingHoursOn('2026-06-29', HOURS, []), lunch, '5th Monday');
  assert.deepEqual(openingHoursOn('2026-06-06', HOURS, []), [], 'a Saturday');
  assert.deepEqual(openingHoursOn('2026-06-07', HOURS, []), [], 'a Sunday');
});

test('an exception replaces the weekly hours of its day; a closure closes it; a note alone changes nothing', () => {
  const exceptions: DatedException[] = [
    { day: '2026-06-15', closed: true },
    { day: '2026-06-16', closed: false, opens: '10:00', closes: '14:00' },
    { day: '2026-06-17', closed: false, opens: '15:00', closes: '19:00' },
    { day: '2026-06-17', closed: false, opens: '09:00', closes: '11:00' },
    { day: '2026-06-18', closed: false, opens: null, closes: null },
    { day: '2026-06-20', closed: false, opens: '10:00', closes: '13:00' },
  ];
  assert.deepEqual(openingHoursOn('2026-06-15', HOURS, exceptions), [], 'closed on an evening day');
  assert.deepEqual(openingHoursOn('2026-06-16', HOURS, exceptions), [{ opens: '10:00', closes: '14:00' }]);
  assert.deepEqual(openingHoursOn('2026-06-17', HOURS, exceptions), [
    { opens: '09:00', closes: '11:00' },
    { opens: '15:00', closes: '19:00' },
  ]);
  assert.deepEqual(openingHoursOn('2026-06-18', HOURS, exceptions), lunch);
  assert.deepEqual(
    openingHoursOn('2026-06-20', HOURS, exceptions),
    [{ opens: '10:00', closes: '13:00' }],
    'a Saturday',
  );
  assert.deepEqual(
    openingHoursOn('2026-06-22', HOURS, exceptions),
    lunch,
    'other days keep the weekly hours',
  );
});

test('a closure wins over other exceptions on the same day', () => {
  const exceptions: DatedException[] = [
    { day: '2026-06-16', closed: false, opens: '10:00', closes: '19:00' },
    { day: '2026-06-16', closed: true },
  ];
  assert.deepEqual(openingHoursOn('2026-06-16', HOURS, exceptions), []);
});

test('mergeIntervals sorts, joins overlapping and touching intervals, and normalises times', () => {
  assert.deepEqual(
    mergeIntervals([
      { opens: '12:30', closes: '19:00' },
      { opens: '8:00', closes: '12:00' },
      { opens: '12:30', closes: '17:00' },
      { opens: '19:00', closes: '20:00' },
      { opens: '21:00', closes: '21:00' },
    ]),
    [
      { opens: '08:00', closes: '12:00' },
      { opens: '12:30', closes: '20:00' },
    ],
  );
});

test('eveningDaysInMonth counts the 1st and 3rd Monday, and the 5th weekday only in months that have one', () => {
  assert.deepEqual(
    eveningDaysInMonth(2026, 6, HOURS, []).map((d) => d.day),
    ['2026-06-01', '2026-06-15'],
  );
  const fifthTuesday: WeeklyHours[] = [{ weekday: 2, opens: '10:00', closes: '19:30', weeksOfMonth: [5] }];
  assert.deepEqual(
    eveningDaysInMonth(2026, 6, fifthTuesday, []).map((d) => d.day),
    ['2026-06-30'],
  );
  assert.deepEqual(
    eveningDaysInMonth(2027, 2, fifthTuesday, []),
    [],
    'February 2027 has four of each weekday',
  );
  assert.deepEqual(
    eveningDaysInMonth(2027, 3, fifthTuesday, []).map((d) => d.day),
    ['2027-03-30'],
  );
  assert.deepEqual(
    eveningDaysInMonth(2026, 6, HOURS, [{ day: '2026-07-06', closed: true }]).map((d) => d.day),
    ['2026-06-01', '2026-06-15'],
    'an exception in the next month does not count',
  );
});

test('checkEveningRule: a closure on an evening day breaks R14, an extra evening session restores it', () => {
  const months = [
    { year: 2026, month: 6 },
    { year: 2026, month: 7 },
  ];
  assert.deepEqual(
    checkEveningRule(HOURS, [], months).map((r) => r.ok),
    [true, true],
  );
  const closed: DatedException[] = [{ day: '2026-06-15', closed: true }];
  const [june, july] = checkEveningRule(HOURS, closed, months);
  assert.equal(june?.ok, false);
  assert.deepEqual(june?.eveningDays, ['2026-06-01']);
  assert.equal(july?.ok, true);
  const extra: DatedException[] = [
    ...closed,
    { day: '2026-06-25', closed: false, opens: '08:00', closes: '19:00' },
  ];
  const [juneAgain] = checkEveningRule(HOURS, extra, months);
  assert.equal(juneAgain?.ok, true);
  assert.deepEqual(juneAgain?.eveningDays, ['2026-06-01', '2026-06-25']);
  const onlyOnce: WeeklyHours[] = [{ weekday: 3, opens: '09:00', closes: '19:00', weeksOfMonth: [2] }];
  assert.deepEqual(
    checkEveningRule(onlyOnce, [], months).map((r) => r.ok),
    [false, false],
  );
});

test('nextEveningSession includes today and crosses month and year ends', () => {
  assert.deepEqual(nextEveningSession('2026-06-02', HOURS, []), {
    day: '2026-06-15',
    intervals: lunchToEvening,
  });
  assert.equal(nextEveningSession('2026-06-15', HOURS, [])?.day, '2026-06-15');
  assert.equal(nextEveningSession('2026-06-16', HOURS, [])?.day, '2026-07-06');
  assert.equal(nextEveningSession('2026-12-22', HOURS, [])?.day, '2027-01-04');
  assert.equal(
    nextEveningSession('2026-12-22', HOURS, [{ day: '2027-01-04', closed: true }])?.day,
    '2027-01-18',
  );
  const extra = [{ day: '2026-12-30', closed: false, opens: '12:00', closes: '20:00' }];
  assert.deepEqual(nextEveningSession('2026-12-22', HOURS, extra), {
    day: '2026-12-30',
    intervals: [{ opens: '12:00', closes: '20:00' }],
  });
  assert.equal(nextEveningSession('2026-06-02', HOURS, [], '17:00')?.day, '2026-06-02');
  assert.equal(
    nextEveningSession('2026-06-02', [{ weekday: 1, opens: '08:00', closes: '17:00' }], []),
    undefined,
  );
});

test('rigaToday is the calendar day in Riga, in summer (UTC+3) and in winter (UTC+2)', () => {
  assert.equal(rigaToday(new Date('2026-06-01T20:59:00Z')), '2026-06-01');
  assert.equal(rigaToday(new Date('2026-06-01T21:00:00Z')), '2026-06-02');
  assert.equal(rigaToday(new Date('2026-12-31T21:59:00Z')), '2026-12-31');
  assert.equal(rigaToday(new Date('2026-12-31T22:00:00Z')), '2027-01-01');
});

test('todayStatus knows the hours of the day and whether the centre is open right now', () => {
  const morning = todayStatus(new Date('2026-06-02T06:00:00Z'), HOURS, []);
  assert.deepEqual(morning, { day: '2026-06-02', intervals: lunch, openNow: true });
  assert.equal(todayStatus(new Date('2026-06-02T09:15:00Z'), HOURS, []).openNow, false, '12:15 is lunch');
  assert.equal(todayStatus(new Date('2026-06-02T14:00:00Z'), HOURS, []).openNow, false, '17:00 is closed');
  assert.equal(todayText('lv', morning), 'Šodien atvērts 08:00–12:00, 12:30–17:00');
  assert.equal(todayText('en', morning), 'Open today 08:00–12:00, 12:30–17:00');
  const saturday = todayStatus(new Date('2026-06-06T08:00:00Z'), HOURS, []);
  assert.equal(todayText('lv', saturday), 'Šodien slēgts');
  assert.equal(todayText('en', saturday), 'Closed today');
});

test('weeklySchedule groups the some-weeks rows and says "until 19:00" when they only extend the day', () => {
  const hours: WeeklyHours[] = [
    ...HOURS,
    { weekday: 6, opens: '09:00', closes: '13:00', weeksOfMonth: [3, 1, 1] },
  ];
  const week = weeklySchedule(hours);
  assert.equal(week.length, 7);
  const monday = week[0]!;
  assert.deepEqual(monday.regular, lunch);
  assert.deepEqual(monday.occasional, [
    { weeksOfMonth: [1, 3], intervals: lunchToEvening, extendsUntil: '19:00' },
  ]);
  assert.equal(occasionalText('lv', 1, monday.occasional[0]!), '1. un 3. pirmdienā līdz 19:00');
  assert.equal(occasionalText('en', 1, monday.occasional[0]!), '1st and 3rd Monday until 19:00');
  const saturday = week[5]!;
  assert.deepEqual(saturday.regular, []);
  assert.equal(saturday.occasional[0]?.extendsUntil, undefined);
  assert.equal(occasionalText('lv', 6, saturday.occasional[0]!), '1. un 3. sestdienā 09:00–13:00');
  assert.equal(occasionalText('en', 6, saturday.occasional[0]!), '1st and 3rd Saturday 09:00–13:00');
  assert.deepEqual(week[6], { weekday: 7, regular: [], occasional: [] });
});

test('weeklySchedule reads complementary week rows as one rule, and shows a 5th-week variation', () => {
  const hours: WeeklyHours[] = [
    { weekday: 4, opens: '08:00', closes: '12:00' },
    { weekday: 4, opens: '13:00', closes: '17:00', weeksOfMonth: [1, 3, 5] },
    { weekday: 4, opens: '13:00', closes: '19:00', weeksOfMonth: [2, 4] },
    { weekday: 5, opens: '08:00', closes: '15:00' },
    { weekday: 5, opens: '08:00', closes: '14:00', weeksOfMonth: [5] },
  ];
  const week = weeklySchedule(hours);
  const thursday = week[3]!;
  assert.deepEqual(thursday.regular, [
    { opens: '08:00', closes: '12:00' },
    { opens: '13:00', closes: '17:00' },
  ]);
  assert.equal(thursday.occasional.length, 1);
  assert.equal(occasionalText('lv', 4, thursday.occasional[0]!), '2. un 4. ceturtdienā līdz 19:00');
  const friday = week[4]!;
  assert.deepEqual(friday.regular, [{ opens: '08:00', closes: '15:00' }], 'overlapping rows merge');
  assert.deepEqual(friday.occasional, []);
  const closedOnFifth: WeeklyHours[] = [
    { weekday: 2, opens: '09:00', closes: '19:00', weeksOfMonth: [1, 2, 3, 4] },
  ];
  const tuesday = weeklySchedule(closedOnFifth)[1]!;
  assert.deepEqual(tuesday.regular, [{ opens: '09:00', closes: '19:00' }]);
  assert.deepEqual(tuesday.occasional, [{ weeksOfMonth: [5], intervals: [] }]);
  assert.equal(occasionalText('lv', 2, tuesday.occasional[0]!), '5. otrdienā slēgts');
  assert.equal(occasionalText('en', 2, tuesday.occasional[0]!), '5th Tuesday closed');
});

test('Latvian and English wording of week lists and service counts', () => {
  assert.equal(weeksList('lv', [1, 3, 5]), '1., 3. un 5.');
  assert.equal(weeksList('en', [1, 2, 3, 4]), '1st, 2nd, 3rd and 4th');
  assert.equal(weeksList('en', [2]), '2nd');
  assert.match(serviceCount('lv', 1), /1 pakalpojumu\./);
  assert.match(serviceCount('lv', 2), /2 pakalpojumus\./);
  assert.match(serviceCount('lv', 10), /10 pakalpojumu\./);
  assert.match(serviceCount('lv', 21), /21 pakalpojumu\./);
  assert.match(serviceCount('en', 1), /1 service at/);
  assert.match(serviceCount('en', 5), /5 services at/);
});

const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const intervalArb = fc
  .tuple(fc.integer({ min: 6 * 4, max: 21 * 4 }), fc.integer({ min: 1, max: 14 * 4 }))
  .map(([start, length]) => ({
    opens: time(start * 15),
    closes: time(Math.min(24 * 60, (start + length) * 15)),
  }));

const hoursArb = fc.array(
  fc.record({
    weekday: fc.integer({ min: 1, max: 7 }),
    interval: intervalArb,
    weeksOfMonth: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 })),
  }),
  { maxLength: 12 },
);

const fromArb = fc.integer({ min: 0, max: 365 * 10 }).map((offset) => addDays('2022-01-01', offset));

const exceptionsArb = (from: string) =>
  fc
    .array(
      fc.record({
        offset: fc.integer({ min: 0, max: 120 }),
        closed: fc.boolean(),
        interval: intervalArb,
      }),
      { maxLength: 10 },
    )
    .map((rows) =>
      rows.map((r) => ({
        day: addDays(from, r.offset),
        closed: r.closed,
        opens: r.interval.opens,
        closes: r.interval.closes,
      })),
    );

test('property: nextEveningSession is the first day from `from` open until 19:00 or later', () => {
  fc.assert(
    fc.property(
      hoursArb,
      fromArb.chain((from) => fc.tuple(fc.constant(from), exceptionsArb(from))),
      (rows, [from, exceptions]) => {
        const hours = rows.map((r) => ({ weekday: r.weekday, ...r.interval, weeksOfMonth: r.weeksOfMonth }));
        const found = nextEveningSession(from, hours, exceptions);
        const firstMiss = found ? found.day : addDays(from, 367);
        for (let day = from; day < firstMiss; day = addDays(day, 1)) {
          assert.equal(
            isOpenUntil(openingHoursOn(day, hours, exceptions), '19:00'),
            false,
            `${day} was skipped`,
          );
        }
        if (found) {
          assert.ok(found.day >= from);
          assert.deepEqual(found.intervals, openingHoursOn(found.day, hours, exceptions));
          assert.ok(found.intervals.some((i) => i.closes >= '19:00'));
        }
      },
    ),
    { numRuns: 200 },
  );
});
