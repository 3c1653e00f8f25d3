/**
 * Opening hours as pure functions of the weekly rows and the dated exceptions (no database, no clock:
 * "today" is always a parameter). Days are calendar days in Europe/Riga written as "YYYY-MM-DD".
 */

import { publicHolidayOn } from '../../platform/calendar/public-holidays';

/** A calendar day in Europe/Riga, "YYYY-MM-DD". */
export type CalendarDay = string;

export interface Interval {
  opens: string;
  closes: string;
}

/** A weekly row: weekday 1 = Monday … 7 = Sunday; weeksOfMonth [1, 3] = only the 1st and 3rd such weekday. */
export interface WeeklyHours {
  weekday: number;
  opens: string;
  closes: string;
  weeksOfMonth?: number[] | null;
}

/** A dated change: closed, or hours of its own that replace the weekly ones on that day. */
export interface DatedException {
  day: CalendarDay;
  closed: boolean;
  opens?: string | null;
  closes?: string | null;
}

export interface DayHours {
  day: CalendarDay;
  intervals: Interval[];
}

/** R14 (seed task 2.3): every centre is open until 19:00 at least twice a month. */
export const EVENING_UNTIL = '19:00';
export const EVENINGS_PER_MONTH = 2;
/** How far ahead nextEveningSession looks: a year covers every weeks-of-month pattern. */
const SEARCH_DAYS = 366;

export function toMinutes(time: string): number {
  const [h, min] = time.split(':');
  return Number(h) * 60 + Number(min ?? 0);
}

function fromMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "8:00" → "08:00", so that times compare and display alike. */
export function normaliseTime(time: string): string {
  return fromMinutes(toMinutes(time));
}

export function formatIntervals(intervals: Interval[]): string {
  return intervals.map((i) => `${i.opens}–${i.closes}`).join(', ');
}

function parts(day: CalendarDay): { year: number; month: number; date: number } {
  const [y, mo, d] = day.split('-').map(Number);
  return { year: y ?? 0, month: mo ?? 0, date: d ?? 0 };
}

function utc(day: CalendarDay): Date {
  const p = parts(day);
  return new Date(Date.UTC(p.year, p.month - 1, p.date));
}

function toDay(d: Date): CalendarDay {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + days);
  return toDay(d);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: CalendarDay): number {
  return utc(day).getUTCDay() || 7;
}

/** Which occurrence of its weekday in the month a day is: the 1st … 5th. */
export function weekOfMonth(day: CalendarDay): number {
  return Math.ceil(parts(day).date / 7);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Sorted, with overlapping or touching intervals joined: [08–17] ∪ [12:30–19] = [08–19]. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals
    .map((i) => ({ opens: toMinutes(i.opens), closes: toMinutes(i.closes) }))
    .filter((i) => i.closes > i.opens)
    .sort((a, b) => a.opens - b.opens || a.closes - b.closes);
  const merged: { opens: number; closes: number }[] = [];
  for (const i of sorted) {
    const last = merged[merged.length - 1];
    if (last && i.opens <= last.closes) last.closes = Math.max(last.closes, i.closes);
    else merged.push({ ...i });
  }
  return merged.map((i) => ({ opens: fromMinutes(i.opens), closes: fromMinutes(i.closes) }));
}

/** Whether an exception says anything about the hours (a note alone changes nothing). */
function setsHours(e: DatedException): boolean {
  return e.closed || (Boolean(e.opens) && Boolean(e.closes));
}

/**
 * The hours a centre is open on one day. Exceptions on that day replace the weekly rows (several of
 * them give several intervals); a closure closes the whole day. A Latvian public holiday closes the
 * centre unless an exception opens it.
 */
export function openingHoursOn(
  day: CalendarDay,
  hours: WeeklyHours[],
  exceptions: DatedException[],
): Interval[] {
  const todays = exceptions.filter((e) => e.day.slice(0, 10) === day && setsHours(e));
  if (todays.some((e) => e.closed)) return [];
  if (todays.length > 0) return mergeIntervals(todays.map((e) => ({ opens: e.opens!, closes: e.closes! })));
  if (publicHolidayOn(day)) return [];
  return weeklyHoursOn(day, hours);
}

/** The weekly rows' hours on a day, before exceptions and holidays. */
export function weeklyHoursOn(day: CalendarDay, hours: WeeklyHours[]): Interval[] {
  const weekday = weekdayOf(day);
  const week = weekOfMonth(day);
  return mergeIntervals(hours.filter((h) => h.weekday === weekday && appliesInWeek(h, week)));
}

function appliesInWeek(row: WeeklyHours, week: number): boolean {
  return !row.weeksOfMonth?.length || row.weeksOfMonth.includes(week);
}

export function isOpenUntil(intervals: Interval[], until: string): boolean {
  const limit = toMinutes(until);
  return intervals.some((i) => toMinutes(i.closes) >= limit);
}

/** The first day from `from` on (inclusive) when the centre is open until `until` or later, within a year. */
export function nextEveningSession(
  from: CalendarDay,
  hours: WeeklyHours[],
  exceptions: DatedException[],
  until = EVENING_UNTIL,
): DayHours | undefined {
  for (let i = 0; i <= SEARCH_DAYS; i++) {
    const day = addDays(from, i);
    const intervals = openingHoursOn(day, hours, exceptions);
    if (isOpenUntil(intervals, until)) return { day, intervals };
  }
  return undefined;
}

/** The days of a month (1 = January) when the centre is open until `until` or later. */
export function eveningDaysInMonth(
  year: number,
  month: number,
  hours: WeeklyHours[],
  exceptions: DatedException[],
  until = EVENING_UNTIL,
): DayHours[] {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const result: DayHours[] = [];
  for (let i = 0; i < daysInMonth(year, month); i++) {
    const day = addDays(first, i);
    const intervals = openingHoursOn(day, hours, exceptions);
    if (isOpenUntil(intervals, until)) result.push({ day, intervals });
  }
  return result;
}

export interface MonthRef {
  year: number;
  month: number;
}

export interface EveningRuleResult extends MonthRef {
  eveningDays: CalendarDay[];
  ok: boolean;
}

/** R14 for each given month: open until 19:00 on at least two days. */
export function checkEveningRule(
  hours: WeeklyHours[],
  exceptions: DatedException[],
  months: MonthRef[],
): EveningRuleResult[] {
  return months.map(({ year, month }) => {
    const eveningDays = eveningDaysInMonth(year, month, hours, exceptions).map((d) => d.day);
    return { year, month, eveningDays, ok: eveningDays.length >= EVENINGS_PER_MONTH };
  });
}

export function monthsOfYear(year: number): MonthRef[] {
  return Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 }));
}

const rigaClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The calendar day and wall-clock time in Riga at an instant. */
export function rigaNow(now: Date): { day: CalendarDay; time: string } {
  const p = Object.fromEntries(rigaClock.formatToParts(now).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

export function rigaToday(now: Date): CalendarDay {
  return rigaNow(now).day;
}

export interface TodayStatus extends DayHours {
  openNow: boolean;
  /** Set when today is a public holiday (the centre is closed unless an exception opens it). */
  holiday?: { lv: string; en: string };
}

/** Today's hours in Riga and whether the centre is open at this moment. */
export function todayStatus(now: Date, hours: WeeklyHours[], exceptions: DatedException[]): TodayStatus {
  const { day, time } = rigaNow(now);
  const intervals = openingHoursOn(day, hours, exceptions);
  const t = toMinutes(time);
  const holiday = publicHolidayOn(day);
  return {
    day,
    intervals,
    openNow: intervals.some((i) => toMinutes(i.opens) <= t && t < toMinutes(i.closes)),
    ...(holiday ? { holiday } : {}),
  };
}

/** Open now until a time, or closed and opening next on a day at a time (none within two weeks). */
export type OpeningState =
  | { open: true; until: string }
  | { open: false; next?: { day: CalendarDay; opens: string; inDays: number } };

const NEXT_OPENING_DAYS = 14;

/** Whether a centre is open at this moment and until when, or when it opens next (Riga time). */
export function openingState(now: Date, hours: WeeklyHours[], exceptions: DatedException[]): OpeningState {
  const { day, time } = rigaNow(now);
  const t = toMinutes(time);
  const today = openingHoursOn(day, hours, exceptions);
  const current = today.find((i) => toMinutes(i.opens) <= t && t < toMinutes(i.closes));
  if (current) return { open: true, until: current.closes };
  const laterToday = today.find((i) => toMinutes(i.opens) > t);
  if (laterToday) return { open: false, next: { day, opens: laterToday.opens, inDays: 0 } };
  for (let n = 1; n <= NEXT_OPENING_DAYS; n++) {
    const next = addDays(day, n);
    const first = openingHoursOn(next, hours, exceptions)[0];
    if (first) return { open: false, next: { day: next, opens: first.opens, inDays: n } };
  }
  return { open: false };
}

/** Public holidays in [from, to] on which the weekly hours would have opened the centre, with no exception. */
export function holidayClosures(
  from: CalendarDay,
  to: CalendarDay,
  hours: WeeklyHours[],
  exceptions: DatedException[],
): { day: CalendarDay; name: { lv: string; en: string } }[] {
  const out: { day: CalendarDay; name: { lv: string; en: string } }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const name = publicHolidayOn(day);
    if (!name || exceptions.some((e) => e.day.slice(0, 10) === day)) continue;
    if (weeklyHoursOn(day, hours).length > 0) out.push({ day, name });
  }
  return out;
}

export interface OccasionalHours {
  weeksOfMonth: number[];
  /** The whole day's hours in those weeks. */
  intervals: Interval[];
  /** Set when those weeks only keep the centre open longer: "1st and 3rd Monday until 19:00". */
  extendsUntil?: string;
}

export interface WeekdaySchedule {
  weekday: number;
  /** The hours of most weeks of the month (none: closed). */
  regular: Interval[];
  /** The weeks of the month with other hours, grouped by their hours. */
  occasional: OccasionalHours[];
}

function openMinutes(intervals: Interval[]): number {
  return intervals.reduce((sum, i) => sum + toMinutes(i.closes) - toMinutes(i.opens), 0);
}

/**
 * The weekly hours for display, Monday … Sunday. Each weekday is worked out for its 1st … 5th
 * occurrence; the hours most weeks share are the regular ones, the others are listed by their weeks
 * (the rows may say "weeks 1, 3 until 19:00" plus "weeks 2, 4, 5 until 17:00": it reads as one rule).
 */
export function weeklySchedule(hours: WeeklyHours[]): WeekdaySchedule[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const rows = hours.filter((h) => h.weekday === weekday);
    const variants = new Map<string, { weeks: number[]; intervals: Interval[] }>();
    for (const week of [1, 2, 3, 4, 5]) {
      const intervals = mergeIntervals(rows.filter((h) => appliesInWeek(h, week)));
      const key = formatIntervals(intervals);
      const variant = variants.get(key) ?? { weeks: [], intervals };
      variant.weeks.push(week);
      variants.set(key, variant);
    }
    const [typical, ...others] = [...variants.values()].sort(
      (a, b) => b.weeks.length - a.weeks.length || openMinutes(a.intervals) - openMinutes(b.intervals),
    );
    const regular = typical?.intervals ?? [];
    const occasional = others
      .sort((a, b) => (a.weeks[0] ?? 0) - (b.weeks[0] ?? 0))
      .map((o): OccasionalHours => {
        const extendsUntil = onlyLaterClosing(regular, o.intervals);
        return extendsUntil
          ? { weeksOfMonth: o.weeks, intervals: o.intervals, extendsUntil }
          : { weeksOfMonth: o.weeks, intervals: o.intervals };
      });
    return { weekday, regular, occasional };
  });
}

/** The later closing time when `longer` differs from `regular` only by its last interval closing later. */
function onlyLaterClosing(regular: Interval[], longer: Interval[]): string | undefined {
  if (regular.length === 0 || regular.length !== longer.length) return undefined;
  const lastIndex = regular.length - 1;
  const sameUntilLast = regular.every(
    (r, i) => r.opens === longer[i]?.opens && (i === lastIndex || r.closes === longer[i]?.closes),
  );
  const last = longer[lastIndex];
  const regularLast = regular[lastIndex];
  if (!sameUntilLast || !last || !regularLast || toMinutes(last.closes) <= toMinutes(regularLast.closes)) {
    return undefined;
  }
  return last.closes;
}
