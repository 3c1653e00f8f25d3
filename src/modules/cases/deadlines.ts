import type { CaseStatus } from '../../db/schema';
import { computeDeadline, type DurationUnit, maximumExtension, type WorkingCalendar } from './calendar-port';
import { RUNNING_STATUSES } from './lifecycle';
import type { DueState } from './types';

/** Working days before the due date from which a case counts as due soon. */
export const DUE_SOON_WORKING_DAYS = 3;
/** Outside competence: forwarded to the right institution within 5 working days (Iesniegumu likums 4. p.). */
export const FORWARDING_LIMIT_WORKING_DAYS = 5;

export { todayInRiga, workingDaysBetween } from './calendar-port';

export function asDurationUnit(unit: string): DurationUnit {
  return unit === 'calendar_days' || unit === 'months' ? unit : 'working_days';
}

/** How a pause moves a deadline in `unit`: by its working days, or by its calendar days (a year is months). */
export function pauseUnit(unit: string): DurationUnit {
  return unit === 'years' ? 'months' : asDurationUnit(unit);
}

/** The due date and the latest date extension may reach, counted from the day after receipt. */
export function deadlinesFor(
  cal: WorkingCalendar,
  receivedOn: string,
  amount: number,
  unit: string,
): { dueOn: string; maxDueOn: string } {
  // A limit in years is counted as twelve months each (an imported standard may state one, issue 7).
  const dueOn =
    unit === 'years'
      ? computeDeadline(cal, receivedOn, amount * 12, 'months')
      : computeDeadline(cal, receivedOn, amount, asDurationUnit(unit));
  const lawMax = maximumExtension(cal, receivedOn);
  // Day strings sort as dates.
  return { dueOn, maxDueOn: [dueOn, lawMax].sort()[1]! };
}

/**
 * The last day to forward an application outside the municipality's competence to the institution that decides
 * it (5 working days from receipt, Administrative Procedure Law art. 62); undefined once the case is past the
 * point where it could be forwarded.
 */
export function forwardBy(
  cal: WorkingCalendar,
  c: { status: CaseStatus; receivedOn: string },
): string | undefined {
  if (c.status !== 'registered' && c.status !== 'in_progress') return undefined;
  return computeDeadline(cal, c.receivedOn, FORWARDING_LIMIT_WORKING_DAYS, 'working_days');
}

export function dueState(
  cal: WorkingCalendar,
  c: { status: CaseStatus; dueOn: string; pausedSince: string | null },
  today: string,
): DueState {
  if (c.pausedSince || c.status === 'awaiting_applicant') return 'paused';
  if (!(RUNNING_STATUSES as readonly string[]).includes(c.status)) return 'closed';
  if (c.dueOn < today) return 'overdue';
  return c.dueOn <= cal.addWorkingDays(today, DUE_SOON_WORKING_DAYS) ? 'due_soon' : 'ok';
}
