import type { CaseStatus } from '../../db/schema';
import { addDays, computeDeadline, type DurationUnit, type WorkingCalendar } from './calendar-port';
import { RUNNING_STATUSES } from './lifecycle';
import type { DueState } from './types';

/** Working days before the due date from which a case counts as due soon. */
export const DUE_SOON_WORKING_DAYS = 3;
/** Outside competence: forwarded to the right institution within 5 working days (Iesniegumu likums 4. p.). */
export const FORWARDING_LIMIT_WORKING_DAYS = 5;
/** The law's longest time for a decision, extension included (APL 64. p. (2); Iesniegumu likums 5. p. (2)). */
export const MAX_MONTHS = 4;

export function todayInRiga(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Riga' }).format(now);
}

export function asDurationUnit(unit: string): DurationUnit {
  return unit === 'calendar_days' || unit === 'months' ? unit : 'working_days';
}

/** The due date and the latest date extension may reach, counted from the day after receipt. */
export function deadlinesFor(
  cal: WorkingCalendar,
  receivedOn: string,
  amount: number,
  unit: string,
): { dueOn: string; maxDueOn: string } {
  const dueOn = computeDeadline(cal, receivedOn, amount, asDurationUnit(unit));
  const lawMax = computeDeadline(cal, receivedOn, MAX_MONTHS, 'months');
  return { dueOn, maxDueOn: lawMax > dueOn ? lawMax : dueOn };
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(cal: WorkingCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) n++;
  return n;
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
