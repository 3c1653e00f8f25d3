/** Calendar days written as "YYYY-MM-DD" (dates in Riga; the arithmetic is done in UTC to avoid DST). */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day in YYYY-MM-DD form (2026-02-30 is not). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function assertDay(value: string, what = 'day'): Day {
  if (!isDay(value))
    throw new RangeError(`Not a calendar day (YYYY-MM-DD) for ${what}: ${JSON.stringify(value)}`);
  return value;
}

function utc(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: Day, days: number): Day {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekday(day: Day): number {
  return utc(day).getUTCDay() || 7;
}

export function isWeekend(day: Day): boolean {
  return weekday(day) >= 6;
}

/**
 * The same date `months` later; when that month is shorter, its last day (31 January + 1 month is
 * 28 or 29 February), as the Civil Law counts periods in months.
 */
export function addMonths(day: Day, months: number): Day {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

const rigaDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const HOUR_MS = 3_600_000;
let held = { day: '', from: 0, until: 0 };

/**
 * The calendar day in Riga. Riga's offset from UTC is whole hours, so the day changes only on a
 * whole UTC hour: the last answer is kept for the rest of its hour (asked on every public request).
 */
export function todayInRiga(now: Date | number = Date.now()): Day {
  const ms = typeof now === 'number' ? now : now.getTime();
  if (ms >= held.from && ms < held.until) return held.day;
  const from = Math.floor(ms / HOUR_MS) * HOUR_MS;
  held = { day: rigaDay.format(ms), from, until: from + HOUR_MS };
  return held.day;
}

/** A real calendar day from its parts, or undefined (31.02. is not a day). */
export function dayFromParts(year: number, month: number, date: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return undefined;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, date));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return d.toISOString().slice(0, 10);
}
