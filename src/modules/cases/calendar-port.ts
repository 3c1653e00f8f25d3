/**
 * The working calendar of contracts.md, until the platform's (src/platform/calendar) is merged: then this
 * file becomes a re-export of it. Weekends and Latvian public holidays only (no moved working days).
 */
import Holidays from 'date-holidays';
import type { Db } from '../../db/connection';

export interface WorkingCalendar {
  isWorkingDay(day: string): boolean;
  addWorkingDays(day: string, n: number): string;
  nextWorkingDay(day: string): string;
}
export type DurationUnit = 'working_days' | 'calendar_days' | 'months';

const holidays = new Holidays('LV');

function isPublicHoliday(day: string): boolean {
  const found = holidays.isHoliday(new Date(`${day}T12:00:00Z`));
  return Array.isArray(found) && found.some((h) => h.type === 'public');
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

const calendar: WorkingCalendar = {
  isWorkingDay(day) {
    const w = weekday(day);
    return w !== 0 && w !== 6 && !isPublicHoliday(day);
  },
  addWorkingDays(day, n) {
    let d = day;
    for (let left = n; left > 0; ) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  },
  nextWorkingDay(day) {
    let d = day;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  },
};

export async function loadCalendar(_db: Db): Promise<WorkingCalendar> {
  return calendar;
}

function addMonths(day: string, n: number): string {
  const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(dd, last));
  return target.toISOString().slice(0, 10);
}

export function computeDeadline(
  cal: WorkingCalendar,
  received: string,
  amount: number,
  unit: DurationUnit,
): string {
  if (unit === 'working_days') return cal.addWorkingDays(received, amount);
  const raw = unit === 'calendar_days' ? addDays(received, amount) : addMonths(received, amount);
  return cal.nextWorkingDay(raw);
}

export function extendByPause(
  cal: WorkingCalendar,
  due: string,
  pausedFrom: string,
  resumedOn: string,
): string {
  const days = Math.max(0, Math.round((Date.parse(resumedOn) - Date.parse(pausedFrom)) / 86_400_000));
  return cal.nextWorkingDay(addDays(due, days));
}
