import { addDays, assertDay, type Day, isWeekend } from './days';
import { publicHolidayOn } from './public-holidays';

/** A day the Cabinet (or the municipality) moved: a Saturday made a working day, or a weekday made a day off. */
export interface MovedDay {
  day: Day;
  /** true: a working day although a weekend or holiday; false: a day off although a weekday. */
  working: boolean;
}

export interface WorkingCalendar {
  /** Not Saturday or Sunday, not a public holiday, unless a moved day says otherwise. */
  isWorkingDay(day: Day): boolean;
  /** The n-th working day after `day` (n ≥ 0; n = 0 gives the next working day from `day` itself). */
  addWorkingDays(day: Day, n: number): Day;
  /** `day` itself if it is a working day, else the next working day. */
  nextWorkingDay(day: Day): Day;
}

/** No working calendar has more than a few weeks of days off in a row; a guard against bad data. */
const MAX_DAYS_OFF_IN_A_ROW = 366;

/** A working calendar of Latvian weekends and public holidays, corrected by the moved days given. */
export function createWorkingCalendar(moved: readonly MovedDay[] = []): WorkingCalendar {
  const overrides = new Map(moved.map((m) => [m.day, m.working]));

  function isWorkingDay(day: Day): boolean {
    const override = overrides.get(day);
    if (override !== undefined) return override;
    return !isWeekend(day) && publicHolidayOn(day) === undefined;
  }

  function nextWorkingDay(day: Day): Day {
    assertDay(day);
    let d = day;
    for (let i = 0; !isWorkingDay(d); i++) {
      if (i > MAX_DAYS_OFF_IN_A_ROW) throw new Error(`No working day within a year after ${day}`);
      d = addDays(d, 1);
    }
    return d;
  }

  function addWorkingDays(day: Day, n: number): Day {
    assertDay(day);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
    if (n === 0) return nextWorkingDay(day);
    let d = day;
    for (let left = n; left > 0; left--) d = nextWorkingDay(addDays(d, 1));
    return d;
  }

  return { isWorkingDay: (day) => isWorkingDay(assertDay(day)), addWorkingDays, nextWorkingDay };
}
