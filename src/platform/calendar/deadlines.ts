import { addDays, addMonths, assertDay, type Day, daysBetween } from './days';
import type { WorkingCalendar } from './working-calendar';

export type DurationUnit = 'working_days' | 'calendar_days' | 'months';
export const DURATION_UNITS: readonly DurationUnit[] = ['working_days', 'calendar_days', 'months'];

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/**
 * The last day of a time limit of `amount` `unit`s for something received on `received`.
 * Counting starts on the day after receipt (Civil Law; Administrative Procedure Law): 10 working days
 * from Friday 6 March 2026 end on Friday 20 March. A limit in months ends on the same date of the last
 * month, or on that month's last day when it has no such date (31 January + 1 month = 28/29 February).
 * A limit ending on a Saturday, Sunday, public holiday or moved day off ends on the next working day.
 */
export function computeDeadline(
  cal: WorkingCalendar,
  received: Day,
  amount: number,
  unit: DurationUnit,
): Day {
  assertDay(received, 'received');
  if (!Number.isInteger(amount) || amount < 0)
    throw new RangeError(`Amount must be a whole number ≥ 0: ${amount}`);
  switch (unit) {
    case 'working_days':
      return cal.addWorkingDays(received, amount);
    case 'calendar_days':
      return cal.nextWorkingDay(addDays(received, amount));
    case 'months':
      return cal.nextWorkingDay(addMonths(received, amount));
    default:
      throw new RangeError(`Unknown duration unit: ${String(unit)}`);
  }
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not later): e.g. how many
 * working days a forwarding took, or how many are left until a deadline.
 */
export function workingDaysBetween(cal: WorkingCalendar, from: Day, to: Day): number {
  assertDay(from, 'from');
  assertDay(to, 'to');
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) count++;
  return count;
}

/**
 * The deadline `due` after the clock stood still from `pausedFrom` (the first day it did not run, e.g.
 * the day more information was asked for) until `resumedOn` (the day it runs again, e.g. the day the
 * applicant's answer came). The deadline moves by the time the clock stood still: the working days of
 * the pause for a limit in working days (the default), the calendar days of the pause otherwise — and
 * then onto a working day. A pause never shortens a deadline: an empty or inverted pause, or one that
 * began after the deadline had passed (it cannot revive a missed deadline), leaves `due` as it was.
 */
export function extendByPause(
  cal: WorkingCalendar,
  due: Day,
  pausedFrom: Day,
  resumedOn: Day,
  unit: DurationUnit = 'working_days',
): Day {
  assertDay(due, 'due');
  assertDay(pausedFrom, 'pausedFrom');
  assertDay(resumedOn, 'resumedOn');
  if (resumedOn <= pausedFrom || pausedFrom > due) return due;
  if (unit === 'working_days') {
    // Working days in [pausedFrom, resumedOn): the days the clock did not run.
    const paused = workingDaysBetween(cal, addDays(pausedFrom, -1), addDays(resumedOn, -1));
    return paused === 0 ? due : cal.addWorkingDays(due, paused);
  }
  return cal.nextWorkingDay(addDays(due, daysBetween(pausedFrom, resumedOn)));
}

// ── Time limits in Latvian law ──────────────────────────────────────────────────────────────────────
// The deadline of a case belongs to its service standard (processing time and legal basis), so a change
// in law changes the standards, not this code. These are the statutory limits a standard may not exceed,
// for defaults, checks and the limits of an extension.

/** The day the amended Law on Submissions (Iesniegumu likums) took effect: 10 working days. */
export const SUBMISSIONS_LAW_AMENDED_ON: Day = '2026-03-01';

export type LegalBasis =
  /** Law on Submissions: an answer in substance. */
  | 'submission'
  /** Law on Submissions: an answer where more information must be gathered or other institutions asked. */
  | 'submission_gathering'
  /** Administrative Procedure Law: an administrative act (decision) on an application. */
  | 'administrative_act'
  /** Law on Submissions: a submission outside the institution's competence, forwarded and the applicant told. */
  | 'forwarding';

export const LEGAL_BASES: readonly LegalBasis[] = [
  'submission',
  'submission_gathering',
  'administrative_act',
  'forwarding',
];

/**
 * The statutory time limit for a matter received on `received`:
 * - Law on Submissions, from 1 March 2026: 10 working days; one month where more information must be
 *   gathered or other institutions asked. Before 1 March 2026: one month in both cases.
 * - Administrative Procedure Law (art. 64): one month.
 * - Forwarding a submission outside the institution's competence: 5 working days.
 */
export function legalTimeLimit(basis: LegalBasis, received: Day): Duration {
  assertDay(received, 'received');
  switch (basis) {
    case 'submission':
      return received >= SUBMISSIONS_LAW_AMENDED_ON
        ? { amount: 10, unit: 'working_days' }
        : { amount: 1, unit: 'months' };
    case 'submission_gathering':
    case 'administrative_act':
      return { amount: 1, unit: 'months' };
    case 'forwarding':
      return { amount: 5, unit: 'working_days' };
    default:
      throw new RangeError(`Unknown legal basis: ${String(basis)}`);
  }
}

/** The statutory deadline for a matter received on `received` (see legalTimeLimit). */
export function legalDeadline(cal: WorkingCalendar, received: Day, basis: LegalBasis): Day {
  const limit = legalTimeLimit(basis, received);
  return computeDeadline(cal, received, limit.amount, limit.unit);
}

/** How far the law lets a deadline be extended: four months from receipt; forwarding cannot be extended. */
export const MAXIMUM_EXTENSION: Duration = { amount: 4, unit: 'months' };

/**
 * The latest day to which the deadline of a matter received on `received` may be extended, with a
 * reason and notice to the applicant: four months from receipt under the Administrative Procedure Law
 * (art. 64) and the Law on Submissions (where objective reasons prevent an answer in time). A
 * forwarding (5 working days) cannot be extended: its maximum is its own deadline.
 */
export function maximumExtension(
  cal: WorkingCalendar,
  received: Day,
  basis: LegalBasis = 'administrative_act',
): Day {
  if (basis === 'forwarding') return legalDeadline(cal, received, basis);
  return computeDeadline(cal, received, MAXIMUM_EXTENSION.amount, MAXIMUM_EXTENSION.unit);
}

/** Whether a new due date is allowed for a matter received on `received`: not earlier, not past the maximum. */
export function isAllowedExtension(
  cal: WorkingCalendar,
  received: Day,
  currentDue: Day,
  newDue: Day,
  basis: LegalBasis = 'administrative_act',
): boolean {
  assertDay(newDue, 'newDue');
  return newDue >= currentDue && newDue <= maximumExtension(cal, received, basis);
}
